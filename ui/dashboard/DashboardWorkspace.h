// The Dashboard workspace: KPI tiles against the previous period (by default the last complete 4 weeks against the 4
// before, see core/analytics/ReportingPeriod.h), a filter bar, time series as small multiples, breakdowns by category,
// segment, placement and variant, the CTR-by-position curve, top items, the A/B comparison and the funnel. Clicking
// a bar or a time bucket drills down (breadcrumb to step back). Refreshes run off the GUI thread (DashboardRefresher).
#pragma once

#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "core/analytics/Dashboard.h"
#include "ui/base/GuideChapter.h"
#include "ui/base/Workspace.h"

class ChartPanel;
class DashboardFilterBar;
class DashboardRefresher;
class KpiTile;
class QHBoxLayout;
class EmptyState;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class TopItemsModel;

class DashboardWorkspace : public Workspace {
  Q_OBJECT
 public:
  explicit DashboardWorkspace(QWidget* parent = nullptr);
  ~DashboardWorkspace() override;

  // The series panels, one per measure: impressions, clicks, purchases, CTR.
  const std::vector<ChartPanel*>& seriesPanels() const { return seriesPanels_; }
  ChartPanel* abPanel() const { return ab_; }
  ChartPanel* abDifferencePanel() const { return abDifference_; }
  // "Period: … compared with …" above the KPI tiles.
  QString periodText() const;

  QString title() const override { return tr("Dashboard"); }
  QString guideChapter() const override { return GuideChapter::Dashboards; }
  QIcon icon() const override;
  void setProject(std::shared_ptr<ProjectSession> session) override;

  // Drill-down as a click on group `index` of a chart: Category, Segment, Placement, Variant, or a time bucket (Day).
  void drillDown(reco::Dimension chart, int index);
  void stepBack();              // to the previous breadcrumb
  int breadcrumbDepth() const;  // 1 = no drill-down
  reco::AnalyticsFilter currentFilter() const;
  void setFilter(const reco::AnalyticsFilter& filter);  // replaces the breadcrumb trail and refreshes

  bool exportPdf(const QString& path, QString* error) const;
  const std::vector<ChartPanel*>& panels() const { return panels_; }
  const std::vector<KpiTile*>& kpiTiles() const { return tiles_; }
  TopItemsModel* topItemsModel() const { return topItems_; }
  QWidget* dashboardContent() const { return content_; }  // everything below the bars, unscrolled
  const std::optional<reco::DashboardData>& lastData() const { return data_; }
  // Shown instead of the charts while the open project holds no events; its button asks for an import.
  EmptyState* noEventsState() const { return noEvents_; }

 Q_SIGNALS:
  void refreshed();  // the charts show the newest request's figures
  void refreshFailed(const QString& message);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct Crumb {
    QString label;
    reco::AnalyticsFilter filter;
  };
  void showProject();
  void dropProject();
  void requestRefresh();
  void showData(const reco::DashboardData& data);
  void rebuildCharts();
  void rebuildBreadcrumb();
  void pushCrumb(const QString& label, const reco::AnalyticsFilter& filter);
  void exportPdfWithDialog();
  bool darkPalette() const;

  std::shared_ptr<ProjectSession> session_;
  DashboardRefresher* refresher_;
  QStackedWidget* stack_;
  QLabel* noProject_;
  EmptyState* noEvents_;   // an open project without events
  QWidget* page_ = nullptr;  // the filter bar, breadcrumb and charts
  DashboardFilterBar* filterBar_;
  QHBoxLayout* crumbLayout_;
  QPushButton* back_;
  QLabel* status_;
  QWidget* content_;
  std::vector<KpiTile*> tiles_;
  std::vector<ChartPanel*> panels_;
  std::vector<ChartPanel*> seriesPanels_;
  QLabel* period_;
  ChartPanel* category_;
  ChartPanel* segment_;
  ChartPanel* placement_;
  ChartPanel* variant_;
  ChartPanel* position_;
  ChartPanel* funnel_;
  ChartPanel* ab_;
  ChartPanel* abDifference_;
  ChartPanel* items_;
  QLabel* verdict_;
  QLabel* warning_;
  QTableWidget* abTable_;
  QTableView* itemsView_;
  TopItemsModel* topItems_;
  std::vector<Crumb> crumbs_;
  std::optional<reco::DashboardData> data_;
  reco::Dimension shownGranularity_ = reco::Dimension::Day;
  // A project was just opened and nobody chose dates yet: the next refresh asks core for the default period.
  bool defaultPeriodPending_ = false;
  // The top breadcrumb holds the default period core chose (not dates the user picked): new data recomputes it.
  bool showsDefaultPeriod_ = false;
};

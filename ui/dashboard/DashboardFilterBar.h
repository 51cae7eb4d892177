// The Dashboard workspace's filter bar: date range, segment (attribute = value), category, placement and variant,
// plus the view options (time granularity, bar metric, segment breakdown attribute). Choices come from the cube.
#pragma once

#include <QWidget>
#include <memory>

#include "core/analytics/AnalyticsCube.h"
#include "ui/dashboard/DashboardCharts.h"

class QCheckBox;
class QComboBox;
class QDateEdit;

class DashboardFilterBar : public QWidget {
  Q_OBJECT
 public:
  explicit DashboardFilterBar(QWidget* parent = nullptr);

  // Fills the choices from the cube, keeping current selections that still exist.
  void setCube(std::shared_ptr<const reco::AnalyticsCube> cube);
  reco::AnalyticsFilter filter() const;
  void setFilter(const reco::AnalyticsFilter& filter);  // does not emit filterChanged

  reco::Dimension granularity() const;
  dashboardcharts::BarMetric barMetric() const;
  std::string breakdownAttribute() const;

 Q_SIGNALS:
  void filterChanged();
  void viewOptionsChanged();

 private:
  void fillValues();
  static void fill(QComboBox* box, const QString& anyText, const std::vector<std::string>& names);
  static void select(QComboBox* box, const std::optional<std::string>& value);
  QCheckBox* dateRange_;
  QDateEdit* from_;
  QDateEdit* to_;
  QComboBox* segmentAttr_;
  QComboBox* segmentValue_;
  QComboBox* category_;
  QComboBox* placement_;
  QComboBox* variant_;
  QComboBox* granularity_;
  QComboBox* metric_;
  QComboBox* breakdownAttr_;
  std::shared_ptr<const reco::AnalyticsCube> cube_;
};

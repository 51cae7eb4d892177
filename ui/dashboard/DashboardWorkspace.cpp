#include "ui/dashboard/DashboardWorkspace.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

#include "core/analytics/Calendar.h"
#include "core/analytics/DashboardCsv.h"
#include "ui/base/LocaleFormat.h"
#include "ui/base/ChartPanel.h"
#include "ui/base/ChartTheme.h"
#include "ui/base/EmptyState.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DashboardFilterBar.h"
#include "ui/dashboard/DashboardPdf.h"
#include "ui/dashboard/DashboardRefresher.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/dashboard/TopItemsModel.h"

using namespace dashboardcharts;

namespace {
QDate dateOfDay(std::int64_t day) { return QDate(1970, 1, 1).addDays(day); }

// A breadcrumb's text: the filter's dates in the locale's format, then its other conditions as core describes them.
QString crumbLabel(const reco::AnalyticsFilter& filter) {
  reco::AnalyticsFilter rest = filter;
  rest.fromDay.reset();
  rest.toDay.reset();
  if (!filter.fromDay || !filter.toDay) return QString::fromStdString(filter.describe());
  const QString dates = LocaleFormat::dayRange(dateOfDay(*filter.fromDay), dateOfDay(*filter.toDay));
  return rest == reco::AnalyticsFilter{} ? dates
                                         : dates + QStringLiteral(", ") + QString::fromStdString(rest.describe());
}
enum Kpi { Impressions, Clicks, Ctr, Carts, Purchases, ConvClick, ConvImpression, Revenue, Rpm, Aov, ActiveUsers, KpiCount };
}  // namespace

DashboardWorkspace::DashboardWorkspace(QWidget* parent)
    : Workspace(parent),
      refresher_(new DashboardRefresher(this)),
      stack_(new QStackedWidget(this)),
      noProject_(new QLabel(this)),
      noEvents_(EmptyState::noEvents(tr("The dashboard shows impressions, clicks, conversions and revenue over time "
                                        "once the project holds events. Import an interaction log or a public "
                                        "dataset to see them."),
                                     this)),
      filterBar_(new DashboardFilterBar(this)),
      crumbLayout_(new QHBoxLayout),
      back_(new QPushButton(tr("&Back"), this)),
      status_(new QLabel(this)),
      content_(new QWidget(this)),
      topItems_(new TopItemsModel(this)) {
  setObjectName(QStringLiteral("dashboardWorkspace"));
  noProject_->setText(tr("No project is open.\n\nOpen a project, or create the demo project, to see its dashboard."));
  noProject_->setAlignment(Qt::AlignCenter);
  noProject_->setWordWrap(true);

  // KPI tiles.
  const QString kpiTitles[KpiCount] = {tr("Impressions"),  tr("Clicks"),
                                       tr("CTR"),          tr("Add-to-carts"),
                                       tr("Purchases"),    tr("Conversion per click"),
                                       tr("Conversion per impression"), tr("Revenue"),
                                       tr("Revenue per 1,000 impressions"), tr("Average order value"),
                                       tr("Active users")};
  auto* tileGrid = new QGridLayout;
  tileGrid->setSpacing(6);
  for (int i = 0; i < KpiCount; ++i) {
    auto* tile = new KpiTile(kpiTitles[i], content_);
    tiles_.push_back(tile);
    tileGrid->addWidget(tile, i / 6, i % 6);
  }

  // Panels.
  auto panel = [this](const QString& title) {
    auto* p = new ChartPanel(title, content_);
    panels_.push_back(p);
    return p;
  };
  for (SeriesMeasure m : {SeriesMeasure::Impressions, SeriesMeasure::Clicks, SeriesMeasure::Purchases, SeriesMeasure::Ctr}) {
    ChartPanel* p = panel(seriesTitle(m, reco::Dimension::Day));
    p->chartView()->setMinimumHeight(220);
    seriesPanels_.push_back(p);
  }
  category_ = panel(tr("By category"));
  segment_ = panel(tr("By user segment"));
  placement_ = panel(tr("By placement"));
  variant_ = panel(tr("By variant"));
  position_ = panel(tr("CTR by list position"));
  funnel_ = panel(tr("Funnel"));
  ab_ = panel(tr("A/B comparison"));
  abDifference_ = panel(tr("A/B difference from the baseline"));
  items_ = panel(tr("Top items"));
  category_->chartView()->setMinimumHeight(320);
  segment_->chartView()->setMinimumHeight(320);

  // A/B details: metric choice, verdict, warning, table.
  auto* abBox = new QWidget;
  auto* abLayout = new QVBoxLayout(abBox);
  abLayout->setContentsMargins(0, 0, 0, 0);
  auto* abMetric = new QComboBox(abBox);
  abMetric->setObjectName(QStringLiteral("abMetric"));
  abMetric->setAccessibleName(tr("A/B test measure"));
  abMetric->setToolTip(tr("The measure the variants are compared on"));
  abMetric->addItem(tr("Compare CTR"), static_cast<int>(reco::AbMetric::Ctr));
  abMetric->addItem(tr("Compare conversion (purchases per click)"), static_cast<int>(reco::AbMetric::Conversion));
  verdict_ = new QLabel(abBox);
  verdict_->setWordWrap(true);
  QFont vf = verdict_->font();
  vf.setBold(true);
  verdict_->setFont(vf);
  warning_ = new QLabel(abBox);
  warning_->setWordWrap(true);
  abTable_ = new QTableWidget(0, 7, abBox);
  abTable_->setHorizontalHeaderLabels(
      {tr("Variant"), tr("Successes"), tr("Trials"), tr("Rate"), tr("95% interval"), tr("Lift"), tr("p-value")});
  abTable_->setAccessibleName(tr("A/B test variants"));
  abTable_->verticalHeader()->hide();
  abTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  abTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  abTable_->setMaximumHeight(110);
  abLayout->addWidget(abMetric);
  abLayout->addWidget(verdict_);
  abLayout->addWidget(warning_);
  abLayout->addWidget(abTable_);
  ab_->setExtraWidget(abBox);
  connect(abMetric, &QComboBox::currentIndexChanged, this, &DashboardWorkspace::requestRefresh);

  // Top items: a sortable table instead of a chart.
  auto* itemsBox = new QWidget;
  auto* itemsLayout = new QVBoxLayout(itemsBox);
  itemsLayout->setContentsMargins(0, 0, 0, 0);
  itemsView_ = new QTableView(itemsBox);
  itemsView_->setModel(topItems_);
  itemsView_->setAccessibleName(tr("Top items"));
  itemsView_->setSortingEnabled(true);
  itemsView_->sortByColumn(TopItemsModel::Revenue, Qt::DescendingOrder);
  itemsView_->verticalHeader()->hide();
  itemsView_->setWordWrap(false);
  itemsView_->setTextElideMode(Qt::ElideRight);
  itemsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  itemsView_->horizontalHeader()->setSectionResizeMode(TopItemsModel::Item, QHeaderView::Stretch);
  itemsView_->setMinimumHeight(300);
  itemsLayout->addWidget(itemsView_, 1);
  items_->setExtraWidget(itemsBox, true);

  auto* grid = new QGridLayout;
  grid->setSpacing(8);
  grid->addWidget(category_, 0, 0);
  grid->addWidget(segment_, 0, 1);
  grid->addWidget(placement_, 1, 0);
  grid->addWidget(variant_, 1, 1);
  grid->addWidget(position_, 2, 0);
  grid->addWidget(funnel_, 2, 1);
  grid->addWidget(ab_, 3, 0);
  grid->addWidget(abDifference_, 3, 1);
  grid->addWidget(items_, 4, 0, 1, 2);
  grid->setColumnStretch(0, 1);
  grid->setColumnStretch(1, 1);
  auto* seriesGrid = new QGridLayout;
  seriesGrid->setSpacing(8);
  for (std::size_t i = 0; i < seriesPanels_.size(); ++i)
    seriesGrid->addWidget(seriesPanels_[i], static_cast<int>(i / 2), static_cast<int>(i % 2));
  period_ = new QLabel(content_);
  period_->setObjectName(QStringLiteral("dashboardPeriod"));
  period_->setWordWrap(true);
  period_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* contentLayout = new QVBoxLayout(content_);
  contentLayout->addWidget(period_);
  contentLayout->addLayout(tileGrid);
  contentLayout->addLayout(seriesGrid);
  contentLayout->addLayout(grid);
  contentLayout->addStretch(1);

  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setWidget(content_);
  scroll->setFrameShape(QFrame::NoFrame);

  // Breadcrumb row: back, crumbs, status, PDF export.
  auto* exportPdfButton = new QPushButton(tr("Export &PDF…"), this);
  exportPdfButton->setToolTip(tr("Save the whole dashboard, with its filters, as a PDF report"));
  connect(exportPdfButton, &QPushButton::clicked, this, &DashboardWorkspace::exportPdfWithDialog);
  back_->setToolTip(tr("Step back to the previous drill-down level"));
  connect(back_, &QPushButton::clicked, this, &DashboardWorkspace::stepBack);
  auto* crumbRow = new QHBoxLayout;
  crumbRow->addWidget(back_);
  crumbRow->addLayout(crumbLayout_);
  crumbRow->addStretch(1);
  crumbRow->addWidget(status_);
  crumbRow->addWidget(exportPdfButton);

  auto* page = new QWidget(this);
  auto* pageLayout = new QVBoxLayout(page);
  pageLayout->setContentsMargins(6, 6, 6, 0);
  pageLayout->addWidget(filterBar_);
  pageLayout->addLayout(crumbRow);
  pageLayout->addWidget(scroll, 1);

  stack_->addWidget(noProject_);
  stack_->addWidget(page);
  stack_->addWidget(noEvents_);
  page_ = page;
  connect(noEvents_->buttons().first(), &QPushButton::clicked, this, &Workspace::importRequested);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(stack_);

  connect(filterBar_, &DashboardFilterBar::filterChanged, this, [this] {
    defaultPeriodPending_ = showsDefaultPeriod_ = false;  // the user chose: all data stays all data
    crumbs_.assign(1, Crumb{crumbLabel(filterBar_->filter()), filterBar_->filter()});
    rebuildBreadcrumb();
    requestRefresh();
  });
  connect(filterBar_, &DashboardFilterBar::viewOptionsChanged, this, &DashboardWorkspace::requestRefresh);
  connect(refresher_, &DashboardRefresher::cubeLoaded, this, [this] { filterBar_->setCube(refresher_->cube()); });
  connect(refresher_, &DashboardRefresher::refreshed, this, &DashboardWorkspace::showData);
  connect(refresher_, &DashboardRefresher::failed, this, [this](const QString& message) {
    status_->setText(tr("Refresh failed: %1").arg(message));
    Q_EMIT refreshFailed(message);
  });
  connect(refresher_, &DashboardRefresher::busyChanged, this, [this](bool busy) {
    status_->setText(busy ? tr("Refreshing…") : QString());
  });
  crumbs_.assign(1, Crumb{tr("all data"), {}});
  rebuildBreadcrumb();
}

DashboardWorkspace::~DashboardWorkspace() = default;

QIcon DashboardWorkspace::icon() const {
  return QIcon::fromTheme(QStringLiteral("x-office-presentation"),
                          QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView));
}

void DashboardWorkspace::setProject(std::shared_ptr<ProjectSession> session) {
  session_ = std::move(session);
  connect(session_.get(), &ProjectSession::projectOpened, this, &DashboardWorkspace::showProject);
  connect(session_.get(), &ProjectSession::projectAboutToClose, this, &DashboardWorkspace::dropProject);
  connect(session_.get(), &ProjectSession::dataChanged, this, [this] {
    refresher_->invalidate();
    EmptyState::showOneOf(stack_, page_, noEvents_, !session_->hasEvents());
    // Still on the default period that nobody changed: new data moves it (e.g. an import of the latest week).
    if (showsDefaultPeriod_ && crumbs_.size() == 1) {
      reco::AnalyticsFilter f = crumbs_.back().filter;
      f.fromDay.reset();
      f.toDay.reset();
      crumbs_.assign(1, Crumb{crumbLabel(f), f});
      filterBar_->setFilter(f);
      rebuildBreadcrumb();
      defaultPeriodPending_ = true;
    }
    requestRefresh();
  });
  if (session_->isOpen())
    showProject();
  else
    dropProject();
}

void DashboardWorkspace::showProject() {
  refresher_->setProjectPath(session_->path());
  crumbs_.assign(1, Crumb{tr("all data"), {}});
  filterBar_->setFilter({});
  rebuildBreadcrumb();
  EmptyState::showOneOf(stack_, page_, noEvents_, !session_->hasEvents());
  defaultPeriodPending_ = true;
  showsDefaultPeriod_ = false;
  requestRefresh();
}

void DashboardWorkspace::dropProject() {
  refresher_->setProjectPath({});
  data_.reset();
  stack_->setCurrentIndex(0);
}

void DashboardWorkspace::requestRefresh() {
  if (!session_ || !session_->isOpen()) return;
  reco::DashboardRequest req;
  req.filter = currentFilter();
  req.defaultPeriod = defaultPeriodPending_ && crumbs_.size() == 1;
  req.granularity = filterBar_->granularity();
  req.segmentAttribute = filterBar_->breakdownAttribute();
  req.topItems = 50;
  req.itemSort = reco::ItemSort::Revenue;
  if (auto* metric = findChild<QComboBox*>(QStringLiteral("abMetric")))
    req.abMetric = static_cast<reco::AbMetric>(metric->currentData().toInt());
  refresher_->request(req);
}

reco::AnalyticsFilter DashboardWorkspace::currentFilter() const { return crumbs_.back().filter; }

void DashboardWorkspace::setFilter(const reco::AnalyticsFilter& filter) {
  defaultPeriodPending_ = showsDefaultPeriod_ = false;
  crumbs_.assign(1, Crumb{crumbLabel(filter), filter});
  filterBar_->setFilter(filter);
  rebuildBreadcrumb();
  requestRefresh();
}

int DashboardWorkspace::breadcrumbDepth() const { return static_cast<int>(crumbs_.size()); }

void DashboardWorkspace::pushCrumb(const QString& label, const reco::AnalyticsFilter& filter) {
  crumbs_.push_back(Crumb{label, filter});
  filterBar_->setFilter(filter);
  rebuildBreadcrumb();
  requestRefresh();
}

void DashboardWorkspace::stepBack() {
  if (crumbs_.size() <= 1) return;
  crumbs_.pop_back();
  filterBar_->setFilter(crumbs_.back().filter);
  rebuildBreadcrumb();
  requestRefresh();
}

void DashboardWorkspace::rebuildBreadcrumb() {
  while (QLayoutItem* item = crumbLayout_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  for (std::size_t i = 0; i < crumbs_.size(); ++i) {
    if (i > 0) crumbLayout_->addWidget(new QLabel(QStringLiteral("›"), this));
    auto* b = new QToolButton(this);
    b->setText(crumbs_[i].label);
    b->setAutoRaise(true);
    b->setToolTip(QString::fromStdString(crumbs_[i].filter.describe()));
    b->setEnabled(i + 1 < crumbs_.size());
    connect(b, &QToolButton::clicked, this, [this, i] {
      crumbs_.resize(i + 1);
      filterBar_->setFilter(crumbs_.back().filter);
      rebuildBreadcrumb();
      requestRefresh();
    });
    crumbLayout_->addWidget(b);
  }
  back_->setEnabled(crumbs_.size() > 1);
}

void DashboardWorkspace::drillDown(reco::Dimension chart, int index) {
  if (!data_ || index < 0) return;
  reco::AnalyticsFilter f = currentFilter();
  auto at = [index](const std::vector<reco::Group>& groups) -> const reco::Group* {
    return index < static_cast<int>(groups.size()) ? &groups[static_cast<std::size_t>(index)] : nullptr;
  };
  const reco::Group* g = nullptr;
  QString label;
  switch (chart) {
    case reco::Dimension::Category:
      if (!(g = at(data_->byCategory))) return;
      f.category = g->key;
      label = tr("category = %1").arg(QString::fromStdString(g->label));
      break;
    case reco::Dimension::Segment:
      if (!(g = at(data_->bySegment))) return;
      f.segment = reco::SegmentCondition{data_->segmentAttribute, g->key};
      label = tr("%1 = %2").arg(QString::fromStdString(data_->segmentAttribute), QString::fromStdString(g->label));
      break;
    case reco::Dimension::Placement:
      if (!(g = at(data_->byPlacement)) || g->key.empty()) return;
      f.placement = g->key;
      label = tr("placement = %1").arg(QString::fromStdString(g->label));
      break;
    case reco::Dimension::Variant:
      if (!(g = at(data_->byVariant)) || g->key.empty()) return;
      f.variant = g->key;
      label = tr("variant = %1").arg(QString::fromStdString(g->label));
      break;
    case reco::Dimension::Day:
    case reco::Dimension::Week:
    case reco::Dimension::Month: {
      if (!(g = at(data_->series))) return;
      std::int64_t to = shownGranularity_ == reco::Dimension::Week    ? g->id + 6
                        : shownGranularity_ == reco::Dimension::Month ? reco::nextMonthStart(g->id) - 1
                                                                      : g->id;
      f.fromDay = std::max(g->id, f.fromDay.value_or(g->id));
      f.toDay = std::min(to, f.toDay.value_or(to));
      label = QString::fromStdString(g->label);
      break;
    }
    default: return;
  }
  pushCrumb(label, f);
}

bool DashboardWorkspace::darkPalette() const { return ChartTheme::isDark(palette()); }

void DashboardWorkspace::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange && data_) rebuildCharts();
  Workspace::changeEvent(event);
}

void DashboardWorkspace::showData(const reco::DashboardData& data) {
  data_ = data;
  // Core chose the default period: the filter bar and the breadcrumb show its dates, so that unticking Dates is the
  // way back to all data.
  if (data.defaultPeriodApplied && defaultPeriodPending_ && crumbs_.size() == 1) {
    defaultPeriodPending_ = false;
    showsDefaultPeriod_ = true;
    crumbs_.assign(1, Crumb{crumbLabel(data.filter), data.filter});
    filterBar_->setFilter(data.filter);
    rebuildBreadcrumb();
  }
  shownGranularity_ = filterBar_->granularity();
  const reco::KpiFigures& k = data.kpis;
  const reco::Measures& c = k.current;
  const reco::Measures& p = k.previous;
  auto change = [&](double cur, double prev) {
    return k.hasPrevious ? reco::relativeChange(cur, prev) : std::nan("");
  };
  const QString leftOut = k.partialDayLeftOut && data.partialDay
                              ? QStringLiteral("\n") + tr("The partial last day, %1, is left out of the comparison.")
                                                          .arg(LocaleFormat::date(dateOfDay(*data.partialDay)))
                              : QString();
  auto prevText = [&](const QString& text) {
    return k.hasPrevious ? tr("Previous period (%1): %2")
                                   .arg(LocaleFormat::dayRange(dateOfDay(k.previousFrom), dateOfDay(k.previousTo)),
                                        text) +
                               leftOut
                         : tr("No data before this period");
  };
  period_->setText(periodText());
  auto setCount = [&](int tile, std::int64_t cur, std::int64_t prev) {
    tiles_[static_cast<std::size_t>(tile)]->setValue(countText(cur), change(static_cast<double>(cur), static_cast<double>(prev)),
                                                     prevText(countText(prev)));
  };
  auto setRate = [&](int tile, double cur, double prev) {
    tiles_[static_cast<std::size_t>(tile)]->setValue(percentText(cur), change(cur, prev), prevText(percentText(prev)));
  };
  auto setMoney = [&](int tile, double cur, double prev) {
    tiles_[static_cast<std::size_t>(tile)]->setValue(moneyText(cur), change(cur, prev), prevText(moneyText(prev)));
  };
  setCount(Impressions, c.impressions, p.impressions);
  setCount(Clicks, c.clicks, p.clicks);
  setRate(Ctr, c.ctr(), p.ctr());
  setCount(Carts, c.addToCarts, p.addToCarts);
  setCount(Purchases, c.purchases, p.purchases);
  setRate(ConvClick, c.conversionPerClick(), p.conversionPerClick());
  setRate(ConvImpression, c.conversionPerImpression(), p.conversionPerImpression());
  setMoney(Revenue, c.revenue, p.revenue);
  setMoney(Rpm, c.rpm(), p.rpm());
  setMoney(Aov, c.aov(), p.aov());
  setCount(ActiveUsers, k.activeUsers, k.previousActiveUsers);

  // A/B details.
  verdict_->setText(QString::fromStdString(data.ab.verdict));
  warning_->setText(data.ab.warning.empty() ? QString() : tr("Warning: %1").arg(QString::fromStdString(data.ab.warning)));
  warning_->setVisible(!data.ab.warning.empty());
  abTable_->setRowCount(static_cast<int>(data.ab.arms.size()));
  abTable_->setHorizontalHeaderLabels({tr("Variant"), QString::fromStdString(data.ab.successName),
                                       QString::fromStdString(data.ab.trialName), tr("Rate"), tr("95% interval"),
                                       tr("Lift"), tr("p-value")});
  for (std::size_t i = 0; i < data.ab.arms.size(); ++i) {
    const reco::AbArm& a = data.ab.arms[i];
    const QStringList cells = {
        QString::fromStdString(a.name), countText(a.successes), countText(a.trials), percentText(a.rate),
        percentText(a.ci.low) + QStringLiteral(" – ") + percentText(a.ci.high),
        i == 0 ? tr("baseline") : (a.lift >= 0 ? QLocale().positiveSign() : QString()) + percentText(a.lift),
        i == 0 ? QString() : LocaleFormat::pValue(a.p)};
    for (int col = 0; col < cells.size(); ++col)
      abTable_->setItem(static_cast<int>(i), col, new QTableWidgetItem(cells[col]));
  }
  topItems_->setItems(data.topItems);
  items_->setCsv(QString::fromStdString(reco::writeGroupsCsv(data.topItems, "item", false)));
  rebuildCharts();
  Q_EMIT refreshed();
}

void DashboardWorkspace::rebuildCharts() {
  if (!data_) return;
  const reco::DashboardData& d = *data_;
  const bool dark = darkPalette();
  const BarMetric metric = filterBar_->barMetric();
  // Every chart names its unit and the days it covers: the filter's range clipped to the data (the KPI period, plus
  // the partial last day where the KPIs leave it out).
  const reco::KpiFigures& k = d.kpis;
  const SeriesSpan span{k.fromDay, k.partialDayLeftOut && d.partialDay ? *d.partialDay : k.toDay, d.partialDay};
  const QString period = LocaleFormat::dayRange(dateOfDay(span.fromDay), dateOfDay(span.toDay));
  const QString seriesCsv = QString::fromStdString(reco::writeGroupsCsv(d.series, "period_start", true));
  const SeriesMeasure measures[] = {SeriesMeasure::Impressions, SeriesMeasure::Clicks, SeriesMeasure::Purchases,
                                    SeriesMeasure::Ctr};
  for (std::size_t i = 0; i < seriesPanels_.size(); ++i) {
    seriesPanels_[i]->setTitle(tr("%1, %2").arg(seriesTitle(measures[i], shownGranularity_), period));
    seriesPanels_[i]->setChart(timeSeriesChart(d.series, shownGranularity_, measures[i], span, dark,
                                               [this](int b) { drillDown(reco::Dimension::Day, b); }),
                               seriesCsv);
  }
  const QString metricName = barMetricName(metric);
  category_->setTitle(tr("By category: %1, %2").arg(metricName, period));
  segment_->setTitle(tr("By %1: %2, %3").arg(QString::fromStdString(d.segmentAttribute), metricName, period));
  placement_->setTitle(tr("By placement: %1, %2").arg(metricName, period));
  variant_->setTitle(tr("By variant: %1, %2").arg(metricName, period));
  position_->setTitle(tr("CTR (%) by list position, %1").arg(period));
  funnel_->setTitle(tr("Funnel: events per stage (log scale), %1").arg(period));
  ab_->setTitle(tr("A/B comparison: %1 per variant, %2").arg(QString::fromStdString(d.ab.metric), period));
  abDifference_->setTitle(tr("A/B difference from the baseline, %1").arg(period));
  items_->setTitle(tr("Top items by revenue, %1").arg(period));
  category_->setChart(breakdownChart(d.byCategory, metric, true, dark,
                                     [this](int i) { drillDown(reco::Dimension::Category, i); }),
                      QString::fromStdString(reco::writeGroupsCsv(d.byCategory, "category", false)));
  segment_->setChart(breakdownChart(d.bySegment, metric, true, dark,
                                    [this](int i) { drillDown(reco::Dimension::Segment, i); }),
                     QString::fromStdString(reco::writeGroupsCsv(d.bySegment, d.segmentAttribute, false)));
  placement_->setChart(breakdownChart(d.byPlacement, metric, false, dark,
                                      [this](int i) { drillDown(reco::Dimension::Placement, i); }),
                       QString::fromStdString(reco::writeGroupsCsv(d.byPlacement, "placement", false)));
  variant_->setChart(breakdownChart(d.byVariant, metric, false, dark,
                                    [this](int i) { drillDown(reco::Dimension::Variant, i); }),
                     QString::fromStdString(reco::writeGroupsCsv(d.byVariant, "variant", false)));
  position_->setChart(positionChart(d.byPosition, dark),
                      QString::fromStdString(reco::writeGroupsCsv(d.byPosition, "position", false)));
  funnel_->setChart(funnelChart(d.funnel, dark), QString::fromStdString(reco::writeFunnelCsv(d.funnel)));
  ab_->setChart(abChart(d.ab, dark), QString::fromStdString(reco::writeAbCsv(d.ab)));
  ab_->chartView()->setMinimumHeight(220);
  abDifference_->setChart(abDifferenceChart(d.ab, dark), QString::fromStdString(reco::writeAbCsv(d.ab)));
}

QString DashboardWorkspace::periodText() const {
  if (!data_ || data_->kpis.fromDay > data_->kpis.toDay) return {};
  const reco::KpiFigures& k = data_->kpis;
  QString text = k.hasPrevious ? tr("Period: %1, compared with the period of equal length before it: %2.")
                                     .arg(LocaleFormat::dayRange(dateOfDay(k.fromDay), dateOfDay(k.toDay)),
                                          LocaleFormat::dayRange(dateOfDay(k.previousFrom), dateOfDay(k.previousTo)))
                               : tr("Period: %1 (no earlier data to compare with).")
                                     .arg(LocaleFormat::dayRange(dateOfDay(k.fromDay), dateOfDay(k.toDay)));
  if (data_->partialDay)
    text += QLatin1Char(' ') + tr("The data ends during %1: that day is partial, drawn dashed and left out of "
                                  "comparisons.")
                                   .arg(LocaleFormat::date(dateOfDay(*data_->partialDay)));
  return text;
}

bool DashboardWorkspace::exportPdf(const QString& path, QString* error) const {
  if (!data_) {
    if (error) *error = tr("There is nothing to export yet.");
    return false;
  }
  DashboardPdfContent content;
  content.title = tr("RecoEngine dashboard");
  const reco::KpiFigures& k = data_->kpis;
  content.headerLines << tr("Project: %1").arg(session_ ? session_->path() : QString())
                      << tr("Filters: %1").arg(QString::fromStdString(data_->filterDescription))
                      << (k.hasPrevious
                              ? tr("Period: %1 to %2, compared with %3 to %4")
                                    .arg(LocaleFormat::isoDay(QString::fromStdString(reco::formatDay(k.fromDay))),
                                         LocaleFormat::isoDay(QString::fromStdString(reco::formatDay(k.toDay))),
                                         LocaleFormat::isoDay(QString::fromStdString(reco::formatDay(k.previousFrom))),
                                         LocaleFormat::isoDay(QString::fromStdString(reco::formatDay(k.previousTo))))
                              : tr("Period: %1 to %2 (no earlier data to compare with)")
                                    .arg(LocaleFormat::isoDay(QString::fromStdString(reco::formatDay(k.fromDay))),
                                         LocaleFormat::isoDay(QString::fromStdString(reco::formatDay(k.toDay)))))
                      << tr("A/B: %1").arg(QString::fromStdString(data_->ab.verdict))
                      << tr("Generated %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
  static const char* names[KpiCount] = {QT_TR_NOOP("Impressions"),  QT_TR_NOOP("Clicks"),
                                        QT_TR_NOOP("CTR"),          QT_TR_NOOP("Add-to-carts"),
                                        QT_TR_NOOP("Purchases"),    QT_TR_NOOP("Conversion per click"),
                                        QT_TR_NOOP("Conversion per impression"), QT_TR_NOOP("Revenue"),
                                        QT_TR_NOOP("RPM"),          QT_TR_NOOP("Average order value"),
                                        QT_TR_NOOP("Active users")};
  for (int i = 0; i < KpiCount; ++i) {
    KpiTile* t = tiles_[static_cast<std::size_t>(i)];
    content.kpis.emplace_back(tr(names[i]), t->valueText() + QStringLiteral("  (") + t->changeText() + QLatin1Char(')'));
  }
  content.panels = panels_;
  return writeDashboardPdf(path, content, error);
}

void DashboardWorkspace::exportPdfWithDialog() {
  QString path = QFileDialog::getSaveFileName(this, tr("Export dashboard as PDF"), QStringLiteral("dashboard.pdf"),
                                              tr("PDF documents (*.pdf)"));
  if (path.isEmpty()) return;
  QString error;
  if (!exportPdf(path, &error)) QMessageBox::warning(this, tr("Export failed"), error);
}

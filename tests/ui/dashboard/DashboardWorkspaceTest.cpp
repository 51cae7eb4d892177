// The Dashboard workspace offscreen on a small demo project: it refreshes off the GUI thread, shows the core's
// figures, drills down and back, exports every format, and renders non-blank light and dark screenshots
// (kept in /tmp/shots/dashboard-*.png for looking at).
#include <gtest/gtest.h>

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSize>
#include <QValueAxis>
#include <QXYSeries>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPalette>
#include <QSet>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>
#include <set>
#include <string>

#include "core/analytics/AnalyticsCube.h"
#include "core/analytics/DashboardCsv.h"
#include "core/analytics/ReportingPeriod.h"
#include "core/analytics/Rollups.h"
#include "core/base/Time.h"
#include "core/base/ColourContrast.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Project.h"
#include "ui/base/ProjectSession.h"
#include "ui/app/Theme.h"
#include "ui/base/ChartPanel.h"
#include "ui/base/LocaleFormat.h"
#include "ui/dashboard/DashboardWorkspace.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/dashboard/TopItemsModel.h"

namespace {

int distinctColours(const QImage& image) {
  QSet<QRgb> colours;
  const QImage img = image.convertToFormat(QImage::Format_RGB32);
  for (int y = 0; y < img.height(); y += 2)
    for (int x = 0; x < img.width(); x += 2) colours.insert(img.pixel(x, y));
  return static_cast<int>(colours.size());
}

double nonBackgroundShare(const QImage& image) {
  const QImage img = image.convertToFormat(QImage::Format_RGB32);
  QHash<QRgb, int> counts;
  int total = 0;
  for (int y = 0; y < img.height(); y += 2)
    for (int x = 0; x < img.width(); x += 2) {
      ++counts[img.pixel(x, y)];
      ++total;
    }
  int most = 0;
  for (int c : counts) most = std::max(most, c);
  return total ? 1.0 - static_cast<double>(most) / total : 0.0;
}

class DashboardWorkspaceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    path_ = dir_.filePath(QStringLiteral("demo.reco"));
    // Each test gets its own copy of a project generated once per binary (with and without the partial day).
    const QString& original = withPartialDay_ ? generated(true) : generated(false);
    ASSERT_FALSE(original.isEmpty());
    ASSERT_TRUE(QFile::copy(original, path_));
    ASSERT_TRUE(QFile::setPermissions(path_, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    session_ = std::make_shared<ProjectSession>();
    QString error;
    ASSERT_TRUE(session_->open(path_, &error)) << error.toStdString();
  }
  // Opens the test's project in `w`, shows it at `size` and waits for its first refresh (false if none came).
  bool showRefreshed(DashboardWorkspace& w, QSignalSpy& spy, QSize size = QSize(1280, 800)) {
    w.setProject(session_);
    w.resize(size);
    w.show();
    return waitForRefresh(w, spy);
  }
  bool waitForRefresh(DashboardWorkspace& w, QSignalSpy& spy) {
    if (!spy.wait(60000)) return false;
    // A newer request may be queued behind the one that finished: settle.
    while (spy.wait(300)) {
    }
    return w.lastData().has_value();
  }
  // The log stops 20 minutes into `day`: four impressions, far fewer than a day holds.
  static void appendPartialDay(reco::Project& p, std::int64_t day) {
    for (int minute = 0; minute < 20; minute += 5)
      p.db().exec("INSERT INTO events(user_id, item_id, type, ts, position, placement_id, variant_id) SELECT "
                  "(SELECT MIN(id) FROM users), (SELECT MIN(id) FROM items), 0, " +
                  std::to_string(day * 86400 + minute * 60) +
                  ", 1, (SELECT MIN(id) FROM placements), (SELECT MIN(id) FROM variants)");
  }
  // The demo project the tests start from, generated on first use and kept until the binary ends.
  static const QString& generated(bool partialDay) {
    static QTemporaryDir dir;
    static QString paths[2];
    QString& path = paths[partialDay ? 1 : 0];
    if (path.isEmpty() && dir.isValid()) {
      const QString file = dir.filePath(partialDay ? QStringLiteral("partial.reco") : QStringLiteral("demo.reco"));
      reco::Project p = reco::Project::create(file.toStdString());
      reco::DemoOptions o;
      o.users = 300;
      o.items = 120;
      o.days = 90;  // the demo project's length (DemoOptions' default), so the default range is its own
      reco::generateDemo(p, o);
      if (partialDay) appendPartialDay(p, reco::dayOf(o.startTimestamp) + o.days);
      reco::rebuildRollups(p.db());
      path = file;
    }
    return path;
  }
  bool withPartialDay_ = false;
  QTemporaryDir dir_;
  QString path_;
  std::shared_ptr<ProjectSession> session_;
};

class DashboardWithPartialDayTest : public DashboardWorkspaceTest {
 protected:
  void SetUp() override {
    withPartialDay_ = true;
    DashboardWorkspaceTest::SetUp();
  }
};

double contrast(const QColor& a, const QColor& b) {
  return reco::contrastRatio({static_cast<std::uint8_t>(a.red()), static_cast<std::uint8_t>(a.green()),
                              static_cast<std::uint8_t>(a.blue())},
                             {static_cast<std::uint8_t>(b.red()), static_cast<std::uint8_t>(b.green()),
                              static_cast<std::uint8_t>(b.blue())});
}

QChart* chartOf(const ChartPanel* panel) { return panel->chartView()->chart(); }

QXYSeries* seriesNamed(QChart* chart, const QString& name) {
  for (QAbstractSeries* s : chart->series())
    if (s->objectName() == name) return qobject_cast<QXYSeries*>(s);
  return nullptr;
}

QValueAxis* valueAxis(QChart* chart, Qt::Orientation orientation) {
  for (QAbstractAxis* a : chart->axes(orientation))
    if (auto* v = qobject_cast<QValueAxis*>(a)) return v;
  return nullptr;
}

std::pair<double, double> xRange(const QXYSeries* s) {
  double lo = s->at(0).x(), hi = lo;
  for (const QPointF& p : s->points()) {
    lo = std::min(lo, p.x());
    hi = std::max(hi, p.x());
  }
  return {lo, hi};
}

}  // namespace

TEST_F(DashboardWorkspaceTest, ShowsTheCoreFiguresDrillsDownAndExports) {
  DashboardWorkspace w;
  QSignalSpy refreshed(&w, &DashboardWorkspace::refreshed);
  ASSERT_TRUE(showRefreshed(w, refreshed, QSize(1500, 1000)));

  // The tiles show exactly what core computes for the default period, which the filter bar shows.
  reco::AnalyticsCube cube = reco::AnalyticsCube::load(session_->project()->db());
  const reco::AnalyticsFilter period = w.currentFilter();
  ASSERT_TRUE(period.fromDay && period.toDay);
  const reco::Measures total = cube.total(period);
  ASSERT_GT(total.impressions, 0);
  EXPECT_EQ(w.lastData()->kpis.current, total);
  EXPECT_EQ(w.kpiTiles()[0]->valueText(), QLocale().toString(static_cast<qlonglong>(total.impressions)));
  EXPECT_EQ(w.breadcrumbDepth(), 1);
  EXPECT_GT(w.topItemsModel()->rowCount(), 0);
  for (ChartPanel* p : w.panels()) {
    if (p->chartView()->isVisible()) {
      EXPECT_NE(p->chartView()->chart(), nullptr) << p->title().toStdString();
    }
    EXPECT_FALSE(p->csv().isEmpty()) << p->title().toStdString();
  }

  // Drill down into the first category, then into variant B; the breadcrumb steps back.
  const std::string firstCategory = w.lastData()->byCategory.at(0).key;
  w.drillDown(reco::Dimension::Category, 0);
  ASSERT_TRUE(waitForRefresh(w, refreshed));
  EXPECT_EQ(w.breadcrumbDepth(), 2);
  EXPECT_EQ(w.currentFilter().category, firstCategory);
  reco::AnalyticsFilter f = period;
  f.category = firstCategory;
  EXPECT_EQ(w.lastData()->kpis.current, cube.total(f));
  int b = -1;
  for (std::size_t i = 0; i < w.lastData()->byVariant.size(); ++i)
    if (w.lastData()->byVariant[i].key == "B") b = static_cast<int>(i);
  ASSERT_GE(b, 0);
  w.drillDown(reco::Dimension::Variant, b);
  ASSERT_TRUE(waitForRefresh(w, refreshed));
  EXPECT_EQ(w.breadcrumbDepth(), 3);
  f.variant = "B";
  EXPECT_EQ(w.lastData()->kpis.current, cube.total(f));
  ASSERT_EQ(w.lastData()->byVariant.size(), 1u);
  w.stepBack();
  ASSERT_TRUE(waitForRefresh(w, refreshed));
  EXPECT_EQ(w.breadcrumbDepth(), 2);
  EXPECT_FALSE(w.currentFilter().variant.has_value());
  w.stepBack();
  ASSERT_TRUE(waitForRefresh(w, refreshed));
  EXPECT_EQ(w.lastData()->kpis.current, total);

  // A segment drill-down: the top items are the segment's own.
  w.drillDown(reco::Dimension::Segment, 0);
  ASSERT_TRUE(waitForRefresh(w, refreshed));
  EXPECT_TRUE(w.currentFilter().segment.has_value());
  EXPECT_GT(w.topItemsModel()->rowCount(), 0);
  EXPECT_LE(w.lastData()->topItems.front().m.impressions, w.lastData()->kpis.current.impressions);
  w.stepBack();
  ASSERT_TRUE(waitForRefresh(w, refreshed));

  // Exports: each chart as PNG, SVG and CSV (core's text for that chart); the dashboard as PDF.
  const reco::DashboardData& d = *w.lastData();
  const std::set<std::string> coreCsv = {reco::writeGroupsCsv(d.series, "period_start", true),
                                         reco::writeGroupsCsv(d.byCategory, "category", false),
                                         reco::writeGroupsCsv(d.bySegment, d.segmentAttribute, false),
                                         reco::writeGroupsCsv(d.byPlacement, "placement", false),
                                         reco::writeGroupsCsv(d.byVariant, "variant", false),
                                         reco::writeGroupsCsv(d.byPosition, "position", false),
                                         reco::writeGroupsCsv(d.topItems, "item", false),
                                         reco::writeFunnelCsv(d.funnel),
                                         reco::writeAbCsv(d.ab)};
  QString error;
  for (std::size_t i = 0; i < w.panels().size(); ++i) {
    ChartPanel* p = w.panels()[i];
    const QString base = dir_.filePath(QStringLiteral("panel%1").arg(i));
    ASSERT_TRUE(p->exportPng(base + QStringLiteral(".png"), &error)) << error.toStdString();
    ASSERT_TRUE(p->exportSvg(base + QStringLiteral(".svg"), &error)) << error.toStdString();
    ASSERT_TRUE(p->exportCsv(base + QStringLiteral(".csv"), &error)) << error.toStdString();
    EXPECT_FALSE(QImage(base + QStringLiteral(".png")).isNull());
    QFile svg(base + QStringLiteral(".svg"));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<svg"));
    QFile csv(base + QStringLiteral(".csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    EXPECT_GT(csvBytes.count('\n'), 1) << p->title().toStdString();
    EXPECT_TRUE(coreCsv.count(csvBytes.toStdString())) << p->title().toStdString();
  }
  const QString pdf = dir_.filePath(QStringLiteral("dashboard.pdf"));
  ASSERT_TRUE(w.exportPdf(pdf, &error)) << error.toStdString();
  QFile pdfFile(pdf);
  ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
  EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));
  EXPECT_GT(QFileInfo(pdf).size(), 20000);
  EXPECT_FALSE(w.exportPdf(QStringLiteral("/nonexistent-dir/x.pdf"), &error));
}

TEST_F(DashboardWorkspaceTest, RendersLightAndDarkScreenshotsThatAreNotBlank) {
  QDir().mkpath(QStringLiteral("/tmp/shots"));
  for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
    applyTheme(theme);
    DashboardWorkspace w;
    QSignalSpy refreshed(&w, &DashboardWorkspace::refreshed);
    w.setProject(session_);
    w.resize(1280, 800);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_TRUE(waitForRefresh(w, refreshed));
    QTest::qWait(100);
    // The whole scrollable content at its laid-out size, then the visible window.
    QWidget* content = w.dashboardContent();
    const QImage full = content->grab().toImage();
    const QImage window = w.grab().toImage();
    EXPECT_TRUE(full.save(QStringLiteral("/tmp/shots/dashboard-%1.png").arg(theme)));
    EXPECT_TRUE(window.save(QStringLiteral("/tmp/shots/dashboard-%1-window.png").arg(theme)));
    EXPECT_GT(full.height(), 1500);
    EXPECT_GT(distinctColours(full), 100) << theme.toStdString();
    EXPECT_GT(nonBackgroundShare(full), 0.10) << theme.toStdString();
    EXPECT_GT(distinctColours(window), 50) << theme.toStdString();
    const bool dark = w.palette().color(QPalette::Window).lightness() < 128;
    EXPECT_EQ(dark, theme == QLatin1String("dark"));
    // Every chart (the small multiples, the interval charts included) follows the theme: axis text contrasts 4.5:1
    // with the chart's background, lines and points 3:1 (WCAG), as ChartThemeTest checks for the Models charts.
    for (ChartPanel* p : w.panels()) {
      QChart* chart = chartOf(p);
      if (!chart || !p->chartView()->isVisible()) continue;
      const std::string what = p->title().toStdString() + " / " + theme.toStdString();
      const QGradient* gradient = chart->backgroundBrush().gradient();
      QList<QColor> backgrounds;
      if (gradient)
        for (const auto& stop : gradient->stops()) backgrounds << stop.second;
      else
        backgrounds << chart->backgroundBrush().color();
      for (const QColor& background : backgrounds) {
        EXPECT_EQ(background.lightness() < 128, dark) << what;
        for (QAbstractAxis* axis : chart->axes()) {
          EXPECT_GE(contrast(axis->labelsBrush().color(), background), 4.5) << what;
          EXPECT_GE(contrast(axis->titleBrush().color(), background), 4.5) << what;
        }
        for (QAbstractSeries* series : chart->series())
          if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            EXPECT_GE(contrast(xy->pen().color(), background), 3.0) << what << " " << xy->objectName().toStdString();
            if (qobject_cast<QScatterSeries*>(series)) {
              EXPECT_GE(contrast(xy->color(), background), 3.0) << what << " " << xy->objectName().toStdString();
            }
          }
      }
    }
  }
  applyTheme(QStringLiteral("light"));
}

// Opening the demo shows the last complete 4 weeks against the 4 before: every KPI tile shows a change (before, the
// default was all data and every tile said "no previous period").
TEST_F(DashboardWorkspaceTest, KpiTilesShowAPreviousPeriodChangeOnTheDemosDefaultRange) {
  DashboardWorkspace w;
  QSignalSpy refreshed(&w, &DashboardWorkspace::refreshed);
  ASSERT_TRUE(showRefreshed(w, refreshed));
  const reco::AnalyticsCube cube = reco::AnalyticsCube::load(session_->project()->db());
  const std::optional<std::int64_t> partial = reco::partialLastDay(cube);
  const std::int64_t lastComplete = partial ? *partial - 1 : *cube.lastDay();
  const reco::KpiFigures& k = w.lastData()->kpis;
  EXPECT_TRUE(w.lastData()->defaultPeriodApplied);
  EXPECT_EQ(k.toDay, lastComplete);
  EXPECT_EQ(k.toDay - k.fromDay + 1, 28);
  ASSERT_TRUE(k.hasPrevious);
  EXPECT_EQ(k.previousTo, k.fromDay - 1);
  EXPECT_EQ(k.previousTo - k.previousFrom + 1, 28);
  // The filter bar and the breadcrumb hold the same dates, so the figures and the filter agree.
  EXPECT_EQ(w.currentFilter().fromDay, k.fromDay);
  EXPECT_EQ(w.currentFilter().toDay, k.toDay);
  ASSERT_EQ(w.kpiTiles().size(), 11u);
  for (KpiTile* tile : w.kpiTiles()) {
    EXPECT_FALSE(tile->changeText().contains(QStringLiteral("no previous period"))) << tile->changeText().toStdString();
    EXPECT_TRUE(tile->changeText().contains(QStringLiteral("vs previous"))) << tile->changeText().toStdString();
  }
  EXPECT_TRUE(w.periodText().contains(LocaleFormat::dayRange(QDate(1970, 1, 1).addDays(k.previousFrom),
                                                             QDate(1970, 1, 1).addDays(k.previousTo))))
      << w.periodText().toStdString();
  // Choosing all data (unticking Dates) is still possible and stays chosen.
  w.setFilter({});
  ASSERT_TRUE(waitForRefresh(w, refreshed));
  EXPECT_FALSE(w.currentFilter().fromDay.has_value());
  EXPECT_EQ(w.lastData()->kpis.current, cube.total({}));
}

// Impressions, clicks, purchases and CTR each have a chart and a scale of their own (clicks were flat on the
// impressions' axis), and every chart's title names its unit and period.
TEST_F(DashboardWorkspaceTest, EachMeasureHasItsOwnScaleAndEveryChartNamesItsPeriod) {
  DashboardWorkspace w;
  QSignalSpy refreshed(&w, &DashboardWorkspace::refreshed);
  ASSERT_TRUE(showRefreshed(w, refreshed));
  const reco::DashboardData& d = *w.lastData();
  ASSERT_EQ(w.seriesPanels().size(), 4u);
  std::int64_t maxImpressions = 0, maxClicks = 0, maxPurchases = 0;
  for (const reco::Group& g : d.series) {
    maxImpressions = std::max(maxImpressions, g.m.impressions);
    maxClicks = std::max(maxClicks, g.m.clicks);
    maxPurchases = std::max(maxPurchases, g.m.purchases);
  }
  const std::int64_t maxima[] = {maxImpressions, maxClicks, maxPurchases};
  for (std::size_t i = 0; i < 3; ++i) {
    QValueAxis* y = valueAxis(chartOf(w.seriesPanels()[i]), Qt::Vertical);
    ASSERT_NE(y, nullptr);
    // The axis ends above the measure's highest day, but not far above it: the line uses the chart's height.
    EXPECT_GE(y->max(), static_cast<double>(maxima[i])) << i;
    EXPECT_LE(y->max(), 2.0 * static_cast<double>(maxima[i])) << i;
  }
  EXPECT_LT(valueAxis(chartOf(w.seriesPanels()[1]), Qt::Vertical)->max(), static_cast<double>(maxImpressions) / 4);
  const QString period = LocaleFormat::dayRange(QDate(1970, 1, 1).addDays(d.kpis.fromDay),
                                                QDate(1970, 1, 1).addDays(d.kpis.toDay));
  EXPECT_TRUE(w.seriesPanels()[1]->title().startsWith(QStringLiteral("Clicks per day, "))) << w.seriesPanels()[1]->title().toStdString();
  for (ChartPanel* p : w.panels()) EXPECT_TRUE(p->title().endsWith(period)) << p->title().toStdString();
}

// The A/B chart draws each variant's rate with its 95% interval, and a second chart the difference from the baseline
// with its interval, both exactly core's (the old box plot started at 0% and squeezed every interval into a line).
TEST_F(DashboardWorkspaceTest, AbChartShowsEachVariantsIntervalAndTheDifference) {
  DashboardWorkspace w;
  QSignalSpy refreshed(&w, &DashboardWorkspace::refreshed);
  ASSERT_TRUE(showRefreshed(w, refreshed));
  const reco::AbComparison& ab = w.lastData()->ab;
  ASSERT_GE(ab.arms.size(), 2u);
  QChart* rates = chartOf(w.abPanel());
  QValueAxis* x = valueAxis(rates, Qt::Horizontal);
  ASSERT_NE(x, nullptr);
  for (const reco::AbArm& a : ab.arms) {
    const QString name = QString::fromStdString(a.name);
    QXYSeries* interval = seriesNamed(rates, QStringLiteral("interval:") + name);
    QXYSeries* rate = seriesNamed(rates, QStringLiteral("rate:") + name);
    ASSERT_NE(interval, nullptr) << a.name;
    ASSERT_NE(rate, nullptr) << a.name;
    const auto [lo, hi] = xRange(interval);
    EXPECT_NEAR(lo, a.ci.low * 100.0, 1e-9);
    EXPECT_NEAR(hi, a.ci.high * 100.0, 1e-9);
    ASSERT_EQ(rate->count(), 1);
    EXPECT_NEAR(rate->at(0).x(), a.rate * 100.0, 1e-9);
    // Readable: the interval lies on the axis and takes a visible share of it.
    EXPECT_GE(lo, x->min());
    EXPECT_LE(hi, x->max());
    EXPECT_GT((hi - lo) / (x->max() - x->min()), 0.05) << a.name;
  }
  QChart* difference = chartOf(w.abDifferencePanel());
  for (std::size_t i = 1; i < ab.arms.size(); ++i) {
    const reco::AbArm& a = ab.arms[i];
    const QString name = QString::fromStdString(a.name);
    QXYSeries* interval = seriesNamed(difference, QStringLiteral("differenceInterval:") + name);
    QXYSeries* point = seriesNamed(difference, QStringLiteral("difference:") + name);
    ASSERT_NE(interval, nullptr);
    ASSERT_NE(point, nullptr);
    const auto [lo, hi] = xRange(interval);
    EXPECT_NEAR(lo, a.differenceCi.low * 100.0, 1e-9);
    EXPECT_NEAR(hi, a.differenceCi.high * 100.0, 1e-9);
    EXPECT_NEAR(point->at(0).x(), a.difference * 100.0, 1e-9);
  }
  EXPECT_NE(seriesNamed(difference, QStringLiteral("zero")), nullptr);
  // p-values are floored: the demo's variants differ clearly, and no cell prints an exponent.
  const QTableWidget* table = w.findChild<QTableWidget*>();
  ASSERT_NE(table, nullptr);
  for (int row = 1; row < table->rowCount(); ++row) {
    const QString p = table->item(row, 6)->text();
    EXPECT_FALSE(p.contains(QLatin1Char('e'), Qt::CaseInsensitive)) << p.toStdString();
    if (ab.arms[static_cast<std::size_t>(row)].p < 0.001) {
      EXPECT_EQ(p, LocaleFormat::pValue(0.0));
    }
  }
}

// A log that stops 20 minutes into a day: the dashboard's default period ends the day before; with all data the
// day is drawn as a dashed segment to its own point in every series chart and named in the legend.
TEST_F(DashboardWithPartialDayTest, ThePartialDayIsDrawnApartAndLeftOutOfTheComparison) {
  DashboardWorkspace w;
  QSignalSpy refreshed(&w, &DashboardWorkspace::refreshed);
  ASSERT_TRUE(showRefreshed(w, refreshed));
  const reco::AnalyticsCube cube = reco::AnalyticsCube::load(session_->project()->db());
  ASSERT_TRUE(w.lastData()->partialDay.has_value());
  const std::int64_t partial = *w.lastData()->partialDay;
  EXPECT_EQ(partial, *cube.lastDay());
  EXPECT_EQ(w.lastData()->kpis.toDay, partial - 1);
  EXPECT_TRUE(w.lastData()->kpis.hasPrevious);

  // The last 10 days including the partial one: the KPIs compare 9 complete days with the 9 before.
  reco::AnalyticsFilter last10;
  last10.fromDay = partial - 9;
  last10.toDay = partial;
  w.setFilter(last10);
  ASSERT_TRUE(waitForRefresh(w, refreshed));
  const reco::KpiFigures& k = w.lastData()->kpis;
  EXPECT_TRUE(k.partialDayLeftOut);
  EXPECT_EQ(k.toDay, partial - 1);
  reco::AnalyticsFilter complete = last10;
  complete.toDay = partial - 1;
  EXPECT_EQ(k.current, cube.total(complete));
  EXPECT_TRUE(w.kpiTiles()[0]->toolTip().contains(QStringLiteral("left out"))) << w.kpiTiles()[0]->toolTip().toStdString();
  for (ChartPanel* p : w.seriesPanels()) {
    QChart* chart = chartOf(p);
    QXYSeries* solid = seriesNamed(chart, QStringLiteral("complete"));
    QXYSeries* dashed = seriesNamed(chart, QStringLiteral("partial"));
    ASSERT_NE(solid, nullptr);
    ASSERT_NE(dashed, nullptr) << p->title().toStdString();
    EXPECT_EQ(dashed->pen().style(), Qt::DashLine);
    EXPECT_EQ(solid->pen().style(), Qt::SolidLine);
    ASSERT_EQ(dashed->count(), 2);
    // The solid line ends on the last complete day; the dashed segment runs from there to the partial day.
    const double partialX = static_cast<double>(partial) * 86400000.0 + 43200000.0;
    EXPECT_DOUBLE_EQ(dashed->at(1).x(), partialX);
    EXPECT_DOUBLE_EQ(dashed->at(0).x(), solid->at(solid->count() - 1).x());
    EXPECT_LT(solid->at(solid->count() - 1).x(), partialX);
    EXPECT_TRUE(chart->legend()->isVisible());
  }
  // Kept for looking at: the tiles and the four series charts with the dashed partial day.
  if (!qEnvironmentVariableIsEmpty("RECO_SHOT_DIR")) {
    QTest::qWait(100);
    EXPECT_TRUE(w.grab().save(QDir(qEnvironmentVariable("RECO_SHOT_DIR")).filePath(QStringLiteral("dashboard-partial-day.png"))));
  }
}

// By week, the default 28 days rarely start on a Monday: the weeks the period cuts at either end are dashed (they
// hold only some of their days), so they do not draw a cliff.
TEST_F(DashboardWorkspaceTest, WeeksThePeriodCutsAreDrawnApart) {
  DashboardWorkspace w;
  QSignalSpy refreshed(&w, &DashboardWorkspace::refreshed);
  ASSERT_TRUE(showRefreshed(w, refreshed));
  QComboBox* granularity = nullptr;
  for (QComboBox* box : w.findChildren<QComboBox*>())
    if (box->findText(QStringLiteral("By week")) >= 0) granularity = box;
  ASSERT_NE(granularity, nullptr);
  granularity->setCurrentIndex(granularity->findText(QStringLiteral("By week")));
  ASSERT_TRUE(waitForRefresh(w, refreshed));
  const reco::DashboardData& d = *w.lastData();
  ASSERT_GE(d.series.size(), 4u);
  const bool startCut = d.series.front().id < d.kpis.fromDay;
  const bool endCut = d.series.back().id + 6 > d.kpis.toDay;
  // 28 days are 4 whole weeks exactly when they start on a Monday; otherwise both ends are cut.
  EXPECT_EQ(startCut, endCut);
  EXPECT_EQ(startCut, (d.kpis.fromDay + 3) % 7 != 0);  // day 0 (1970-01-01) was a Thursday
  for (ChartPanel* p : w.seriesPanels()) {
    QChart* chart = chartOf(p);
    QXYSeries* solid = seriesNamed(chart, QStringLiteral("complete"));
    ASSERT_NE(solid, nullptr);
    EXPECT_EQ(seriesNamed(chart, QStringLiteral("partialStart")) != nullptr, startCut) << p->title().toStdString();
    EXPECT_EQ(seriesNamed(chart, QStringLiteral("partial")) != nullptr, endCut) << p->title().toStdString();
    // The solid line holds the whole weeks only.
    EXPECT_EQ(solid->count(), static_cast<int>(d.series.size()) - (startCut ? 1 : 0) - (endCut ? 1 : 0));
    if (startCut) {
      EXPECT_EQ(seriesNamed(chart, QStringLiteral("partialStart"))->pen().style(), Qt::DashLine);
    }
  }
  EXPECT_TRUE(w.seriesPanels()[0]->title().startsWith(QStringLiteral("Impressions per week, ")));
  if (!qEnvironmentVariableIsEmpty("RECO_SHOT_DIR")) {
    QTest::qWait(100);
    EXPECT_TRUE(w.grab().save(QDir(qEnvironmentVariable("RECO_SHOT_DIR")).filePath(QStringLiteral("dashboard-by-week.png"))));
  }
}

// New data (an import of the latest week) moves the default period along, unless the user chose dates.
TEST_F(DashboardWorkspaceTest, NewDataMovesTheDefaultPeriodButNotChosenDates) {
  DashboardWorkspace w;
  QSignalSpy refreshed(&w, &DashboardWorkspace::refreshed);
  ASSERT_TRUE(showRefreshed(w, refreshed));
  std::int64_t last = 0;
  {
    reco::Project p = reco::Project::open(path_.toStdString());
    last = *reco::AnalyticsCube::load(p.db()).lastDay();
    // Seven more days of 200 impressions each, the last one until 22:07 (as many as the days before: complete).
    reco::Transaction tx(p.db());
    for (std::int64_t day = last + 1; day <= last + 7; ++day)
      for (int i = 0; i < 200; ++i)
        p.db().exec("INSERT INTO events(user_id, item_id, type, ts, position, placement_id, variant_id) SELECT "
                    "(SELECT MIN(id) FROM users), (SELECT MIN(id) FROM items), 0, " +
                    std::to_string(day * 86400 + i * 398) +
                    ", 1, (SELECT MIN(id) FROM placements), (SELECT MIN(id) FROM variants)");
    tx.commit();
    reco::rebuildRollups(p.db());
  }
  Q_EMIT session_->dataChanged();
  ASSERT_TRUE(waitForRefresh(w, refreshed));
  EXPECT_EQ(w.lastData()->kpis.toDay, last + 7);
  EXPECT_EQ(w.lastData()->kpis.fromDay, last + 7 - 27);
  EXPECT_EQ(w.currentFilter().toDay, last + 7);

  // Dates the user chose stay as they are.
  reco::AnalyticsFilter chosen;
  chosen.fromDay = last - 13;
  chosen.toDay = last;
  w.setFilter(chosen);
  ASSERT_TRUE(waitForRefresh(w, refreshed));
  Q_EMIT session_->dataChanged();
  ASSERT_TRUE(waitForRefresh(w, refreshed));
  EXPECT_EQ(w.currentFilter(), chosen);
  EXPECT_EQ(w.lastData()->kpis.toDay, last);
}

// A change that rounds to 0.0% reads as no change: the neutral arrow, not a green ▲ "0.0%" (seen on the CTR tile).
TEST(KpiTileTest, AChangeShownAsZeroIsNeutral) {
  KpiTile tile(QStringLiteral("CTR"));
  tile.setValue(QStringLiteral("5.03%"), 0.0004, {});
  EXPECT_TRUE(tile.changeText().startsWith(QChar(0x25B6))) << tile.changeText().toStdString();
  tile.setValue(QStringLiteral("5.03%"), -0.0004, {});
  EXPECT_TRUE(tile.changeText().startsWith(QChar(0x25B6))) << tile.changeText().toStdString();
  tile.setValue(QStringLiteral("5.30%"), 0.0006, {});
  EXPECT_TRUE(tile.changeText().startsWith(QChar(0x25B2))) << tile.changeText().toStdString();
  tile.setValue(QStringLiteral("5.30%"), std::nan(""), {});
  EXPECT_TRUE(tile.changeText().contains(QStringLiteral("no previous period")));
}

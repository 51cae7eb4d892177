// The Dashboard workspace offscreen on a small demo project: it refreshes off the GUI thread, shows the core's
// figures, drills down and back, exports every format, and renders non-blank light and dark screenshots
// (kept in /tmp/shots/dashboard-*.png for looking at).
#include <gtest/gtest.h>

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPalette>
#include <QSet>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <set>
#include <string>

#include "core/analytics/AnalyticsCube.h"
#include "core/analytics/DashboardCsv.h"
#include "core/analytics/Rollups.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Project.h"
#include "ui/base/ProjectSession.h"
#include "ui/app/Theme.h"
#include "ui/base/ChartPanel.h"
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
    {
      reco::Project p = reco::Project::create(path_.toStdString());
      reco::DemoOptions o;
      o.users = 300;
      o.items = 120;
      o.days = 28;
      reco::generateDemo(p, o);
      reco::rebuildRollups(p.db());
    }
    session_ = std::make_shared<ProjectSession>();
    QString error;
    ASSERT_TRUE(session_->open(path_, &error)) << error.toStdString();
  }
  bool waitForRefresh(DashboardWorkspace& w, QSignalSpy& spy) {
    if (!spy.wait(60000)) return false;
    // A newer request may be queued behind the one that finished: settle.
    while (spy.wait(300)) {
    }
    return w.lastData().has_value();
  }
  QTemporaryDir dir_;
  QString path_;
  std::shared_ptr<ProjectSession> session_;
};

}  // namespace

TEST_F(DashboardWorkspaceTest, ShowsTheCoreFiguresDrillsDownAndExports) {
  DashboardWorkspace w;
  QSignalSpy refreshed(&w, &DashboardWorkspace::refreshed);
  w.setProject(session_);
  w.resize(1500, 1000);
  w.show();
  ASSERT_TRUE(waitForRefresh(w, refreshed));

  // The tiles show exactly what core computes.
  reco::AnalyticsCube cube = reco::AnalyticsCube::load(session_->project()->db());
  const reco::Measures total = cube.total({});
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
  reco::AnalyticsFilter f;
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
    w.resize(1500, 1000);
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
  }
  applyTheme(QStringLiteral("light"));
}

// Every chart of the Models workspace (the training loss chart, the Evaluate tab's metric bars with confidence
// whiskers) follows the light and the dark theme: rendered offscreen in each, the chart's background is the theme's
// (checked on the rendered pixels), its title and axis text contrast with that background by at least 4.5:1 (WCAG,
// from relative luminance), its lines and whiskers by at least 3:1 (WCAG's non-text contrast), and the labels inside
// bars by 4.5:1 against the bar. A theme switch reaches charts already shown. Images are kept as
// models-chart-<name>-<theme>.png in $RECO_SHOT_DIR when set.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QTest>
#include <algorithm>
#include <cmath>

#include "SampleRuns.h"
#include "core/base/ColourContrast.h"
#include "ui/app/Theme.h"
#include "ui/models/EvaluationReport.h"
#include "ui/models/LossChart.h"
#include "ui/models/MetricBarChart.h"

namespace {

reco::Rgb rgb(const QColor& c) {
  return {static_cast<std::uint8_t>(c.red()), static_cast<std::uint8_t>(c.green()),
          static_cast<std::uint8_t>(c.blue())};
}

double contrast(const QColor& a, const QColor& b) {
  return reco::contrastRatio(rgb(a), rgb(b));
}

// Three models with confidence intervals on ndcg@10.
EvaluationReport threeModelRun() {
  using namespace sampleruns;
  const auto entry = [](const char* name, double ndcg) {
    return model(name, {{"ndcg@10", metric(ndcg, ndcg - 0.02, ndcg + 0.02)}});
  };
  return EvaluationReport(
      run({entry("popular", 0.12), entry("itemknn", 0.21), entry("ials", 0.27)}, nlohmann::json::array()), 1,
      1700000000);
}

// The chart's background colour (the first stop of a gradient).
QColor backgroundOf(const QChart* chart) {
  const QGradient* gradient = chart->backgroundBrush().gradient();
  return gradient && !gradient->stops().isEmpty() ? gradient->stops().front().second : chart->backgroundBrush().color();
}

// Checks one rendered chart against its theme; `name` and `theme` label the failures and the kept image.
void checkChart(QChartView& view, const QString& name, const QString& theme) {
  const std::string what = (name + QLatin1Char('/') + theme).toStdString();
  view.resize(640, 360);
  view.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&view)) << what;
  const QImage image = view.grab().toImage();
  if (!qEnvironmentVariableIsEmpty("RECO_SHOT_DIR"))
    image.save(QDir(qEnvironmentVariable("RECO_SHOT_DIR"))
                   .filePath(QStringLiteral("models-chart-%1-%2.png").arg(name, theme)));
  QChart* chart = view.chart();
  // The chart's background: its brush's colour, or every stop of its gradient (Qt Charts' themes paint a gradient).
  QList<QColor> backgrounds;
  if (const QGradient* gradient = chart->backgroundBrush().gradient())
    for (const auto& stop : gradient->stops()) backgrounds << stop.second;
  else
    backgrounds << chart->backgroundBrush().color();
  ASSERT_FALSE(backgrounds.isEmpty()) << what;

  // The theme is the application's: dark in dark, light in light, in the chart's colours and in what was painted
  // (the mean luminance of the rendered image, which the background dominates).
  double painted = 0;
  int samples = 0;
  for (int y = 0; y < image.height(); y += 4)
    for (int x = 0; x < image.width(); x += 4, ++samples)
      painted += reco::relativeLuminance(rgb(image.pixelColor(x, y)));
  painted /= samples;
  const bool dark = theme == QLatin1String("dark");
  for (const QColor& background : backgrounds) {
    const double luminance = reco::relativeLuminance(rgb(background));
    EXPECT_TRUE(dark ? luminance < 0.2 : luminance > 0.6) << what << ": background " << background.name().toStdString();
  }
  EXPECT_TRUE(dark ? painted < 0.2 : painted > 0.6) << what << ": mean luminance painted " << painted;
  // The worst contrast of a colour over the whole background.
  const auto contrastOnBackground = [&backgrounds](const QColor& c) {
    double worst = 21;
    for (const QColor& background : backgrounds) worst = std::min(worst, contrast(c, background));
    return worst;
  };

  // Text: 4.5:1. (Axis and grid lines are left out: they are decoration, the labels carry the scale.)
  EXPECT_GE(contrastOnBackground(chart->titleBrush().color()), 4.5) << what << ": title";
  int axes = 0;
  for (QAbstractAxis* axis : chart->axes()) {
    if (!axis->isVisible()) continue;
    ++axes;
    EXPECT_GE(contrastOnBackground(axis->labelsBrush().color()), 4.5) << what << ": axis labels";
    if (!axis->titleText().isEmpty()) {
      EXPECT_GE(contrastOnBackground(axis->titleBrush().color()), 4.5) << what << ": axis title";
    }
  }
  EXPECT_GE(axes, 2) << what;

  // Lines (the loss curve, the whiskers): 3:1. Labels inside bars: 4.5:1 against the bar.
  int lines = 0, bars = 0;
  for (QAbstractSeries* series : chart->series()) {
    if (auto* line = qobject_cast<QLineSeries*>(series)) {
      ++lines;
      EXPECT_GE(contrastOnBackground(line->pen().color()), 3.0)
          << what << ": line " << line->pen().color().name().toStdString();
    }
    if (auto* barSeries = qobject_cast<QBarSeries*>(series))
      for (QBarSet* set : barSeries->barSets()) {
        ++bars;
        EXPECT_GE(contrast(set->labelColor(), set->color()), 4.5) << what << ": bar label";
        EXPECT_GE(contrastOnBackground(set->color()), 3.0) << what << ": bar";
      }
  }
  EXPECT_GT(lines + bars, 0) << what;
}

class ChartThemeTest : public ::testing::TestWithParam<const char*> {
 protected:
  void TearDown() override { applyTheme(QStringLiteral("system")); }
};

TEST_P(ChartThemeTest, LossChartFollowsTheTheme) {
  const QString theme = QLatin1String(GetParam());
  applyTheme(theme);
  LossChart chart;
  chart.start(QStringLiteral("ials (iALS)"), 8);
  for (int i = 1; i <= 8; ++i) chart.addIteration(i, 100.0 / i);
  checkChart(chart, QStringLiteral("loss"), theme);
}

TEST_P(ChartThemeTest, MetricBarsAndWhiskersFollowTheTheme) {
  const QString theme = QLatin1String(GetParam());
  applyTheme(theme);
  MetricBarChart chart;
  chart.setReport(threeModelRun(), QStringLiteral("ndcg@10"));
  ASSERT_EQ(chart.barCount(), 3);
  int whiskers = 0;
  for (QAbstractSeries* s : chart.chart()->series()) whiskers += qobject_cast<QLineSeries*>(s) ? 1 : 0;
  EXPECT_EQ(whiskers, 3);
  checkChart(chart, QStringLiteral("metric-bars"), theme);
}

INSTANTIATE_TEST_SUITE_P(Themes, ChartThemeTest, ::testing::Values("light", "dark"));

// Charts shown before the user switches the theme follow the switch.
TEST(ChartThemeSwitchTest, ChartsAlreadyShownFollowASwitch) {
  applyTheme(QStringLiteral("light"));
  LossChart loss;
  loss.start(QStringLiteral("bpr (BPR)"), 4);
  loss.addIteration(1, 3.0);
  MetricBarChart bars;
  bars.setReport(threeModelRun(), QStringLiteral("ndcg@10"));
  for (QChartView* view : {static_cast<QChartView*>(&loss), static_cast<QChartView*>(&bars)}) {
    view->resize(480, 300);
    view->show();
  }
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&bars));
  for (QChartView* view : {static_cast<QChartView*>(&loss), static_cast<QChartView*>(&bars)})
    EXPECT_GT(reco::relativeLuminance(rgb(backgroundOf(view->chart()))), 0.6);
  applyTheme(QStringLiteral("dark"));
  QApplication::processEvents();
  for (QChartView* view : {static_cast<QChartView*>(&loss), static_cast<QChartView*>(&bars)}) {
    const QColor background = backgroundOf(view->chart());
    EXPECT_LT(reco::relativeLuminance(rgb(background)), 0.2);
    EXPECT_GE(contrast(view->chart()->titleBrush().color(), background), 4.5);
  }
  EXPECT_EQ(bars.barCount(), 3);  // rebuilt with the same report and metric
  EXPECT_EQ(loss.pointCount(), 1);
  applyTheme(QStringLiteral("system"));
}

}  // namespace

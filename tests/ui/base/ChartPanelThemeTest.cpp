// The dashboard's chart panels go through the same theming path as the Models charts: a chart themed by
// ChartTheme::apply and shown in a ChartPanel keeps every series at 3:1 or more against its background, in the
// light and the dark theme (Qt's light theme starts with a blue of 2.96:1), and bar labels at 4.5:1 on their bar.
#include <gtest/gtest.h>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <algorithm>

#include "core/base/ColourContrast.h"
#include "ui/base/ChartPanel.h"
#include "ui/base/ChartTheme.h"

namespace {

reco::Rgb rgb(const QColor& c) {
  return {static_cast<std::uint8_t>(c.red()), static_cast<std::uint8_t>(c.green()),
          static_cast<std::uint8_t>(c.blue())};
}

// The worst contrast of `c` over the chart's background (every stop of its gradient).
double worstContrast(const QChart* chart, const QColor& c) {
  double worst = 21;
  if (const QGradient* gradient = chart->backgroundBrush().gradient())
    for (const auto& stop : gradient->stops()) worst = std::min(worst, reco::contrastRatio(rgb(c), rgb(stop.second)));
  else
    worst = reco::contrastRatio(rgb(c), rgb(chart->backgroundBrush().color()));
  return worst;
}

TEST(ChartPanelTheme, SeriesStayReadableInBothThemes) {
  for (const bool dark : {false, true}) {
    ChartPanel panel(QStringLiteral("Clicks"));
    auto* chart = new QChart;
    ChartTheme::apply(chart, dark);
    QList<QLineSeries*> lines;
    for (int i = 0; i < 5; ++i) {
      auto* line = new QLineSeries;
      line->append(0, i);
      line->append(1, i + 1);
      chart->addSeries(line);
      lines << line;
    }
    auto* bars = new QBarSeries;
    auto* set = new QBarSet(QStringLiteral("CTR"));
    *set << 1 << 2;
    set->setLabelColor(Qt::white);
    bars->setLabelsVisible(true);
    bars->append(set);
    chart->addSeries(bars);
    if (!dark) {  // what the panel has to correct: Qt's light theme gives the first series 2.96:1
      EXPECT_LT(worstContrast(chart, lines.front()->pen().color()), 3.0);
    }
    panel.setChart(chart, QString());
    for (QLineSeries* line : lines)
      EXPECT_GE(worstContrast(chart, line->pen().color()), 3.0) << line->pen().color().name().toStdString() << dark;
    EXPECT_GE(worstContrast(chart, set->color()), 3.0) << dark;
    // Its labels (inside the bar by default, white as the dashboard sets them) read against the bar.
    EXPECT_GE(reco::contrastRatio(rgb(set->labelColor()), rgb(set->color())), 4.5) << dark;
  }
}

}  // namespace

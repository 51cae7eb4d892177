#include "ui/models/MetricBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

#include "ui/base/ChartTheme.h"

MetricBarChart::MetricBarChart(QWidget* parent) : QChartView(parent) {
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(220);
  setReport(EvaluationReport(), QString());
}

void MetricBarChart::changeEvent(QEvent* event) {
  // A theme switch: rebuild in the new palette (the theme recolours series, so whiskers and labels are redone).
  if (event->type() == QEvent::PaletteChange) setReport(report_, metric_);
  QChartView::changeEvent(event);
}

void MetricBarChart::setReport(const EvaluationReport& report, const QString& metric) {
  if (&report != &report_) report_ = report;
  metric_ = metric;
  bars_ = 0;
  auto* chart = new QChart;
  ChartTheme::apply(chart, ChartTheme::isDark(palette()));
  chart->legend()->hide();
  chart->setMargins(QMargins(4, 4, 8, 4));
  const QStringList models = report.modelLabels();
  if (report.isEmpty() || metric.isEmpty()) {
    chart->setTitle(tr("Run an evaluation to compare models"));
    replaceChart(chart);
    return;
  }
  chart->setTitle(tr("%1 by model (whiskers: %2% confidence interval)")
                      .arg(EvaluationReport::metricTitle(metric))
                      .arg(report.confidence() * 100, 0, 'f', 0));
  auto* set = new QBarSet(EvaluationReport::metricTitle(metric));
  double top = 0;
  double bottom = 0;
  std::vector<EvaluationReport::Estimate> estimates;
  for (int m = 0; m < models.size(); ++m) {
    const EvaluationReport::Estimate e = report.metric(m, metric);
    estimates.push_back(e);
    const double v = e.valid ? e.value : 0.0;
    *set << v;
    top = std::max({top, v, e.high.value_or(v)});
    bottom = std::min({bottom, v, e.low.value_or(v)});
  }
  bars_ = int(models.size());
  auto* series = new QBarSeries;
  series->append(set);
  series->setLabelsVisible(true);
  series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
  series->setLabelsFormat(QStringLiteral("@value"));
  series->setLabelsPrecision(4);
  set->setLabelColor(Qt::white);  // ensureSeriesContrast below turns it black on a light bar
  chart->addSeries(series);       // the theme colours the bars here

  auto* categories = new QBarCategoryAxis;
  categories->append(models);
  chart->addAxis(categories, Qt::AlignBottom);
  series->attachAxis(categories);
  auto* values = new QValueAxis;
  values->setRange(bottom, top > bottom ? top * 1.08 : bottom + 1);
  values->applyNiceNumbers();
  values->setLabelFormat(QStringLiteral("%.3g"));
  values->setTitleText(EvaluationReport::metricTitle(metric));
  chart->addAxis(values, Qt::AlignLeft);
  series->attachAxis(values);

  // Whiskers on a hidden x axis spanning the same -0.5 .. n-0.5 range as the categories.
  auto* whiskerX = new QValueAxis;
  whiskerX->setRange(-0.5, models.size() - 0.5);
  whiskerX->setVisible(false);
  chart->addAxis(whiskerX, Qt::AlignBottom);
  QPen pen(ChartTheme::foreground(chart));
  pen.setWidthF(1.6);
  for (int m = 0; m < int(estimates.size()); ++m) {
    const auto& e = estimates[static_cast<std::size_t>(m)];
    if (!e.valid || !e.low || !e.high) continue;
    auto* whisker = new QLineSeries;
    const double cap = 0.08;
    *whisker << QPointF(m - cap, *e.low) << QPointF(m + cap, *e.low) << QPointF(m, *e.low) << QPointF(m, *e.high)
             << QPointF(m - cap, *e.high) << QPointF(m + cap, *e.high);
    chart->addSeries(whisker);
    whisker->setPen(pen);  // after addSeries, which gives a series the theme's next colour
    whisker->attachAxis(whiskerX);
    whisker->attachAxis(values);
  }
  ChartTheme::ensureSeriesContrast(chart);
  replaceChart(chart);
}

void MetricBarChart::replaceChart(QChart* chart) {
  QChart* previous = this->chart();
  setChart(chart);  // the view releases the previous chart without deleting it
  delete previous;
}

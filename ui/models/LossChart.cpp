#include "ui/models/LossChart.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "ui/base/ChartTheme.h"

LossChart::LossChart(QWidget* parent)
    : QChartView(parent),
      series_(new QLineSeries),
      points_(new QScatterSeries),
      axisX_(new QValueAxis),
      axisY_(new QValueAxis) {
  auto* chart = new QChart;
  ChartTheme::apply(chart, ChartTheme::isDark(palette()));
  chart->addSeries(series_);
  chart->addSeries(points_);
  chart->legend()->hide();
  chart->setMargins(QMargins(4, 4, 8, 4));
  axisX_->setTitleText(tr("Iteration"));
  axisX_->setLabelFormat(QStringLiteral("%.0f"));  // "%d" draws no labels once numbers are localised
  axisY_->setTitleText(tr("Training loss"));
  axisY_->setLabelFormat(QStringLiteral("%.6g"));  // nice-number ticks: "0.25", "24,000" rather than "2.4e+04"
  chart->addAxis(axisX_, Qt::AlignBottom);
  chart->addAxis(axisY_, Qt::AlignLeft);
  for (QXYSeries* s : {static_cast<QXYSeries*>(series_), static_cast<QXYSeries*>(points_)}) {
    s->attachAxis(axisX_);
    s->attachAxis(axisY_);
  }
  points_->setMarkerSize(7);
  matchPointsToLine();
  QChart* previous = this->chart();
  setChart(chart);  // the view releases its default chart without deleting it
  delete previous;
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(220);
  start(QString(), 0);
}

void LossChart::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange) {
    ChartTheme::apply(chart(), ChartTheme::isDark(palette()));  // recolours the series too
    matchPointsToLine();
  }
  QChartView::changeEvent(event);
}

void LossChart::matchPointsToLine() {
  ChartTheme::ensureSeriesContrast(series_->chart());  // the series' chart: the view may not show it yet
  points_->setColor(series_->color());
  points_->setBorderColor(Qt::transparent);
}

void LossChart::start(const QString& modelLabel, int iterations) {
  label_ = modelLabel;
  outcome_.clear();
  iterations_ = iterations;
  lastIteration_ = 0;
  series_->clear();
  points_->clear();
  axisX_->setRange(0, std::max(1, iterations));
  axisX_->setTickCount(std::clamp(iterations + 1, 2, 11));
  axisY_->setRange(0, 1);
  updateTitle();
}

void LossChart::addIteration(int iteration, double loss) {
  lastIteration_ = iteration;
  if (iteration > iterations_) {
    iterations_ = iteration;
    axisX_->setRange(0, iterations_);
  }
  if (std::isfinite(loss)) {
    if (series_->count() == 0) {
      minLoss_ = maxLoss_ = loss;
    } else {
      minLoss_ = std::min(minLoss_, loss);
      maxLoss_ = std::max(maxLoss_, loss);
    }
    series_->append(iteration, loss);
    points_->append(iteration, loss);
    const double span = maxLoss_ - minLoss_;
    const double pad = span > 0 ? span * 0.08 : std::max(std::abs(maxLoss_) * 0.05, 1e-9);
    axisY_->setRange(minLoss_ - pad, maxLoss_ + pad);
    axisY_->applyNiceNumbers();
  }
  updateTitle();
}

void LossChart::finish(const QString& outcome) {
  outcome_ = outcome;
  updateTitle();
}

int LossChart::pointCount() const { return series_->count(); }

void LossChart::updateTitle() {
  QString title;
  if (label_.isEmpty()) {
    title = tr("Training loss per iteration: train a model to see its curve");
  } else if (lastIteration_ > 0 && series_->count() == 0) {
    title = tr("%1: iteration %2 of %3 (this algorithm reports no loss)").arg(label_).arg(lastIteration_).arg(iterations_);
  } else {
    title = tr("%1: iteration %2 of %3").arg(label_).arg(lastIteration_).arg(iterations_);
  }
  if (!outcome_.isEmpty()) title += QStringLiteral(" · ") + outcome_;
  chart()->setTitle(title);
}

// A bar chart of one metric across the models of an evaluation run, with the confidence interval of each bar drawn
// as a whisker. The metric is chosen by the caller (the Evaluate tab offers a selector). Follows the light or dark
// theme (ChartTheme), also when the theme changes while it is shown.
#pragma once

#include <QChartView>

#include "ui/models/EvaluationReport.h"

class MetricBarChart : public QChartView {
  Q_OBJECT
 public:
  explicit MetricBarChart(QWidget* parent = nullptr);

  void setReport(const EvaluationReport& report, const QString& metric);
  QString metricName() const { return metric_; }  // not metric(): that would hide QWidget::metric(PaintDeviceMetric)
  int barCount() const { return bars_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void replaceChart(QChart* chart);
  EvaluationReport report_;
  QString metric_;
  int bars_ = 0;
};

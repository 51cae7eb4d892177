// The live training chart: one point per iteration (the FitCallback's loss) appended as the training reports it.
// Algorithms without an iterative loss (popular, item-kNN, EASE) show a note instead of an empty plot. Follows the
// light or dark theme (ChartTheme).
#pragma once

#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

class LossChart : public QChartView {
  Q_OBJECT
 public:
  explicit LossChart(QWidget* parent = nullptr);

  // Starts a new curve for a training run of `iterations` planned iterations.
  void start(const QString& modelLabel, int iterations);
  // Appends one iteration; a NaN loss is counted but not drawn.
  void addIteration(int iteration, double loss);
  // Marks the end of the run (finished, cancelled or failed) in the title.
  void finish(const QString& outcome);
  int pointCount() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void updateTitle();
  void matchPointsToLine();  // the iteration dots in the line's colour
  QLineSeries* series_;
  QScatterSeries* points_;
  QValueAxis* axisX_;
  QValueAxis* axisY_;
  QString label_;
  QString outcome_;
  int iterations_ = 0;
  int lastIteration_ = 0;
  double minLoss_ = 0;
  double maxLoss_ = 0;
};

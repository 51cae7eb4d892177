// The results table of an evaluation run: one row per metric, one column per model; each cell shows the value, its
// confidence interval and a marker when the paired t-test against the chosen baseline model gives p < 0.05
// (▲ significantly higher, ▼ significantly lower). Tooltips give both paired tests' p-values.
#pragma once

#include <QAbstractTableModel>

#include "ui/models/EvaluationReport.h"

class EvaluationResultsModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  static constexpr double kSignificance = 0.05;
  static constexpr int ValueRole = Qt::UserRole + 1;       // the point value (double), for tests and sorting
  static constexpr int SignificanceRole = Qt::UserRole + 2;  // +1 higher, -1 lower, 0 not significant / baseline

  explicit EvaluationResultsModel(QObject* parent = nullptr);

  void setReport(const EvaluationReport& report);
  const EvaluationReport& report() const { return report_; }
  // The baseline model's index (column); clamped to the models present.
  void setBaseline(int model);
  int baseline() const { return baseline_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  int significance(int model, const QString& metric) const;
  EvaluationReport report_;
  int baseline_ = 0;
};

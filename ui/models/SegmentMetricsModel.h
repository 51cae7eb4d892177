// The per-segment table of an evaluation run: one row per (model, segment) with the number of evaluated users and
// the per-user metrics averaged over the segment (activity segments cold/regular/heavy and, when chosen, the
// segments of a user attribute). Values come from core; the model only lays them out.
#pragma once

#include <QAbstractTableModel>

#include "ui/models/EvaluationReport.h"

class SegmentMetricsModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  static constexpr int ValueRole = Qt::UserRole + 1;

  explicit SegmentMetricsModel(QObject* parent = nullptr);
  void setReport(const EvaluationReport& report);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  static constexpr int kFixedColumns = 4;  // model, group, segment, users
  QList<EvaluationReport::SegmentRow> rows_;
  QStringList metrics_;
};

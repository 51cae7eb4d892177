// The run history: the evaluation and tuning runs stored in the project (reco::EvaluationStore), newest first.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/evaluation/EvaluationStore.h"

class EvaluationRunsModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  static constexpr int RunIdRole = Qt::UserRole + 1;

  explicit EvaluationRunsModel(QObject* parent = nullptr);

  void setRuns(std::vector<reco::StoredEvaluationRun> runs);
  const reco::StoredEvaluationRun* run(int row) const;
  int rowOf(qint64 runId) const;  // -1 when absent

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<reco::StoredEvaluationRun> runs_;
};

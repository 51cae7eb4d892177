// The rows an import rejected (file, line, reason) as a table, and their export as CSV (the format is core's,
// core/import/RejectsCsv).
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/import/Importer.h"

class RejectsTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  explicit RejectsTableModel(QObject* parent = nullptr);

  void setRejects(std::vector<reco::ImportReject> rejects);
  const std::vector<reco::ImportReject>& rejects() const { return rejects_; }

  // Saves reco::writeRejectsCsv of the rows to path (replaced atomically). Returns false and sets *error on failure.
  bool writeCsv(const QString& path, QString* error) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<reco::ImportReject> rejects_;
};

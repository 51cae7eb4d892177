// A ranked list of items with scores: a user's recommendations or an item's similar items (rank, external id,
// title, category, score), labelled from the ItemCatalog.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "ui/models/ItemCatalog.h"

class ScoredItemsModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  static constexpr int ItemIdRole = Qt::UserRole + 1;  // the project items.id (qint64)

  struct Row {
    qint64 itemId = 0;
    ItemCatalog::Item item;
    double score = 0;
  };

  explicit ScoredItemsModel(const QString& scoreTitle, QObject* parent = nullptr);
  void setRows(std::vector<Row> rows);
  void clear() { setRows({}); }
  const Row* row(int index) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  QString scoreTitle_;
  std::vector<Row> rows_;
};

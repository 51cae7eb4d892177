// The dashboard's top-items table: one row per item with its counts and rates, sortable by any column.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/analytics/AnalyticsCube.h"

class TopItemsModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Item, Category, Impressions, Clicks, Ctr, AddToCarts, Purchases, Revenue, ColumnCount };
  explicit TopItemsModel(QObject* parent = nullptr);

  void setItems(std::vector<reco::Group> items);
  const reco::Group& item(int row) const { return items_[static_cast<std::size_t>(row)]; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

 private:
  QVariant sortValue(const reco::Group& g, int column) const;
  std::vector<reco::Group> items_;
  int sortColumn_ = -1;
  Qt::SortOrder sortOrder_ = Qt::DescendingOrder;
};

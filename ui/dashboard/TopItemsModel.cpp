#include "ui/dashboard/TopItemsModel.h"

#include <algorithm>
#include <cmath>

#include "ui/dashboard/DashboardCharts.h"

TopItemsModel::TopItemsModel(QObject* parent) : QAbstractTableModel(parent) {}

void TopItemsModel::setItems(std::vector<reco::Group> items) {
  beginResetModel();
  items_ = std::move(items);
  endResetModel();
  if (sortColumn_ >= 0) sort(sortColumn_, sortOrder_);
}

int TopItemsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(items_.size());
}
int TopItemsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TopItemsModel::sortValue(const reco::Group& g, int column) const {
  switch (column) {
    case Item: return QString::fromStdString(g.label);
    case Category: return QString::fromStdString(g.category);
    case Impressions: return static_cast<qlonglong>(g.m.impressions);
    case Clicks: return static_cast<qlonglong>(g.m.clicks);
    case Ctr: return std::isfinite(g.m.ctr()) ? g.m.ctr() : -1.0;
    case AddToCarts: return static_cast<qlonglong>(g.m.addToCarts);
    case Purchases: return static_cast<qlonglong>(g.m.purchases);
    case Revenue: return g.m.revenue;
    default: return {};
  }
}

QVariant TopItemsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
  const reco::Group& g = items_[static_cast<std::size_t>(index.row())];
  using namespace dashboardcharts;
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case Item: return QString::fromStdString(g.label);
      case Category: return QString::fromStdString(g.category);
      case Impressions: return countText(g.m.impressions);
      case Clicks: return countText(g.m.clicks);
      case Ctr: return percentText(g.m.ctr());
      case AddToCarts: return countText(g.m.addToCarts);
      case Purchases: return countText(g.m.purchases);
      case Revenue: return moneyText(g.m.revenue);
      default: return {};
    }
  }
  if (role == Qt::UserRole) return sortValue(g, index.column());
  if (role == Qt::ToolTipRole) return groupTooltip(g) + tr("<br>Item id: %1").arg(QString::fromStdString(g.key));
  if (role == Qt::TextAlignmentRole && index.column() >= Impressions)
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  return {};
}

QVariant TopItemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Item: return tr("Item");
    case Category: return tr("Category");
    case Impressions: return tr("Impressions");
    case Clicks: return tr("Clicks");
    case Ctr: return tr("CTR");
    case AddToCarts: return tr("Add-to-carts");
    case Purchases: return tr("Purchases");
    case Revenue: return tr("Revenue");
    default: return {};
  }
}

void TopItemsModel::sort(int column, Qt::SortOrder order) {
  if (column < 0 || column >= ColumnCount) return;
  sortColumn_ = column;
  sortOrder_ = order;
  Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
  const QModelIndexList before = persistentIndexList();
  std::vector<std::size_t> perm(items_.size());
  for (std::size_t i = 0; i < perm.size(); ++i) perm[i] = i;
  std::stable_sort(perm.begin(), perm.end(), [&](std::size_t a, std::size_t b) {
    QVariant va = sortValue(items_[a], column), vb = sortValue(items_[b], column);
    const int c = QVariant::compare(va, vb) == QPartialOrdering::Less      ? -1
                  : QVariant::compare(va, vb) == QPartialOrdering::Greater ? 1
                                                                           : 0;
    return order == Qt::AscendingOrder ? c < 0 : c > 0;
  });
  std::vector<reco::Group> sorted;
  sorted.reserve(items_.size());
  std::vector<int> newRow(items_.size());
  for (std::size_t i = 0; i < perm.size(); ++i) {
    sorted.push_back(std::move(items_[perm[i]]));
    newRow[perm[i]] = static_cast<int>(i);
  }
  items_ = std::move(sorted);
  QModelIndexList after;
  for (const QModelIndex& idx : before)
    after << index(newRow[static_cast<std::size_t>(idx.row())], idx.column());
  changePersistentIndexList(before, after);
  Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

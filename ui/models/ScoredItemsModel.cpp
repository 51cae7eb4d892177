#include "ui/models/ScoredItemsModel.h"

#include "ui/base/LocaleFormat.h"

namespace {
enum Column { Rank, Item, Title, Category, Score, ColumnCount };
}

ScoredItemsModel::ScoredItemsModel(const QString& scoreTitle, QObject* parent)
    : QAbstractTableModel(parent), scoreTitle_(scoreTitle) {}

void ScoredItemsModel::setRows(std::vector<Row> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
}

const ScoredItemsModel::Row* ScoredItemsModel::row(int index) const {
  return index >= 0 && index < int(rows_.size()) ? &rows_[static_cast<std::size_t>(index)] : nullptr;
}

int ScoredItemsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int ScoredItemsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ScoredItemsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Row& r = rows_[static_cast<std::size_t>(index.row())];
  if (role == ItemIdRole) return QVariant::fromValue<qint64>(r.itemId);
  if (role == Qt::TextAlignmentRole && (index.column() == Rank || index.column() == Score))
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::ToolTipRole) return tr("%1 · %2 · %3").arg(r.item.extId, r.item.title, r.item.category);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case Rank:
      return index.row() + 1;
    case Item:
      return r.item.extId;
    case Title:
      return r.item.title;
    case Category:
      return r.item.category;
    case Score:
      return LocaleFormat::significant(r.score, 4);
    default:
      return {};
  }
}

QVariant ScoredItemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Rank:
      return tr("#");
    case Item:
      return tr("Item");
    case Title:
      return tr("Title");
    case Category:
      return tr("Category");
    case Score:
      return scoreTitle_;
    default:
      return {};
  }
}

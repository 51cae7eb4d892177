#include "ui/models/UserHistoryModel.h"

#include <QDateTime>
#include <QTimeZone>
#include <cmath>

#include "core/browse/UserHistory.h"
#include "ui/base/LocaleFormat.h"

namespace {
enum Column { Time, Item, Title, Category, Type, Value, ColumnCount };
}  // namespace

UserHistoryModel::UserHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}
UserHistoryModel::~UserHistoryModel() = default;

void UserHistoryModel::load(reco::Project& project, qint64 userId, bool includeImpressions) {
  auto history = std::make_unique<reco::UserHistory>(project, userId, includeImpressions);
  beginResetModel();
  project_ = &project;
  history_ = std::move(history);
  rows_ = makeRows(0, kPageSize);
  finishReset();
}

void UserHistoryModel::clear() {
  beginResetModel();
  project_ = nullptr;
  history_.reset();
  rows_.clear();
  finishReset();
}

void UserHistoryModel::finishReset() {
  // No row insertions while listeners still handle the reset (a listener calling fetchMore from its slot would nest
  // an insertion inside the notification); views fetch later anyway. As in DataTableModel.
  notifying_ = true;
  endResetModel();
  notifying_ = false;
}

std::vector<UserHistoryModel::Row> UserHistoryModel::makeRows(std::size_t offset, std::size_t limit) const {
  std::vector<Row> rows;
  if (!history_ || !project_) return rows;
  for (const reco::UserHistoryEvent& e : history_->page(*project_, offset, limit)) {
    rows.push_back({e.ts, e.itemId, QString::fromStdString(e.itemExtId), QString::fromStdString(e.title),
                    QString::fromStdString(e.category), QString::fromStdString(e.type),
                    std::isnan(e.value) ? QString() : LocaleFormat::significant(e.value, 6)});
  }
  return rows;
}

const UserHistoryModel::Row* UserHistoryModel::row(int index) const {
  return index >= 0 && index < int(rows_.size()) ? &rows_[static_cast<std::size_t>(index)] : nullptr;
}

qint64 UserHistoryModel::eventCount() const { return history_ ? qint64(history_->size()) : 0; }
qint64 UserHistoryModel::eventsSeen() const { return history_ ? qint64(history_->eventsSeen()) : 0; }

int UserHistoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int UserHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool UserHistoryModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && history_ && !notifying_ && rows_.size() < history_->size();
}

void UserHistoryModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  std::vector<Row> more = makeRows(rows_.size(), kPageSize);
  if (more.empty()) return;
  const int first = int(rows_.size());
  notifying_ = true;
  beginInsertRows({}, first, first + int(more.size()) - 1);
  rows_.insert(rows_.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  endInsertRows();
  notifying_ = false;
}

QVariant UserHistoryModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Row& r = rows_[static_cast<std::size_t>(index.row())];
  if (role == ItemExtIdRole) return r.itemExtId;
  if (role == ItemIdRole) return QVariant::fromValue<qint64>(r.itemId);
  if (role == Qt::TextAlignmentRole && index.column() == Value) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::ToolTipRole) {
    if (index.column() == Time) return LocaleFormat::utcDateTime(r.timestamp, true);
    return r.title.isEmpty() ? r.itemExtId : tr("%1 (%2)").arg(r.title, r.itemExtId);
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case Time:  // the header says "(UTC)", the tooltip says it again
      return LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(r.timestamp, QTimeZone::utc()));
    case Item:
      return r.itemExtId;
    case Title:
      return r.title;
    case Category:
      return r.category;
    case Type:
      return r.type;
    case Value:
      return r.value;
    default:
      return {};
  }
}

QVariant UserHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Time:
      return tr("Time (UTC)");
    case Item:
      return tr("Item");
    case Title:
      return tr("Title");
    case Category:
      return tr("Category");
    case Type:
      return tr("Event");
    case Value:
      return tr("Value");
    default:
      return {};
  }
}

#include "ui/models/UserHistoryModel.h"

#include <QDateTime>
#include <string>
#include <variant>

#include "core/browse/DataBrowser.h"
#include "ui/base/LocaleFormat.h"

namespace {
enum Column { Time, Item, Title, Type, Value, ColumnCount };

QString textOf(const reco::BrowseValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return QString::fromStdString(*s);
  if (const auto* i = std::get_if<std::int64_t>(&v)) return QString::number(*i);
  if (const auto* d = std::get_if<double>(&v)) return LocaleFormat::significant(*d, 6);
  return {};
}

int columnIndex(const char* name) {
  const auto& cols = reco::DataBrowser::columns(reco::BrowseTable::Events);
  for (std::size_t i = 0; i < cols.size(); ++i)
    if (cols[i].name == name) return int(i);
  return -1;
}
}  // namespace

UserHistoryModel::UserHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserHistoryModel::load(reco::Project& project, const QString& userExtId, bool includeImpressions) {
  static const int userCol = columnIndex("user");
  static const int itemCol = columnIndex("item");
  static const int titleCol = columnIndex("item_title");
  static const int typeCol = columnIndex("type");
  static const int timeCol = columnIndex("time");
  static const int valueCol = columnIndex("value");
  std::vector<Row> rows;
  int seen = 0;
  const std::string ext = userExtId.toStdString();
  reco::DataBrowser browser(project);
  reco::BrowseQuery query;
  query.sortColumn = userCol;  // (user_id, ts, id): one user's events are contiguous
  query.ascending = false;     // newest first
  query.search = ext;
  constexpr std::int64_t kPage = 1024;
  constexpr std::int64_t kMaxScanned = 20000;
  bool inUser = false;
  for (std::int64_t offset = 0; offset < kMaxScanned && int(rows.size()) < kMaxRows; offset += kPage) {
    const auto page = browser.page(reco::BrowseTable::Events, query, offset, kPage);
    bool leftUser = false;
    for (const auto& r : page) {
      const auto* user = std::get_if<std::string>(&r[static_cast<std::size_t>(userCol)]);
      if (!user || *user != ext) {
        if (inUser) leftUser = true;
        continue;
      }
      inUser = true;
      ++seen;
      const QString type = textOf(r[static_cast<std::size_t>(typeCol)]);
      if (!includeImpressions && type == QLatin1String("impression")) continue;
      if (int(rows.size()) >= kMaxRows) break;
      const auto* ts = std::get_if<std::int64_t>(&r[static_cast<std::size_t>(timeCol)]);
      rows.push_back({ts ? *ts : 0, textOf(r[static_cast<std::size_t>(itemCol)]),
                      textOf(r[static_cast<std::size_t>(titleCol)]), type, textOf(r[static_cast<std::size_t>(valueCol)])});
    }
    if (leftUser || std::int64_t(page.size()) < kPage) break;
  }
  beginResetModel();
  rows_ = std::move(rows);
  eventsSeen_ = seen;
  endResetModel();
}

void UserHistoryModel::clear() {
  beginResetModel();
  rows_.clear();
  eventsSeen_ = 0;
  endResetModel();
}

const UserHistoryModel::Row* UserHistoryModel::row(int index) const {
  return index >= 0 && index < int(rows_.size()) ? &rows_[static_cast<std::size_t>(index)] : nullptr;
}

int UserHistoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int UserHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant UserHistoryModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Row& r = rows_[static_cast<std::size_t>(index.row())];
  if (role == ItemExtIdRole) return r.itemExtId;
  if (role == Qt::ToolTipRole) return tr("%1 · %2").arg(r.itemExtId, r.title);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case Time:
      return LocaleFormat::utcDateTime(r.timestamp);
    case Item:
      return r.itemExtId;
    case Title:
      return r.title;
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
    case Type:
      return tr("Event");
    case Value:
      return tr("Value");
    default:
      return {};
  }
}

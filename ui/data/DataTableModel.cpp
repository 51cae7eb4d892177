#include "ui/data/DataTableModel.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <exception>
#include <variant>

#include "ui/base/LocaleFormat.h"

namespace {

QString formatReal(double v) {
  return LocaleFormat::significant(v, 10);
}

}  // namespace

DataTableModel::DataTableModel(reco::BrowseTable table, QObject* parent)
    : QAbstractTableModel(parent), table_(table), columns_(reco::DataBrowser::columns(table)) {}

DataTableModel::~DataTableModel() = default;

void DataTableModel::setProject(reco::Project* project) {
  browser_ = project ? std::make_unique<reco::DataBrowser>(*project) : nullptr;
  resetQuery();
}

void DataTableModel::setSearchText(const QString& text) {
  const QString trimmed = text.trimmed();
  if (trimmed == search_) return;
  search_ = trimmed;
  resetQuery();
}

void DataTableModel::reload() { resetQuery(); }

bool DataTableModel::isSortable(int column) const { return reco::DataBrowser::isSortable(table_, column); }

void DataTableModel::fail(const std::exception& e) {
  lastError_ = QString::fromStdString(e.what());
  Q_EMIT queryFailed(lastError_);
}

void DataTableModel::resetQuery() {
  beginResetModel();
  rows_.clear();
  total_ = 0;
  lastError_.clear();
  if (browser_) {
    try {
      const std::string search = search_.toStdString();
      total_ = browser_->count(table_, search);
      rows_ = browser_->page(table_, {sortColumn_, ascending_, search}, 0, kPageSize);
    } catch (const std::exception& e) {
      rows_.clear();
      total_ = 0;
      finishReset();
      fail(e);
      Q_EMIT totalRowsChanged(total_);
      return;
    }
  }
  finishReset();
  Q_EMIT totalRowsChanged(total_);
}

void DataTableModel::finishReset() {
  // No row insertions while listeners are still handling a change notification (a listener calling fetchMore from
  // its slot would nest an insertion inside the notification); views fetch later anyway.
  notifying_ = true;
  endResetModel();
  notifying_ = false;
}

int DataTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int DataTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

bool DataTableModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && browser_ && !notifying_ && static_cast<qint64>(rows_.size()) < total_;
}

void DataTableModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  std::vector<reco::BrowseRow> page;
  try {
    page = browser_->page(table_, {sortColumn_, ascending_, search_.toStdString()},
                          static_cast<std::int64_t>(rows_.size()), kPageSize);
  } catch (const std::exception& e) {
    fail(e);
    return;
  }
  if (page.empty()) {
    // The table shrank underneath us (another connection deleted rows): stop fetching.
    total_ = static_cast<qint64>(rows_.size());
    Q_EMIT totalRowsChanged(total_);
    return;
  }
  const int first = static_cast<int>(rows_.size());
  notifying_ = true;
  beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
  for (auto& r : page) rows_.push_back(std::move(r));
  endInsertRows();
  notifying_ = false;
}

void DataTableModel::sort(int column, Qt::SortOrder order) {
  if (!isSortable(column)) return;
  const bool ascending = order == Qt::AscendingOrder;
  if (column == sortColumn_ && ascending == ascending_) return;
  sortColumn_ = column;
  ascending_ = ascending;
  resetQuery();
}

QVariant DataTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= static_cast<int>(rows_.size()) || index.column() >= columnCount())
    return {};
  const auto& column = columns_[static_cast<std::size_t>(index.column())];
  const auto& value = rows_[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())];
  const bool numeric = column.kind == reco::BrowseColumnKind::Integer || column.kind == reco::BrowseColumnKind::Real;
  switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
      if (std::holds_alternative<std::monostate>(value)) return {};
      if (const auto* s = std::get_if<std::string>(&value)) return QString::fromStdString(*s);
      if (const auto* d = std::get_if<double>(&value))
        return column.name == "revenue" || column.name == "price" ? LocaleFormat::money(*d) : formatReal(*d);
      const std::int64_t v = std::get<std::int64_t>(value);
      if (column.kind == reco::BrowseColumnKind::Timestamp)  // the header says "(UTC)"; the tooltip says it again
        return role == Qt::ToolTipRole
                   ? LocaleFormat::utcDateTime(v, true)
                   : LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(v, QTimeZone::utc()), true);
      if (column.name == "is_new") return v ? tr("new") : tr("returning");
      if (column.name == "id") return QString::number(v);  // an id, not a count: no thousands separator
      return LocaleFormat::count(v);
    }
    case ValueRole:
      if (const auto* s = std::get_if<std::string>(&value)) return QString::fromStdString(*s);
      if (const auto* d = std::get_if<double>(&value)) return *d;
      if (const auto* i = std::get_if<std::int64_t>(&value)) return QVariant::fromValue<qint64>(*i);
      return {};
    case Qt::TextAlignmentRole:
      return QVariant::fromValue(Qt::Alignment((numeric && column.name != "is_new" ? Qt::AlignRight : Qt::AlignLeft) |
                                               Qt::AlignVCenter));
    default: return {};
  }
}

bool DataTableModel::hasValues(int column) const {
  if (column < 0 || column >= columnCount()) return false;
  const auto c = static_cast<std::size_t>(column);
  return std::any_of(rows_.begin(), rows_.end(), [c](const reco::BrowseRow& row) {
    const auto* s = std::get_if<std::string>(&row[c]);
    return !std::holds_alternative<std::monostate>(row[c]) && !(s && s->empty());
  });
}

QString DataTableModel::columnTitle(int column) const {
  const std::string& name = columns_[static_cast<std::size_t>(column)].name;
  if (name == "id") return tr("#");
  if (name == "ext_id") return table_ == reco::BrowseTable::Users ? tr("User ID") : tr("Item ID");
  if (name == "country") return tr("Country");
  if (name == "device") return tr("Device");
  if (name == "age_band") return tr("Age band");
  if (name == "gender") return tr("Gender");
  if (name == "occupation") return tr("Occupation");
  if (name == "is_new") return tr("New/returning");
  if (name == "signup_ts") return tr("Signed up (UTC)");
  if (name == "event_count") return tr("Events");
  if (name == "title") return tr("Title");
  if (name == "category") return tr("Category");
  if (name == "price") return tr("Price");
  if (name == "user") return tr("User");
  if (name == "item") return tr("Item");
  if (name == "item_title") return tr("Item title");
  if (name == "type") return tr("Type");
  if (name == "time") return tr("Time (UTC)");
  if (name == "value") return tr("Value");
  if (name == "position") return tr("Position");
  if (name == "placement") return tr("Placement");
  if (name == "variant") return tr("Variant");
  if (name == "revenue") return tr("Revenue");
  if (name == "propensity") return tr("Propensity");
  return QString::fromStdString(name);
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
    return QAbstractTableModel::headerData(section, orientation, role);
  if (role == Qt::DisplayRole) return columnTitle(section);
  if (role == Qt::ToolTipRole)
    return isSortable(section) ? tr("Click to sort by %1").arg(columnTitle(section))
                               : tr("%1 (not sortable on large tables)").arg(columnTitle(section));
  return {};
}

#include "ui/curation/ItemSearchModel.h"

#include <exception>
#include <variant>

#include "core/browse/DataBrowser.h"

namespace {
QString textOf(const reco::BrowseValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return QString::fromStdString(*s);
  return {};
}
}  // namespace

ItemSearchModel::ItemSearchModel(QObject* parent) : QAbstractListModel(parent) {}

void ItemSearchModel::setProject(reco::Project* project) {
  beginResetModel();
  project_ = project;
  items_.clear();
  endResetModel();
}

bool ItemSearchModel::search(const QString& text) {
  std::vector<Item> found;
  bool ok = true;
  if (project_) {
    try {
      reco::BrowseQuery query;  // by id
      query.search = text.trimmed().toStdString();
      for (const auto& row : reco::DataBrowser(*project_).page(reco::BrowseTable::Items, query, 0, kLimit))
        found.push_back({textOf(row[1]), textOf(row[2]), textOf(row[3])});
    } catch (const std::exception&) {
      ok = false;
      found.clear();
    }
  }
  beginResetModel();
  items_ = std::move(found);
  endResetModel();
  return ok;
}

int ItemSearchModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(items_.size());
}

QVariant ItemSearchModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const Item& item = items_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      if (item.title.isEmpty()) return item.id;
      return item.category.isEmpty() ? tr("%1 — %2").arg(item.id, item.title)
                                     : tr("%1 — %2 (%3)").arg(item.id, item.title, item.category);
    case Qt::EditRole:
    case ItemIdRole:
      return item.id;
    case Qt::ToolTipRole:
      return tr("Item %1\nTitle: %2\nCategory: %3")
          .arg(item.id, item.title.isEmpty() ? tr("(none)") : item.title,
               item.category.isEmpty() ? tr("(none)") : item.category);
    default:
      return {};
  }
}

#include "ui/models/ItemCatalog.h"

#include <QCoreApplication>

#include "core/storage/ItemCatalogue.h"

ItemCatalog::ItemCatalog() = default;
ItemCatalog::~ItemCatalog() = default;

void ItemCatalog::load(reco::Project& project) { items_ = std::make_unique<reco::ItemCatalogue>(project); }

void ItemCatalog::clear() { items_.reset(); }

bool ItemCatalog::isEmpty() const { return !items_ || items_->size() == 0; }

ItemCatalog::Item ItemCatalog::item(qint64 id) const {
  if (const reco::ItemCatalogue::Item* i = items_ ? items_->findById(id) : nullptr)
    return {QString::fromStdString(i->extId), QString::fromStdString(i->title), QString::fromStdString(i->category)};
  return {QCoreApplication::translate("ItemCatalog", "#%1").arg(id), QString(), QString()};
}

QString ItemCatalog::label(const Item& item) {
  if (item.title.isEmpty()) return item.extId;
  return QCoreApplication::translate("ItemCatalog", "%1 (%2)").arg(item.title, item.extId);
}

#include "ui/models/ItemCatalog.h"

#include <QCoreApplication>
#include <string>
#include <variant>

#include "core/browse/DataBrowser.h"

namespace {
QString textOf(const reco::BrowseValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return QString::fromStdString(*s);
  return {};
}
}  // namespace

void ItemCatalog::load(reco::Project& project) {
  items_.clear();
  reco::DataBrowser browser(project);
  constexpr std::int64_t kPage = 4096;
  reco::BrowseQuery query;  // sorted by id
  for (std::int64_t offset = 0;; offset += kPage) {
    const auto rows = browser.page(reco::BrowseTable::Items, query, offset, kPage);
    for (const auto& row : rows) {
      const auto* id = std::get_if<std::int64_t>(&row[0]);
      if (!id) continue;
      items_.insert(*id, {textOf(row[1]), textOf(row[2]), textOf(row[3])});
    }
    if (std::int64_t(rows.size()) < kPage) break;
  }
}

ItemCatalog::Item ItemCatalog::item(qint64 id) const {
  const auto it = items_.constFind(id);
  if (it != items_.constEnd()) return *it;
  return {QCoreApplication::translate("ItemCatalog", "#%1").arg(id), QString(), QString()};
}

#include "core/storage/ItemCatalogue.h"

namespace reco {

ItemCatalogue::ItemCatalogue(Project& project) {
  auto st = project.db().prepare("SELECT id, ext_id, title, category FROM items");
  while (st.step()) {
    const std::size_t index = items_.size();
    items_.push_back({st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3)});
    byExtId_.emplace(items_.back().extId, index);
    byId_.emplace(items_.back().id, index);
  }
}

const ItemCatalogue::Item* ItemCatalogue::findByExtId(const std::string& extId) const {
  auto it = byExtId_.find(extId);
  return it == byExtId_.end() ? nullptr : &items_[it->second];
}

const ItemCatalogue::Item* ItemCatalogue::findById(std::int64_t id) const {
  auto it = byId_.find(id);
  return it == byId_.end() ? nullptr : &items_[it->second];
}

std::map<std::string, std::string> ItemCatalogue::categories() const {
  std::map<std::string, std::string> out;
  for (const auto& item : items_) out.emplace(item.extId, item.category);
  return out;
}

}  // namespace reco

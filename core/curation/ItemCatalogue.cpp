#include "core/curation/ItemCatalogue.h"

namespace reco {

std::map<std::string, std::string> ItemCatalogue::load(Project& project) {
  std::map<std::string, std::string> out;
  auto st = project.db().prepare("SELECT ext_id, category FROM items");
  while (st.step()) out.emplace(st.columnText(0), st.columnText(1));
  return out;
}

}  // namespace reco

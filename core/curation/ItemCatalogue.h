// A project's items as the curation code needs them: item id (ext_id) -> category, for the linter's unknown
// item/category checks and for category bans of pinned items that are not among a user's candidates.
#pragma once

#include <map>
#include <string>

#include "core/storage/Project.h"

namespace reco {

class ItemCatalogue {
 public:
  // Items without a category map to "".
  static std::map<std::string, std::string> load(Project& project);
};

}  // namespace reco

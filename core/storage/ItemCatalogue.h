// A project's items read once, the one lookup of items by external id (and by internal id): the linter's unknown
// item/category checks, category bans of pinned items that are not among a user's candidates, the preview's titles
// and the impact run's categories.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/storage/Project.h"

namespace reco {

class ItemCatalogue {
 public:
  struct Item {
    std::int64_t id = 0;  // items.id
    std::string extId, title, category;  // title and category "" when missing
  };

  // Reads every item of the project.
  explicit ItemCatalogue(Project& project);

  const Item* findByExtId(const std::string& extId) const;
  const Item* findById(std::int64_t id) const;
  std::size_t size() const { return items_.size(); }

  // Item ext id -> category ("" when missing), the linter's view.
  std::map<std::string, std::string> categories() const;
  static std::map<std::string, std::string> load(Project& project) { return ItemCatalogue(project).categories(); }

 private:
  std::vector<Item> items_;
  std::unordered_map<std::string, std::size_t> byExtId_;
  std::unordered_map<std::int64_t, std::size_t> byId_;
};

}  // namespace reco

// A readable difference between two rule sets: segments and rules added, removed or changed, field by field.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/curation/RuleSet.h"

namespace reco {

struct RuleSetChange {
  enum class Kind { Added, Removed, Changed };
  Kind kind = Kind::Changed;
  std::string subject;               // "segment 'mobile DE'" or "rule #4"
  std::vector<std::string> details;  // Added/Removed: a description; Changed: "position: 2 -> 3"
};

class RuleSetDiff {
 public:
  // A changed user list is summarised ("user_ids: +79,998 ids, -2 ids (first added: ...)") with at most kIdsShown
  // ids of each side; other values longer than kMaxValueChars are cut. A change is one short line, whatever the size.
  static constexpr std::size_t kIdsShown = 3;
  static constexpr std::size_t kMaxValueChars = 200;

  // With `title`, added and removed rules name their items as people read them ("'Red Lamp' (SKU-5)"); without it
  // (exports, the CLI) the ids alone.
  static RuleSetDiff compare(const RuleSet& from, const RuleSet& to, const ItemTitleLookup& title = {});

  const std::vector<RuleSetChange>& changes() const { return changes_; }
  bool empty() const { return changes_.empty(); }
  // One line per change ("+ rule #4: pin item 'i9' at 1 (segment 'all users')", "~ rule #2: position: 2 -> 3"),
  // or "no changes".
  std::string text() const;

 private:
  std::vector<RuleSetChange> changes_;
};

}  // namespace reco

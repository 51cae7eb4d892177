// Edits the curation editor makes that need rule knowledge: changing a rule's kind (keeping what carries over and
// filling valid defaults for the rest) and moving a rule up or down in its segment's priority order.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/curation/RuleSet.h"

namespace reco {

class RuleEdits {
 public:
  // Defaults for fields a kind needs when the rule does not carry a valid value yet.
  static constexpr int kDefaultPosition = 1;
  static constexpr double kDefaultBoost = 2.0;
  static constexpr double kDefaultBury = 0.5;
  static constexpr int kDefaultMaxItems = 3;

  // `rule` with kind `kind`: item and category are kept; position, factor and max items become valid defaults when
  // the new kind needs them and the old value is out of range. The result may still lack an item or category;
  // Rule::problems() says so.
  static Rule withKind(Rule rule, RuleKind kind);

  // The segment's rules in editor order: priority descending, then id ascending.
  static std::vector<const Rule*> inPriorityOrder(const RuleSet& rules, const std::string& segment);

  // New priorities that move rule `id` one place up (direction < 0) or down (direction > 0) in its segment's
  // priority order: it swaps priorities with its neighbour, or when both share a priority, takes the neighbour's
  // priority plus (up) or minus (down) one. Empty when the rule is already first/last or unknown.
  static std::map<std::int64_t, int> movePriority(const RuleSet& rules, std::int64_t id, int direction);
};

}  // namespace reco

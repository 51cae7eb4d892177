// Edits the curation editor makes that need rule knowledge: completing a new rule, changing a rule's kind (keeping
// what carries over and filling valid defaults for the rest), moving a rule up or down in its segment's priority
// order, enabling or disabling a selection, and replacing a segment (its rules follow a rename). Plain logic on a
// RuleSet; the editor's document turns each into an undo command.
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

  // `rule` ready to be added to `rules`: id (rules.nextRuleId()), creation time (`now`, Unix seconds) and author
  // filled in where unset (0 or empty); everything else as given.
  static Rule completeNewRule(Rule rule, const RuleSet& rules, std::int64_t now, const std::string& author);

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

  // Copies of the rules of `segment`, in rule-set order.
  static std::vector<Rule> rulesOfSegment(const RuleSet& rules, const std::string& segment);

  // What toggling `rules` sets them to: enabled when any of them is disabled (mixed selections become enabled),
  // disabled when all are enabled.
  static bool enabledAfterToggle(const std::vector<Rule>& rules);

  // Replaces segment `oldName` by `segment` in `rules`; on a rename, the rules of the old name follow it.
  static void replaceSegment(RuleSet& rules, const std::string& oldName, const Segment& segment);
};

}  // namespace reco

#include "core/curation/RuleEdits.h"

#include <algorithm>
#include <cmath>

namespace reco {

Rule RuleEdits::completeNewRule(Rule rule, const RuleSet& rules, std::int64_t now, const std::string& author) {
  if (rule.id == 0) rule.id = rules.nextRuleId();
  if (rule.createdAt == 0) rule.createdAt = now;
  if (rule.author.empty()) rule.author = author;
  return rule;
}

Rule RuleEdits::withKind(Rule rule, RuleKind kind) {
  rule.kind = kind;
  if (kind == RuleKind::PinItem && rule.position < 1) rule.position = kDefaultPosition;
  if (rule.isBoost() && !(std::isfinite(rule.factor) && rule.factor > 1.0 && rule.factor <= kMaxFactor))
    rule.factor = kDefaultBoost;
  if (rule.isBury() && !(std::isfinite(rule.factor) && rule.factor < 1.0 && rule.factor >= 1.0 / kMaxFactor))
    rule.factor = kDefaultBury;
  if (kind == RuleKind::CategoryCap && rule.maxItems < 1) rule.maxItems = kDefaultMaxItems;
  return rule;
}

std::vector<const Rule*> RuleEdits::inPriorityOrder(const RuleSet& rules, const std::string& segment) {
  std::vector<const Rule*> out;
  for (const auto& r : rules.rules)
    if (r.segment == segment) out.push_back(&r);
  std::stable_sort(out.begin(), out.end(), [](const Rule* a, const Rule* b) {
    if (a->priority != b->priority) return a->priority > b->priority;
    return a->id < b->id;
  });
  return out;
}

std::map<std::int64_t, int> RuleEdits::movePriority(const RuleSet& rules, std::int64_t id, int direction) {
  const Rule* rule = rules.findRule(id);
  if (!rule || direction == 0) return {};
  auto order = inPriorityOrder(rules, rule->segment);
  auto it = std::find(order.begin(), order.end(), rule);
  std::ptrdiff_t at = it - order.begin();
  std::ptrdiff_t other = direction < 0 ? at - 1 : at + 1;
  if (other < 0 || other >= static_cast<std::ptrdiff_t>(order.size())) return {};
  const Rule* neighbour = order[static_cast<std::size_t>(other)];
  if (neighbour->priority != rule->priority)
    return {{rule->id, neighbour->priority}, {neighbour->id, rule->priority}};
  // Equal priorities are ordered by id; only a different priority moves the rule past its neighbour.
  return {{rule->id, direction < 0 ? neighbour->priority + 1 : neighbour->priority - 1}};
}

std::vector<Rule> RuleEdits::rulesOfSegment(const RuleSet& rules, const std::string& segment) {
  std::vector<Rule> out;
  for (const auto& r : rules.rules)
    if (r.segment == segment) out.push_back(r);
  return out;
}

bool RuleEdits::enabledAfterToggle(const std::vector<Rule>& rules) {
  return std::any_of(rules.begin(), rules.end(), [](const Rule& r) { return !r.enabled; });
}

void RuleEdits::replaceSegment(RuleSet& rules, const std::string& oldName, const Segment& segment) {
  for (auto& s : rules.segments)
    if (s.name() == oldName) s = segment;
  if (oldName != segment.name())
    for (auto& r : rules.rules)
      if (r.segment == oldName) r.segment = segment.name();
}

}  // namespace reco

// Finds problems in a rule set before it ships: conflicts (pin vs ban, two pins on one position, boosts of banned
// items), references to unknown segments, items or categories, empty or never-matched segments, expired rules and
// rules fully shadowed by others. Plain std; the population and catalogue are passed in.
// Bounded: only rules that share an item, a category or a pin position are compared (an index finds them), at most
// maxPerCode findings of each code are kept (the rest are counted into one summary finding), so memory is O(n) in
// the rule count and time O(n log n + p), p the pairs of live rules sharing such a key.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/curation/RuleSet.h"
#include "core/curation/SegmentCensus.h"

namespace reco {

struct LintFinding {
  enum class Severity { Error, Warning };
  Severity severity = Severity::Warning;
  std::string code;                 // stable identifier, e.g. "pin-ban-conflict"
  std::vector<std::int64_t> rules;  // rule ids involved, ascending
  std::string segment;              // segment involved, if any
  std::string message;
  // A summary finding (no rules, no segment) stands for this many further findings of its code that are not listed.
  std::size_t omitted = 0;
  std::string text() const;  // "error [pin-ban-conflict] rules #2, #5: ..."
  std::size_t count() const { return omitted > 0 ? omitted : 1; }  // findings this entry stands for
};

struct LintContext {
  std::optional<std::int64_t> now;                             // for expired rules
  const SegmentCensus* census = nullptr;                       // population: exact overlaps and empty segments
  const std::map<std::string, std::string>* catalogue = nullptr;  // item id -> category: unknown items/categories
  // When set, messages name items as "'title' (id)" (Rule::describe(title)); findings' codes and rule ids do not
  // change. Unset: ids only (the CLI on a rule-set file, which has no titles).
  ItemTitleLookup itemTitle;
  // Findings listed per code (those with the lowest rule ids); the rest of a code become one summary finding.
  std::size_t maxPerCode = 20;  // 0: list every finding
  std::size_t* pairsCompared = nullptr;  // when set, receives the number of ordered rule pairs compared
};

class RuleLinter {
 public:
  // Findings ordered errors first, then by first rule id, then code, then the other rule ids; each code's summary
  // finding (when some were left out) right after its last listed finding.
  static std::vector<LintFinding> lint(const RuleSet& rules, const LintContext& context);
  static bool hasErrors(const std::vector<LintFinding>& findings);
};

}  // namespace reco

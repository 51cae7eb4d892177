// Finds problems in a rule set before it ships: conflicts (pin vs ban, two pins on one position, boosts of banned
// items), references to unknown segments, items or categories, empty or never-matched segments, expired rules and
// rules fully shadowed by others. Plain std; the population and catalogue are passed in.
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
  std::string text() const;  // "error [pin-ban-conflict] rules #2, #5: ..."
};

struct LintContext {
  std::optional<std::int64_t> now;                             // for expired rules
  const SegmentCensus* census = nullptr;                       // population: exact overlaps and empty segments
  const std::map<std::string, std::string>* catalogue = nullptr;  // item id -> category: unknown items/categories
};

class RuleLinter {
 public:
  // Findings ordered errors first, then by first rule id, then code.
  static std::vector<LintFinding> lint(const RuleSet& rules, const LintContext& context);
  static bool hasErrors(const std::vector<LintFinding>& findings);
};

}  // namespace reco

// The JSON forms of one rule application, both directions: the reference applier's inputs (user attributes, the
// base ranking, extra item categories) and its result, as `recoengine-cli rules apply` reads and prints them
// (docs/ruleset-spec.md). The rule set itself is RuleSetDocument's.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include <vector>

#include "core/curation/JsonIssue.h"
#include "core/curation/RuleApplier.h"
#include "core/curation/RuleLinter.h"
#include "core/curation/RuleSetDiff.h"

namespace reco {

// Each reader throws std::invalid_argument whose text starts with `source` (where the JSON came from, e.g. a file
// or an option name) and says what is wrong.

// An object of attribute: value; strings as they are, numbers and booleans as their JSON text, nulls skipped.
void readUserAttributes(const nlohmann::json& j, const std::string& source, CurationRequest& request);
// An array of {"item": string, "score": number, "category": string or null (optional)}, best first.
void readRanking(const nlohmann::json& j, const std::string& source, CurationRequest& request);
// An object of item: category (non-string values skipped).
void readItemCategories(const nlohmann::json& j, const std::string& source, CurationRequest& request);

// {"entries": [{position, item, category, score, decided_by, rule | adjusted_score + adjustments}],
//  "active_rules", "banned", "losing_pins", "capped_out", "at"}; `time` is the request's time.
nlohmann::json curationResultJson(const CurationResult& result, std::int64_t time);

// `rules check --json`: {"findings": [{severity ("error"|"warning"), code, rules, segment, message, omitted}],
//  "errors": N, "warnings": N}; the counts include the findings a summary finding stands for.
nlohmann::json lintFindingsJson(const std::vector<LintFinding>& findings);
// `rules import --json`: [{kind ("added"|"removed"|"changed"), subject, details}], in the diff's order.
nlohmann::json ruleSetChangesJson(const RuleSetDiff& diff);
// A refused document's problems: [{path (JSON Pointer), message}].
nlohmann::json jsonIssuesJson(const JsonIssues& issues);

}  // namespace reco

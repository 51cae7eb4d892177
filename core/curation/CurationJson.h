// The JSON forms of one rule application, both directions: the reference applier's inputs (user attributes, the
// base ranking, extra item categories) and its result, as `recoengine-cli rules apply` reads and prints them
// (docs/ruleset-spec.md), and what the other `rules ... --json` commands print. The rule set itself is
// RuleSetDocument's; rules and segments here reuse its objects (RuleSet::ruleToJson, RuleSet::segmentToJson).
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include <vector>

#include "core/curation/JsonIssue.h"
#include "core/curation/RuleApplier.h"
#include "core/curation/RuleLinter.h"
#include "core/curation/RuleSetDiff.h"
#include "core/curation/RuleSetStore.h"
#include "core/curation/SegmentCensus.h"
#include "core/curation/UserDirectory.h"

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

// A rule: the export format's object (RuleSet::ruleToJson: id, kind, segment, item | category, position, factor,
// max_items, starts_at, ends_at, enabled, priority, note, author, created_at) plus "description", the text
// `rules list` shows.
nlohmann::json ruleJson(const Rule& rule);
// A segment without its id list: {name, expression (expression segments), user_id_count (list segments), note,
//  built_in, members, sample}; `members` and `sample` as a census or UserDirectory::members found them.
nlohmann::json segmentJson(const Segment& segment, std::int64_t members, const std::vector<std::string>& sample);
// `rules list --json`: {"segments": [the built-in "all users" first, then the rule set's], "rules": [ruleJson]};
// `census` is the rule set's (UserDirectory::census).
nlohmann::json ruleSetListJson(const RuleSet& ruleSet, const SegmentCensus& census);
// `rules members --json` and `rules add-segment --json`: segmentJson plus "population" (all users).
nlohmann::json segmentMembersJson(const Segment& segment, const SegmentMembers& members);
// `rules versions --json`: {"versions": [{version, created_at (UTC text), author, segments, rules, sha256,
//  message}]}, oldest first.
nlohmann::json ruleSetVersionsJson(const std::vector<RuleSetVersionInfo>& versions);

}  // namespace reco

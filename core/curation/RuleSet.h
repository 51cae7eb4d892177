// A rule set's content: segments (by unique name) and rules (by unique id), plus its canonical JSON form.
// Plain std + nlohmann-json, so production code can load and apply rule sets without the rest of RecoEngine.
#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/curation/JsonIssue.h"
#include "core/curation/Rule.h"
#include "core/curation/Segment.h"

namespace reco {

class RuleSet {
 public:
  std::vector<Segment> segments;  // user-defined; kept sorted by name by normalize()
  std::vector<Rule> rules;        // kept sorted by id by normalize()

  void normalize();
  // The named segment, the built-in "all users" included; nullptr when unknown.
  const Segment* findSegment(const std::string& name) const;
  const Rule* findRule(std::int64_t id) const;
  std::int64_t nextRuleId() const;

  // {"segments": [...], "rules": [...]} in canonical order; times as "YYYY-MM-DDTHH:MM:SSZ".
  nlohmann::json toJson() const;
  static nlohmann::json ruleToJson(const Rule& rule);
  static nlohmann::json segmentToJson(const Segment& segment);

  // Reads `json` (an object with "segments" and "rules"), appending every problem to `issues` with its JSON path
  // below `basePath`: wrong types, missing or unexpected fields, bad values, duplicate ids or names, unknown
  // segment references, expression syntax (and attributes outside knownAttributes, when given).
  // Returns what could be read; callers must treat a non-empty `issues` as failure.
  static RuleSet fromJson(const nlohmann::json& json, JsonIssues& issues, const std::string& basePath = "",
                          const std::set<std::string>* knownAttributes = nullptr);

  bool operator==(const RuleSet& o) const { return segments == o.segments && rules == o.rules; }
};

}  // namespace reco

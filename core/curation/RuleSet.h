// A rule set's content: segments (by unique name) and rules (by unique id), plus its canonical JSON form.
// Plain std + nlohmann-json, so production code can load and apply rule sets without the rest of RecoEngine.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <set>
#include <string>
#include <string_view>
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
  // Without its "user_ids" when !withUserIds (a list of a million ids is a large tree).
  static nlohmann::json segmentToJson(const Segment& segment, bool withUserIds = true);

  // The same JSON written as text in pieces to a sink, never as one tree: toJson().dump() (indent < 0) or
  // toJson().dump(indent), byte for byte. writeRules and writeSegments write the two arrays, as dump writes them
  // `level` levels deep in a larger document (RuleSetDocument's).
  using TextSink = std::function<void(std::string_view)>;
  std::string canonicalText() const;  // == toJson().dump()
  void writeRules(const TextSink& out, int indent = -1, int level = 0) const;
  void writeSegments(const TextSink& out, int indent = -1, int level = 0) const;
  // A user-id list as JSON text: json(ids).dump().
  static std::string userIdsText(const std::vector<std::string>& ids);

  // Reads `json` (an object with "segments" and "rules"), appending every problem to `issues` with its JSON path
  // below `basePath`: wrong types, missing or unexpected fields, bad values, duplicate ids or names, unknown
  // segment references, expression syntax (and attributes outside knownAttributes, when given).
  // Returns what could be read; callers must treat a non-empty `issues` as failure.
  static RuleSet fromJson(const nlohmann::json& json, JsonIssues& issues, const std::string& basePath = "",
                          const std::set<std::string>* knownAttributes = nullptr);

  bool operator==(const RuleSet& o) const { return segments == o.segments && rules == o.rules; }
};

// Reads a rule set one segment and one rule at a time, as RuleSet::fromJson does for a whole tree (which uses it):
// RuleSetDocument's streaming reader hands it each element as it is parsed, so the tree of the whole document is
// never built. Every problem is appended to `issues`, exactly as fromJson reports it.
class RuleSetReader {
 public:
  RuleSetReader(JsonIssues& issues, std::string basePath, const std::set<std::string>* knownAttributes)
      : issues_(issues), basePath_(std::move(basePath)), knownAttributes_(knownAttributes) {}
  // /segments/i. `userIds`, when given, is the segment's id list read elsewhere (sj's "user_ids" is then only a
  // placeholder whose presence counts): each id a non-empty string, taken over (moved).
  void segment(const nlohmann::json& sj, std::size_t i, std::vector<std::string>* userIds = nullptr);
  // /rules/i. Without checkSegment the reference to a segment is not checked (the caller checks it later, against
  // segmentNames(), when the segments come after the rules).
  void rule(const nlohmann::json& rj, std::size_t i, bool checkSegment = true);
  const std::set<std::string>& segmentNames() const { return segmentNames_; }
  // What was read, normalized.
  RuleSet finish();

 private:
  JsonIssues& issues_;
  std::string basePath_;
  const std::set<std::string>* knownAttributes_;
  std::set<std::string> segmentNames_;
  std::map<long long, std::size_t> ruleIds_;
  RuleSet out_;
};

}  // namespace reco

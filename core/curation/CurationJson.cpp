#include "core/curation/CurationJson.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/base/Time.h"

namespace reco {

using nlohmann::json;

void readUserAttributes(const json& j, const std::string& source, CurationRequest& request) {
  if (!j.is_object()) throw std::invalid_argument(source + " must be a JSON object of attribute: value");
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it->is_string()) request.attributes[it.key()] = it->get<std::string>();
    else if (it->is_number() || it->is_boolean()) request.attributes[it.key()] = it->dump();
    else if (!it->is_null())
      throw std::invalid_argument(source + ": attribute '" + it.key() + "' must be a string, number or boolean");
  }
}

void readRanking(const json& j, const std::string& source, CurationRequest& request) {
  if (!j.is_array())
    throw std::invalid_argument(source + " must be a JSON array of {\"item\", \"category\", \"score\"}");
  for (std::size_t i = 0; i < j.size(); ++i) {
    const json& r = j[i];
    const std::string where = source + ": entry " + std::to_string(i + 1);
    if (!r.is_object() || !r.contains("item") || !r["item"].is_string())
      throw std::invalid_argument(where + " needs \"item\" (a string)");
    if (!r.contains("score") || !r["score"].is_number()) throw std::invalid_argument(where + " needs \"score\" (a number)");
    if (r.contains("category") && !r["category"].is_string() && !r["category"].is_null())
      throw std::invalid_argument(where + ": \"category\" must be a string");
    request.ranking.push_back({r["item"].get<std::string>(),
                               r.contains("category") && r["category"].is_string() ? r["category"].get<std::string>()
                                                                                   : "",
                               r["score"].get<double>()});
  }
}

void readItemCategories(const json& j, const std::string& source, CurationRequest& request) {
  if (!j.is_object()) throw std::invalid_argument(source + " must be a JSON object of item: category");
  for (auto it = j.begin(); it != j.end(); ++it)
    if (it->is_string()) request.itemCategories[it.key()] = it->get<std::string>();
}

json curationResultJson(const CurationResult& result, std::int64_t time) {
  json out = json::object();
  json entries = json::array();
  for (const auto& e : result.entries) {
    json j = {{"position", e.position}, {"item", e.item}, {"category", e.category}};
    j["score"] = e.baseScore ? json(*e.baseScore) : json();
    if (e.pinRule) {
      j["decided_by"] = "pin";
      j["rule"] = *e.pinRule;
    } else {
      j["decided_by"] = "organic";
      j["adjusted_score"] = e.adjustedScore;
      j["adjustments"] = e.adjustments;
    }
    entries.push_back(std::move(j));
  }
  out["entries"] = std::move(entries);
  out["active_rules"] = result.activeRules;
  json banned = json::object();
  for (const auto& [item, rule] : result.banned) banned[item] = rule;
  out["banned"] = std::move(banned);
  json losing = json::object();
  for (const auto& [rule, by] : result.losingPins) losing[std::to_string(rule)] = by;
  out["losing_pins"] = std::move(losing);
  out["capped_out"] = result.cappedOut;
  out["at"] = utc::format(time);
  return out;
}

nlohmann::json lintFindingsJson(const std::vector<LintFinding>& findings) {
  nlohmann::json list = nlohmann::json::array();
  std::size_t errors = 0, warnings = 0;
  for (const auto& f : findings) {
    const bool error = f.severity == LintFinding::Severity::Error;
    (error ? errors : warnings) += f.count();
    list.push_back({{"severity", error ? "error" : "warning"},
                    {"code", f.code},
                    {"rules", f.rules},
                    {"segment", f.segment},
                    {"message", f.message},
                    {"omitted", f.omitted}});
  }
  return {{"findings", std::move(list)}, {"errors", errors}, {"warnings", warnings}};
}

nlohmann::json ruleSetChangesJson(const RuleSetDiff& diff) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& c : diff.changes()) {
    const char* kind = c.kind == RuleSetChange::Kind::Added     ? "added"
                       : c.kind == RuleSetChange::Kind::Removed ? "removed"
                                                                : "changed";
    list.push_back({{"kind", kind}, {"subject", c.subject}, {"details", c.details}});
  }
  return list;
}

nlohmann::json jsonIssuesJson(const JsonIssues& issues) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& i : issues) list.push_back({{"path", i.path}, {"message", i.message}});
  return list;
}

nlohmann::json ruleJson(const Rule& rule) {
  json j = RuleSet::ruleToJson(rule);
  j["description"] = rule.describe();
  return j;
}

nlohmann::json segmentJson(const Segment& segment, std::int64_t members, const std::vector<std::string>& sample) {
  json j = RuleSet::segmentToJson(segment, false);
  if (!segment.hasExpression() && !segment.isAllUsers()) j["user_id_count"] = segment.userIds().size();
  j["built_in"] = segment.isAllUsers();
  j["members"] = members;
  j["sample"] = sample;
  return j;
}

nlohmann::json ruleSetListJson(const RuleSet& ruleSet, const SegmentCensus& census) {
  json segments = json::array();
  const Segment all = Segment::allUsers();
  segments.push_back(segmentJson(all, census.members(all.name()), census.sample(all.name())));
  for (const auto& s : ruleSet.segments) segments.push_back(segmentJson(s, census.members(s.name()), census.sample(s.name())));
  json rules = json::array();
  for (const auto& r : ruleSet.rules) rules.push_back(ruleJson(r));
  return {{"segments", std::move(segments)}, {"rules", std::move(rules)}};
}

nlohmann::json segmentMembersJson(const Segment& segment, const SegmentMembers& members) {
  json j = segmentJson(segment, members.count, members.sample);
  j["population"] = members.population;
  return j;
}

nlohmann::json ruleSetVersionsJson(const std::vector<RuleSetVersionInfo>& versions) {
  json list = json::array();
  for (const auto& v : versions)
    list.push_back({{"version", v.version},
                    {"created_at", utc::format(v.createdAt)},
                    {"author", v.author},
                    {"segments", v.segments},
                    {"rules", v.rules},
                    {"sha256", v.sha256},
                    {"message", v.message}});
  return {{"versions", std::move(list)}};
}

}  // namespace reco

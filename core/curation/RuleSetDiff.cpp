#include "core/curation/RuleSetDiff.h"

#include <map>
#include <set>

namespace reco {

using nlohmann::json;

namespace {

std::string show(const json& v) { return v.is_null() ? "(none)" : v.dump(); }

std::vector<std::string> fieldChanges(const json& a, const json& b) {
  std::set<std::string> keys;
  for (auto it = a.begin(); it != a.end(); ++it) keys.insert(it.key());
  for (auto it = b.begin(); it != b.end(); ++it) keys.insert(it.key());
  std::vector<std::string> out;
  for (const auto& k : keys) {
    json va = a.contains(k) ? a[k] : json(), vb = b.contains(k) ? b[k] : json();
    if (va != vb) out.push_back(k + ": " + show(va) + " -> " + show(vb));
  }
  return out;
}

std::string describeSegment(const Segment& s) {
  return s.hasExpression() ? "expression " + json(s.expressionText()).dump()
                           : "list of " + std::to_string(s.userIds().size()) + " users";
}

}  // namespace

RuleSetDiff RuleSetDiff::compare(const RuleSet& from, const RuleSet& to) {
  RuleSetDiff d;
  std::map<std::string, const Segment*> fa, ta;
  for (const auto& s : from.segments) fa.emplace(s.name(), &s);
  for (const auto& s : to.segments) ta.emplace(s.name(), &s);
  for (const auto& [name, s] : fa)
    if (!ta.count(name)) d.changes_.push_back({RuleSetChange::Kind::Removed, "segment '" + name + "'", {describeSegment(*s)}});
  for (const auto& [name, s] : ta) {
    auto it = fa.find(name);
    if (it == fa.end())
      d.changes_.push_back({RuleSetChange::Kind::Added, "segment '" + name + "'", {describeSegment(*s)}});
    else if (!(*it->second == *s))
      d.changes_.push_back({RuleSetChange::Kind::Changed, "segment '" + name + "'",
                            fieldChanges(RuleSet::segmentToJson(*it->second), RuleSet::segmentToJson(*s))});
  }
  std::map<std::int64_t, const Rule*> fr, tr;
  for (const auto& r : from.rules) fr.emplace(r.id, &r);
  for (const auto& r : to.rules) tr.emplace(r.id, &r);
  auto describeRule = [](const Rule& r) { return r.describe() + " (segment '" + r.segment + "')"; };
  for (const auto& [id, r] : fr)
    if (!tr.count(id)) d.changes_.push_back({RuleSetChange::Kind::Removed, "rule #" + std::to_string(id), {describeRule(*r)}});
  for (const auto& [id, r] : tr) {
    auto it = fr.find(id);
    if (it == fr.end())
      d.changes_.push_back({RuleSetChange::Kind::Added, "rule #" + std::to_string(id), {describeRule(*r)}});
    else if (!(*it->second == *r))
      d.changes_.push_back({RuleSetChange::Kind::Changed, "rule #" + std::to_string(id),
                            fieldChanges(RuleSet::ruleToJson(*it->second), RuleSet::ruleToJson(*r))});
  }
  return d;
}

std::string RuleSetDiff::text() const {
  if (changes_.empty()) return "no changes\n";
  std::string s;
  for (const auto& c : changes_) {
    char mark = c.kind == RuleSetChange::Kind::Added ? '+' : c.kind == RuleSetChange::Kind::Removed ? '-' : '~';
    if (c.kind == RuleSetChange::Kind::Changed && c.details.size() > 1) {
      s += std::string(1, mark) + " " + c.subject + ":\n";
      for (const auto& d : c.details) s += "    " + d + "\n";
    } else {
      s += std::string(1, mark) + " " + c.subject + ": " + (c.details.empty() ? "" : c.details.front()) + "\n";
    }
  }
  return s;
}

}  // namespace reco

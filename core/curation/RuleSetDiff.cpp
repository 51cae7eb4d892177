#include "core/curation/RuleSetDiff.h"

#include "core/base/Thousands.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace reco {

using nlohmann::json;

namespace {

// A value as JSON; long ones (a long expression or note) are cut so one change stays one readable line.
std::string show(const json& v) {
  if (v.is_null()) return "(none)";
  std::string s = v.dump();
  if (s.size() <= RuleSetDiff::kMaxValueChars) return s;
  std::size_t cut = RuleSetDiff::kMaxValueChars;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
  return s.substr(0, cut) + "... (" + std::to_string(s.size()) + " characters)";
}

std::string ids(std::size_t n) { return withThousands(n) + (n == 1 ? " id" : " ids"); }

// "user_ids: +79,998 ids, -2 ids (first added: "u3", "u4", "u5"; first removed: "u1")": the two lists are sorted
// (Segment keeps them so), so one merge finds the difference in linear time; never the whole lists.
std::string userIdChange(const Segment* from, const Segment* to) {
  static const std::vector<std::string> kNone;
  const auto& x = from && !from->hasExpression() ? from->userIds() : kNone;
  const auto& y = to && !to->hasExpression() ? to->userIds() : kNone;
  std::size_t added = 0, removed = 0;
  std::vector<std::string> firstAdded, firstRemoved;
  auto note = [](std::vector<std::string>& first, const std::string& id) {
    if (first.size() < RuleSetDiff::kIdsShown) first.push_back(json(id).dump());
  };
  std::size_t i = 0, j = 0;
  while (i < x.size() || j < y.size()) {
    if (j == y.size() || (i < x.size() && x[i] < y[j])) {
      ++removed;
      note(firstRemoved, x[i++]);
    } else if (i == x.size() || y[j] < x[i]) {
      ++added;
      note(firstAdded, y[j++]);
    } else {
      ++i;
      ++j;
    }
  }
  std::string s = "user_ids: +" + ids(added) + ", -" + ids(removed);
  std::string examples;
  auto list = [&](const char* label, const std::vector<std::string>& first) {
    if (first.empty()) return;
    examples += examples.empty() ? "" : "; ";
    examples += label;
    for (std::size_t k = 0; k < first.size(); ++k) examples += (k ? ", " : "") + first[k];
  };
  list("first added: ", firstAdded);
  list("first removed: ", firstRemoved);
  return examples.empty() ? s : s + " (" + examples + ")";
}

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

// A changed segment, field by field; a user list as a count of ids added and removed.
std::vector<std::string> segmentChanges(const Segment& a, const Segment& b) {
  // Without the id lists (their trees would be large): those are compared in place.
  json ja = RuleSet::segmentToJson(a, false), jb = RuleSet::segmentToJson(b, false);
  static const std::vector<std::string> kNone;
  bool listsDiffer = (a.hasExpression() ? kNone : a.userIds()) != (b.hasExpression() ? kNone : b.userIds());
  std::vector<std::string> out = fieldChanges(ja, jb);
  if (listsDiffer) {
    out.push_back(userIdChange(&a, &b));
    std::sort(out.begin(), out.end());  // keys in order, as fieldChanges lists them
  }
  return out;
}

std::string describeSegment(const Segment& s) {
  return s.hasExpression() ? "expression " + json(s.expressionText()).dump()
                           : "list of " + std::to_string(s.userIds().size()) + " users";
}

}  // namespace

RuleSetDiff RuleSetDiff::compare(const RuleSet& from, const RuleSet& to, const ItemTitleLookup& title) {
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
      d.changes_.push_back({RuleSetChange::Kind::Changed, "segment '" + name + "'", segmentChanges(*it->second, *s)});
  }
  std::map<std::int64_t, const Rule*> fr, tr;
  for (const auto& r : from.rules) fr.emplace(r.id, &r);
  for (const auto& r : to.rules) tr.emplace(r.id, &r);
  auto describeRule = [&title](const Rule& r) {
    std::string text = r.describe(title);
    text.append(" (segment '").append(r.segment).append("')");
    return text;
  };
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

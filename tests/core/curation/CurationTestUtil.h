// Small builders shared by the curation tests: rules, rankings and requests in one line each.
#pragma once

#include <string>
#include <vector>

#include "core/curation/RuleApplier.h"

namespace reco::test {

inline Rule makeRule(std::int64_t id, RuleKind kind, std::string segment = Segment::kAllUsers) {
  Rule r;
  r.id = id;
  r.kind = kind;
  r.segment = std::move(segment);
  r.createdAt = 1700000000 + id;
  return r;
}
inline Rule ban(std::int64_t id, std::string item) {
  Rule r = makeRule(id, RuleKind::BanItem);
  r.item = std::move(item);
  return r;
}
inline Rule banCategory(std::int64_t id, std::string category) {
  Rule r = makeRule(id, RuleKind::BanCategory);
  r.category = std::move(category);
  return r;
}
inline Rule pin(std::int64_t id, std::string item, int position, int priority = 0) {
  Rule r = makeRule(id, RuleKind::PinItem);
  r.item = std::move(item);
  r.position = position;
  r.priority = priority;
  return r;
}
inline Rule boost(std::int64_t id, std::string item, double factor) {
  Rule r = makeRule(id, factor > 1 ? RuleKind::BoostItem : RuleKind::BuryItem);
  r.item = std::move(item);
  r.factor = factor;
  return r;
}
inline Rule boostCategory(std::int64_t id, std::string category, double factor) {
  Rule r = makeRule(id, factor > 1 ? RuleKind::BoostCategory : RuleKind::BuryCategory);
  r.category = std::move(category);
  r.factor = factor;
  return r;
}
inline Rule cap(std::int64_t id, int maxItems, std::string category = {}) {
  Rule r = makeRule(id, RuleKind::CategoryCap);
  r.maxItems = maxItems;
  r.category = std::move(category);
  return r;
}

// Items "a", "b", ... with descending scores 10, 9, ...; categories cycle through `categories`.
inline std::vector<RankedItem> ranking(std::size_t count, std::vector<std::string> categories = {"x"}) {
  std::vector<RankedItem> out;
  for (std::size_t i = 0; i < count; ++i)
    out.push_back({std::string(1, static_cast<char>('a' + i)), categories[i % categories.size()], 10.0 - static_cast<double>(i)});
  return out;
}

inline std::vector<std::string> itemsOf(const CurationResult& r) {
  std::vector<std::string> out;
  for (const auto& e : r.entries) out.push_back(e.item);
  return out;
}

inline CurationResult applyRules(std::vector<Rule> rules, std::vector<RankedItem> rank, std::size_t n,
                                 std::vector<Segment> segments = {}, std::string user = "u1",
                                 UserAttributes attrs = {}, std::int64_t at = 1750000000) {
  RuleSet rs;
  rs.rules = std::move(rules);
  rs.segments = std::move(segments);
  RuleApplier applier(rs);
  CurationRequest req;
  req.userId = std::move(user);
  req.attributes = std::move(attrs);
  req.time = at;
  req.ranking = std::move(rank);
  req.n = n;
  return applier.apply(req);
}

}  // namespace reco::test

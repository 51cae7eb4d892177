#include "core/curation/RuleApplier.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>
#include <unordered_set>

namespace reco {

std::string CuratedEntry::decidedBy() const {
  if (pinRule) return "pin #" + std::to_string(*pinRule);
  if (adjustments.empty()) return "organic";
  std::string s = "organic (";
  for (std::size_t i = 0; i < adjustments.size(); ++i) s += (i ? ", #" : "#") + std::to_string(adjustments[i]);
  return s + ")";
}

RuleApplier::RuleApplier(RuleSet rules) : rules_(std::move(rules)) {
  rules_.normalize();
  std::unordered_map<std::string, std::size_t> index;
  for (const auto& r : rules_.rules) {
    auto it = index.find(r.segment);
    if (it == index.end()) {
      const Segment* s = rules_.findSegment(r.segment);
      if (!s) throw std::invalid_argument("rule #" + std::to_string(r.id) + " refers to unknown segment '" + r.segment + "'");
      it = index.emplace(r.segment, segments_.size()).first;
      segments_.push_back(s);
    }
    ruleSegment_.push_back(it->second);
  }
}

double RuleApplier::adjustScore(double score, double factor) { return score > 0 ? score * factor : score / factor; }

CurationResult RuleApplier::apply(const CurationRequest& req) const {
  CurationResult out;

  // Candidates, validated.
  std::unordered_map<std::string, std::size_t> candidateIndex;
  candidateIndex.reserve(req.ranking.size());
  for (std::size_t i = 0; i < req.ranking.size(); ++i) {
    const auto& c = req.ranking[i];
    if (!std::isfinite(c.score))
      throw std::invalid_argument("ranking entry " + std::to_string(i + 1) + " (item '" + c.item + "') has a non-finite score");
    if (!candidateIndex.emplace(c.item, i).second)
      throw std::invalid_argument("ranking entry " + std::to_string(i + 1) + ": item '" + c.item + "' appears twice");
  }
  auto categoryOf = [&](const std::string& item) -> std::string {
    if (auto it = candidateIndex.find(item); it != candidateIndex.end()) return req.ranking[it->second].category;
    if (auto it = req.itemCategories.find(item); it != req.itemCategories.end()) return it->second;
    return {};
  };

  // 1. Active rules (each segment evaluated once).
  enum : char { kUnknown, kIn, kOut };
  std::vector<char> membership(segments_.size(), kUnknown);
  std::vector<const Rule*> active;
  for (std::size_t k = 0; k < rules_.rules.size(); ++k) {
    const Rule& r = rules_.rules[k];
    if (!r.enabled || !r.inWindow(req.time)) continue;
    char& m = membership[ruleSegment_[k]];
    if (m == kUnknown) m = segments_[ruleSegment_[k]]->contains(req.userId, req.attributes) ? kIn : kOut;
    if (m == kOut) continue;
    active.push_back(&r);
    out.activeRules.push_back(r.id);
  }

  // 2. Bans: by item id and by category. Rules are in ascending id order, so the first recorded is the smallest.
  std::unordered_map<std::string, std::int64_t> bannedItems, bannedCategories;
  for (const Rule* r : active) {
    if (r->kind == RuleKind::BanItem) bannedItems.emplace(r->item, r->id);  // keeps the first (smallest) id
    if (r->kind == RuleKind::BanCategory) bannedCategories.emplace(r->category, r->id);
  }
  auto banOf = [&](const std::string& item, const std::string& category) -> std::optional<std::int64_t> {
    std::optional<std::int64_t> ban;
    if (bannedItems.empty() && bannedCategories.empty()) return ban;
    if (auto it = bannedItems.find(item); it != bannedItems.end()) ban = it->second;
    if (!category.empty() && !bannedCategories.empty())
      if (auto it = bannedCategories.find(category); it != bannedCategories.end())
        ban = ban ? std::min(*ban, it->second) : it->second;
    return ban;
  };

  // 5 (resolved before the organic list, which must not contain pinned items). Pins in order of priority (higher
  // first), then creation time (earlier first), then id. A pin wins when its position is free and its item is not
  // placed yet; pins of banned items are void.
  std::vector<const Rule*> pins;
  for (const Rule* r : active)
    if (r->kind == RuleKind::PinItem) {
      if (auto ban = banOf(r->item, categoryOf(r->item))) {
        out.banned.emplace(r->item, *ban);
        continue;
      }
      pins.push_back(r);
    }
  std::stable_sort(pins.begin(), pins.end(), [](const Rule* a, const Rule* b) {
    if (a->priority != b->priority) return a->priority > b->priority;
    if (a->createdAt != b->createdAt) return a->createdAt < b->createdAt;
    return a->id < b->id;
  });
  std::map<int, const Rule*> pinAt;                        // position -> winning pin
  std::unordered_map<std::string, const Rule*> pinnedItem;  // item -> winning pin
  std::unordered_set<std::string> pinLosers;
  for (const Rule* p : pins) {
    auto pos = pinAt.find(p->position);
    auto placed = pinnedItem.find(p->item);
    if (placed != pinnedItem.end()) {
      out.losingPins.emplace(p->id, placed->second->id);
    } else if (pos != pinAt.end()) {
      out.losingPins.emplace(p->id, pos->second->id);
      pinLosers.insert(p->item);
    } else {
      pinAt.emplace(p->position, p);
      pinnedItem.emplace(p->item, p);
    }
  }

  // 3 + 4. Organic list: candidates that are not banned and not pinned (winning or losing), with adjusted scores.
  struct Organic {
    const RankedItem* item;
    double adjusted;
    std::vector<std::int64_t> adjustments;
  };
  std::unordered_map<std::string, std::vector<const Rule*>> itemFactors, categoryFactors;
  std::unordered_map<std::string, int> capOf;  // category -> smallest active cap of that category
  std::optional<int> globalCap;
  for (const Rule* r : active) {
    if (r->kind == RuleKind::BoostItem || r->kind == RuleKind::BuryItem) itemFactors[r->item].push_back(r);
    if (r->kind == RuleKind::BoostCategory || r->kind == RuleKind::BuryCategory) categoryFactors[r->category].push_back(r);
    if (r->kind == RuleKind::CategoryCap) {
      if (r->category.empty())
        globalCap = globalCap ? std::min(*globalCap, r->maxItems) : r->maxItems;
      else if (auto it = capOf.find(r->category); it == capOf.end() || it->second > r->maxItems)
        capOf[r->category] = r->maxItems;
    }
  }
  std::vector<Organic> organic;
  organic.reserve(req.ranking.size());
  std::vector<const Rule*> applied;
  const bool anyPins = !pinnedItem.empty() || !pinLosers.empty();
  for (const auto& c : req.ranking) {
    if (auto ban = banOf(c.item, c.category)) {
      out.banned.emplace(c.item, *ban);
      continue;
    }
    if (anyPins && (pinnedItem.count(c.item) || pinLosers.count(c.item))) continue;
    Organic o{&c, c.score, {}};
    applied.clear();
    if (!itemFactors.empty())
      if (auto it = itemFactors.find(c.item); it != itemFactors.end()) applied = it->second;
    if (!c.category.empty() && !categoryFactors.empty())
      if (auto it = categoryFactors.find(c.category); it != categoryFactors.end())
        applied.insert(applied.end(), it->second.begin(), it->second.end());
    if (!applied.empty()) {
      std::sort(applied.begin(), applied.end(), [](const Rule* a, const Rule* b) { return a->id < b->id; });
      double factor = 1.0;
      for (const Rule* r : applied) {
        factor *= r->factor;
        o.adjustments.push_back(r->id);
      }
      o.adjusted = adjustScore(c.score, factor);
    }
    organic.push_back(std::move(o));
  }
  std::sort(organic.begin(), organic.end(), [](const Organic& a, const Organic& b) {
    if (a.adjusted != b.adjusted) return a.adjusted > b.adjusted;
    return a.item->item < b.item->item;
  });
  std::unordered_map<std::string, int> shownPerCategory;
  std::vector<const Organic*> capped;
  capped.reserve(organic.size());
  for (const auto& o : organic) {
    if (!globalCap && capOf.empty()) {
      capped.push_back(&o);
      continue;
    }
    const std::string& cat = o.item->category;
    std::optional<int> cap = globalCap;
    if (auto it = capOf.find(cat); it != capOf.end()) cap = cap ? std::min(*cap, it->second) : it->second;
    if (cap) {
      int& shown = shownPerCategory[cat];
      if (shown >= *cap) {
        out.cappedOut.push_back(o.item->item);
        continue;
      }
      ++shown;
    }
    capped.push_back(&o);
  }

  // 5 + 6. Merge: each position up to n takes its winning pin, else the next organic item. When organic items run
  // out, the remaining pins (positions <= n) follow in position order, so the list has no holes.
  auto pinEntry = [&](const Rule* p) {
    CuratedEntry e;
    e.item = p->item;
    e.category = categoryOf(p->item);
    e.pinRule = p->id;
    if (auto it = candidateIndex.find(p->item); it != candidateIndex.end()) {
      e.baseScore = req.ranking[it->second].score;
      e.adjustedScore = *e.baseScore;
    }
    return e;
  };
  std::size_t nextOrganic = 0;
  auto pinIt = pinAt.begin();
  for (std::size_t pos = 1; pos <= req.n; ++pos) {
    while (pinIt != pinAt.end() && static_cast<std::size_t>(pinIt->first) < pos) ++pinIt;  // (already placed)
    if (pinIt != pinAt.end() && static_cast<std::size_t>(pinIt->first) == pos) {
      out.entries.push_back(pinEntry(pinIt->second));
      ++pinIt;
    } else if (nextOrganic < capped.size()) {
      const Organic& o = *capped[nextOrganic++];
      CuratedEntry e;
      e.item = o.item->item;
      e.category = o.item->category;
      e.baseScore = o.item->score;
      e.adjustedScore = o.adjusted;
      e.adjustments = o.adjustments;
      out.entries.push_back(std::move(e));
    } else {
      // Organic supply exhausted: close the gap with the remaining pins that fit in n.
      for (; pinIt != pinAt.end() && static_cast<std::size_t>(pinIt->first) <= req.n; ++pinIt)
        out.entries.push_back(pinEntry(pinIt->second));
      break;
    }
  }
  for (std::size_t i = 0; i < out.entries.size(); ++i) out.entries[i].position = i + 1;
  return out;
}

}  // namespace reco

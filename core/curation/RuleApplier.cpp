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

namespace {

// The base ranking, validated, with lookup by item id.
class Candidates {
 public:
  explicit Candidates(const CurationRequest& req) : req_(req) {
    index_.reserve(req.ranking.size());
    for (std::size_t i = 0; i < req.ranking.size(); ++i) {
      const auto& c = req.ranking[i];
      if (!std::isfinite(c.score))
        throw std::invalid_argument("ranking entry " + std::to_string(i + 1) + " (item '" + c.item + "') has a non-finite score");
      if (!index_.emplace(c.item, i).second)
        throw std::invalid_argument("ranking entry " + std::to_string(i + 1) + ": item '" + c.item + "' appears twice");
    }
  }
  const RankedItem* find(const std::string& item) const {
    auto it = index_.find(item);
    return it == index_.end() ? nullptr : &req_.ranking[it->second];
  }
  // The item's category in the ranking, else in the request's catalogue, else "" (unknown).
  std::string categoryOf(const std::string& item) const {
    if (const RankedItem* c = find(item)) return c->category;
    if (auto it = req_.itemCategories.find(item); it != req_.itemCategories.end()) return it->second;
    return {};
  }

 private:
  const CurationRequest& req_;
  std::unordered_map<std::string, std::size_t> index_;
};

// Step 2: the active bans by item id and by category, each with its deciding (smallest) rule id.
class Bans {
 public:
  explicit Bans(const std::vector<const Rule*>& active) {
    // Rules are in ascending id order, so the first recorded is the smallest.
    for (const Rule* r : active) {
      if (r->kind == RuleKind::BanItem) items_.emplace(r->item, r->id);
      if (r->kind == RuleKind::BanCategory) categories_.emplace(r->category, r->id);
    }
  }
  std::optional<std::int64_t> of(const std::string& item, const std::string& category) const {
    std::optional<std::int64_t> ban;
    if (items_.empty() && categories_.empty()) return ban;
    if (auto it = items_.find(item); it != items_.end()) ban = it->second;
    if (!category.empty() && !categories_.empty())
      if (auto it = categories_.find(category); it != categories_.end())
        ban = ban ? std::min(*ban, it->second) : it->second;
    return ban;
  }

 private:
  std::unordered_map<std::string, std::int64_t> items_, categories_;
};

// Step 3: the winning pins by position and by item, and the items of losing pins.
struct PinResolution {
  std::map<int, const Rule*> at;                       // position -> winning pin
  std::unordered_map<std::string, const Rule*> items;  // item -> winning pin
  std::unordered_set<std::string> losers;              // items of pins that lost their position
  bool namesItem(const std::string& item) const { return items.count(item) || losers.count(item); }
  bool empty() const { return items.empty() && losers.empty(); }
};

// Resolved before the organic list, which must not contain pinned items. Pins of banned items are void (and their
// items recorded as banned).
PinResolution resolvePins(const std::vector<const Rule*>& active, const Bans& bans, const Candidates& candidates,
                          CurationResult& out) {
  std::vector<const Rule*> pins;
  for (const Rule* r : active)
    if (r->kind == RuleKind::PinItem) {
      if (auto ban = bans.of(r->item, candidates.categoryOf(r->item))) {
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
  PinResolution resolved;
  for (const Rule* p : pins) {
    auto pos = resolved.at.find(p->position);
    auto placed = resolved.items.find(p->item);
    if (placed != resolved.items.end()) {
      out.losingPins.emplace(p->id, placed->second->id);
    } else if (pos != resolved.at.end()) {
      out.losingPins.emplace(p->id, pos->second->id);
      resolved.losers.insert(p->item);
    } else {
      resolved.at.emplace(p->position, p);
      resolved.items.emplace(p->item, p);
    }
  }
  return resolved;
}

// Step 4: the active boost and bury rules naming an item or a category.
struct Factors {
  std::unordered_map<std::string, std::vector<const Rule*>> items, categories;
  explicit Factors(const std::vector<const Rule*>& active) {
    for (const Rule* r : active) {
      if (r->kind == RuleKind::BoostItem || r->kind == RuleKind::BuryItem) items[r->item].push_back(r);
      if (r->kind == RuleKind::BoostCategory || r->kind == RuleKind::BuryCategory) categories[r->category].push_back(r);
    }
  }
};

struct Organic {
  const RankedItem* item;
  double adjusted;
  std::vector<std::int64_t> adjustments;
};

// Step 4: candidates that are neither banned (recorded in out.banned) nor named by a pin, with their adjusted
// scores, sorted by adjusted score (higher first), then item id.
std::vector<Organic> organicList(const CurationRequest& req, const Bans& bans, const PinResolution& pins,
                                 const Factors& factors, CurationResult& out) {
  std::vector<Organic> organic;
  organic.reserve(req.ranking.size());
  std::vector<const Rule*> applied;
  const bool anyPins = !pins.empty();
  for (const auto& c : req.ranking) {
    if (auto ban = bans.of(c.item, c.category)) {
      out.banned.emplace(c.item, *ban);
      continue;
    }
    if (anyPins && pins.namesItem(c.item)) continue;
    Organic o{&c, c.score, {}};
    applied.clear();
    if (!factors.items.empty())
      if (auto it = factors.items.find(c.item); it != factors.items.end()) applied = it->second;
    if (!c.category.empty() && !factors.categories.empty())
      if (auto it = factors.categories.find(c.category); it != factors.categories.end())
        applied.insert(applied.end(), it->second.begin(), it->second.end());
    if (!applied.empty()) {
      std::sort(applied.begin(), applied.end(), [](const Rule* a, const Rule* b) { return a->id < b->id; });
      double factor = 1.0;
      for (const Rule* r : applied) {
        factor *= r->factor;
        o.adjustments.push_back(r->id);
      }
      o.adjusted = RuleApplier::adjustScore(c.score, factor);
    }
    organic.push_back(std::move(o));
  }
  std::sort(organic.begin(), organic.end(), [](const Organic& a, const Organic& b) {
    if (a.adjusted != b.adjusted) return a.adjusted > b.adjusted;
    return a.item->item < b.item->item;
  });
  return organic;
}

// Step 5: the smallest active cap per category, and the smallest cap naming no category (every category).
struct CategoryCaps {
  std::unordered_map<std::string, int> perCategory;
  std::optional<int> global;
  explicit CategoryCaps(const std::vector<const Rule*>& active) {
    for (const Rule* r : active) {
      if (r->kind != RuleKind::CategoryCap) continue;
      if (r->category.empty())
        global = global ? std::min(*global, r->maxItems) : r->maxItems;
      else if (auto it = perCategory.find(r->category); it == perCategory.end() || it->second > r->maxItems)
        perCategory[r->category] = r->maxItems;
    }
  }
  bool empty() const { return !global && perCategory.empty(); }
  std::optional<int> of(const std::string& category) const {
    std::optional<int> cap = global;
    if (auto it = perCategory.find(category); it != perCategory.end())
      cap = cap ? std::min(*cap, it->second) : it->second;
    return cap;
  }
};

// Step 5: the organic list without the items over their category's cap (recorded in out.cappedOut).
std::vector<const Organic*> applyCaps(const std::vector<Organic>& organic, const CategoryCaps& caps,
                                      CurationResult& out) {
  std::unordered_map<std::string, int> shownPerCategory;
  std::vector<const Organic*> capped;
  capped.reserve(organic.size());
  for (const auto& o : organic) {
    if (caps.empty()) {
      capped.push_back(&o);
      continue;
    }
    const std::string& cat = o.item->category;
    if (std::optional<int> cap = caps.of(cat)) {
      int& shown = shownPerCategory[cat];
      if (shown >= *cap) {
        out.cappedOut.push_back(o.item->item);
        continue;
      }
      ++shown;
    }
    capped.push_back(&o);
  }
  return capped;
}

CuratedEntry pinEntry(const Rule& pin, const Candidates& candidates) {
  CuratedEntry e;
  e.item = pin.item;
  e.category = candidates.categoryOf(pin.item);
  e.pinRule = pin.id;
  if (const RankedItem* c = candidates.find(pin.item)) {
    e.baseScore = c->score;
    e.adjustedScore = *e.baseScore;
  }
  return e;
}

CuratedEntry organicEntry(const Organic& o) {
  CuratedEntry e;
  e.item = o.item->item;
  e.category = o.item->category;
  e.baseScore = o.item->score;
  e.adjustedScore = o.adjusted;
  e.adjustments = o.adjustments;
  return e;
}

// Step 6: each position up to n takes its winning pin, else the next organic item. When organic items run out, the
// remaining pins (positions <= n) follow in position order, so the list has no holes. Numbers the positions.
void mergeAndCut(std::size_t n, const PinResolution& pins, const std::vector<const Organic*>& capped,
                 const Candidates& candidates, CurationResult& out) {
  std::size_t nextOrganic = 0;
  auto pinIt = pins.at.begin();
  for (std::size_t pos = 1; pos <= n; ++pos) {
    while (pinIt != pins.at.end() && static_cast<std::size_t>(pinIt->first) < pos) ++pinIt;  // (already placed)
    if (pinIt != pins.at.end() && static_cast<std::size_t>(pinIt->first) == pos) {
      out.entries.push_back(pinEntry(*pinIt->second, candidates));
      ++pinIt;
    } else if (nextOrganic < capped.size()) {
      out.entries.push_back(organicEntry(*capped[nextOrganic++]));
    } else {
      // Organic supply exhausted: close the gap with the remaining pins that fit in n.
      for (; pinIt != pins.at.end() && static_cast<std::size_t>(pinIt->first) <= n; ++pinIt)
        out.entries.push_back(pinEntry(*pinIt->second, candidates));
      break;
    }
  }
  for (std::size_t i = 0; i < out.entries.size(); ++i) out.entries[i].position = i + 1;
}

}  // namespace

// Step 1: the enabled rules in their time window whose segment contains the user (each segment evaluated once),
// in ascending id order; their ids go to out.activeRules.
std::vector<const Rule*> RuleApplier::activeRules(const CurationRequest& req, CurationResult& out) const {
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
  return active;
}

// The steps of docs/ruleset-spec.md section 4, in order.
CurationResult RuleApplier::apply(const CurationRequest& req) const {
  CurationResult out;
  const Candidates candidates(req);
  const std::vector<const Rule*> active = activeRules(req, out);                     // 1. active rules
  const Bans bans(active);                                                           // 2. bans
  const PinResolution pins = resolvePins(active, bans, candidates, out);             // 3. pin resolution
  const std::vector<Organic> organic = organicList(req, bans, pins, Factors(active), out);  // 4. organic list
  const std::vector<const Organic*> capped = applyCaps(organic, CategoryCaps(active), out);  // 5. category caps
  mergeAndCut(req.n, pins, capped, candidates, out);                                 // 6. merge and cut
  return out;
}

}  // namespace reco

// Curates the top of a long model ranking without handing the whole catalogue to the rule applier: it applies the
// rules to a best-first prefix and grows the prefix until no item beyond it could reach the curated list (even with
// every boost active for the user), so the result equals curating the full ranking.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/curation/RuleApplier.h"
#include "core/models/Recommender.h"

namespace reco {

class CuratedTopN {
 public:
  // Fills `out` with the best min(m, all) candidates, best first (ScoredItem::item = dense item index). Returning
  // fewer than m means there are no more candidates.
  using TopProvider = std::function<void(std::size_t m, std::vector<ScoredItem>& out)>;
  // Item id and category of a dense item index.
  using ItemDescriber = std::function<void(std::int32_t item, std::string& id, std::string& category)>;

  // The applier must outlive this object.
  CuratedTopN(const RuleApplier& applier, ItemDescriber describe);

  // Curates request (user, attributes, time, n, itemCategories are used; request.ranking is overwritten with the
  // prefix that was used). `base` receives that prefix (best first); its first n entries are the uncurated list.
  // Non-finite model scores are treated as the lowest finite score.
  CurationResult curate(CurationRequest& request, const TopProvider& top, std::vector<ScoredItem>& base) const;

  // The prefix length tried first for a list of n: n plus every item-ban and pin of the rule set plus a margin.
  std::size_t initialPrefix(std::size_t n) const;

 private:
  // Product of the factors of the active boost rules (>= 1): no item can gain more than this.
  double maxBoost(const CurationResult& result) const;

  const RuleApplier& applier_;
  ItemDescriber describe_;
  std::size_t itemRules_ = 0;  // bans and pins of single items
};

}  // namespace reco

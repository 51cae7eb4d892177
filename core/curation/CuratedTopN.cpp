#include "core/curation/CuratedTopN.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace reco {

namespace {

double finiteScore(float s) {
  if (std::isfinite(s)) return static_cast<double>(s);
  return s > 0 ? static_cast<double>(std::numeric_limits<float>::max()) : -static_cast<double>(std::numeric_limits<float>::max());
}

}  // namespace

CuratedTopN::CuratedTopN(const RuleApplier& applier, ItemDescriber describe)
    : applier_(applier), describe_(std::move(describe)) {
  for (const auto& r : applier_.ruleSet().rules)
    if (r.enabled && (r.kind == RuleKind::BanItem || r.kind == RuleKind::PinItem)) ++itemRules_;
}

std::size_t CuratedTopN::initialPrefix(std::size_t n) const { return n + itemRules_ + std::max<std::size_t>(10, n); }

double CuratedTopN::maxBoost(const CurationResult& result) const {
  double f = 1.0;
  for (auto id : result.activeRules)
    if (const Rule* r = applier_.ruleSet().findRule(id); r && r->isBoost()) f *= r->factor;
  return f;
}

CurationResult CuratedTopN::curate(CurationRequest& request, const TopProvider& top, std::vector<ScoredItem>& base) const {
  std::size_t m = initialPrefix(request.n);
  for (;;) {
    // Ask for one more than we hand over: its score bounds everything beyond the prefix.
    top(m + 1, base);
    const bool exhausted = base.size() <= m;
    const std::size_t used = std::min(base.size(), m);
    request.ranking.resize(used);
    for (std::size_t i = 0; i < used; ++i) {
      auto& r = request.ranking[i];
      describe_(base[i].item, r.item, r.category);
      r.score = finiteScore(base[i].score);
    }
    CurationResult result = applier_.apply(request);
    if (!exhausted) {
      bool exact = result.entries.size() >= request.n;
      if (exact) {
        const double bound = RuleApplier::adjustScore(finiteScore(base[m].score), maxBoost(result));
        for (auto it = result.entries.rbegin(); it != result.entries.rend(); ++it)
          if (!it->pinRule) {
            exact = it->adjustedScore > bound;
            break;
          }
      }
      if (!exact) {
        m *= 2;
        continue;
      }
      base.resize(m);
    }
    return result;
  }
}

}  // namespace reco

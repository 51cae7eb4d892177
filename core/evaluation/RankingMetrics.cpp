#include "core/evaluation/RankingMetrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <stdexcept>

namespace reco {

RankingMetrics::RankingMetrics(std::vector<int> ks) : ks_(std::move(ks)) {
  if (ks_.empty()) throw std::invalid_argument("ranking metrics need at least one cut-off k");
  for (std::size_t i = 0; i < ks_.size(); ++i) {
    if (ks_[i] < 1 || ks_[i] > 100000) throw std::invalid_argument("cut-off k must be between 1 and 100000, got " + std::to_string(ks_[i]));
    for (std::size_t j = 0; j < i; ++j)
      if (ks_[j] == ks_[i]) throw std::invalid_argument("cut-off k=" + std::to_string(ks_[i]) + " listed twice");
  }
  maxK_ = *std::max_element(ks_.begin(), ks_.end());
  for (int k : ks_)
    for (const char* m : {"precision", "recall", "ndcg", "map", "mrr", "hit"})
      names_.push_back(std::string(m) + "@" + std::to_string(k));
  names_.push_back("map");
  discount_.resize(static_cast<std::size_t>(maxK_) + 1);
  for (int r = 1; r <= maxK_; ++r) discount_[static_cast<std::size_t>(r)] = 1.0 / std::log2(r + 1.0);
}

void RankingMetrics::compute(std::span<const std::int32_t> ranked, std::span<const std::int32_t> relevant,
                             std::span<double> out) const {
  if (relevant.empty()) throw std::invalid_argument("RankingMetrics::compute: the user has no relevant items");
  if (out.size() != names_.size()) throw std::invalid_argument("RankingMetrics::compute: output size mismatch");
  const std::size_t len = std::min(ranked.size(), static_cast<std::size_t>(maxK_));
  const double nRel = static_cast<double>(relevant.size());
  // Walk the list once, recording at each rank the running hits, DCG and sum of precision-at-hit.
  std::vector<int> hits(len + 1, 0);
  std::vector<double> dcg(len + 1, 0.0), apSum(len + 1, 0.0);
  int firstHit = 0;
  for (std::size_t r = 1; r <= len; ++r) {
    const bool hit = std::binary_search(relevant.begin(), relevant.end(), ranked[r - 1]);
    hits[r] = hits[r - 1] + (hit ? 1 : 0);
    dcg[r] = dcg[r - 1] + (hit ? discount_[r] : 0.0);
    apSum[r] = apSum[r - 1] + (hit ? static_cast<double>(hits[r]) / static_cast<double>(r) : 0.0);
    if (hit && firstHit == 0) firstHit = static_cast<int>(r);
  }
  std::size_t o = 0;
  for (int k : ks_) {
    const std::size_t at = std::min(len, static_cast<std::size_t>(k));
    const double h = hits[at];
    const auto idealLen = std::min(relevant.size(), static_cast<std::size_t>(k));
    double idcg = 0;
    for (std::size_t r = 1; r <= idealLen; ++r) idcg += discount_[r];
    out[o++] = h / k;                                                  // precision@k
    out[o++] = h / nRel;                                               // recall@k
    out[o++] = dcg[at] / idcg;                                         // ndcg@k
    out[o++] = apSum[at] / static_cast<double>(idealLen);              // map@k
    out[o++] = firstHit > 0 && firstHit <= k ? 1.0 / firstHit : 0.0;   // mrr@k
    out[o++] = h > 0 ? 1.0 : 0.0;                                      // hit@k
  }
  out[o++] = apSum[std::min(len, static_cast<std::size_t>(ks_.front()))] / nRel;  // map (MS definition)
}

double RankingMetrics::auc(std::span<const float> scores, std::span<const char> relevant,
                           std::vector<float>& scratch) {
  const std::size_t n = scores.size();
  std::size_t nRel = 0;
  for (std::size_t i = 0; i < n; ++i) nRel += relevant[i] ? 1 : 0;
  if (nRel == 0 || nRel == n) return std::numeric_limits<double>::quiet_NaN();
  // scratch = the relevant candidates' scores, then the non-relevant ones'.
  scratch.resize(n);
  const std::span<float> rel(scratch.data(), nRel), neg(scratch.data() + nRel, n - nRel);
  for (std::size_t i = 0, r = 0, q = 0; i < n; ++i) {
    if (relevant[i]) {
      rel[r++] = scores[i];
    } else {
      neg[q++] = scores[i];
    }
  }
  // Mann-Whitney U: the (relevant, non-relevant) pairs ordered rightly, ties counting 1/2; twiceU stays an exact
  // integer. A user has a few relevant items among tens of thousands of candidates, so U is counted from the relevant
  // side with one branch-free (vectorised) pass over the negatives per relevant item; past kLinearRelevant relevant
  // items, from the negatives' side with a binary search among the sorted relevant scores: O(n log r) either way
  // instead of sorting all candidates.
  constexpr std::size_t kLinearRelevant = 64;
  std::uint64_t twiceU = 0;
  if (nRel <= kLinearRelevant) {
    for (const float x : rel) {
      std::uint32_t below = 0, tied = 0;
      for (const float v : neg) {
        below += v < x ? 1u : 0u;
        tied += v == x ? 1u : 0u;
      }
      twiceU += 2 * static_cast<std::uint64_t>(below) + tied;
    }
  } else {
    std::sort(rel.begin(), rel.end());
    for (const float v : neg) {
      const auto lo = std::lower_bound(rel.begin(), rel.end(), v);
      const auto hi = std::upper_bound(lo, rel.end(), v);
      twiceU += 2 * static_cast<std::uint64_t>(rel.end() - hi) + static_cast<std::uint64_t>(hi - lo);
    }
  }
  const double r = static_cast<double>(nRel), negatives = static_cast<double>(n - nRel);
  return static_cast<double>(twiceU) / 2.0 / (r * negatives);
}

TableMetrics rankingMetricsFromTables(const std::vector<TruthRow>& truth, const std::vector<PredictionRow>& predictions,
                                      int k) {
  // Dense item ids for the per-user computation.
  std::map<std::int64_t, std::int32_t> itemIndex;
  for (const auto& t : truth) itemIndex.emplace(t.item, 0);
  for (const auto& p : predictions) itemIndex.emplace(p.item, 0);
  std::int32_t next = 0;
  for (auto& [id, idx] : itemIndex) idx = next++;
  std::map<std::int64_t, std::vector<std::int32_t>> relevant;
  for (const auto& t : truth) relevant[t.user].push_back(itemIndex[t.item]);
  std::map<std::int64_t, std::vector<std::pair<double, std::int32_t>>> predicted;
  for (const auto& p : predictions) predicted[p.user].emplace_back(p.score, itemIndex[p.item]);

  RankingMetrics metrics({k});
  std::vector<double> values(metrics.names().size());
  TableMetrics sum;
  for (auto& [user, rel] : relevant) {
    auto it = predicted.find(user);
    if (it == predicted.end()) continue;
    std::sort(rel.begin(), rel.end());
    rel.erase(std::unique(rel.begin(), rel.end()), rel.end());
    auto& pred = it->second;
    std::sort(pred.begin(), pred.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<std::int32_t> ranked;
    for (const auto& [score, item] : pred) ranked.push_back(item);
    metrics.compute(ranked, rel, values);
    sum.precision += values[0];
    sum.recall += values[1];
    sum.ndcg += values[2];
    sum.mapAtK += values[3];
    sum.mrr += values[4];
    sum.hitRate += values[5];
    sum.map += values[6];
    ++sum.users;
  }
  if (sum.users > 0) {
    const double n = static_cast<double>(sum.users);
    sum.precision /= n;
    sum.recall /= n;
    sum.ndcg /= n;
    sum.map /= n;
    sum.mapAtK /= n;
    sum.mrr /= n;
    sum.hitRate /= n;
  }
  return sum;
}

}  // namespace reco

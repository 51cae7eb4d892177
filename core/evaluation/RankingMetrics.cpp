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
                           std::vector<std::uint32_t>& order) {
  const std::size_t n = scores.size();
  std::size_t nRel = 0;
  for (std::size_t i = 0; i < n; ++i) nRel += relevant[i] ? 1 : 0;
  if (nRel == 0 || nRel == n) return std::numeric_limits<double>::quiet_NaN();
  order.resize(n);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return scores[a] < scores[b]; });
  // Mann-Whitney U from mid-ranks: AUC = (sum of relevant mid-ranks - nRel (nRel + 1) / 2) / (nRel * nNeg).
  double rankSum = 0;
  for (std::size_t b = 0; b < n;) {
    std::size_t e = b;
    std::size_t relInTie = 0;
    while (e < n && scores[order[e]] == scores[order[b]]) relInTie += relevant[order[e++]] ? 1 : 0;
    const double midRank = (static_cast<double>(b + 1) + static_cast<double>(e)) / 2.0;
    rankSum += midRank * static_cast<double>(relInTie);
    b = e;
  }
  const double r = static_cast<double>(nRel), neg = static_cast<double>(n - nRel);
  return (rankSum - r * (r + 1) / 2.0) / (r * neg);
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

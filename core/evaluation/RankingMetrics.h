// Per-user top-k ranking metrics at several cut-offs with Microsoft Recommenders' definitions (python_evaluation.py):
// binary relevance; precision = hits/k; recall = hits/|rel|; NDCG with IDCG over min(|rel|, k); MAP = sum of the
// precision at each hit in the top k divided by |rel| (their "MAP"), MAP@k = the same divided by min(|rel|, k);
// MRR@k = 1/rank of the first hit; hit@k = 1 if any hit. Also the per-user AUC over the full candidate list.
// docs/evaluation.md gives the formulas.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace reco {

class RankingMetrics {
 public:
  // ks: the cut-offs, each >= 1, no duplicates; the first is the primary cut-off (the one "map" uses).
  explicit RankingMetrics(std::vector<int> ks);

  const std::vector<int>& ks() const { return ks_; }
  int primaryK() const { return ks_.front(); }
  int maxK() const { return maxK_; }
  // "precision@k", "recall@k", "ndcg@k", "map@k", "mrr@k", "hit@k" for each k in order, then "map".
  const std::vector<std::string>& names() const { return names_; }

  // ranked: the user's recommendations, best first (only the first maxK() are read; shorter lists are fine);
  // relevant: the user's relevant held-out items, sorted ascending, unique, not empty.
  // out: one value per name, in names() order.
  void compute(std::span<const std::int32_t> ranked, std::span<const std::int32_t> relevant, std::span<double> out) const;

  // AUC of one user: the probability that a relevant candidate scores above a non-relevant one (ties count 1/2).
  // scores: every candidate's score; relevant: same length, nonzero for relevant candidates.
  // NaN when there is no relevant or no non-relevant candidate. `scratch` is scratch space. No sort of the candidates:
  // a pass over them per relevant item (up to 64 relevant), else a binary search per non-relevant one.
  static double auc(std::span<const float> scores, std::span<const char> relevant, std::vector<float>& scratch);

 private:
  std::vector<int> ks_;
  int maxK_ = 0;
  std::vector<std::string> names_;
  std::vector<double> discount_;  // 1 / log2(rank + 1) for rank 1..maxK
};

// Table form, as Microsoft Recommenders' functions take it: truth (user, item) rows and prediction
// (user, item, score) rows. Users present in both tables are averaged (their merge_ranking_true_pred); each user's
// predictions are ranked by score, descending (ties by item id).
struct TruthRow {
  std::int64_t user;
  std::int64_t item;
};
struct PredictionRow {
  std::int64_t user;
  std::int64_t item;
  double score;
};
struct TableMetrics {
  double precision = 0, recall = 0, ndcg = 0, map = 0, mapAtK = 0, mrr = 0, hitRate = 0;
  std::size_t users = 0;
};
TableMetrics rankingMetricsFromTables(const std::vector<TruthRow>& truth, const std::vector<PredictionRow>& predictions,
                                      int k);

}  // namespace reco

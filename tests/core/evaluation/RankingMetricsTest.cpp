// Ranking and exposure metrics on hand-computed examples, including Microsoft Recommenders' unit-test fixture.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "core/evaluation/ExposureMetrics.h"
#include "core/evaluation/RankingMetrics.h"

namespace reco {
namespace {

// Microsoft Recommenders, tests/unit/recommenders/evaluation/test_python_evaluation.py (rating_true / rating_pred).
TEST(RankingMetrics, MatchesMicrosoftRecommendersFixture) {
  std::vector<TruthRow> truth = {{1, 3},  {2, 1},  {2, 4},  {2, 5},  {2, 6},  {2, 7},  {3, 2},  {3, 5},  {3, 6},
                                 {3, 8},  {3, 9},  {3, 10}, {3, 11}, {3, 12}, {3, 13}, {3, 14}, {1, 1},  {1, 2}};
  std::vector<PredictionRow> pred = {{1, 12, 12}, {2, 10, 14}, {2, 3, 13},  {2, 5, 12},  {2, 11, 11}, {2, 13, 10},
                                     {3, 4, 14},  {3, 10, 13}, {3, 7, 12},  {3, 13, 11}, {3, 1, 10},  {3, 3, 9},
                                     {3, 5, 8},   {3, 2, 7},   {3, 11, 6},  {3, 14, 5},  {1, 3, 14},  {1, 10, 13}};
  auto m = rankingMetricsFromTables(truth, pred, 10);
  EXPECT_EQ(m.users, 3u);
  EXPECT_NEAR(m.precision, 0.26666, 1e-4);
  EXPECT_NEAR(m.recall, 0.37777, 1e-4);
  EXPECT_NEAR(m.ndcg, 0.38172, 1e-4);
  EXPECT_NEAR(m.map, 0.23613, 1e-4);
  // MAP@k divides by min(|rel|, k): user 3 has 10 relevant items, so only users 1 and 2 change (3 and 5 relevant
  // are both < 10) -> the same value here.
  EXPECT_NEAR(m.mapAtK, 0.23613, 1e-4);
  // Hit rate: every user has a hit. MRR: user 1 ranks item 3 first (1), user 2 item 5 third (1/3), user 3 item 10
  // second (1/2).
  EXPECT_NEAR(m.hitRate, 1.0, 1e-12);
  EXPECT_NEAR(m.mrr, (1.0 + 1.0 / 3 + 0.5) / 3, 1e-12);
}

TEST(RankingMetrics, FixtureAtSmallerKAndUsersMissingFromPredictions) {
  // At k = 3 only the first three predictions count; user 4 has truth but no predictions and is not averaged.
  std::vector<TruthRow> truth = {{1, 1}, {1, 2}, {4, 7}};
  std::vector<PredictionRow> pred = {{1, 5, 3}, {1, 1, 2}, {1, 9, 1}, {1, 2, 0.5}};
  auto m = rankingMetricsFromTables(truth, pred, 3);
  EXPECT_EQ(m.users, 1u);
  EXPECT_NEAR(m.precision, 1.0 / 3, 1e-12);
  EXPECT_NEAR(m.recall, 0.5, 1e-12);
  EXPECT_NEAR(m.ndcg, (1 / std::log2(3.0)) / (1 + 1 / std::log2(3.0)), 1e-12);
  EXPECT_NEAR(m.map, 0.5 / 2, 1e-12);  // precision at the hit (rank 2) = 1/2, over |rel| = 2
}

TEST(RankingMetrics, HandComputedSingleUserAtSeveralK) {
  RankingMetrics metrics({2, 4});
  ASSERT_EQ(metrics.names().size(), 13u);
  EXPECT_EQ(metrics.names()[0], "precision@2");
  EXPECT_EQ(metrics.names()[6], "precision@4");
  EXPECT_EQ(metrics.names()[12], "map");
  // Ranked a=0, b=1, c=2, d=3; relevant {1, 3, 4} (item 4 is never ranked).
  std::vector<std::int32_t> ranked = {0, 1, 2, 3};
  std::vector<std::int32_t> relevant = {1, 3, 4};
  std::vector<double> v(metrics.names().size());
  metrics.compute(ranked, relevant, v);
  const double d2 = 1 / std::log2(3.0), d4 = 1 / std::log2(5.0), d3 = 1 / std::log2(4.0);
  // k = 2: one hit at rank 2.
  EXPECT_NEAR(v[0], 0.5, 1e-12);
  EXPECT_NEAR(v[1], 1.0 / 3, 1e-12);
  EXPECT_NEAR(v[2], d2 / (1 + d2), 1e-12);
  EXPECT_NEAR(v[3], 0.5 / 2, 1e-12);  // AP sum 1/2 over min(3, 2)
  EXPECT_NEAR(v[4], 0.5, 1e-12);
  EXPECT_NEAR(v[5], 1.0, 1e-12);
  // k = 4: hits at ranks 2 and 4.
  EXPECT_NEAR(v[6], 0.5, 1e-12);
  EXPECT_NEAR(v[7], 2.0 / 3, 1e-12);
  EXPECT_NEAR(v[8], (d2 + d4) / (1 + d2 + d3), 1e-12);
  EXPECT_NEAR(v[9], (0.5 + 0.5) / 3, 1e-12);
  EXPECT_NEAR(v[10], 0.5, 1e-12);
  EXPECT_NEAR(v[11], 1.0, 1e-12);
  // map (Microsoft's definition) at the primary k = 2: AP sum 1/2 over |rel| = 3.
  EXPECT_NEAR(v[12], 0.5 / 3, 1e-12);
}

TEST(RankingMetrics, NoHitsAndShortLists) {
  RankingMetrics metrics({5});
  std::vector<double> v(metrics.names().size());
  std::vector<std::int32_t> ranked = {7, 8};  // fewer candidates than k
  std::vector<std::int32_t> relevant = {1};
  metrics.compute(ranked, relevant, v);
  for (double x : v) EXPECT_EQ(x, 0.0);
  ranked = {1, 8};
  metrics.compute(ranked, relevant, v);
  EXPECT_NEAR(v[0], 1.0 / 5, 1e-12);  // precision divides by k even when the list is shorter
  EXPECT_NEAR(v[1], 1.0, 1e-12);
  EXPECT_NEAR(v[2], 1.0, 1e-12);
}

TEST(RankingMetrics, RejectsBadCutoffsAndEmptyRelevance) {
  EXPECT_THROW(RankingMetrics({}), std::invalid_argument);
  EXPECT_THROW(RankingMetrics({0}), std::invalid_argument);
  EXPECT_THROW(RankingMetrics({10, 10}), std::invalid_argument);
  RankingMetrics metrics({3});
  std::vector<double> v(metrics.names().size());
  std::vector<std::int32_t> ranked = {1}, none;
  EXPECT_THROW(metrics.compute(ranked, none, v), std::invalid_argument);
}

TEST(RankingMetrics, AucCountsOrderedPairsAndHalvesTies) {
  std::vector<float> scratch;
  std::vector<float> s = {0.9f, 0.8f, 0.7f, 0.6f};
  std::vector<char> r = {1, 0, 1, 0};
  EXPECT_NEAR(RankingMetrics::auc(s, r, scratch), 3.0 / 4, 1e-12);
  s = {1, 1, 0};
  r = {1, 0, 0};
  EXPECT_NEAR(RankingMetrics::auc(s, r, scratch), 1.5 / 2, 1e-12);
  s = {0.1f, 0.2f, 0.3f};
  r = {1, 0, 0};
  EXPECT_NEAR(RankingMetrics::auc(s, r, scratch), 0.0, 1e-12);
  r = {1, 1, 1};
  EXPECT_TRUE(std::isnan(RankingMetrics::auc(s, r, scratch)));
}

TEST(RankingMetrics, AucEqualsThePairCountOnRandomScoresWithTies) {
  std::mt19937 gen(17);
  std::uniform_int_distribution<int> level(0, 40);  // few distinct scores: many ties, also across the two classes
  std::vector<float> scratch;
  for (int trial = 0; trial < 20; ++trial) {
    // Even trials: a few relevant candidates (one pass per relevant item); odd: hundreds (binary searches).
    std::bernoulli_distribution isRelevant(trial % 2 == 0 ? 0.05 : 0.4);
    const std::size_t n = 200 + static_cast<std::size_t>(trial) * 37;
    std::vector<float> s(n);
    std::vector<char> r(n);
    for (std::size_t i = 0; i < n; ++i) {
      s[i] = static_cast<float>(level(gen)) / 8.0f;
      r[i] = isRelevant(gen) ? 1 : 0;
    }
    r[0] = 1;
    r[1] = 0;
    double pairs = 0, wins = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!r[i]) continue;
      for (std::size_t j = 0; j < n; ++j) {
        if (r[j]) continue;
        pairs += 1;
        wins += s[i] > s[j] ? 1.0 : (s[i] == s[j] ? 0.5 : 0.0);
      }
    }
    EXPECT_DOUBLE_EQ(RankingMetrics::auc(s, r, scratch), wins / pairs) << "trial " << trial;
  }
}

TEST(ExposureMetrics, CoverageGiniAndSelfInformation) {
  std::vector<double> equal = {3, 3, 3, 3};
  EXPECT_NEAR(catalogueCoverage(equal), 1.0, 1e-12);
  EXPECT_NEAR(giniIndex(equal), 0.0, 1e-12);
  std::vector<double> one = {0, 0, 0, 8};
  EXPECT_NEAR(catalogueCoverage(one), 0.25, 1e-12);
  EXPECT_NEAR(giniIndex(one), 0.75, 1e-12);  // (n - 1) / n for all exposure on one of n items
  // x = 1, 2, 3, 4 sorted: sum (2i - 5) x_i = -3 - 2 + 3 + 12 = 10; G = 10 / (4 * 10) = 0.25.
  std::vector<double> ramp = {4, 1, 3, 2};
  EXPECT_NEAR(giniIndex(ramp), 0.25, 1e-12);
  std::vector<double> none = {0, 0};
  EXPECT_EQ(giniIndex(none), 0.0);
  EXPECT_EQ(catalogueCoverage(none), 0.0);
  EXPECT_NEAR(selfInformation(25, 100), 2.0, 1e-12);
  EXPECT_NEAR(selfInformation(100, 100), 0.0, 1e-12);
  EXPECT_THROW(selfInformation(0, 100), std::invalid_argument);
}

}  // namespace
}  // namespace reco

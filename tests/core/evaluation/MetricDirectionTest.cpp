// The direction of each metric the evaluation and the curation impact report: accuracy, coverage and novelty up,
// Gini of exposure and average popularity down, with or without a cut-off; the sign of an improvement follows it.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/evaluation/MetricDirection.h"

using reco::MetricDirection;

TEST(MetricDirection, EveryReportedMetricHasItsDirection) {
  for (const char* up : {"precision@10", "recall@5", "ndcg@10", "map@10", "mrr@20", "hit@10", "map", "auc", "coverage",
                         "novelty", "coverage@10"})
    EXPECT_EQ(reco::metricDirection(up), MetricDirection::HigherIsBetter) << up;
  for (const char* down : {"gini", "avgpop", "gini@10", "avgpop@20"})
    EXPECT_EQ(reco::metricDirection(down), MetricDirection::LowerIsBetter) << down;
  EXPECT_TRUE(reco::higherIsBetter("some_new_metric"));
  EXPECT_FALSE(reco::higherIsBetter("avgpop"));
}

TEST(MetricDirection, ImprovementSignFollowsTheDirection) {
  EXPECT_EQ(reco::improvementSign("ndcg@10", 0.02), 1);
  EXPECT_EQ(reco::improvementSign("ndcg@10", -0.02), -1);
  EXPECT_EQ(reco::improvementSign("avgpop", -12.5), 1);  // a lower average popularity is better
  EXPECT_EQ(reco::improvementSign("avgpop", 12.5), -1);
  EXPECT_EQ(reco::improvementSign("gini", -0.1), 1);
  EXPECT_EQ(reco::improvementSign("coverage", 0.0), 0);
  EXPECT_EQ(reco::improvementSign("coverage", std::nan("")), 0);
}

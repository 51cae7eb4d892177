// Every registered algorithm evaluated through the runner (the integration the CLI relies on): metrics in range,
// identical numbers on a re-run, and collaborative models ahead of popularity on data with planted taste groups.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/evaluation/EvaluationRunner.h"
#include "core/base/Random.h"
#include "core/models/Recommender.h"

namespace reco {
namespace {

// 200 users in 4 taste groups; each group mostly consumes its own quarter of 120 items, plus a few popular ones.
InteractionList plantedGroups() {
  SeededRandom rng(99);
  InteractionList d;
  d.users = 200;
  d.items = 120;
  for (std::int32_t u = 0; u < d.users; ++u) {
    const int group = u % 4;
    std::set<std::int32_t> items;
    while (items.size() < 14) items.insert(group * 30 + static_cast<std::int32_t>(rng.below(30)));
    while (items.size() < 18) items.insert(static_cast<std::int32_t>(rng.below(120)));
    for (auto i : items) d.interactions.push_back({u, i, 1.0f, std::nanf(""), static_cast<std::int64_t>(rng.below(1000))});
  }
  d.normalize();
  return d;
}

ModelParams smallParams(const std::string& algorithm) {
  if (algorithm == "ials") return {{"factors", 8}, {"iterations", 4}, {"threads", 1}};
  if (algorithm == "bpr") return {{"factors", 8}, {"epochs", 20}, {"threads", 1}};
  if (algorithm == "itemknn") return {{"neighbours", 20}, {"threads", 1}};
  if (algorithm == "ease") return {{"lambda", 50}, {"threads", 1}};
  return {};
}

TEST(RealModelsEvaluation, EveryAlgorithmRunsDeterministicallyThroughTheRunner) {
  const auto data = plantedGroups();
  EvaluationConfig config;
  config.split = SplitSpec::parse("stratified-user:0.8");
  config.seed = 3;
  config.ks = {10};
  config.bootstrapReplicates = 50;
  for (const auto& info : algorithmInfos()) config.models.push_back({info.name, smallParams(info.name), ""});
  EvaluationRunner runner([](const std::string& a) { return createRecommender(a); });
  auto a = runner.run(data, config);
  auto b = runner.run(data, config);
  ASSERT_EQ(a.models.size(), algorithmInfos().size());
  double popularNdcg = 0, bestNdcg = 0;
  for (std::size_t m = 0; m < a.models.size(); ++m) {
    const auto& me = a.models[m];
    for (const auto& name : a.metricNames) {
      const double v = me.metrics.at(name).value;
      ASSERT_TRUE(std::isfinite(v)) << me.model.label << " " << name;
      if (name != "novelty" && name != "avgpop") {
        EXPECT_GE(v, 0.0) << me.model.label << " " << name;
        EXPECT_LE(v, 1.0) << me.model.label << " " << name;
      }
      EXPECT_EQ(v, b.models[m].metrics.at(name).value) << me.model.label << " " << name << " differs on a re-run";
    }
    const double ndcg = me.metrics.at("ndcg@10").value;
    if (me.model.algorithm == "popular")
      popularNdcg = ndcg;
    else
      bestNdcg = std::max(bestNdcg, ndcg);
  }
  EXPECT_GT(popularNdcg, 0.0);
  EXPECT_GT(bestNdcg, popularNdcg + 0.05);
}

}  // namespace
}  // namespace reco

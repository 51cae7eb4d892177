// The evaluation report JSON in both directions: a real run written, read back and written again is identical,
// and bad input is rejected with the field's path and the reason.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>
#include <string>

#include "core/evaluation/EvaluationJson.h"
#include "core/evaluation/EvaluationRunner.h"
#include "core/models/Recommender.h"

namespace reco {
namespace {

// 40 users x 30 items; user u interacts with items u % 7 .. u % 7 + 9, every third user also with the first items.
InteractionList smallData() {
  InteractionList d;
  d.users = 40;
  d.items = 30;
  for (std::int32_t u = 0; u < d.users; ++u) {
    for (std::int32_t i = u % 7; i < u % 7 + 10; ++i) d.interactions.push_back({u, i, 1.0f, NAN, 1000 + u * 50 + i});
    if (u % 3 == 0)
      for (std::int32_t i = 20; i < 23; ++i) d.interactions.push_back({u, i, 1.0f, NAN, 5000 + i});
  }
  d.normalize();
  return d;
}

EvaluationResult smallRun() {
  EvaluationConfig config;
  config.seeds = 2;
  config.ks = {5, 3};
  config.relevantThreshold = 0.5;
  config.bootstrapReplicates = 50;
  config.models = {{"popular", {}, ""}, {"itemknn", {{"neighbours", 5}}, "knn5"}};
  EvaluationRunner runner([](const std::string& a) { return createRecommender(a); });
  std::vector<std::string> labels;
  for (int u = 0; u < 40; ++u) labels.push_back(u % 2 ? "odd" : "even");
  runner.setUserSegments("parity", labels);
  return runner.run(smallData(), config);
}

std::string readError(const nlohmann::json& j) {
  try {
    readEvaluationReport(j);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(EvaluationJson, WriteReadWriteIsIdentical) {
  const EvaluationResult result = smallRun();
  const nlohmann::json written = evaluationToJson(result);
  ASSERT_EQ(written["models"].size(), 2u);
  ASSERT_FALSE(written["comparisons"].empty());
  ASSERT_FALSE(written["models"][0]["segments"].empty());
  // Through text, as the run store keeps it.
  const EvaluationReport report = readEvaluationReport(nlohmann::json::parse(written.dump()));
  EXPECT_EQ(evaluationReportToJson(report).dump(), written.dump());
  EXPECT_EQ(evaluationReportToJson(evaluationReport(result)).dump(), written.dump());

  // The values read are the run's.
  EXPECT_EQ(report.split, result.config.split.toString());
  EXPECT_EQ(report.ks, (std::vector<int>{5, 3}));
  EXPECT_EQ(report.relevantThreshold, std::optional<double>(0.5));
  EXPECT_EQ(report.repetitions, result.repetitions);
  ASSERT_EQ(report.models.size(), 2u);
  EXPECT_EQ(report.models[1].label, "knn5");
  EXPECT_EQ(report.models[1].params.at("neighbours"), 5);
  const MetricEstimate& ndcg = result.models[1].metrics.at("ndcg@5");
  EXPECT_EQ(report.models[1].metrics.at("ndcg@5").value, ndcg.value);
  EXPECT_EQ(report.models[1].metrics.at("ndcg@5").low, ndcg.low);
  EXPECT_EQ(report.models[1].metrics.size(), result.metricNames.size());
  EXPECT_EQ(report.models[0].segments.size(), result.models[0].segments.size());
  EXPECT_EQ(report.comparisons.size(), result.comparisons.size());
  EXPECT_EQ(report.comparisons[0].a, "popular");
  EXPECT_EQ(report.comparisons[0].b, "knn5");
}

TEST(EvaluationJson, MissingNumbersReadAsNaNAndWriteAsNull) {
  nlohmann::json j = evaluationToJson(smallRun());
  j["models"][0]["ndcg@5"]["ci"] = {nullptr, nullptr};
  j["models"][0]["segments"][0]["metrics"]["map"] = nullptr;
  j["relevant_threshold"] = nullptr;
  const EvaluationReport report = readEvaluationReport(j);
  EXPECT_TRUE(std::isnan(report.models[0].metrics.at("ndcg@5").low));
  EXPECT_TRUE(std::isnan(report.models[0].segments[0].metrics.at("map")));
  EXPECT_FALSE(report.relevantThreshold);
  EXPECT_EQ(evaluationReportToJson(report).dump(), j.dump());
}

TEST(EvaluationJson, BadInputNamesTheField) {
  const nlohmann::json good = evaluationToJson(smallRun());
  EXPECT_EQ(readError(nlohmann::json::array()), "evaluation report: (top level): expected an object, got array");
  nlohmann::json j = good;
  j.erase("split");
  EXPECT_EQ(readError(j), "evaluation report: split: missing");
  j = good;
  j["k"] = {5, "ten"};
  EXPECT_EQ(readError(j), "evaluation report: k[1]: expected a whole number, got \"ten\"");
  j = good;
  j["models"][1]["ndcg@5"]["ci"] = {0.1};
  EXPECT_EQ(readError(j), "evaluation report: models[1].ndcg@5.ci: expected [low, high]");
  j = good;
  j["models"][0]["segments"][1]["users"] = "many";
  EXPECT_EQ(readError(j), "evaluation report: models[0].segments[1].users: expected a number or null, got string");
  j = good;
  j["models"][0].erase("algorithm");
  EXPECT_EQ(readError(j), "evaluation report: models[0].algorithm: missing");
  j = good;
  j["comparisons"][2]["wilcoxon_exact"] = 1;
  EXPECT_EQ(readError(j), "evaluation report: comparisons[2].wilcoxon_exact: expected true or false");
  j = good;
  j["seed"] = -1;
  EXPECT_EQ(readError(j), "evaluation report: seed: expected a whole number >= 0, got -1");
  // Members that are not part of the report (the CLI adds run_id and data_fingerprint) are ignored.
  j = good;
  j["run_id"] = 3;
  EXPECT_EQ(evaluationReportToJson(readEvaluationReport(j)).dump(), good.dump());
}

}  // namespace
}  // namespace reco

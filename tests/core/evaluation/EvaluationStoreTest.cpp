// Loading interactions and user attributes from a project, and storing evaluation runs and tuning trials in it.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

#include "core/evaluation/EvaluationStore.h"
#include "core/evaluation/InteractionList.h"
#include "tests/common/TempDir.h"

namespace reco {
namespace {

namespace fs = std::filesystem;

class ProjectFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = std::make_unique<Project>(Project::create((dir_.path / "p.reco").string()));
    auto& db = project_->db();
    db.exec(
        "INSERT INTO users(id, ext_id, device) VALUES (10,'u10','mobile'),(20,'u20','desktop'),(30,'u30',NULL);"
        "INSERT INTO user_attributes(user_id, key, value) VALUES (10,'plan','gold'),(30,'plan','free');"
        "INSERT INTO items(id, ext_id) VALUES (5,'a'),(6,'b'),(7,'c');"
        // user 10: click + purchase of item 5 (merged), rating 4 of item 6; an impression (ignored).
        "INSERT INTO events(user_id, item_id, type, ts, value) VALUES"
        " (10,5,1,100,NULL),(10,5,3,200,NULL),(10,6,4,150,4.0),(10,7,0,160,NULL),"
        " (20,7,4,300,2.0),(20,7,4,310,5.0),(30,6,1,50,NULL);");
  }
  void TearDown() override {
    project_.reset();
  }
  reco_test::TempDir dir_{"reco_eval_store_"};  // outlives project_ (declared first)
  std::unique_ptr<Project> project_;
};

TEST_F(ProjectFixture, LoadsInteractionsMergingDuplicatesAndSkippingImpressions) {
  auto list = loadInteractions(*project_);
  EXPECT_EQ(list.users, 3);
  EXPECT_EQ(list.items, 3);
  EXPECT_EQ(list.userIds, (std::vector<std::int64_t>{10, 20, 30}));
  EXPECT_EQ(list.itemIds, (std::vector<std::int64_t>{5, 6, 7}));
  ASSERT_EQ(list.interactions.size(), 4u);  // (10,5), (10,6), (20,7), (30,6)
  for (const auto& x : list.interactions) EXPECT_EQ(x.weight, 1.0f);
  const auto& merged = list.interactions[0].item == 0 ? list.interactions[0] : list.interactions[1];
  EXPECT_EQ(merged.timestamp, 200);
  EXPECT_EQ(list.interactions[2].user, 1);
  EXPECT_EQ(list.interactions[2].rating, 5.0f);  // the maximum of the two ratings
  InteractionLoadOptions weighted;
  weighted.binary = false;
  auto w = loadInteractions(*project_, weighted);
  for (const auto& x : w.interactions) {
    if (x.user == 0 && x.item == 0) {
      EXPECT_EQ(x.weight, 5.0f);  // click 1 + purchase 4
    }
  }
}

TEST_F(ProjectFixture, LoadsUserAttributesFromColumnsAndKeyValues) {
  auto list = loadInteractions(*project_);
  EXPECT_EQ(loadUserAttribute(*project_, list, "device"), (std::vector<std::string>{"mobile", "desktop", ""}));
  EXPECT_EQ(loadUserAttribute(*project_, list, "plan"), (std::vector<std::string>{"gold", "", "free"}));
  try {
    loadUserAttribute(*project_, list, "shoe_size");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("plan"), std::string::npos) << e.what();
  }
}

TEST_F(ProjectFixture, StoresListsAndDeletesRuns) {
  EvaluationResult r;
  r.config.split = SplitSpec::parse("stratified-item:0.75");
  r.config.seed = 7;
  r.config.seeds = 5;
  r.metricNames = r.userMetricNames = {"ndcg@10"};
  ModelEvaluation m;
  m.model = {"bpr", {{"factors", 64}}, "bpr"};
  m.metrics["ndcg@10"] = {0.48, 0.46, 0.50};
  m.fitSeconds = 1.5;
  r.models.push_back(m);
  r.seconds = 3;
  EvaluationStore store(*project_);
  auto id = store.saveEvaluation(r, {{"binary", true}});
  auto runs = store.list();
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].id, id);
  EXPECT_EQ(runs[0].kind, "evaluate");
  EXPECT_EQ(runs[0].splitSpec, "stratified-item:0.75");
  EXPECT_EQ(runs[0].seed, 7u);
  EXPECT_EQ(runs[0].seeds, 5);
  EXPECT_EQ(runs[0].dataFingerprint, project_->dataFingerprint());
  EXPECT_EQ(runs[0].models[0]["params"]["factors"], 64);
  EXPECT_DOUBLE_EQ(runs[0].metrics["models"][0]["ndcg@10"]["value"].get<double>(), 0.48);
  EXPECT_DOUBLE_EQ(runs[0].metrics["models"][0]["ndcg@10"]["ci"][1].get<double>(), 0.50);
  EXPECT_EQ(runs[0].config["loading"]["binary"], true);

  TuningConfig tc;
  tc.algorithm = "bpr";
  tc.ranges = {ParamRange::parse("lr=0.001:0.1:log")};
  TuningResult tr;
  tr.search.trials = {{0, {{"lr", 0.01}}, 0.3, 1.0, ""}, {1, {{"lr", 0.1}}, std::nan(""), 0.5, "diverged"}};
  tr.search.best = 0;
  tr.bestParams = {{"lr", 0.01}};
  tr.test = r;
  auto tid = store.saveTuning(tc, tr);
  auto trials = store.trials(tid);
  ASSERT_EQ(trials.size(), 2u);
  EXPECT_EQ(trials[0].params.at("lr"), 0.01);
  EXPECT_EQ(trials[0].value.value(), 0.3);
  EXPECT_FALSE(trials[1].value.has_value());
  EXPECT_EQ(trials[1].error, "diverged");
  EXPECT_EQ(store.find(tid)->kind, "tune");
  EXPECT_EQ(store.list().size(), 2u);
  EXPECT_TRUE(store.remove(tid));
  EXPECT_TRUE(store.trials(tid).empty());
  EXPECT_FALSE(store.find(tid).has_value());
  EXPECT_FALSE(store.remove(tid));
}

}  // namespace
}  // namespace reco

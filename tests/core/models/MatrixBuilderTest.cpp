// The training matrix built from a project's events: weights per type, ratings, windows, filters, id mapping.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>

#include "ProjectFixture.h"
#include "core/data/MatrixBuilder.h"
#include "core/storage/EventType.h"

namespace reco {
namespace {

constexpr int kImp = 0, kClick = 1, kCart = 2, kBuy = 3, kRating = 4, kView = 5;
constexpr std::int64_t kDay = 86400, kT0 = 1700000000;

class MatrixBuilderTest : public test::ProjectFixture {
 protected:
  void SetUp() override {
    ProjectFixture::SetUp();
    for (int u : {10, 20, 30, 40}) addUser(u);
    for (int i : {100, 200, 300, 400}) addItem(i);
    addEvent(10, 100, kImp, kT0);
    addEvent(10, 100, kClick, kT0 + 1);
    addEvent(10, 100, kBuy, kT0 + 2);
    addEvent(10, 200, kImp, kT0 + 3);  // impression only: no signal
    addEvent(20, 200, kClick, kT0 + kDay);
    addEvent(20, 200, kClick, kT0 + kDay + 5);
    addEvent(20, 300, kCart, kT0 + kDay);
    addEvent(30, 300, kRating, kT0 + 10 * kDay, 5.0);
    addEvent(30, 100, kRating, kT0 + 10 * kDay, 2.0);
    addEvent(30, 400, kView, kT0 + 10 * kDay);
    // user 40 has only impressions
    addEvent(40, 400, kImp, kT0 + 10 * kDay);
  }
  static float at(const InteractionMatrix& m, std::int64_t userId, std::int64_t itemId) {
    for (std::int32_t u = 0; u < m.rows(); ++u) {
      if (m.userIds[static_cast<std::size_t>(u)] != userId) continue;
      auto idx = m.rowIndices(u);
      for (std::size_t e = 0; e < idx.size(); ++e)
        if (m.itemIds[static_cast<std::size_t>(idx[e])] == itemId) return m.rowValues(u)[e];
    }
    return 0.0f;
  }
};

TEST_F(MatrixBuilderTest, DefaultWeightsSumPerCellAndIgnoreImpressions) {
  MatrixBuilder builder;
  auto m = builder.build(project());
  EXPECT_EQ(m.userIds, (std::vector<std::int64_t>{10, 20, 30}));  // user 40 had only impressions
  EXPECT_EQ(m.itemIds, (std::vector<std::int64_t>{100, 200, 300, 400}));
  EXPECT_FLOAT_EQ(at(m, 10, 100), 1.0f + 4.0f);  // click + purchase
  EXPECT_FLOAT_EQ(at(m, 10, 200), 0.0f);
  EXPECT_FLOAT_EQ(at(m, 20, 200), 2.0f);          // two clicks
  EXPECT_FLOAT_EQ(at(m, 20, 300), 2.0f);          // add to cart
  EXPECT_FLOAT_EQ(at(m, 30, 300), 5.0f);          // rating 5 x weight 1
  EXPECT_FLOAT_EQ(at(m, 30, 100), 2.0f);
  EXPECT_FLOAT_EQ(at(m, 30, 400), 0.5f);          // view
  EXPECT_EQ(m.nnz(), 6);
  EXPECT_EQ(builder.stats().eventsRead, 8);
  EXPECT_EQ(builder.stats().eventsUsed, 8);
}

TEST_F(MatrixBuilderTest, CustomWeightsAndBinaryRatings) {
  MatrixSettings s;
  s.set("click", "0");
  s.set("weight.purchase", "10");
  s.set("rating", "binary");
  s.set("threshold", "4");
  MatrixBuilder builder(s);
  auto m = builder.build(project());
  EXPECT_FLOAT_EQ(at(m, 10, 100), 10.0f);
  EXPECT_FLOAT_EQ(at(m, 20, 200), 0.0f);
  EXPECT_FLOAT_EQ(at(m, 30, 300), 1.0f);  // 5 >= 4 -> weight 1
  EXPECT_FLOAT_EQ(at(m, 30, 100), 0.0f);  // 2 < 4 -> dropped
  s.set("max_weight", "3");
  auto capped = MatrixBuilder(s).build(project());
  EXPECT_FLOAT_EQ(at(capped, 10, 100), 3.0f);
}

TEST_F(MatrixBuilderTest, TimeWindowKeepsRecentEvents) {
  MatrixSettings s;
  s.windowDays = 2;  // newest event is at day 10: keeps days 8..10
  MatrixBuilder builder(s);
  auto m = builder.build(project());
  EXPECT_EQ(m.userIds, (std::vector<std::int64_t>{30}));
  EXPECT_EQ(builder.stats().windowTo, kT0 + 10 * kDay + 1);
  MatrixSettings explicitWindow;
  explicitWindow.fromTimestamp = kT0 + kDay;
  explicitWindow.toTimestamp = kT0 + 2 * kDay;
  auto m2 = MatrixBuilder(explicitWindow).build(project());
  EXPECT_EQ(m2.userIds, (std::vector<std::int64_t>{20}));
  EXPECT_FLOAT_EQ(at(m2, 20, 200), 2.0f);
}

TEST_F(MatrixBuilderTest, MinimumInteractionFiltersApplyUntilStable) {
  MatrixSettings s;
  s.minItemInteractions = 2;  // items with >= 2 users: 100 (users 10, 30), 300 (users 20, 30)
  s.minUserInteractions = 2;  // then users with >= 2 of those items: only 30 -> items fall to 1 user each -> empty
  MatrixBuilder builder(s);
  auto m = builder.build(project());
  EXPECT_EQ(m.rows(), 0);
  EXPECT_EQ(m.cols(), 0);
  s.minUserInteractions = 1;
  auto m2 = MatrixBuilder(s).build(project());
  EXPECT_EQ(m2.itemIds, (std::vector<std::int64_t>{100, 300}));
  EXPECT_EQ(m2.userIds, (std::vector<std::int64_t>{10, 20, 30}));
  EXPECT_EQ(m2.nnz(), 4);
}

TEST_F(MatrixBuilderTest, SettingsRoundTripThroughJsonAndRejectBadValues) {
  MatrixSettings s;
  s.set("purchase", "7");
  s.set("rating", "binary");
  s.set("window_days", "30");
  s.set("min_user", "3");
  auto back = MatrixSettings::fromJson(s.toJson());
  EXPECT_EQ(back.toJson(), s.toJson());
  EXPECT_FLOAT_EQ(back.typeWeights[static_cast<std::size_t>(EventType::Purchase)], 7.0f);
  EXPECT_THROW(s.set("nonsense", "1"), std::invalid_argument);
  EXPECT_THROW(s.set("click", "abc"), std::invalid_argument);
  EXPECT_THROW(s.set("click", "-1"), std::invalid_argument);
  EXPECT_THROW(s.set("rating", "maybe"), std::invalid_argument);
  EXPECT_THROW(MatrixSettings::fromJson(nlohmann::json{{"weights", {{"teleport", 1}}}}), std::invalid_argument);
  EXPECT_THROW(MatrixSettings::fromJson(nlohmann::json{{"min_user_interactions", "x"}}), std::invalid_argument);
}

TEST_F(MatrixBuilderTest, CancelStopsTheBuild) {
  project().db().exec(
      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 70000) "
      "INSERT INTO events(user_id, item_id, type, ts) SELECT 10 * (1 + x % 3), 100 * (1 + x % 4), 1, x FROM n");
  std::atomic<bool> cancel{true};
  EXPECT_THROW(MatrixBuilder().build(project(), {}, &cancel), MatrixBuildCancelled);
}

TEST(MatrixBuilderScale, CountsManyEventsAcrossBlocks) {
  const auto path = (std::filesystem::temp_directory_path() / "reco_models_builder_speed.reco").string();
  {
    auto project = Project::create(path, true);
    auto& db = project.db();
    Transaction tx(db);
    db.exec("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000) "
            "INSERT INTO users(id, ext_id) SELECT x, 'u' || x FROM n");
    db.exec("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5000) "
            "INSERT INTO items(id, ext_id) SELECT x, 'i' || x FROM n");
    db.exec("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200000) "
            "INSERT INTO events(user_id, item_id, type, ts) SELECT 1 + (x * 7919) % 20000, 1 + (x * 104729) % 5000, "
            "x % 4, 1700000000 + x FROM n");
    tx.commit();
    MatrixBuilder builder;
    auto m = builder.build(project);
    EXPECT_EQ(builder.stats().eventsRead, 150000);  // types 1..3; impressions (x % 4 == 0) carry no weight
    EXPECT_GT(m.nnz(), 0);
  }
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ec);
}

}  // namespace
}  // namespace reco

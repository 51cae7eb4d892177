// Trained models stored in the project: save, list, load by name with project ids, corrupt blobs, replace, delete.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "ProjectFixture.h"
#include "TestMatrices.h"
#include "core/data/MatrixBuilder.h"
#include "core/models/ModelStore.h"
#include "core/models/RecommenderBase.h"

namespace reco {
namespace {

class ModelStoreTest : public test::ProjectFixture {
 protected:
  TrainingRecord record(const InteractionMatrix& m) {
    TrainingRecord r;
    r.dataFingerprint = project().dataFingerprint();
    r.interactions = m.nnz();
    r.seconds = 0.5;
    r.loss = {2.0, 1.5, std::nan("")};
    r.matrixSettings.windowDays = 7;
    return r;
  }
};

TEST_F(ModelStoreTest, SavedModelsListAndLoadWithIdenticalRecommendations) {
  const auto m = test::plantedMatrix();
  auto ials = createRecommender("ials");
  ials->fit(m, {{"factors", 4}, {"iterations", 3}});
  auto knn = createRecommender("itemknn");
  knn->fit(m, {});
  ModelStore store(project());
  EXPECT_EQ(store.suggestName("ials"), "ials-1");
  const auto id = store.save("ials-1", *ials, record(m));
  EXPECT_GT(id, 0);
  store.save("knn", *knn, record(m));
  EXPECT_EQ(store.suggestName("ials"), "ials-2");

  auto all = store.list();
  ASSERT_EQ(all.size(), 2u);
  auto info = store.find("ials-1");
  ASSERT_TRUE(info);
  EXPECT_EQ(info->algorithm, "ials");
  EXPECT_EQ(info->params.at("factors"), 4);
  EXPECT_EQ(info->params.at("alpha"), 7);  // defaults are stored resolved
  EXPECT_EQ(info->users, 62);
  EXPECT_EQ(info->items, 32);
  EXPECT_EQ(info->interactions, m.nnz());
  EXPECT_EQ(info->dataFingerprint, project().dataFingerprint());
  EXPECT_EQ(nlohmann::json::parse(info->matrixSettingsJson).at("window_days"), 7);
  ASSERT_EQ(info->loss.size(), 3u);
  EXPECT_DOUBLE_EQ(info->loss[1], 1.5);
  EXPECT_TRUE(std::isnan(info->loss[2]));
  EXPECT_GT(info->blobBytes, 0);

  auto loaded = store.load("ials-1");
  EXPECT_EQ(loaded->info().name, "ials");
  EXPECT_EQ(loaded->userIds(), m.userIds);
  EXPECT_EQ(loaded->itemIds(), m.itemIds);
  auto& base = dynamic_cast<RecommenderBase&>(*loaded);
  ASSERT_TRUE(base.userIndexOf(1005));
  EXPECT_EQ(*base.userIndexOf(1005), 5);
  EXPECT_FALSE(base.userIndexOf(42));
  EXPECT_EQ(*base.itemIndexOf(5003), 3);
  auto a = ials->recommend(5, 8).items;
  auto b = loaded->recommend(5, 8).items;
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].item, b[k].item);
    EXPECT_EQ(a[k].score, b[k].score);
  }
}

TEST_F(ModelStoreTest, NamesAreUniqueUnlessReplacing) {
  const auto m = test::plantedMatrix();
  auto pop = createRecommender("popular");
  pop->fit(m, {});
  ModelStore store(project());
  store.save("baseline", *pop, record(m));
  EXPECT_THROW(store.save("baseline", *pop, record(m)), std::invalid_argument);
  EXPECT_THROW(store.save("", *pop, record(m)), std::invalid_argument);
  auto ease = createRecommender("ease");
  ease->fit(m, {});
  store.save("baseline", *ease, record(m), true);
  EXPECT_EQ(store.find("baseline")->algorithm, "ease");
  EXPECT_EQ(store.list().size(), 1u);
  EXPECT_TRUE(store.remove("baseline"));
  EXPECT_FALSE(store.remove("baseline"));
  EXPECT_TRUE(store.list().empty());
}

TEST_F(ModelStoreTest, UnknownOrCorruptModelsGiveClearErrors) {
  const auto m = test::plantedMatrix();
  auto knn = createRecommender("itemknn");
  knn->fit(m, {});
  ModelStore store(project());
  store.save("knn", *knn, record(m));
  try {
    store.load("nope");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("knn"), std::string::npos) << e.what();  // lists what exists
  }
  project().db().exec("UPDATE models SET blob = substr(blob, 1, 40) || zeroblob(16) WHERE name = 'knn'");
  try {
    store.load("knn");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("'knn'"), std::string::npos) << e.what();
  }
  project().db().exec("UPDATE models SET blob = X'00010203' WHERE name = 'knn'");
  EXPECT_THROW(store.load("knn"), std::runtime_error);
}

TEST_F(ModelStoreTest, TrainsFromProjectEventsAndRecommendsByProjectIds) {
  for (int u = 1; u <= 6; ++u) addUser(u * 11);
  for (int i = 1; i <= 5; ++i) addItem(i * 100);
  int ts = 1700000000;
  for (int u = 1; u <= 6; ++u)
    for (int i = 1; i <= 5; ++i)
      if ((u + i) % 3 != 0) addEvent(u * 11, i * 100, 1, ts++);
  auto m = MatrixBuilder().build(project());
  auto model = createRecommender("itemknn");
  model->fit(m, {});
  ModelStore store(project());
  store.save("knn", *model, record(m));
  auto loaded = store.load("knn");
  auto& base = dynamic_cast<RecommenderBase&>(*loaded);
  auto u = base.userIndexOf(22);
  ASSERT_TRUE(u);
  for (const auto& r : loaded->recommend(*u, 3).items) {
    const auto itemId = loaded->itemIds()[static_cast<std::size_t>(r.item)];
    EXPECT_EQ((2 + itemId / 100) % 3, 0) << "user 22 already has item " << itemId;
  }
}

}  // namespace
}  // namespace reco

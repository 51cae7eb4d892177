// One contract, every algorithm: a typed suite run against popular, item-kNN, iALS (both solvers), BPR and EASE.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <set>
#include <thread>

#include "TestMatrices.h"
#include "core/models/RecommenderBase.h"

namespace reco {
namespace {

struct PopularCase {
  static constexpr const char* algo = "popular";
  static ModelParams params() { return {}; }
  static constexpr bool personalised = false;
  static constexpr bool iterative = false;
};
struct ItemKnnCase {
  static constexpr const char* algo = "itemknn";
  static ModelParams params() { return {{"neighbours", 20}, {"shrinkage", 1}, {"threads", 2}}; }
  static constexpr bool personalised = true;
  static constexpr bool iterative = false;
};
struct IalsCgCase {
  static constexpr const char* algo = "ials";
  static ModelParams params() {
    return {{"factors", 4}, {"iterations", 10}, {"alpha", 5}, {"regularization", 2}, {"threads", 2}};
  }
  static constexpr bool personalised = true;
  static constexpr bool iterative = true;
};
struct IalsExactCase {
  static constexpr const char* algo = "ials";
  static ModelParams params() {
    return {{"factors", 4}, {"iterations", 10}, {"alpha", 5}, {"regularization", 2}, {"solver", 0}, {"threads", 2}};
  }
  static constexpr bool personalised = true;
  static constexpr bool iterative = true;
};
struct BprCase {
  static constexpr const char* algo = "bpr";
  static ModelParams params() {
    return {{"factors", 8}, {"epochs", 200}, {"learning_rate", 0.05}, {"regularization", 0.05}, {"threads", 2}};
  }
  static constexpr bool personalised = true;
  static constexpr bool iterative = true;
};
struct EaseCase {
  static constexpr const char* algo = "ease";
  static ModelParams params() { return {{"lambda", 20}, {"threads", 2}}; }
  static constexpr bool personalised = true;
  static constexpr bool iterative = false;
};

template <class Case>
class RecommenderContract : public ::testing::Test {
 protected:
  std::unique_ptr<Recommender> fitted(const ModelParams& extra = {}) {
    auto model = createRecommender(Case::algo);
    ModelParams p = Case::params();
    for (const auto& [k, v] : extra) p[k] = v;
    model->fit(matrix, p);
    return model;
  }
  InteractionMatrix matrix = test::plantedMatrix();
};

using Cases = ::testing::Types<PopularCase, ItemKnnCase, IalsCgCase, IalsExactCase, BprCase, EaseCase>;
TYPED_TEST_SUITE(RecommenderContract, Cases);

TYPED_TEST(RecommenderContract, RecommendsNDistinctUnseenItemsBestFirst) {
  auto model = this->fitted();
  EXPECT_EQ(model->userCount(), 62);
  EXPECT_EQ(model->itemCount(), 32);
  for (std::int32_t u = 0; u < 60; ++u) {
    auto recs = model->recommend(u, 5);
    EXPECT_FALSE(recs.popularityFallback);
    ASSERT_EQ(recs.items.size(), 5u) << "user " << u;
    std::set<std::int32_t> distinct;
    for (std::size_t k = 0; k < recs.items.size(); ++k) {
      const auto& r = recs.items[k];
      EXPECT_TRUE(distinct.insert(r.item).second) << "duplicate item " << r.item;
      EXPECT_FALSE(this->matrix.contains(u, r.item)) << "seen item " << r.item << " recommended to " << u;
      EXPECT_TRUE(std::isfinite(r.score));
      if (k > 0) {
        EXPECT_GE(recs.items[k - 1].score, r.score);
      }
    }
  }
  // Without exclusion, seen items may come back; the list is still n distinct items.
  auto withSeen = model->recommend(0, 10, false);
  EXPECT_EQ(withSeen.items.size(), 10u);
}

TYPED_TEST(RecommenderContract, RecommendAllMatchesSingleUserRecommend) {
  auto model = this->fitted();
  auto all = model->recommendAll(5, true, 2);
  ASSERT_EQ(all.size(), 62u);
  for (std::int32_t u = 0; u < 62; ++u) {
    auto one = model->recommend(u, 5).items;
    ASSERT_EQ(all[static_cast<std::size_t>(u)].size(), one.size()) << "user " << u;
    for (std::size_t k = 0; k < one.size(); ++k)
      EXPECT_NEAR(all[static_cast<std::size_t>(u)][k].score, one[k].score, 1e-4f * (1 + std::fabs(one[k].score)));
  }
}

TYPED_TEST(RecommenderContract, BlockScoringMatchesUserByUserScoring) {
  auto model = this->fitted();
  const std::size_t items = static_cast<std::size_t>(model->itemCount());
  std::vector<float> one(items);
  // A block of users with history (scored together) and one with the cold user 61 (scored one by one).
  for (const std::vector<std::int32_t>& users : {std::vector<std::int32_t>{0, 7, 3, 20, 41, 59},
                                                  std::vector<std::int32_t>{2, 61, 5}}) {
    std::vector<float> block(users.size() * items);
    model->scoreItemsBlock(users, block);
    for (std::size_t r = 0; r < users.size(); ++r) {
      model->scoreItems(users[r], one);
      for (std::size_t i = 0; i < items; ++i)
        EXPECT_NEAR(block[r * items + i], one[i], 1e-4f * (1 + std::fabs(one[i]))) << "user " << users[r] << " item " << i;
    }
  }
  std::vector<float> wrong(items);
  const std::vector<std::int32_t> two = {0, 1};
  EXPECT_THROW(model->scoreItemsBlock(two, wrong), std::invalid_argument);
}

TYPED_TEST(RecommenderContract, DeterministicGivenSeedAndThreads) {
  auto a = this->fitted()->recommendAll(8, true, 2);
  auto b = this->fitted()->recommendAll(8, true, 1);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t u = 0; u < a.size(); ++u) {
    ASSERT_EQ(a[u].size(), b[u].size());
    for (std::size_t k = 0; k < a[u].size(); ++k) {
      EXPECT_EQ(a[u][k].item, b[u][k].item);
      EXPECT_EQ(a[u][k].score, b[u][k].score);
    }
  }
}

TYPED_TEST(RecommenderContract, CopesWithEmptyUsersAndItems) {
  auto model = this->fitted();
  auto cold = model->recommend(60, 5);
  EXPECT_TRUE(cold.popularityFallback);
  ASSERT_EQ(cold.items.size(), 5u);
  EXPECT_LT(cold.items[0].item, 10);  // the most popular community
  auto all = model->recommendAll(5, true, 2);
  ASSERT_EQ(all[61].size(), 5u);
  EXPECT_EQ(all[61][0].item, cold.items[0].item);
  std::vector<float> scores(32);
  model->scoreItems(61, scores);
  model->scoreItems(3, scores);
  for (float s : scores) EXPECT_TRUE(std::isfinite(s));
  for (std::int32_t item : {30, 31, 5}) {
    auto sim = model->similarItems(item, 4);
    EXPECT_LE(sim.size(), 4u);
    for (const auto& s : sim) {
      EXPECT_NE(s.item, item);
      EXPECT_TRUE(std::isfinite(s.score));
    }
  }
  // Items nobody has are never recommended by a personalised model's top of the list.
  if (TypeParam::personalised) {
    for (std::int32_t u = 0; u < 60; ++u)
      for (const auto& r : model->recommend(u, 3).items) EXPECT_LT(r.item, 30) << "empty item recommended to " << u;
  }
  EXPECT_THROW(model->recommend(-1, 5), std::out_of_range);
  EXPECT_THROW(model->similarItems(32, 5), std::out_of_range);
}

// A project user who had no interactions at training time (added later, or filtered out) is outside the model's
// matrix: recommend() by an index past userCount() and recommendForUserId() by an unknown id must both give the
// popularity fallback, flagged, never an error; also after save and load.
TYPED_TEST(RecommenderContract, ColdUsersOutsideTheMatrixGetTheFlaggedPopularityFallback) {
  auto fittedModel = this->fitted();
  auto loaded = loadRecommender(fittedModel->save());
  for (const Recommender* model : {fittedModel.get(), loaded.get()}) {
    const auto emptyRow = model->recommend(60, 6);  // user 60 is an empty row of the training matrix
    ASSERT_TRUE(emptyRow.popularityFallback);
    ASSERT_EQ(emptyRow.items.size(), 6u);
    const auto& pop = dynamic_cast<const RecommenderBase&>(*model).popularity();
    for (std::size_t k = 0; k < emptyRow.items.size(); ++k) {
      // Most popular first: community A (items 0..9, 40 users) before anything else.
      EXPECT_LT(emptyRow.items[k].item, 10);
      EXPECT_EQ(emptyRow.items[k].score, pop[static_cast<std::size_t>(emptyRow.items[k].item)]);
    }
    const Recommendations outside[] = {model->recommend(62, 6), model->recommend(1'000'000, 6),
                                       model->recommendForUserId(424242, 6),
                                       model->recommendForUserId(1000 + 60, 6)};
    for (const auto& recs : outside) {
      EXPECT_TRUE(recs.popularityFallback);
      ASSERT_EQ(recs.items.size(), emptyRow.items.size());
      for (std::size_t k = 0; k < recs.items.size(); ++k) {
        EXPECT_EQ(recs.items[k].item, emptyRow.items[k].item);
        EXPECT_EQ(recs.items[k].score, emptyRow.items[k].score);
      }
    }
    // The candidate filter still applies to the fallback.
    const auto filtered = model->recommendForUserId(424242, 4, true, [](std::int32_t i) { return i >= 10; });
    EXPECT_TRUE(filtered.popularityFallback);
    ASSERT_EQ(filtered.items.size(), 4u);
    for (const auto& r : filtered.items) EXPECT_GE(r.item, 10);
    // Known project users get their personal list, the same as by dense index.
    const auto known = model->recommendForUserId(1000 + 3, 5);
    const auto byIndex = model->recommend(3, 5);
    EXPECT_FALSE(known.popularityFallback);
    ASSERT_EQ(known.items.size(), byIndex.items.size());
    for (std::size_t k = 0; k < known.items.size(); ++k) EXPECT_EQ(known.items[k].item, byIndex.items[k].item);
    // Scores for an unseen user are the popularity; the user has no training items.
    std::vector<float> scores(32);
    model->scoreItems(62, scores);
    for (std::size_t i = 0; i < scores.size(); ++i) EXPECT_EQ(scores[i], pop[i]);
    const auto& base = dynamic_cast<const RecommenderBase&>(*model);
    EXPECT_TRUE(base.isColdUser(62));
    EXPECT_TRUE(base.seenItems(62).empty());
    EXPECT_THROW(model->recommend(-3, 5), std::out_of_range);
  }
}

TYPED_TEST(RecommenderContract, RanksThePlantedPatternFirst) {
  auto model = this->fitted();
  int checked = 0;
  for (std::int32_t u = 0; u < 60; ++u) {
    auto recs = model->recommend(u, 3).items;
    ASSERT_EQ(recs.size(), 3u);
    if (TypeParam::personalised) {
      // The first pick is from the user's own community, and nothing in the top 3 from the other one (the shared
      // noise items 20..29 may appear: they are genuinely co-consumed).
      const int own = u < 40 ? 0 : 10, other = u < 40 ? 10 : 0;
      EXPECT_TRUE(recs[0].item >= own && recs[0].item < own + 10) << "user " << u << " first got " << recs[0].item;
      for (const auto& r : recs)
        EXPECT_FALSE(r.item >= other && r.item < other + 10) << "user " << u << " got item " << r.item;
    } else {
      // Popularity: the first pick is the most popular unseen item.
      const auto& pop = dynamic_cast<const RecommenderBase&>(*model).popularity();
      float best = -1;
      for (std::int32_t i = 0; i < 32; ++i)
        if (!this->matrix.contains(u, i)) best = std::max(best, pop[static_cast<std::size_t>(i)]);
      EXPECT_EQ(pop[static_cast<std::size_t>(recs[0].item)], best);
    }
    ++checked;
  }
  EXPECT_EQ(checked, 60);
}

TYPED_TEST(RecommenderContract, CandidateFilterIsRespected) {
  auto model = this->fitted();
  auto recs = model->recommend(2, 4, true, [](std::int32_t i) { return i % 2 == 1; });
  ASSERT_FALSE(recs.items.empty());
  for (const auto& r : recs.items) EXPECT_EQ(r.item % 2, 1);
  auto coldRecs = model->recommend(60, 4, true, [](std::int32_t i) { return i >= 10; });
  EXPECT_TRUE(coldRecs.popularityFallback);
  for (const auto& r : coldRecs.items) EXPECT_GE(r.item, 10);
}

TYPED_TEST(RecommenderContract, StopsPromptlyOnCancel) {
  auto model = createRecommender(TypeParam::algo);
  std::atomic<bool> cancel{true};
  EXPECT_THROW(model->fit(this->matrix, TypeParam::params(), {}, &cancel), FitCancelled);
  EXPECT_THROW(model->recommend(0, 5), std::logic_error);  // a cancelled fit leaves no half-trained model
  if (TypeParam::iterative) {
    cancel = false;
    int calls = 0;
    auto stopAfterFirst = [&](const FitProgress& p) {
      ++calls;
      EXPECT_EQ(p.iteration, 1);
      cancel = true;
    };
    EXPECT_THROW(model->fit(this->matrix, TypeParam::params(), stopAfterFirst, &cancel), FitCancelled);
    EXPECT_EQ(calls, 1);
  }
}

TYPED_TEST(RecommenderContract, ReportsProgressPerIteration) {
  auto model = createRecommender(TypeParam::algo);
  std::vector<FitProgress> seen;
  model->fit(this->matrix, TypeParam::params(), [&](const FitProgress& p) { seen.push_back(p); });
  ASSERT_FALSE(seen.empty());
  for (std::size_t k = 0; k < seen.size(); ++k) {
    EXPECT_EQ(seen[k].iteration, static_cast<int>(k) + 1);
    EXPECT_EQ(seen[k].iterations, static_cast<int>(seen.size()));
    EXPECT_GE(seen[k].elapsedSeconds, 0);
  }
}

TYPED_TEST(RecommenderContract, RejectsUnknownAndOutOfRangeParameters) {
  auto model = createRecommender(TypeParam::algo);
  EXPECT_THROW(model->fit(this->matrix, {{"no_such_param", 1}}), std::invalid_argument);
  const auto& spec = model->info().params.front();
  EXPECT_THROW(model->fit(this->matrix, {{spec.name, spec.max + 1}}), std::invalid_argument);
}

TYPED_TEST(RecommenderContract, SaveAndLoadGiveIdenticalRecommendations) {
  auto model = this->fitted();
  const std::string blob = model->save();
  auto loaded = createRecommender(TypeParam::algo);
  loaded->load(blob);
  auto viaRegistry = loadRecommender(blob);
  EXPECT_EQ(viaRegistry->info().name, TypeParam::algo);
  EXPECT_EQ(loaded->userIds(), this->matrix.userIds);
  EXPECT_EQ(loaded->itemIds(), this->matrix.itemIds);
  EXPECT_EQ(loaded->params(), model->params());
  auto a = model->recommendAll(6, true, 2);
  auto b = loaded->recommendAll(6, true, 2);
  auto c = viaRegistry->recommendAll(6, true, 1);
  for (std::size_t u = 0; u < a.size(); ++u)
    for (std::size_t k = 0; k < a[u].size(); ++k) {
      EXPECT_EQ(a[u][k].item, b[u][k].item);
      EXPECT_EQ(a[u][k].score, b[u][k].score);
      EXPECT_EQ(a[u][k].item, c[u][k].item);
    }
  EXPECT_EQ(model->similarItems(3, 5).size(), loaded->similarItems(3, 5).size());
  EXPECT_EQ(loaded->save(), blob);
}

TYPED_TEST(RecommenderContract, RejectsCorruptOrForeignBlobs) {
  auto model = this->fitted();
  const std::string blob = model->save();
  auto target = createRecommender(TypeParam::algo);
  std::string flipped = blob;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x40);
  EXPECT_THROW(target->load(flipped), std::runtime_error);
  EXPECT_THROW(target->load(blob.substr(0, blob.size() - 3)), std::runtime_error);
  EXPECT_THROW(target->load(""), std::runtime_error);
  EXPECT_THROW(target->load("SQLite format 3\0 and then some bytes"), std::runtime_error);
  std::string badVersion = blob;
  badVersion[8] = 99;
  EXPECT_THROW(target->load(badVersion), std::runtime_error);
  EXPECT_THROW(loadRecommender(flipped), std::runtime_error);
  // A valid blob of another algorithm is refused by name.
  auto other = createRecommender(std::string(TypeParam::algo) == "popular" ? "itemknn" : "popular");
  other->fit(this->matrix, {});
  EXPECT_THROW(target->load(other->save()), std::runtime_error);
  // Garbage of every length must never crash.
  Rng rng(5);
  for (int len = 0; len < 200; len += 7) {
    std::string junk(static_cast<std::size_t>(len), '\0');
    for (auto& ch : junk) ch = static_cast<char>(rng.below(256));
    if (len >= 8) junk.replace(0, 8, blob.substr(0, 8));
    EXPECT_THROW(target->load(junk), std::runtime_error);
  }
}

}  // namespace
}  // namespace reco

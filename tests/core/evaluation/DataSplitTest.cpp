// Split properties: every interaction lands in exactly one side, ratios hold within rounding, results are
// reproducible from the seed, temporal and leave-last respect time, k-fold partitions, k-core filters.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "core/evaluation/DataSplit.h"
#include "core/base/Random.h"

namespace reco {
namespace {

// 60 users with 1..40 interactions over 80 items, skewed popularity, distinct timestamps per user.
InteractionList syntheticData(std::uint64_t seed = 5) {
  SeededRandom rng(seed);
  InteractionList d;
  d.users = 60;
  d.items = 80;
  for (std::int32_t u = 0; u < d.users; ++u) {
    const int n = 1 + static_cast<int>(rng.below(40));
    std::set<std::int32_t> items;
    while (static_cast<int>(items.size()) < n) {
      const double x = rng.uniform();
      items.insert(static_cast<std::int32_t>(x * x * d.items));
    }
    for (auto i : items) {
      Interaction x;
      x.user = u;
      x.item = i;
      x.rating = static_cast<float>(1 + rng.below(5));
      x.timestamp = 1'000'000 + static_cast<std::int64_t>(rng.below(1'000'000));
      d.interactions.push_back(x);
    }
  }
  d.normalize();
  return d;
}

using Key = std::tuple<std::int32_t, std::int32_t>;

std::set<Key> keys(const std::vector<Interaction>& v) {
  std::set<Key> s;
  for (const auto& x : v) s.insert({x.user, x.item});
  return s;
}

void expectPartition(const InteractionList& data, const DataSplit& split) {
  auto train = keys(split.train.interactions), test = keys(split.test);
  EXPECT_EQ(train.size(), split.train.interactions.size());
  EXPECT_EQ(test.size(), split.test.size());
  for (const auto& k : test) EXPECT_FALSE(train.count(k)) << "interaction in both train and test";
  EXPECT_EQ(train.size() + test.size(), data.interactions.size());
  auto all = keys(data.interactions);
  for (const auto& k : train) EXPECT_TRUE(all.count(k));
  for (const auto& k : test) EXPECT_TRUE(all.count(k));
}

std::map<std::int32_t, int> countBy(const std::vector<Interaction>& v, bool byItem) {
  std::map<std::int32_t, int> c;
  for (const auto& x : v) ++c[byItem ? x.item : x.user];
  return c;
}

TEST(DataSplit, StratifiedPerUserHoldsEachUsersRatio) {
  auto data = syntheticData();
  auto spec = SplitSpec::parse("stratified-user:0.75");
  auto split = splitInteractions(data, spec, 42);
  expectPartition(data, split);
  auto all = countBy(data.interactions, false), tr = countBy(split.train.interactions, false);
  for (auto [u, n] : all) EXPECT_EQ(tr[u], std::llround(0.75 * n)) << "user " << u;
}

TEST(DataSplit, StratifiedPerItemHoldsEachItemsRatio) {
  auto data = syntheticData();
  auto split = splitInteractions(data, SplitSpec::parse("stratified-item:0.75"), 42);
  expectPartition(data, split);
  auto all = countBy(data.interactions, true), tr = countBy(split.train.interactions, true);
  for (auto [i, n] : all) EXPECT_EQ(tr[i], std::llround(0.75 * n)) << "item " << i;
}

TEST(DataSplit, DeterministicBySeedAndDifferentAcrossSeeds) {
  auto data = syntheticData();
  for (const char* text : {"stratified-user:0.7", "stratified-item:0.8", "kfold:4"}) {
    auto spec = SplitSpec::parse(text);
    auto a = splitInteractions(data, spec, 7), b = splitInteractions(data, spec, 7), c = splitInteractions(data, spec, 8);
    EXPECT_EQ(keys(a.test), keys(b.test)) << text;
    EXPECT_NE(keys(a.test), keys(c.test)) << text;
  }
  // The input order does not matter either.
  auto shuffled = data;
  SeededRandom rng(3);
  rng.shuffle(shuffled.interactions);
  auto spec = SplitSpec::parse("stratified-user:0.75");
  EXPECT_EQ(keys(splitInteractions(data, spec, 9).test), keys(splitInteractions(shuffled, spec, 9).test));
}

TEST(DataSplit, TemporalByRatioAndByCutoff) {
  auto data = syntheticData();
  auto split = splitInteractions(data, SplitSpec::parse("temporal:0.8"), 1);
  expectPartition(data, split);
  EXPECT_EQ(split.train.interactions.size(), static_cast<std::size_t>(std::llround(0.8 * data.interactions.size())));
  std::int64_t lastTrain = 0, firstTest = INT64_MAX;
  for (const auto& x : split.train.interactions) lastTrain = std::max(lastTrain, x.timestamp);
  for (const auto& x : split.test) firstTest = std::min(firstTest, x.timestamp);
  EXPECT_LE(lastTrain, firstTest);

  auto byTime = splitInteractions(data, SplitSpec::parse("temporal:@1500000"), 1);
  expectPartition(data, byTime);
  for (const auto& x : byTime.train.interactions) EXPECT_LT(x.timestamp, 1500000);
  for (const auto& x : byTime.test) EXPECT_GE(x.timestamp, 1500000);
}

TEST(DataSplit, LeaveLastHoldsOutEachUsersLatest) {
  auto data = syntheticData();
  auto split = splitInteractions(data, SplitSpec::parse("leave-last:2"), 1);
  expectPartition(data, split);
  auto all = countBy(data.interactions, false), te = countBy(split.test, false);
  std::map<std::int32_t, std::int64_t> latestTrain;
  for (const auto& x : split.train.interactions) latestTrain[x.user] = std::max(latestTrain[x.user], x.timestamp);
  for (auto [u, n] : all) EXPECT_EQ(te[u], n > 2 ? 2 : 0) << "user " << u;
  for (const auto& x : split.test) EXPECT_GE(x.timestamp, latestTrain[x.user]);
}

TEST(DataSplit, KFoldPartitionsEveryUsersInteractions) {
  auto data = syntheticData();
  auto spec = SplitSpec::parse("kfold:5");
  std::set<Key> seen;
  std::map<std::int32_t, std::vector<int>> perUserFold;
  for (int f = 0; f < 5; ++f) {
    spec.fold = f;
    auto split = splitInteractions(data, spec, 11);
    expectPartition(data, split);
    for (const auto& k : keys(split.test)) EXPECT_TRUE(seen.insert(k).second) << "interaction in two test folds";
    auto c = countBy(split.test, false);
    for (std::int32_t u = 0; u < data.users; ++u) perUserFold[u].push_back(c[u]);
  }
  EXPECT_EQ(seen.size(), data.interactions.size());
  for (auto& [u, counts] : perUserFold) {
    auto [mn, mx] = std::minmax_element(counts.begin(), counts.end());
    EXPECT_LE(*mx - *mn, 1) << "user " << u;
  }
  spec.fold = 5;
  EXPECT_THROW(splitInteractions(data, spec, 1), std::invalid_argument);
}

TEST(DataSplit, KCoreLeavesOnlyDenseUsersAndItems) {
  auto data = syntheticData();
  auto core = applyKCore(data, 10, 5);
  ASSERT_FALSE(core.interactions.empty());
  EXPECT_LT(core.interactions.size(), data.interactions.size());
  for (auto [u, n] : countBy(core.interactions, false)) EXPECT_GE(n, 10);
  for (auto [i, n] : countBy(core.interactions, true)) EXPECT_GE(n, 5);
  auto split = splitInteractions(data, SplitSpec::parse("stratified-user:0.75,kcore=10/5"), 3);
  EXPECT_EQ(split.train.interactions.size() + split.test.size(), core.interactions.size());
}

TEST(DataSplit, TrainMatrixCarriesWeights) {
  auto data = syntheticData();
  auto split = splitInteractions(data, SplitSpec::parse("stratified-user:0.5"), 3);
  auto m = toMatrix(split.train);
  EXPECT_EQ(m.rows(), data.users);
  EXPECT_EQ(m.cols(), data.items);
  EXPECT_EQ(m.nnz(), static_cast<std::int64_t>(split.train.interactions.size()));
  for (const auto& x : split.test) EXPECT_FALSE(m.contains(x.user, x.item));
}

TEST(SplitSpec, ParsesAndPrintsEveryKind) {
  for (const char* text : {"stratified-user:0.75", "stratified-item:0.6", "temporal:0.8", "temporal:@1704067200",
                           "leave-last:3", "kfold:5", "stratified-user:0.75,kcore=5", "kfold:3,kcore=5/2"}) {
    EXPECT_EQ(SplitSpec::parse(text).toString(), text);
  }
  EXPECT_EQ(SplitSpec::parse("temporal:@2024-01-01").cutoff.value(), 1704067200);
  EXPECT_EQ(SplitSpec::parse("temporal:@1969-12-31").cutoff.value(), -86400);
  EXPECT_THROW(SplitSpec::parse("temporal:@2024-02-30"), std::invalid_argument);  // no such day
  EXPECT_THROW(SplitSpec::parse("temporal:@2024-1-1"), std::invalid_argument);    // not YYYY-MM-DD
  EXPECT_THROW(SplitSpec::parse("temporal:@soon"), std::invalid_argument);
  EXPECT_EQ(SplitSpec::parse("leave-last").leaveOut, 1);
  EXPECT_THROW(SplitSpec::parse("stratified-user:1.5"), std::invalid_argument);
  EXPECT_THROW(SplitSpec::parse("kfold:1"), std::invalid_argument);
  EXPECT_THROW(SplitSpec::parse("bogus:3"), std::invalid_argument);
  EXPECT_THROW(SplitSpec::parse("leave-last:x"), std::invalid_argument);
  EXPECT_THROW(SplitSpec::parse("kfold:5,kcore"), std::invalid_argument);
}

}  // namespace
}  // namespace reco

// The off-policy estimators on a small simulated bandit whose truth is known in closed form: two slots, four items,
// a position-based click model (examination per slot x attraction per item), a known logging distribution per slot
// and a known target distribution per slot.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <set>
#include <vector>

#include "core/base/Random.h"
#include "core/curation/Segment.h"
#include "core/import/Importer.h"
#include "core/storage/Project.h"
#include "core/whatif/ClickModel.h"
#include "core/whatif/ImpressionLog.h"
#include "core/whatif/OffPolicyEstimate.h"
#include "core/whatif/TargetPolicy.h"

namespace reco {
namespace {

constexpr std::size_t kItems = 4;
constexpr std::size_t kSlots = 2;
using SlotDistribution = std::array<std::array<double, kItems>, kSlots>;

// A policy given by a fixed distribution per slot (what a stochastic policy that ignores the user is).
class FixedPolicy : public TargetPolicy {
 public:
  explicit FixedPolicy(SlotDistribution d) : d_(d) {}
  void distribution(const LoggedImpression& row, std::vector<ItemProbability>& out) const override {
    out.clear();
    for (std::size_t a = 0; a < kItems; ++a)
      out.push_back({static_cast<std::int32_t>(a), d_[static_cast<std::size_t>(row.position - 1)][a]});
  }
  std::string description() const override { return "fixed distribution per slot"; }

 private:
  SlotDistribution d_;
};

struct Bandit {
  std::vector<double> examination;
  std::vector<double> attraction;
  SlotDistribution logging;
  SlotDistribution target;

  double clickProbability(std::size_t slot, std::size_t item) const { return examination[slot] * attraction[item]; }
  // The target's click rate per impression, both slots equally often: the truth.
  double truth() const {
    double v = 0;
    for (std::size_t k = 0; k < kSlots; ++k)
      for (std::size_t a = 0; a < kItems; ++a) v += target[k][a] * clickProbability(k, a);
    return v / static_cast<double>(kSlots);
  }
  PositionBasedClickModel trueModel() const { return PositionBasedClickModel(examination, {attraction}); }

  // `slates` slates of both slots, logged with the logging distribution; propensities logged unless told not to.
  ImpressionLog simulate(SeededRandom& rng, std::size_t slates, bool withPropensities = true) const {
    ImpressionLog log;
    log.items = {"a", "b", "c", "d"};
    log.placements = {"home"};
    log.slots = static_cast<std::int32_t>(kSlots);
    log.rows.reserve(slates * kSlots);
    for (std::size_t s = 0; s < slates; ++s)
      for (std::size_t k = 0; k < kSlots; ++k) {
        double u = rng.uniform(), acc = 0;
        std::size_t a = 0;
        for (; a + 1 < kItems; ++a) {
          acc += logging[k][a];
          if (u < acc) break;
        }
        LoggedImpression r;
        r.user = static_cast<std::int64_t>(s);
        r.ts = 1'700'000'000 + static_cast<std::int64_t>(s);
        r.item = static_cast<std::int32_t>(a);
        r.position = static_cast<std::int32_t>(k + 1);
        r.click = rng.uniform() < clickProbability(k, a) ? 1.0 : 0.0;
        if (withPropensities) r.propensity = logging[k][a];
        log.rows.push_back(r);
      }
    if (!withPropensities) estimatePropensities(log);
    return log;
  }
};

Bandit stochasticBandit() {
  Bandit b;
  b.examination = {1.0, 0.6};
  b.attraction = {0.05, 0.1, 0.2, 0.3};
  b.logging = {{{0.4, 0.3, 0.2, 0.1}, {0.25, 0.25, 0.25, 0.25}}};
  b.target = {{{0.1, 0.2, 0.3, 0.4}, {0.05, 0.15, 0.3, 0.5}}};
  return b;
}

struct Moments {
  double mean = 0, variance = 0;
};

Moments moments(const std::vector<double>& v) {
  Moments m;
  m.mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
  for (double x : v) m.variance += (x - m.mean) * (x - m.mean);
  m.variance /= static_cast<double>(v.size() - 1);
  return m;
}

double estimateOf(const WhatIfEstimates& r, Estimator e) {
  const EstimatorResult* x = r.find(e);
  return x ? x->estimate : std::nan("");
}

// 2,000 simulated logs of 100 slates each, estimated with the true reward model (no bootstrap): IPS is unbiased,
// SNIPS and DR vary less than IPS.
class SimulatedRuns : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const Bandit b = stochasticBandit();
    const PositionBasedClickModel model = b.trueModel();
    const FixedPolicy policy(b.target);
    WhatIfOptions options;
    options.replicates = 0;
    options.rewardModel = &model;
    SeededRandom rng(20261207);
    for (int run = 0; run < kRuns; ++run) {
      const ImpressionLog log = b.simulate(rng, 100);
      const WhatIfResult r = estimatePolicyValue(log, policy, options);
      ips_.push_back(estimateOf(r, Estimator::Ips));
      snips_.push_back(estimateOf(r, Estimator::Snips));
      dr_.push_back(estimateOf(r, Estimator::DoublyRobust));
      dm_.push_back(estimateOf(r, Estimator::DirectMethod));
    }
  }
  static constexpr int kRuns = 2000;
  static inline std::vector<double> ips_, snips_, dr_, dm_;
};

TEST_F(SimulatedRuns, IpsIsUnbiased) {
  const double truth = stochasticBandit().truth();
  const Moments m = moments(ips_);
  const double standardError = std::sqrt(m.variance / kRuns);
  // The mean of 2,000 unbiased estimates lies within a few standard errors of the truth (3 SE: 99.7%).
  EXPECT_LT(std::abs(m.mean - truth), 3 * standardError) << "mean " << m.mean << ", truth " << truth << ", SE "
                                                          << standardError;
  EXPECT_GT(m.variance, 0.0);
}

TEST_F(SimulatedRuns, SnipsVariesLessThanIps) {
  const Moments ips = moments(ips_), snips = moments(snips_);
  EXPECT_LT(snips.variance, ips.variance);
  const double truth = stochasticBandit().truth();
  EXPECT_LT(std::abs(snips.mean - truth), 3 * std::sqrt(snips.variance / kRuns) + 0.002);  // bias O(1/n)
}

TEST_F(SimulatedRuns, DoublyRobustWithTheRightModelIsUnbiasedAndVariesLessThanIps) {
  const double truth = stochasticBandit().truth();
  const Moments dr = moments(dr_), ips = moments(ips_);
  EXPECT_LT(std::abs(dr.mean - truth), 3 * std::sqrt(dr.variance / kRuns));
  EXPECT_LT(dr.variance, ips.variance);
  // With the true model the direct method is the truth itself, whatever the logs.
  for (double v : dm_) ASSERT_NEAR(v, truth, 1e-12);
}

TEST(OffPolicyEstimate, DoublyRobustIsExactWhenTheRewardModelIsRight) {
  // Clicks without noise: every (slot, item) is always or never clicked, so the model's predictions are the clicks.
  Bandit b = stochasticBandit();
  b.examination = {1.0, 1.0};
  b.attraction = {0.0, 1.0, 0.0, 1.0};
  const PositionBasedClickModel model = b.trueModel();
  SeededRandom rng(7);
  const ImpressionLog log = b.simulate(rng, 300);
  WhatIfOptions options;
  options.replicates = 0;
  options.rewardModel = &model;
  const WhatIfResult r = estimatePolicyValue(log, FixedPolicy(b.target), options);
  const double truth = b.truth();  // (0.2 + 0.4 + 0.15 + 0.5) / 2
  EXPECT_DOUBLE_EQ(truth, 0.625);
  EXPECT_NEAR(estimateOf(r, Estimator::DoublyRobust), truth, 1e-12);
  EXPECT_NEAR(estimateOf(r, Estimator::DirectMethod), truth, 1e-12);
  EXPECT_GT(std::abs(estimateOf(r, Estimator::Ips) - truth), 1e-6);  // IPS only on average
  ASSERT_EQ(r.positions.size(), 2u);
  EXPECT_NEAR(estimateOf(r.positions[0], Estimator::DoublyRobust), 0.6, 1e-12);
  EXPECT_NEAR(estimateOf(r.positions[1], Estimator::DoublyRobust), 0.65, 1e-12);
}

TEST(OffPolicyEstimate, PropensityEstimationRecoversTheLoggingDistribution) {
  const Bandit b = stochasticBandit();
  SeededRandom rng(11);
  const std::size_t slates = 20000;
  const ImpressionLog log = b.simulate(rng, slates, false);
  EXPECT_EQ(log.estimatedPropensities, static_cast<std::int64_t>(slates * kSlots));
  const ActionDistribution d = exposureFrequencies(log);
  for (std::size_t k = 0; k < kSlots; ++k)
    for (std::size_t a = 0; a < kItems; ++a) {
      const double p = b.logging[k][a];
      const double se = std::sqrt(p * (1 - p) / static_cast<double>(slates));
      EXPECT_NEAR(d[0][k][a], p, 4 * se) << "slot " << k + 1 << " item " << a;
    }
  for (const auto& r : log.rows)
    ASSERT_DOUBLE_EQ(r.propensity, d[0][static_cast<std::size_t>(r.position - 1)][static_cast<std::size_t>(r.item)]);
  // The estimate says so.
  WhatIfOptions options;
  options.replicates = 0;
  const WhatIfResult r = estimatePolicyValue(log, FixedPolicy(b.target), options);
  ASSERT_FALSE(r.diagnostics.warnings.empty());
  EXPECT_EQ(r.diagnostics.warnings.front().kind, WhatIfWarningKind::PropensitiesEstimated);
  EXPECT_EQ(r.diagnostics.estimatedPropensities, static_cast<std::int64_t>(slates * kSlots));
}

TEST(OffPolicyEstimate, OnPolicyWeightsAreOneAndEveryEstimatorGivesTheLoggedRate) {
  const Bandit b = stochasticBandit();
  SeededRandom rng(3);
  const ImpressionLog log = b.simulate(rng, 2000);
  const WhatIfResult r = estimatePolicyValue(log, LoggingPolicy(log), {});
  const double observed = log.clickRate();
  EXPECT_DOUBLE_EQ(estimateOf(r, Estimator::Ips), observed);
  EXPECT_DOUBLE_EQ(estimateOf(r, Estimator::Snips), observed);
  EXPECT_NEAR(r.diagnostics.effectiveSampleSize, 4000.0, 1e-6);
  EXPECT_NEAR(r.diagnostics.effectiveClicks, static_cast<double>(log.clicks()), 1e-6);  // equal weights
  for (const auto& w : r.diagnostics.warnings) EXPECT_NE(w.kind, WhatIfWarningKind::DominantWeights) << w.text;
  EXPECT_DOUBLE_EQ(r.diagnostics.maxWeight, 1.0);
  const EstimatorResult* snips = r.find(Estimator::Snips);
  ASSERT_NE(snips, nullptr);
  EXPECT_LE(snips->low, observed);
  EXPECT_GE(snips->high, observed);
  EXPECT_LT(snips->high - snips->low, 0.05);
}

TEST(OffPolicyEstimate, BootstrapIntervalsAreSeededAndCoverTheEstimate) {
  const Bandit b = stochasticBandit();
  SeededRandom rng(5);
  const ImpressionLog log = b.simulate(rng, 500);
  const FixedPolicy policy(b.target);
  WhatIfOptions options;
  options.replicates = 300;
  const WhatIfResult one = estimatePolicyValue(log, policy, options);
  const WhatIfResult two = estimatePolicyValue(log, policy, options);
  options.seed = 43;
  const WhatIfResult other = estimatePolicyValue(log, policy, options);
  for (Estimator e : kAllEstimators) {
    const EstimatorResult* x = one.find(e);
    ASSERT_NE(x, nullptr);
    EXPECT_LT(x->low, x->estimate) << estimatorName(e);
    EXPECT_GT(x->high, x->estimate) << estimatorName(e);
    EXPECT_EQ(x->low, two.find(e)->low);
    EXPECT_EQ(x->high, two.find(e)->high);
    EXPECT_NE(x->low, other.find(e)->low);
  }
}

TEST(OffPolicyEstimate, DeterministicRankingWithAndWithoutSmoothing) {
  const Bandit b = stochasticBandit();
  SeededRandom rng(9);
  const ImpressionLog log = b.simulate(rng, 400);
  // Every user gets d, c, b, a.
  const RankingPolicy::Ranker ranker = [](std::int64_t, std::int64_t) {
    return std::vector<std::string>{"d", "c", "b", "a"};
  };
  const RankingPolicy plain(log, ranker, 0.0, "d first");
  const RankingPolicy smoothed(log, ranker, 0.2, "d first, smoothed");
  std::vector<ItemProbability> d;
  for (const auto& row : log.rows) {
    const std::int32_t expected = row.position == 1 ? 3 : 2;
    ASSERT_EQ(plain.choice(row), expected);
    ASSERT_DOUBLE_EQ(plain.probability(row), row.item == expected ? 1.0 : 0.0);
    ASSERT_DOUBLE_EQ(smoothed.probability(row), 0.05 + (row.item == expected ? 0.8 : 0.0));
    smoothed.distribution(row, d);
    double sum = 0;
    for (const auto& e : d) sum += e.probability;
    ASSERT_NEAR(sum, 1.0, 1e-12);
  }
  // Replay on the deterministic policy: the click rate of the matching impressions.
  double clicks = 0, matched = 0;
  for (const auto& row : log.rows)
    if (row.item == plain.choice(row)) {
      matched += 1;
      clicks += row.click;
    }
  const WhatIfResult r = estimatePolicyValue(log, plain, {});
  EXPECT_DOUBLE_EQ(estimateOf(r, Estimator::Replay), clicks / matched);
  EXPECT_EQ(r.diagnostics.matched, static_cast<std::int64_t>(matched));
  EXPECT_NEAR(r.diagnostics.agreement, matched / static_cast<double>(log.rows.size()), 1e-12);
  EXPECT_TRUE(r.deterministic);
  EXPECT_DOUBLE_EQ(r.epsilon, 0.0);
  const WhatIfResult s = estimatePolicyValue(log, smoothed, {});
  EXPECT_DOUBLE_EQ(s.epsilon, 0.2);
}

TEST(OffPolicyEstimate, NoOverlapIsSaidPlainly) {
  const Bandit b = stochasticBandit();
  SeededRandom rng(13);
  ImpressionLog log = b.simulate(rng, 200);
  log.items.push_back("never-shown");  // the policy only ever picks an item the logs never showed
  SlotDistribution target{};
  const FixedPolicy none(target);
  const WhatIfResult r = estimatePolicyValue(log, none, {});
  EXPECT_TRUE(std::isnan(estimateOf(r, Estimator::Ips)));
  EXPECT_TRUE(std::isnan(estimateOf(r, Estimator::Snips)));
  EXPECT_TRUE(std::isnan(estimateOf(r, Estimator::Replay)));
  bool said = false;
  for (const auto& w : r.find(Estimator::Ips)->warnings) said = said || w.kind == WhatIfWarningKind::NoOverlap;
  EXPECT_TRUE(said);
}

TEST(OffPolicyEstimate, DominantWeightsAreFlagged) {
  Bandit b = stochasticBandit();
  b.logging = {{{0.9985, 0.0005, 0.0005, 0.0005}, {0.9985, 0.0005, 0.0005, 0.0005}}};
  b.target = {{{0.0, 0.0, 0.0, 1.0}, {0.0, 0.0, 0.0, 1.0}}};
  SeededRandom rng(17);
  const ImpressionLog log = b.simulate(rng, 6000);
  const WhatIfResult r = estimatePolicyValue(log, FixedPolicy(b.target), {});
  std::set<WhatIfWarningKind> kinds;
  for (const auto& w : r.diagnostics.warnings) kinds.insert(w.kind);
  EXPECT_TRUE(kinds.count(WhatIfWarningKind::LittleOverlap));
  EXPECT_TRUE(kinds.count(WhatIfWarningKind::NearZeroPropensities));
  ASSERT_GT(r.diagnostics.clicks, 0);
  EXPECT_TRUE(kinds.count(WhatIfWarningKind::DominantWeights)) << r.diagnostics.effectiveClicks;
  EXPECT_LT(r.diagnostics.effectiveClicks, 10.0);
  EXPECT_DOUBLE_EQ(r.diagnostics.largestWeightsShare, 1.0);  // fewer than 10 weighted clicks: they carry it all
  EXPECT_LT(r.diagnostics.effectiveSampleSize, 30.0);
  ASSERT_FALSE(r.diagnostics.largestWeights.empty());
  EXPECT_NEAR(r.diagnostics.largestWeights.front(), 2000.0, 1e-9);
}

TEST(OffPolicyEstimate, PositionBasedClickModelRecoversExaminationAndAttraction) {
  const Bandit b = stochasticBandit();
  SeededRandom rng(19);
  const ImpressionLog log = b.simulate(rng, 40000);
  const PositionBasedClickModel fitted = PositionBasedClickModel::fit(log, 100, 1.0);
  EXPECT_NEAR(fitted.examination()[0], 1.0, 1e-12);
  EXPECT_NEAR(fitted.examination()[1], 0.6, 0.05);
  for (std::size_t a = 0; a < kItems; ++a) EXPECT_NEAR(fitted.attraction()[0][a], b.attraction[a], 0.02) << a;
}

TEST(OffPolicyEstimate, ComparisonGivesThePairedDifference) {
  const Bandit b = stochasticBandit();
  SeededRandom rng(23);
  const ImpressionLog log = b.simulate(rng, 1500);
  // A ranking and the same ranking with another item in slot 1 (as a pin of b would): slot 2 shows d in both.
  const RankingPolicy base(log, [](std::int64_t, std::int64_t) { return std::vector<std::string>{"c", "d", "b", "a"}; },
                           0.0, "base");
  const RankingPolicy pinned(log, [](std::int64_t, std::int64_t) { return std::vector<std::string>{"b", "d", "c", "a"}; },
                             0.0, "pinned");
  WhatIfOptions options;
  options.replicates = 400;
  const WhatIfComparison c = comparePolicies(log, base, pinned, options);
  ASSERT_EQ(c.difference.size(), 5u);
  for (std::size_t e = 0; e < c.difference.size(); ++e) {
    const Estimator est = c.difference[e].estimator;
    EXPECT_NEAR(c.difference[e].estimate, c.with.find(est)->estimate - c.without.find(est)->estimate, 1e-15);
    EXPECT_LE(c.difference[e].low, c.difference[e].estimate) << estimatorName(est);
    EXPECT_GE(c.difference[e].high, c.difference[e].estimate) << estimatorName(est);
  }
  // The single runs give the same figures as the comparison.
  const WhatIfResult alone = estimatePolicyValue(log, pinned, options);
  EXPECT_DOUBLE_EQ(alone.find(Estimator::Snips)->estimate, c.with.find(Estimator::Snips)->estimate);
  EXPECT_DOUBLE_EQ(alone.find(Estimator::Snips)->low, c.with.find(Estimator::Snips)->low);
  // Slot 2 shows the same item with and without: its difference is exactly 0, interval included.
  ASSERT_EQ(c.positionDifferences.size(), 2u);
  for (const auto& d : c.positionDifferences[1]) {
    EXPECT_EQ(d.estimate, 0.0) << estimatorName(d.estimator);
    EXPECT_EQ(d.low, 0.0) << estimatorName(d.estimator);
    EXPECT_EQ(d.high, 0.0) << estimatorName(d.estimator);
  }
  // With the true click model, the direct method's difference is the true one: slot 1 shows b instead of c.
  const PositionBasedClickModel model = b.trueModel();
  options.rewardModel = &model;
  const WhatIfComparison exact = comparePolicies(log, base, pinned, options);
  const double truth = (b.clickProbability(0, 1) - b.clickProbability(0, 2)) / 2;  // half the impressions are slot 1
  ASSERT_EQ(exact.difference[3].estimator, Estimator::DirectMethod);
  EXPECT_NEAR(exact.difference[3].estimate, truth, 1e-12);
  // Paired: the difference's interval is narrower than the two intervals' widths added.
  const EstimatorResult& w = *c.with.find(Estimator::Snips);
  const EstimatorResult& wo = *c.without.find(Estimator::Snips);
  EXPECT_LT(c.difference[2].high - c.difference[2].low, (w.high - w.low) + (wo.high - wo.low));
}

TEST(OffPolicyEstimate, CancelStopsTheEstimate) {
  const Bandit b = stochasticBandit();
  SeededRandom rng(29);
  const ImpressionLog log = b.simulate(rng, 500);
  std::atomic<bool> cancel{true};
  WhatIfOptions options;
  options.cancel = &cancel;
  EXPECT_THROW(estimatePolicyValue(log, FixedPolicy(b.target), options), WhatIfCancelled);
  EXPECT_THROW(RankingPolicy(log, [](std::int64_t, std::int64_t) { return std::vector<std::string>{"a"}; }, 0.0, "x",
                             &cancel),
               WhatIfCancelled);
}

TEST(ImpressionLogTest, ReadsImpressionsWithTheirClicksFromAProject) {
  const auto dir = std::filesystem::temp_directory_path() / ("reco_whatif_log_test_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Project p = Project::create((dir / "p.reco").string());
  ASSERT_TRUE(importFiles(p, {std::string(RECO_TEST_DATA_DIR) + "/import/obd"}, {}).committed);
  const ImpressionLog log = readImpressionLog(p);
  ASSERT_EQ(log.rows.size(), 3u);
  EXPECT_EQ(log.clicks(), 1);
  EXPECT_EQ(log.placements, std::vector<std::string>{"men"});
  EXPECT_EQ(log.estimatedPropensities, 0);
  for (const auto& r : log.rows) EXPECT_GT(r.propensity, 0.0);
  EXPECT_EQ(readImpressionLog(p, {std::string("men"), std::string("random")}).rows.size(), 3u);
  EXPECT_THROW(readImpressionLog(p, {std::string("women"), std::nullopt}), std::runtime_error);
  // One segment's traffic: the user whose first feature is "aaa" saw the first two impressions.
  ImpressionLog segment = readImpressionLog(p);
  restrictToSegment(segment, p, Segment::withExpression("aaa", "user_feature_0 = \"aaa\""));
  ASSERT_EQ(segment.rows.size(), 2u);
  EXPECT_EQ(segment.clicks(), 1);
  EXPECT_EQ(segment.items.size(), log.items.size());
  std::filesystem::remove_all(dir);
}

TEST(ImpressionLogTest, AClickPairsWithTheLatestEarlierImpressionWithinHalfAnHour) {
  const auto dir = std::filesystem::temp_directory_path() / ("reco_whatif_pairs_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    Project p = Project::create((dir / "p.reco").string());
    // Impressions (type 0) of i1 in slot 1 at 100 and 1000, of i2 in slot 2 at 100 and 5000; clicks (type 1): i1
    // slot 1 at 1060 (the second impression's), i2 slot 1 at 150 (no impression in slot 1), i2 slot 2 at 5000 + 3600
    // (too late).
    p.db().exec(R"SQL(
      INSERT INTO users(id, ext_id) VALUES (1, 'u1');
      INSERT INTO items(id, ext_id) VALUES (1, 'i1'), (2, 'i2');
      INSERT INTO events(user_id, item_id, type, ts, position) VALUES (1, 1, 0, 100, 1), (1, 2, 0, 100, 2),
        (1, 2, 1, 150, 1), (1, 1, 0, 1000, 1), (1, 1, 1, 1060, 1), (1, 2, 0, 5000, 2), (1, 2, 1, 8600, 2);
    )SQL");
    const ImpressionLog log = readImpressionLog(p);
    ASSERT_EQ(log.rows.size(), 4u);
    std::vector<double> clicks;
    for (const auto& r : log.rows) clicks.push_back(r.click);
    EXPECT_EQ(clicks, (std::vector<double>{0, 0, 1, 0}));
    EXPECT_EQ(log.estimatedPropensities, 4);  // no propensities in these events
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace reco

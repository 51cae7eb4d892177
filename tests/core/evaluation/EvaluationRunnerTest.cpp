// The runner end to end with test models whose metrics are known in advance: an oracle that ranks the held-out
// items first, an anti-oracle that ranks them last, and a popularity counter; plus cancel, segments,
// reproducibility, and the tuner on a model whose quality peaks at a known parameter value.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

#include "core/evaluation/DataSplit.h"
#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/HyperparameterSearch.h"
#include "core/evaluation/ModelTuner.h"
#include "core/base/Random.h"

namespace reco {
namespace {

// A model that scores with a fixed function of (user, item, params, training matrix).
using ScoreFn = std::function<float(std::int32_t user, std::int32_t item, const ModelParams& params)>;

class ScriptedRecommender : public Recommender {
 public:
  ScriptedRecommender(std::string name, std::vector<ParamSpec> params, ScoreFn score)
      : score_(std::move(score)) {
    info_.name = name;
    info_.displayName = name;
    info_.params = std::move(params);
  }
  const AlgorithmInfo& info() const override { return info_; }
  void fit(const InteractionMatrix& matrix, const ModelParams& params, const FitCallback& progress,
           const std::atomic<bool>* cancel) override {
    if (cancel && cancel->load()) throw FitCancelled();
    params_.clear();
    for (const auto& spec : info_.params) params_[spec.name] = spec.defaultValue;
    for (const auto& [k, v] : params) {
      auto named = [&key = k](const ParamSpec& s) { return s.name == key; };  // clang 14: no captured bindings
      if (std::none_of(info_.params.begin(), info_.params.end(), named))
        throw std::invalid_argument("unknown parameter " + k);
      params_[k] = v;
    }
    items_ = matrix.cols();
    if (progress) progress({1, 1, 0.0, 0.0});
  }
  void scoreItems(std::int32_t user, std::span<float> out) const override {
    for (std::int32_t i = 0; i < items_; ++i) out[static_cast<std::size_t>(i)] = score_(user, i, params_);
  }
  Recommendations recommend(std::int32_t user, int n, bool, const std::function<bool(std::int32_t)>& filter) const override {
    std::vector<float> s(static_cast<std::size_t>(items_));
    scoreItems(user, s);
    Recommendations r;
    for (std::int32_t i = 0; i < items_; ++i)
      if (!filter || filter(i)) r.items.push_back({i, s[static_cast<std::size_t>(i)]});
    std::sort(r.items.begin(), r.items.end(), [](const ScoredItem& a, const ScoredItem& b) { return a.score > b.score; });
    if (static_cast<int>(r.items.size()) > n) r.items.resize(static_cast<std::size_t>(n));
    return r;
  }
  std::vector<ScoredItem> similarItems(std::int32_t, int) const override { return {}; }
  std::vector<std::vector<ScoredItem>> recommendAll(int n, bool excludeSeen, int) const override {
    std::vector<std::vector<ScoredItem>> out;
    (void)n;
    (void)excludeSeen;
    return out;
  }
  std::string save() const override { return info_.name; }
  void load(std::string_view) override {}

 private:
  AlgorithmInfo info_;
  ScoreFn score_;
  ModelParams params_;
  std::int32_t items_ = 0;
};

// 120 users, 150 items, popularity-skewed; every user has 8..40 interactions.
InteractionList syntheticData() {
  SeededRandom rng(17);
  InteractionList d;
  d.users = 120;
  d.items = 150;
  for (std::int32_t u = 0; u < d.users; ++u) {
    const int n = 8 + static_cast<int>(rng.below(33));
    std::set<std::int32_t> items;
    while (static_cast<int>(items.size()) < n) {
      const double x = rng.uniform();
      items.insert(static_cast<std::int32_t>(x * x * d.items));
    }
    for (auto i : items) d.interactions.push_back({u, i, 1.0f, static_cast<float>(1 + rng.below(5)),
                                    static_cast<std::int64_t>(rng.below(1000000))});
  }
  d.normalize();
  return d;
}

struct Fixture {
  InteractionList data = syntheticData();
  std::set<std::pair<std::int32_t, std::int32_t>> all;
  std::vector<double> popularity;
  Fixture() {
    popularity.assign(static_cast<std::size_t>(data.items), 0.0);
    for (const auto& x : data.interactions) {
      all.insert({x.user, x.item});
      popularity[static_cast<std::size_t>(x.item)] += 1;
    }
  }
  float noise(std::int32_t u, std::int32_t i) const {
    SeededRandom r(static_cast<std::uint64_t>(u) * 100003 + static_cast<std::uint64_t>(i));
    return static_cast<float>(r.uniform());
  }
  RecommenderFactory factory() const {
    return [this](const std::string& name) -> std::unique_ptr<Recommender> {
      std::vector<ParamSpec> seedOnly = {{"seed", 0, 0, 1e9, true, false, "random seed"}};
      if (name == "oracle")
        return std::make_unique<ScriptedRecommender>(name, seedOnly, [this](std::int32_t u, std::int32_t i, const ModelParams&) {
          return (all.count({u, i}) ? 2.0f : 0.0f) + noise(u, i);
        });
      if (name == "anti")
        return std::make_unique<ScriptedRecommender>(name, seedOnly, [this](std::int32_t u, std::int32_t i, const ModelParams&) {
          return (all.count({u, i}) ? -2.0f : 0.0f) + noise(u, i);
        });
      if (name == "popular")
        return std::make_unique<ScriptedRecommender>(name, seedOnly, [this](std::int32_t, std::int32_t i, const ModelParams&) {
          return static_cast<float>(popularity[static_cast<std::size_t>(i)]);
        });
      if (name == "mixer")  // quality peaks at mix = 0.7
        return std::make_unique<ScriptedRecommender>(
            name, std::vector<ParamSpec>{{"mix", 0.5, 0, 1, false, false, "blend"}, {"depth", 3, 1, 9, true, false, "int"}},
            [this](std::int32_t u, std::int32_t i, const ModelParams& p) {
              const double w = 1 - 2.5 * std::fabs(p.at("mix") - 0.7);
              return static_cast<float>((all.count({u, i}) ? w : 0.0) + noise(u, i));
            });
      return nullptr;
    };
  }
};

EvaluationConfig baseConfig() {
  EvaluationConfig c;
  c.split = SplitSpec::parse("stratified-user:0.75");
  c.seed = 5;
  c.ks = {5, 10};
  c.bootstrapReplicates = 300;
  c.threads = 2;
  return c;
}

TEST(EvaluationRunner, OracleAndAntiOracleGiveKnownMetrics) {
  Fixture f;
  auto config = baseConfig();
  config.models = {{"oracle", {}, ""}, {"anti", {}, ""}};
  EvaluationRunner runner(f.factory());
  auto r = runner.run(f.data, config);
  ASSERT_EQ(r.models.size(), 2u);
  // Expected oracle precision/recall from the same split.
  auto split = splitInteractions(f.data, config.split, config.seed);
  std::map<std::int32_t, int> rel;
  for (const auto& x : split.test) ++rel[x.user];
  double p10 = 0, r5 = 0;
  for (auto [u, n] : rel) {
    p10 += std::min(n, 10) / 10.0;
    r5 += std::min(n, 5) / static_cast<double>(n);
  }
  p10 /= static_cast<double>(rel.size());
  r5 /= static_cast<double>(rel.size());
  const auto& oracle = r.model("oracle");
  EXPECT_DOUBLE_EQ(r.evaluatedUsers, static_cast<double>(rel.size()));
  EXPECT_NEAR(oracle.metrics.at("precision@10").value, p10, 1e-12);
  EXPECT_NEAR(oracle.metrics.at("recall@5").value, r5, 1e-12);
  for (const char* m : {"ndcg@5", "ndcg@10", "map@10", "mrr@10", "hit@10", "auc"}) {
    EXPECT_NEAR(oracle.metrics.at(m).value, 1.0, 1e-12) << m;
    EXPECT_NEAR(oracle.metrics.at(m).low, 1.0, 1e-12) << m;
  }
  const auto& anti = r.model("anti");
  for (const char* m : {"precision@10", "ndcg@10", "map", "hit@10", "auc"}) EXPECT_NEAR(anti.metrics.at(m).value, 0.0, 1e-12) << m;
  // Confidence intervals bracket the estimate; beyond-accuracy metrics are in range.
  for (const auto& name : r.metricNames) {
    const auto& e = oracle.metrics.at(name);
    EXPECT_LE(e.low, e.value + 1e-12) << name;
    EXPECT_GE(e.high, e.value - 1e-12) << name;
  }
  EXPECT_GT(oracle.metrics.at("coverage").value, 0.0);
  EXPECT_LE(oracle.metrics.at("coverage").value, 1.0);
  EXPECT_GE(oracle.metrics.at("gini").value, 0.0);
  EXPECT_LT(oracle.metrics.at("gini").value, 1.0);
  EXPECT_GT(oracle.metrics.at("novelty").value, 0.0);
  // The paired tests see the difference.
  bool found = false;
  for (const auto& c : r.comparisons)
    if (c.metric == "ndcg@10") {
      found = true;
      EXPECT_LT(c.tTest.pValue, 1e-10);
      EXPECT_LT(c.wilcoxon.pValue, 1e-10);
      EXPECT_NEAR(c.tTest.meanDifference, 1.0, 1e-12);
    }
  EXPECT_TRUE(found);
}

TEST(EvaluationRunner, RerunGivesIdenticalNumbersAndSeedsAverage) {
  Fixture f;
  auto config = baseConfig();
  config.models = {{"popular", {}, ""}};
  config.seeds = 3;
  EvaluationRunner runner(f.factory());
  auto a = runner.run(f.data, config), b = runner.run(f.data, config);
  EXPECT_EQ(a.repetitions, 3);
  for (const auto& name : a.metricNames) {
    const auto& x = a.models[0].metrics.at(name);
    const auto& y = b.models[0].metrics.at(name);
    EXPECT_EQ(x.value, y.value) << name;
    EXPECT_EQ(x.low, y.low) << name;
    EXPECT_EQ(x.high, y.high) << name;
    double mean = 0;
    for (const auto& rep : a.models[0].perRepetition) mean += rep.at(name) / 3;
    EXPECT_NEAR(x.value, mean, 1e-12) << name;
  }
  EXPECT_NE(a.models[0].perRepetition[0].at("ndcg@10"), a.models[0].perRepetition[1].at("ndcg@10"));
}

TEST(EvaluationRunner, KFoldEvaluatesEveryFold) {
  Fixture f;
  auto config = baseConfig();
  config.split = SplitSpec::parse("kfold:3");
  config.models = {{"popular", {}, ""}};
  EvaluationRunner runner(f.factory());
  auto r = runner.run(f.data, config);
  EXPECT_EQ(r.repetitions, 3);
  EXPECT_NEAR(r.testInteractions * 3, static_cast<double>(f.data.interactions.size()), 1e-9);
}

TEST(EvaluationRunner, SegmentsPartitionTheUsers) {
  Fixture f;
  auto config = baseConfig();
  config.coldMaxInteractions = 9;
  config.heavyMinInteractions = 25;
  config.models = {{"popular", {}, ""}};
  EvaluationRunner runner(f.factory());
  std::vector<std::string> labels(static_cast<std::size_t>(f.data.users));
  for (std::size_t u = 0; u < labels.size(); ++u) labels[u] = u % 3 == 0 ? "mobile" : (u % 3 == 1 ? "desktop" : "");
  runner.setUserSegments("device", labels);
  auto r = runner.run(f.data, config);
  double activityUsers = 0, deviceUsers = 0;
  std::set<std::string> segments;
  double weighted = 0;
  for (const auto& s : r.models[0].segments) {
    segments.insert(s.group + "/" + s.segment);
    if (s.group == "activity") {
      activityUsers += s.users;
      weighted += s.users * s.metrics.at("ndcg@10");
    }
    if (s.group == "device") deviceUsers += s.users;
  }
  EXPECT_DOUBLE_EQ(activityUsers, r.evaluatedUsers);
  EXPECT_DOUBLE_EQ(deviceUsers, r.evaluatedUsers);
  EXPECT_NEAR(weighted / activityUsers, r.models[0].metrics.at("ndcg@10").value, 1e-12);
  EXPECT_TRUE(segments.count("device/mobile"));
  EXPECT_TRUE(segments.count("device/(none)"));
  EXPECT_TRUE(segments.count("activity/regular"));
}

TEST(EvaluationRunner, RelevanceThresholdKeepsOnlyHighRatings) {
  Fixture f;
  auto config = baseConfig();
  config.models = {{"oracle", {}, ""}};
  EvaluationRunner runner(f.factory());
  auto all = runner.run(f.data, config);
  config.relevantThreshold = 4.0;
  auto high = runner.run(f.data, config);
  EXPECT_LT(high.evaluatedUsers, all.evaluatedUsers + 1e-9);
  // The oracle also ranks the low-rated held-out items first, so precision drops when they stop counting.
  EXPECT_LT(high.models[0].metrics.at("precision@10").value, all.models[0].metrics.at("precision@10").value);
}

TEST(EvaluationRunner, CancelAndBadConfigs) {
  Fixture f;
  auto config = baseConfig();
  config.models = {{"popular", {}, ""}};
  EvaluationRunner runner(f.factory());
  std::atomic<bool> cancel{true};
  runner.setCancelFlag(&cancel);
  EXPECT_THROW(runner.run(f.data, config), EvaluationCancelled);
  runner.setCancelFlag(nullptr);
  config.models = {{"no-such-model", {}, ""}};
  EXPECT_THROW(runner.run(f.data, config), std::invalid_argument);
  config.models.clear();
  EXPECT_THROW(runner.run(f.data, config), std::invalid_argument);
  // Progress is reported and ends at 1.
  config.models = {{"popular", {}, ""}};
  double last = -1;
  bool monotone = true;
  runner.setProgress([&](const EvaluationProgress& p) {
    monotone = monotone && p.fraction >= last - 1e-12;
    last = p.fraction;
  });
  runner.run(f.data, config);
  EXPECT_TRUE(monotone);
  EXPECT_DOUBLE_EQ(last, 1.0);
}

TEST(HyperparameterSearch, GridAndRandomFindTheOptimumOfASyntheticObjective) {
  auto x = ParamRange::parse("x=0:6");
  auto y = ParamRange::parse("y=0.0001:1:log");
  auto objective = [](const ModelParams& p) {
    return -std::pow(p.at("x") - 3, 2) - std::pow(std::log10(p.at("y")) + 2, 2);
  };
  auto grid = searchCandidates({x, y}, SearchStrategy::Grid, 49, 1);
  EXPECT_EQ(grid.size(), 49u);
  auto g = runSearch(grid, objective);
  ASSERT_GE(g.best, 0);
  EXPECT_NEAR(g.trials[static_cast<std::size_t>(g.best)].params.at("x"), 3.0, 1e-12);
  EXPECT_NEAR(g.trials[static_cast<std::size_t>(g.best)].params.at("y"), 0.01, 1e-12);

  auto random = searchCandidates({x, y}, SearchStrategy::Random, 400, 9);
  EXPECT_EQ(random, searchCandidates({x, y}, SearchStrategy::Random, 400, 9));  // reproducible
  auto rr = runSearch(random, objective);
  const auto& best = rr.trials[static_cast<std::size_t>(rr.best)].params;
  EXPECT_NEAR(best.at("x"), 3.0, 0.3);
  EXPECT_NEAR(std::log10(best.at("y")), -2.0, 0.3);
  for (const auto& p : random) {
    EXPECT_GE(p.at("y"), 0.0001);
    EXPECT_LE(p.at("y"), 1.0);
  }
}

TEST(HyperparameterSearch, IntegersFailuresAndParsing) {
  auto n = ParamRange::parse("n=1:10:int");
  EXPECT_TRUE(n.integer);
  for (const auto& p : searchCandidates({n}, SearchStrategy::Random, 50, 3, {{"fixed", 2.5}})) {
    EXPECT_EQ(p.at("n"), std::round(p.at("n")));
    EXPECT_EQ(p.at("fixed"), 2.5);
  }
  // A grid over integers drops duplicate points.
  auto small = ParamRange::parse("k=1:3:int");
  EXPECT_EQ(searchCandidates({small}, SearchStrategy::Grid, 10, 1).size(), 3u);
  // Failing trials are recorded and skipped.
  auto r = runSearch(searchCandidates({n}, SearchStrategy::Grid, 10, 1), [](const ModelParams& p) -> double {
    if (p.at("n") > 5) throw std::invalid_argument("too large");
    return p.at("n");
  });
  EXPECT_EQ(r.trials.size(), 10u);
  EXPECT_EQ(r.trials[static_cast<std::size_t>(r.best)].params.at("n"), 5.0);
  EXPECT_EQ(r.trials.back().error, "too large");
  EXPECT_EQ(ParamRange::parse("alpha=0.01:10:log").toString(), "alpha=0.01:10:log");
  EXPECT_THROW(ParamRange::parse("alpha"), std::invalid_argument);
  EXPECT_THROW(ParamRange::parse("alpha=3:1"), std::invalid_argument);
  EXPECT_THROW(ParamRange::parse("alpha=0:1:log"), std::invalid_argument);
  EXPECT_THROW(ParamRange::parse("alpha=0:x"), std::invalid_argument);
}

TEST(ModelTuner, FindsTheParameterWhereQualityPeaksAndScoresItOnTest) {
  Fixture f;
  TuningConfig tc;
  tc.algorithm = "mixer";
  tc.ranges = {ParamRange::parse("mix=0:1"), ParamRange::parse("depth=1:9")};
  tc.strategy = SearchStrategy::Grid;
  tc.trials = 33;  // 5 x 5 grid -> mix in {0, .25, .5, .75, 1}
  tc.split = SplitSpec::parse("stratified-user:0.75");
  tc.bootstrapReplicates = 100;
  std::vector<int> progressSeen;
  auto r = tuneModel(f.data, tc, f.factory(), [&](const TuningProgress& p) { progressSeen.push_back(p.trial); });
  EXPECT_EQ(r.search.trials.size(), 25u);
  EXPECT_NEAR(r.bestParams.at("mix"), 0.75, 1e-12);
  EXPECT_EQ(r.bestParams.at("depth"), std::round(r.bestParams.at("depth")));  // integer parameter rounded
  ASSERT_EQ(r.test.models.size(), 1u);
  EXPECT_EQ(r.test.models[0].model.params.at("mix"), 0.75);
  // The refit best beats the worst candidate on the test split too.
  EvaluationRunner runner(f.factory());
  EvaluationConfig c;
  c.split = tc.split;
  c.seed = tc.seed;
  c.bootstrapReplicates = 10;
  c.models = {{"mixer", {{"mix", 0.0}}, ""}};
  auto worst = runner.run(f.data, c);
  EXPECT_GT(r.test.models[0].metrics.at("ndcg@10").value, worst.models[0].metrics.at("ndcg@10").value + 0.1);
  EXPECT_FALSE(progressSeen.empty());
  tc.ranges = {ParamRange::parse("nope=0:1")};
  EXPECT_THROW(tuneModel(f.data, tc, f.factory()), std::invalid_argument);
  tc.ranges = {ParamRange::parse("mix=0:1")};
  tc.objective = "bogus@3";
  EXPECT_THROW(tuneModel(f.data, tc, f.factory()), std::invalid_argument);
}

}  // namespace
}  // namespace reco

#include "core/evaluation/ModelTuner.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "core/base/Time.h"
#include "core/evaluation/RankingMetrics.h"

namespace reco {

TuningResult tuneModel(const InteractionList& data, const TuningConfig& config, const RecommenderFactory& factory,
                       const TuningProgressFn& progress, const std::atomic<bool>* cancel) {
  const auto t0 = std::chrono::steady_clock::now();
  auto probe = factory(config.algorithm);
  if (!probe) throw std::invalid_argument("unknown algorithm '" + config.algorithm + "'");
  std::vector<ParamRange> ranges = config.ranges;
  for (auto& r : ranges) {
    const auto& specs = probe->info().params;
    auto it = std::find_if(specs.begin(), specs.end(), [&](const ParamSpec& p) { return p.name == r.name; });
    if (it == specs.end()) {
      std::string known;
      for (const auto& p : specs) known += (known.empty() ? "" : ", ") + p.name;
      throw std::invalid_argument("algorithm '" + config.algorithm + "' has no parameter '" + r.name + "' (it has: " +
                                  known + ")");
    }
    if (it->integer) r.integer = true;
  }
  const RankingMetrics metrics(config.ks);
  if (std::find(metrics.names().begin(), metrics.names().end(), config.objective) == metrics.names().end() &&
      config.objective != "auc")
    throw std::invalid_argument("objective '" + config.objective + "' is not a ranking metric at the chosen cut-offs "
                                "(e.g. ndcg@10, map@10, recall@20, map, auc)");

  auto report = [&](int done, int total, double best, const std::string& stage) {
    if (progress) progress({done, total, best, stage});
  };
  // Outer split: test set aside. Inner split of the training part: validation.
  SplitSpec outerSpec = config.split;
  outerSpec.fold = 0;
  const DataSplit outer = splitInteractions(data, outerSpec, config.seed);
  SplitSpec innerSpec = outerSpec;
  innerSpec.minUserInteractions = innerSpec.minItemInteractions = 0;  // already filtered
  const DataSplit inner = splitInteractions(outer.train, innerSpec, config.seed + 1000003);

  EvaluationRunner runner(factory);
  runner.setCancelFlag(cancel);
  EvaluationConfig base;
  base.split = innerSpec;
  base.seed = config.seed;
  base.ks = config.ks;
  base.relevantThreshold = config.relevantThreshold;
  base.threads = config.threads;
  base.bootstrapReplicates = 1;  // trials need the point value only

  const auto candidates = searchCandidates(ranges, config.strategy, config.trials, config.seed, config.fixed);
  const int total = static_cast<int>(candidates.size());
  TuningResult result;
  double bestScore = std::numeric_limits<double>::quiet_NaN();
  result.search = runSearch(
      candidates,
      [&](const ModelParams& params) {
        EvaluationConfig c = base;
        c.models = {{config.algorithm, params, config.algorithm}};
        auto r = runner.runOnSplit(inner, c, config.seed);
        return r.models.front().metrics.at(config.objective).value;
      },
      [&](const SearchTrial& trial, int done, int all, int) {
        if (!std::isnan(trial.score) && (std::isnan(bestScore) || trial.score > bestScore)) bestScore = trial.score;
        report(done, all, bestScore, "trial " + std::to_string(done) + "/" + std::to_string(all));
      },
      cancel);
  if (cancel && cancel->load(std::memory_order_relaxed)) throw EvaluationCancelled();
  if (result.search.best < 0) {
    std::string why = result.search.trials.empty() ? std::string("no trials") : result.search.trials.front().error;
    throw std::invalid_argument("every tuning trial failed (first error: " + why + ")");
  }
  result.bestParams = result.search.trials[static_cast<std::size_t>(result.search.best)].params;

  report(total, total, result.search.trials[static_cast<std::size_t>(result.search.best)].score, "refitting the best on all training data");
  EvaluationConfig finalConfig = base;
  finalConfig.split = outerSpec;
  finalConfig.bootstrapReplicates = config.bootstrapReplicates;
  finalConfig.models = {{config.algorithm, result.bestParams, config.algorithm + " (tuned)"}};
  result.test = runner.runOnSplit(outer, finalConfig, config.seed);
  result.seconds = secondsSince(t0);
  return result;
}

}  // namespace reco

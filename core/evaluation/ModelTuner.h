// Hyper-parameter tuning of one algorithm by the book: the test split is set aside first, the search scores each
// candidate on a validation split carved from the training data only, and the best candidate is refit on all the
// training data and scored once on the test split.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/HyperparameterSearch.h"

namespace reco {

struct TuningConfig {
  std::string algorithm;
  ModelParams fixed;               // parameters held constant
  std::vector<ParamRange> ranges;  // parameters searched; integer parameters of the algorithm are rounded
  SearchStrategy strategy = SearchStrategy::Random;
  int trials = 20;
  std::string objective = "ndcg@10";  // a per-user metric name, maximized (use ks that include its k)
  SplitSpec split;                    // outer split (test) and, applied again to the training part, validation
  std::uint64_t seed = 42;
  std::vector<int> ks{10};
  std::optional<double> relevantThreshold;
  int threads = 2;
  int bootstrapReplicates = 1000;  // for the final test evaluation
};

struct TuningResult {
  SearchResult search;         // trials scored on the validation split
  ModelParams bestParams;      // fixed + the best trial's values
  EvaluationResult test;       // the best refit on all training data, scored on the test split
  double seconds = 0;
};

struct TuningProgress {
  int trial = 0;   // trials finished
  int trials = 0;  // total
  double bestScore = 0;
  std::string stage;
};
using TuningProgressFn = std::function<void(const TuningProgress&)>;

// Throws std::invalid_argument for an unknown algorithm, parameter or objective metric, or when every trial
// failed; EvaluationCancelled when the flag is set.
TuningResult tuneModel(const InteractionList& data, const TuningConfig& config, const RecommenderFactory& factory,
                       const TuningProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);

}  // namespace reco

// The offline evaluation of one or more recommender models on a common split: full-catalogue ranking with training
// items excluded, per-user metrics at several k, beyond-accuracy metrics, bootstrap confidence intervals, paired
// tests between models, per-segment breakdowns; repeated over seeds and folds. Runs headless with a progress
// callback and a cancel flag (the UI calls it from a worker thread).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/evaluation/DataSplit.h"
#include "core/evaluation/InteractionList.h"
#include "core/evaluation/SplitSpec.h"
#include "core/evaluation/Statistics.h"
#include "core/models/Recommender.h"

namespace reco {

struct ModelSpec {
  std::string algorithm;  // a name from algorithmInfos()
  ModelParams params;     // missing parameters take the algorithm's defaults
  std::string label;      // how results name the model; defaults to the algorithm (made unique by the runner)
};

struct EvaluationConfig {
  SplitSpec split;
  std::uint64_t seed = 42;
  int seeds = 1;                 // repetitions with seeds seed, seed+1, ...; k-fold repeats every fold per seed
  std::vector<int> ks{10};       // cut-offs; the first is the primary one (map, novelty, coverage, gini use it)
  // Held-out interactions count as relevant when their rating (or, without a rating, their weight) is >= this;
  // unset: every held-out interaction is relevant.
  std::optional<double> relevantThreshold;
  std::vector<ModelSpec> models;
  int bootstrapReplicates = 1000;
  double confidence = 0.95;
  int threads = 2;               // scoring threads
  // Activity segments by the user's number of training interactions: cold <= coldMax < regular < heavyMin <= heavy.
  int coldMaxInteractions = 4;
  int heavyMinInteractions = 50;
  // Candidates = items with at least one training interaction (items the models know), minus the user's own
  // training items. false: every item of the catalogue.
  bool candidatesTrainedItemsOnly = true;
};

using RecommenderFactory = std::function<std::unique_ptr<Recommender>(const std::string& algorithm)>;

struct MetricEstimate {
  double value = std::numeric_limits<double>::quiet_NaN();
  double low = std::numeric_limits<double>::quiet_NaN();   // confidence interval
  double high = std::numeric_limits<double>::quiet_NaN();
};

struct SegmentMetrics {
  std::string group;    // "activity" or the user attribute's name
  std::string segment;  // "cold", "regular", "heavy" or the attribute value ("(none)" when unset)
  double users = 0;     // evaluated users in the segment (mean per repetition)
  std::map<std::string, double> metrics;  // per-user metrics, mean over the segment's users
};

struct ModelEvaluation {
  ModelSpec model;
  std::map<std::string, MetricEstimate> metrics;  // mean over repetitions; CI bounds averaged over repetitions
  std::vector<std::map<std::string, double>> perRepetition;  // point values of each repetition
  std::vector<SegmentMetrics> segments;
  double fitSeconds = 0;    // mean per repetition
  double scoreSeconds = 0;  // mean per repetition (ranking + metrics)
  // userValues[m][user]: per-user metric m (EvaluationResult::userMetricNames order) averaged over the repetitions
  // where the user was evaluated; NaN for users never evaluated.
  std::vector<std::vector<double>> userValues;
};

struct ModelComparison {
  std::size_t modelA = 0, modelB = 0;  // indexes into EvaluationResult::models
  std::string metric;
  PairedTestResult tTest;     // over users, a - b
  PairedTestResult wilcoxon;
};

struct EvaluationResult {
  EvaluationConfig config;
  std::vector<std::string> userMetricNames;  // per-user metrics (bootstrap CIs, paired tests, segments)
  std::vector<std::string> metricNames;      // everything reported: userMetricNames + "coverage", "gini"
  std::vector<ModelEvaluation> models;
  std::vector<ModelComparison> comparisons;  // every pair of models x every per-user metric
  int repetitions = 0;
  double evaluatedUsers = 0;     // users with relevant held-out items (mean per repetition)
  double coldStartUsers = 0;     // of those, users without training interactions (scored by popularity)
  double trainInteractions = 0;  // mean per repetition
  double testInteractions = 0;
  double catalogueItems = 0;     // candidate catalogue size (mean per repetition)
  double seconds = 0;
  std::string segmentAttribute;  // the user attribute of the attribute breakdown ("" = none)

  const ModelEvaluation& model(const std::string& label) const;  // throws std::out_of_range
};

struct EvaluationProgress {
  std::string stage;      // e.g. "fold 1/5, seed 42: training bpr"
  double fraction = 0;    // 0..1 over the whole run
};
using EvaluationProgressFn = std::function<void(const EvaluationProgress&)>;

class EvaluationCancelled : public std::runtime_error {
 public:
  EvaluationCancelled() : std::runtime_error("evaluation cancelled") {}
};

class EvaluationRunner {
 public:
  explicit EvaluationRunner(RecommenderFactory factory);

  void setProgress(EvaluationProgressFn progress) { progress_ = std::move(progress); }
  // The flag is polled between users and passed to fit(); setting it makes run() throw EvaluationCancelled.
  void setCancelFlag(const std::atomic<bool>* cancel) { cancel_ = cancel; }
  // A per-user label (indexed like the data's users) for the attribute breakdown, e.g. loadUserAttribute(...).
  void setUserSegments(std::string attribute, std::vector<std::string> labels);

  // Splits `data` per config (every seed, every fold), evaluates every model on each split and aggregates.
  // Throws std::invalid_argument for a bad config (no models, unknown algorithm, bad k), EvaluationCancelled.
  EvaluationResult run(const InteractionList& data, const EvaluationConfig& config);

  // Evaluates the given models on one prepared split, with `seed` for the bootstrap and the models' seeds.
  // (The tuner uses it on its validation split.)
  EvaluationResult runOnSplit(const DataSplit& split, const EvaluationConfig& config, std::uint64_t seed);

 private:
  struct Repetition;
  EvaluationResult evaluate(const std::vector<Repetition>& reps, const EvaluationConfig& config,
                            const InteractionList* data);
  void report(const std::string& stage, double fraction) const;
  void checkCancel() const;

  RecommenderFactory factory_;
  EvaluationProgressFn progress_;
  const std::atomic<bool>* cancel_ = nullptr;
  std::string segmentAttribute_;
  std::vector<std::string> segmentLabels_;
};

}  // namespace reco

// JSON forms of evaluation and tuning results: what the CLI prints with --json and what EvaluationStore keeps, and
// the evaluation report read back from it (both directions of the format live here).
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/ModelTuner.h"

namespace reco {

nlohmann::json paramsToJson(const ModelParams& params);
ModelParams paramsFromJson(const nlohmann::json& j);

// A metric is written {"value": v, "ci": [low, high]} (NaN as null). One object per model: "model" (label),
// "algorithm", "params", every metric name -> that metric, "fit_seconds", "score_seconds", "seconds", "users",
// "segments": [{group, segment, users, metrics}], "per_repetition": [...].
// The whole run: "split", "seed", "seeds", "repetitions", "k", "relevant_threshold", "bootstrap", "confidence",
// "users", "cold_start_users", "train_interactions", "test_interactions", "catalogue_items", "seconds",
// "models": [modelToJson...], "comparisons": [{a, b, metric, mean_difference, t, t_p, wilcoxon_statistic,
// wilcoxon_p, wilcoxon_exact, pairs}].
nlohmann::json evaluationToJson(const EvaluationResult& result);

// "algorithm", "objective", "strategy", "best_params", "best_validation", "trials": [{trial, params, value, error,
// seconds}], "test": evaluationToJson(test), "seconds".
nlohmann::json tuningToJson(const TuningConfig& config, const TuningResult& result);

// The evaluation report JSON (evaluationToJson's form) as plain values: what a live or stored run shows. Missing
// numbers (NaN, written as null) read back as NaN.
struct EvaluationReport {
  struct Model {
    std::string label;
    std::string algorithm;
    ModelParams params;
    std::map<std::string, MetricEstimate> metrics;  // every metric of the run by name
    double fitSeconds = 0;
    double scoreSeconds = 0;
    double seconds = 0;  // fit + score
    std::vector<SegmentMetrics> segments;
    std::vector<std::map<std::string, double>> perRepetition;
  };
  struct Comparison {
    std::string a, b, metric;  // model labels; the tests are over users of a - b
    double meanDifference = 0;
    std::int64_t pairs = 0;
    double t = 0, tP = 1;
    double wilcoxonStatistic = 0, wilcoxonP = 1;
    bool wilcoxonExact = false;
  };
  std::string split;
  std::uint64_t seed = 0;
  int seeds = 1;
  int repetitions = 0;
  std::vector<int> ks;
  std::optional<double> relevantThreshold;
  int bootstrap = 0;
  double confidence = 0.95;
  double users = 0, coldStartUsers = 0, trainInteractions = 0, testInteractions = 0, catalogueItems = 0;
  std::string segmentAttribute;
  double seconds = 0;
  std::vector<Model> models;
  std::vector<Comparison> comparisons;
};

// The report of a finished run (what evaluationToJson writes: evaluationToJson(r) == evaluationReportToJson(
// evaluationReport(r))).
EvaluationReport evaluationReport(const EvaluationResult& result);
nlohmann::json evaluationReportToJson(const EvaluationReport& report);
// Reads evaluationToJson's form back; evaluationReportToJson(readEvaluationReport(j)) == j. Other members of `j`
// (e.g. the CLI's run_id) are ignored. Throws std::invalid_argument naming the field and the reason for a missing
// field or a value of the wrong type ("evaluation report: models[1].ndcg@10.ci: expected [low, high]").
EvaluationReport readEvaluationReport(const nlohmann::json& j);

}  // namespace reco

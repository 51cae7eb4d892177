// JSON forms of evaluation and tuning results: what the CLI prints with --json and what EvaluationStore keeps.
#pragma once

#include <nlohmann/json.hpp>

#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/ModelTuner.h"

namespace reco {

nlohmann::json paramsToJson(const ModelParams& params);
ModelParams paramsFromJson(const nlohmann::json& j);

// {"value": v, "ci": [low, high]} (NaN as null).
nlohmann::json metricToJson(const MetricEstimate& m);

// One object per model: "model" (label), "algorithm", "params", every metric name -> metricToJson, "fit_seconds",
// "score_seconds", "seconds", "users", "segments": [{group, segment, users, metrics}], "per_repetition": [...].
nlohmann::json modelToJson(const EvaluationResult& result, const ModelEvaluation& model);

// The whole run: "split", "seed", "seeds", "repetitions", "k", "relevant_threshold", "bootstrap", "confidence",
// "users", "cold_start_users", "train_interactions", "test_interactions", "catalogue_items", "seconds",
// "models": [modelToJson...], "comparisons": [{a, b, metric, mean_difference, t, t_p, wilcoxon_statistic,
// wilcoxon_p, wilcoxon_exact, pairs}].
nlohmann::json evaluationToJson(const EvaluationResult& result);

// "algorithm", "objective", "strategy", "best_params", "best_validation", "trials": [{trial, params, value, error,
// seconds}], "test": evaluationToJson(test), "seconds".
nlohmann::json tuningToJson(const TuningConfig& config, const TuningResult& result);

}  // namespace reco

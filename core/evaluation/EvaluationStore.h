// Evaluation runs and tuning trials kept in the project (tables evaluation_runs, tuning_trials), so that every
// result can be listed, compared and re-run on the same data with the same split and seed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/evaluation/EvaluationJson.h"
#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/ModelTuner.h"
#include "core/storage/Project.h"

namespace reco {

struct StoredEvaluationRun {
  std::int64_t id = 0;
  std::string kind;  // "evaluate" or "tune"
  std::int64_t createdAt = 0;
  std::string dataFingerprint;
  std::string splitSpec;
  std::uint64_t seed = 0;
  int seeds = 1;
  nlohmann::json config;   // cut-offs, relevance threshold, bootstrap, interaction loading
  nlohmann::json models;   // [{label, algorithm, params}]
  nlohmann::json metrics;  // evaluationToJson(...) (tune: tuningToJson(...))
  nlohmann::json timings;  // [{model, fit_seconds, score_seconds}]
  double seconds = 0;
};

struct StoredTrial {
  int trial = 0;
  ModelParams params;
  std::string objective;
  std::optional<double> value;
  std::string error;
  double seconds = 0;
};

// The evaluation report of a stored run (a tuning run's is its final test evaluation, kept under "test").
// Throws std::invalid_argument naming the field when the stored JSON is not a report.
EvaluationReport storedReport(const StoredEvaluationRun& run);

class EvaluationStore {
 public:
  explicit EvaluationStore(Project& project) : project_(project) {}

  // Stores a finished run; `loading` describes how interactions were read (kept in config). Returns the run id.
  std::int64_t saveEvaluation(const EvaluationResult& result, const nlohmann::json& loading = {});
  // Stores a tuning run (its final test evaluation as metrics) and every trial, in one transaction.
  std::int64_t saveTuning(const TuningConfig& config, const TuningResult& result, const nlohmann::json& loading = {});

  std::vector<StoredEvaluationRun> list();  // newest first
  std::optional<StoredEvaluationRun> find(std::int64_t id);
  std::vector<StoredTrial> trials(std::int64_t runId);
  bool remove(std::int64_t id);  // true when a run was deleted (its trials go with it)

 private:
  std::int64_t insertRun(const std::string& kind, const EvaluationResult& result, const nlohmann::json& config,
                         const nlohmann::json& metrics);
  Project& project_;
};

}  // namespace reco

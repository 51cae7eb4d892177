#include "core/evaluation/EvaluationStore.h"

#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/evaluation/EvaluationJson.h"
#include "core/storage/Database.h"

namespace reco {

EvaluationReport storedReport(const StoredEvaluationRun& run) {
  return readEvaluationReport(run.kind == "tune" && run.metrics.contains("test") ? run.metrics["test"] : run.metrics);
}

namespace {

std::int64_t nowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

nlohmann::json parseStored(const std::string& text, std::int64_t id, const char* column) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error("evaluation run " + std::to_string(id) + ": column " + column + " is not valid JSON (" +
                             e.what() + ")");
  }
}

}  // namespace

std::int64_t EvaluationStore::insertRun(const std::string& kind, const EvaluationResult& result,
                                        const nlohmann::json& config, const nlohmann::json& metrics) {
  nlohmann::json models = nlohmann::json::array(), timings = nlohmann::json::array();
  for (const auto& m : result.models) {
    models.push_back({{"label", m.model.label}, {"algorithm", m.model.algorithm}, {"params", paramsToJson(m.model.params)}});
    timings.push_back({{"model", m.model.label}, {"fit_seconds", m.fitSeconds}, {"score_seconds", m.scoreSeconds}});
  }
  auto st = project_.db().prepare(
      "INSERT INTO evaluation_runs(kind, created_at, data_fingerprint, split_spec, seed, seeds, config, models, "
      "metrics, timings, seconds) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
  st.bind(1, kind)
      .bind(2, nowSeconds())
      .bind(3, project_.dataFingerprint())
      .bind(4, result.config.split.toString())
      .bind(5, static_cast<std::int64_t>(result.config.seed))
      .bind(6, result.config.seeds)
      .bind(7, config.dump())
      .bind(8, models.dump())
      .bind(9, metrics.dump())
      .bind(10, timings.dump())
      .bind(11, result.seconds)
      .exec();
  return project_.db().lastInsertRowId();
}

std::int64_t EvaluationStore::saveEvaluation(const EvaluationResult& result, const nlohmann::json& loading) {
  nlohmann::json config = {{"k", result.config.ks},
                           {"relevant_threshold", result.config.relevantThreshold
                                                      ? nlohmann::json(*result.config.relevantThreshold)
                                                      : nlohmann::json(nullptr)},
                           {"bootstrap", result.config.bootstrapReplicates},
                           {"confidence", result.config.confidence},
                           {"candidates_trained_items_only", result.config.candidatesTrainedItemsOnly},
                           {"segment_attribute", result.segmentAttribute},
                           {"loading", loading}};
  Transaction tx(project_.db());
  auto id = insertRun("evaluate", result, config, evaluationToJson(result));
  tx.commit();
  return id;
}

std::int64_t EvaluationStore::saveTuning(const TuningConfig& tc, const TuningResult& result, const nlohmann::json& loading) {
  nlohmann::json ranges = nlohmann::json::array();
  for (const auto& r : tc.ranges) ranges.push_back(r.toString());
  nlohmann::json config = {{"k", tc.ks},
                           {"relevant_threshold", tc.relevantThreshold ? nlohmann::json(*tc.relevantThreshold)
                                                                       : nlohmann::json(nullptr)},
                           {"bootstrap", tc.bootstrapReplicates},
                           {"algorithm", tc.algorithm},
                           {"fixed", paramsToJson(tc.fixed)},
                           {"space", ranges},
                           {"strategy", tc.strategy == SearchStrategy::Grid ? "grid" : "random"},
                           {"trials", tc.trials},
                           {"objective", tc.objective},
                           {"loading", loading}};
  Transaction tx(project_.db());
  auto j = tuningToJson(tc, result);
  j.erase("trials");  // kept row by row in tuning_trials
  auto id = insertRun("tune", result.test, config, j);
  auto st = project_.db().prepare(
      "INSERT INTO tuning_trials(run_id, trial, params, objective, value, error, seconds) VALUES(?,?,?,?,?,?,?)");
  for (const auto& t : result.search.trials) {
    st.reset();
    st.bind(1, id).bind(2, t.index).bind(3, paramsToJson(t.params).dump()).bind(4, tc.objective);
    if (std::isfinite(t.score))
      st.bind(5, t.score);
    else
      st.bindNull(5);
    st.bind(6, t.error).bind(7, t.seconds).exec();
  }
  tx.commit();
  return id;
}

namespace {

constexpr const char* kRunColumns =
    "SELECT id, kind, created_at, data_fingerprint, split_spec, seed, seeds, config, models, metrics, timings, seconds "
    "FROM evaluation_runs";

StoredEvaluationRun readRun(Statement& st) {
  StoredEvaluationRun r;
  r.id = st.columnInt(0);
  r.kind = st.columnText(1);
  r.createdAt = st.columnInt(2);
  r.dataFingerprint = st.columnText(3);
  r.splitSpec = st.columnText(4);
  r.seed = static_cast<std::uint64_t>(st.columnInt(5));
  r.seeds = static_cast<int>(st.columnInt(6));
  r.config = parseStored(st.columnText(7), r.id, "config");
  r.models = parseStored(st.columnText(8), r.id, "models");
  r.metrics = parseStored(st.columnText(9), r.id, "metrics");
  r.timings = parseStored(st.columnText(10), r.id, "timings");
  r.seconds = st.columnDouble(11);
  return r;
}

}  // namespace

std::vector<StoredEvaluationRun> EvaluationStore::list() {
  std::vector<StoredEvaluationRun> out;
  auto st = project_.db().prepare(std::string(kRunColumns) + " ORDER BY created_at DESC, id DESC");
  while (st.step()) out.push_back(readRun(st));
  return out;
}

std::optional<StoredEvaluationRun> EvaluationStore::find(std::int64_t id) {
  auto st = project_.db().prepare(std::string(kRunColumns) + " WHERE id=?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return readRun(st);
}

std::vector<StoredTrial> EvaluationStore::trials(std::int64_t runId) {
  std::vector<StoredTrial> out;
  auto st = project_.db().prepare(
      "SELECT trial, params, objective, value, error, seconds FROM tuning_trials WHERE run_id=? ORDER BY trial");
  st.bind(1, runId);
  while (st.step()) {
    StoredTrial t;
    t.trial = static_cast<int>(st.columnInt(0));
    t.params = paramsFromJson(parseStored(st.columnText(1), runId, "tuning_trials.params"));
    t.objective = st.columnText(2);
    t.value = st.columnOptDouble(3);
    t.error = st.columnText(4);
    t.seconds = st.columnDouble(5);
    out.push_back(std::move(t));
  }
  return out;
}

bool EvaluationStore::remove(std::int64_t id) {
  auto st = project_.db().prepare("DELETE FROM evaluation_runs WHERE id=?");
  st.bind(1, id).exec();
  return project_.db().changes() > 0;
}

}  // namespace reco

#include "core/evaluation/EvaluationJson.h"

#include <cmath>

namespace reco {

namespace {

nlohmann::json number(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

std::string strategyName(SearchStrategy s) { return s == SearchStrategy::Grid ? "grid" : "random"; }

}  // namespace

nlohmann::json paramsToJson(const ModelParams& params) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [k, v] : params) j[k] = number(v);
  return j;
}

ModelParams paramsFromJson(const nlohmann::json& j) {
  ModelParams p;
  if (!j.is_object()) return p;
  for (auto it = j.begin(); it != j.end(); ++it)
    if (it.value().is_number()) p[it.key()] = it.value().get<double>();
  return p;
}

nlohmann::json metricToJson(const MetricEstimate& m) {
  return {{"value", number(m.value)}, {"ci", {number(m.low), number(m.high)}}};
}

nlohmann::json modelToJson(const EvaluationResult& result, const ModelEvaluation& model) {
  nlohmann::json j;
  j["model"] = model.model.label;
  j["algorithm"] = model.model.algorithm;
  j["params"] = paramsToJson(model.model.params);
  for (const auto& name : result.metricNames) {
    auto it = model.metrics.find(name);
    if (it != model.metrics.end()) j[name] = metricToJson(it->second);
  }
  j["fit_seconds"] = model.fitSeconds;
  j["score_seconds"] = model.scoreSeconds;
  j["seconds"] = model.fitSeconds + model.scoreSeconds;
  nlohmann::json segments = nlohmann::json::array();
  for (const auto& s : model.segments) {
    nlohmann::json m = nlohmann::json::object();
    for (const auto& [k, v] : s.metrics) m[k] = number(v);
    segments.push_back({{"group", s.group}, {"segment", s.segment}, {"users", s.users}, {"metrics", m}});
  }
  j["segments"] = segments;
  nlohmann::json reps = nlohmann::json::array();
  for (const auto& rep : model.perRepetition) {
    nlohmann::json m = nlohmann::json::object();
    for (const auto& [k, v] : rep) m[k] = number(v);
    reps.push_back(m);
  }
  j["per_repetition"] = reps;
  return j;
}

nlohmann::json evaluationToJson(const EvaluationResult& r) {
  nlohmann::json j;
  j["split"] = r.config.split.toString();
  j["seed"] = r.config.seed;
  j["seeds"] = r.config.seeds;
  j["repetitions"] = r.repetitions;
  j["k"] = r.config.ks;
  j["relevant_threshold"] = r.config.relevantThreshold ? nlohmann::json(*r.config.relevantThreshold) : nlohmann::json(nullptr);
  j["bootstrap"] = r.config.bootstrapReplicates;
  j["confidence"] = r.config.confidence;
  j["users"] = r.evaluatedUsers;
  j["cold_start_users"] = r.coldStartUsers;
  j["train_interactions"] = r.trainInteractions;
  j["test_interactions"] = r.testInteractions;
  j["catalogue_items"] = r.catalogueItems;
  j["segment_attribute"] = r.segmentAttribute;
  j["seconds"] = r.seconds;
  nlohmann::json models = nlohmann::json::array();
  for (const auto& m : r.models) models.push_back(modelToJson(r, m));
  j["models"] = models;
  nlohmann::json comps = nlohmann::json::array();
  for (const auto& c : r.comparisons)
    comps.push_back({{"a", r.models[c.modelA].model.label},
                     {"b", r.models[c.modelB].model.label},
                     {"metric", c.metric},
                     {"mean_difference", number(c.tTest.meanDifference)},
                     {"pairs", c.tTest.n},
                     {"t", number(c.tTest.statistic)},
                     {"t_p", number(c.tTest.pValue)},
                     {"wilcoxon_statistic", number(c.wilcoxon.statistic)},
                     {"wilcoxon_p", number(c.wilcoxon.pValue)},
                     {"wilcoxon_exact", c.wilcoxon.exact}});
  j["comparisons"] = comps;
  return j;
}

nlohmann::json tuningToJson(const TuningConfig& config, const TuningResult& result) {
  nlohmann::json j;
  j["algorithm"] = config.algorithm;
  j["objective"] = config.objective;
  j["strategy"] = strategyName(config.strategy);
  nlohmann::json ranges = nlohmann::json::array();
  for (const auto& r : config.ranges) ranges.push_back(r.toString());
  j["space"] = ranges;
  j["best_params"] = paramsToJson(result.bestParams);
  j["best_validation"] =
      result.search.best >= 0 ? number(result.search.trials[static_cast<std::size_t>(result.search.best)].score) : nullptr;
  nlohmann::json trials = nlohmann::json::array();
  for (const auto& t : result.search.trials)
    trials.push_back({{"trial", t.index}, {"params", paramsToJson(t.params)}, {"value", number(t.score)},
                      {"error", t.error}, {"seconds", t.seconds}});
  j["trials"] = trials;
  j["test"] = evaluationToJson(result.test);
  j["seconds"] = result.seconds;
  return j;
}

}  // namespace reco

#include "core/evaluation/EvaluationJson.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace reco {

namespace {

nlohmann::json number(double v) {
  return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

std::string strategyName(SearchStrategy s) {
  return s == SearchStrategy::Grid ? "grid" : "random";
}

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

namespace {

nlohmann::json metricToJson(const MetricEstimate& m) {
  return {{"value", number(m.value)}, {"ci", {number(m.low), number(m.high)}}};
}

nlohmann::json numbersToJson(const std::map<std::string, double>& values) {
  nlohmann::json m = nlohmann::json::object();
  for (const auto& [k, v] : values) m[k] = number(v);
  return m;
}

nlohmann::json modelToJson(const EvaluationReport::Model& model) {
  nlohmann::json j;
  j["model"] = model.label;
  j["algorithm"] = model.algorithm;
  j["params"] = paramsToJson(model.params);
  for (const auto& [name, estimate] : model.metrics) j[name] = metricToJson(estimate);
  j["fit_seconds"] = model.fitSeconds;
  j["score_seconds"] = model.scoreSeconds;
  j["seconds"] = model.seconds;
  nlohmann::json segments = nlohmann::json::array();
  for (const auto& s : model.segments)
    segments.push_back(
        {{"group", s.group}, {"segment", s.segment}, {"users", s.users}, {"metrics", numbersToJson(s.metrics)}});
  j["segments"] = segments;
  nlohmann::json reps = nlohmann::json::array();
  for (const auto& rep : model.perRepetition) reps.push_back(numbersToJson(rep));
  j["per_repetition"] = reps;
  return j;
}

EvaluationReport::Model reportModel(const EvaluationResult& result, const ModelEvaluation& model) {
  EvaluationReport::Model m;
  m.label = model.model.label;
  m.algorithm = model.model.algorithm;
  m.params = model.model.params;
  for (const auto& name : result.metricNames) {
    auto it = model.metrics.find(name);
    if (it != model.metrics.end()) m.metrics[name] = it->second;
  }
  m.fitSeconds = model.fitSeconds;
  m.scoreSeconds = model.scoreSeconds;
  m.seconds = model.fitSeconds + model.scoreSeconds;
  m.segments = model.segments;
  m.perRepetition = model.perRepetition;
  return m;
}

// Reading: every accessor names the field's path in its error.
class Reader {
 public:
  [[noreturn]] static void fail(const std::string& path, const std::string& reason) {
    throw std::invalid_argument("evaluation report: " + path + ": " + reason);
  }
  static const nlohmann::json& field(const nlohmann::json& j, const std::string& path, const char* key) {
    if (!j.is_object()) fail(path, "expected an object");
    auto it = j.find(key);
    if (it == j.end()) fail(join(path, key), "missing");
    return *it;
  }
  static std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }
  // A number, or null for NaN.
  static double number(const nlohmann::json& v, const std::string& path) {
    if (v.is_null()) return std::numeric_limits<double>::quiet_NaN();
    if (!v.is_number()) fail(path, "expected a number or null, got " + std::string(v.type_name()));
    return v.get<double>();
  }
  static double number(const nlohmann::json& j, const std::string& path, const char* key) {
    return number(field(j, path, key), join(path, key));
  }
  static std::int64_t integer(const nlohmann::json& j, const std::string& path, const char* key) {
    const auto& v = field(j, path, key);
    if (!v.is_number_integer()) fail(join(path, key), "expected a whole number, got " + v.dump());
    return v.get<std::int64_t>();
  }
  static std::string text(const nlohmann::json& j, const std::string& path, const char* key) {
    const auto& v = field(j, path, key);
    if (!v.is_string()) fail(join(path, key), "expected a string, got " + std::string(v.type_name()));
    return v.get<std::string>();
  }
  static const nlohmann::json& array(const nlohmann::json& j, const std::string& path, const char* key) {
    const auto& v = field(j, path, key);
    if (!v.is_array()) fail(join(path, key), "expected an array, got " + std::string(v.type_name()));
    return v;
  }
  static std::map<std::string, double> numbers(const nlohmann::json& v, const std::string& path) {
    if (!v.is_object()) fail(path, "expected an object of numbers");
    std::map<std::string, double> out;
    for (auto it = v.begin(); it != v.end(); ++it) out[it.key()] = number(it.value(), join(path, it.key()));
    return out;
  }
  static std::string at(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }
};

bool isModelField(const std::string& key) {
  static const char* const fields[] = {"model",         "algorithm", "params",   "fit_seconds",
                                       "score_seconds", "seconds",   "segments", "per_repetition"};
  return std::any_of(std::begin(fields), std::end(fields), [&](const char* f) { return key == f; });
}

MetricEstimate readMetric(const nlohmann::json& v, const std::string& path) {
  MetricEstimate m;
  m.value = Reader::number(v, path, "value");
  const auto& ci = Reader::field(v, path, "ci");
  if (!ci.is_array() || ci.size() != 2) Reader::fail(path + ".ci", "expected [low, high]");
  m.low = Reader::number(ci[0], path + ".ci[0]");
  m.high = Reader::number(ci[1], path + ".ci[1]");
  return m;
}

EvaluationReport::Model readModel(const nlohmann::json& j, const std::string& path) {
  EvaluationReport::Model m;
  m.label = Reader::text(j, path, "model");
  m.algorithm = Reader::text(j, path, "algorithm");
  for (const auto& [k, v] : Reader::numbers(Reader::field(j, path, "params"), path + ".params")) m.params[k] = v;
  m.fitSeconds = Reader::number(j, path, "fit_seconds");
  m.scoreSeconds = Reader::number(j, path, "score_seconds");
  m.seconds = Reader::number(j, path, "seconds");
  for (auto it = j.begin(); it != j.end(); ++it)
    if (!isModelField(it.key())) m.metrics[it.key()] = readMetric(it.value(), Reader::join(path, it.key()));
  const auto& segments = Reader::array(j, path, "segments");
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const std::string at = Reader::at(path + ".segments", i);
    SegmentMetrics s;
    s.group = Reader::text(segments[i], at, "group");
    s.segment = Reader::text(segments[i], at, "segment");
    s.users = Reader::number(segments[i], at, "users");
    s.metrics = Reader::numbers(Reader::field(segments[i], at, "metrics"), at + ".metrics");
    m.segments.push_back(std::move(s));
  }
  const auto& reps = Reader::array(j, path, "per_repetition");
  for (std::size_t i = 0; i < reps.size(); ++i)
    m.perRepetition.push_back(Reader::numbers(reps[i], Reader::at(path + ".per_repetition", i)));
  return m;
}

EvaluationReport::Comparison readComparison(const nlohmann::json& j, const std::string& path) {
  EvaluationReport::Comparison c;
  c.a = Reader::text(j, path, "a");
  c.b = Reader::text(j, path, "b");
  c.metric = Reader::text(j, path, "metric");
  c.meanDifference = Reader::number(j, path, "mean_difference");
  c.pairs = Reader::integer(j, path, "pairs");
  c.t = Reader::number(j, path, "t");
  c.tP = Reader::number(j, path, "t_p");
  c.wilcoxonStatistic = Reader::number(j, path, "wilcoxon_statistic");
  c.wilcoxonP = Reader::number(j, path, "wilcoxon_p");
  const auto& exact = Reader::field(j, path, "wilcoxon_exact");
  if (!exact.is_boolean()) Reader::fail(path + ".wilcoxon_exact", "expected true or false");
  c.wilcoxonExact = exact.get<bool>();
  return c;
}

}  // namespace

EvaluationReport evaluationReport(const EvaluationResult& r) {
  EvaluationReport out;
  out.split = r.config.split.toString();
  out.seed = r.config.seed;
  out.seeds = r.config.seeds;
  out.repetitions = r.repetitions;
  out.ks = r.config.ks;
  out.relevantThreshold = r.config.relevantThreshold;
  out.bootstrap = r.config.bootstrapReplicates;
  out.confidence = r.config.confidence;
  out.users = r.evaluatedUsers;
  out.coldStartUsers = r.coldStartUsers;
  out.trainInteractions = r.trainInteractions;
  out.testInteractions = r.testInteractions;
  out.catalogueItems = r.catalogueItems;
  out.segmentAttribute = r.segmentAttribute;
  out.seconds = r.seconds;
  for (const auto& m : r.models) out.models.push_back(reportModel(r, m));
  for (const auto& c : r.comparisons)
    out.comparisons.push_back({r.models[c.modelA].model.label, r.models[c.modelB].model.label, c.metric,
                               c.tTest.meanDifference, static_cast<std::int64_t>(c.tTest.n), c.tTest.statistic,
                               c.tTest.pValue, c.wilcoxon.statistic, c.wilcoxon.pValue, c.wilcoxon.exact});
  return out;
}

nlohmann::json evaluationReportToJson(const EvaluationReport& r) {
  nlohmann::json j;
  j["split"] = r.split;
  j["seed"] = r.seed;
  j["seeds"] = r.seeds;
  j["repetitions"] = r.repetitions;
  j["k"] = r.ks;
  j["relevant_threshold"] = r.relevantThreshold ? nlohmann::json(*r.relevantThreshold) : nlohmann::json(nullptr);
  j["bootstrap"] = r.bootstrap;
  j["confidence"] = r.confidence;
  j["users"] = r.users;
  j["cold_start_users"] = r.coldStartUsers;
  j["train_interactions"] = r.trainInteractions;
  j["test_interactions"] = r.testInteractions;
  j["catalogue_items"] = r.catalogueItems;
  j["segment_attribute"] = r.segmentAttribute;
  j["seconds"] = r.seconds;
  nlohmann::json models = nlohmann::json::array();
  for (const auto& m : r.models) models.push_back(modelToJson(m));
  j["models"] = models;
  nlohmann::json comps = nlohmann::json::array();
  for (const auto& c : r.comparisons)
    comps.push_back({{"a", c.a},
                     {"b", c.b},
                     {"metric", c.metric},
                     {"mean_difference", number(c.meanDifference)},
                     {"pairs", c.pairs},
                     {"t", number(c.t)},
                     {"t_p", number(c.tP)},
                     {"wilcoxon_statistic", number(c.wilcoxonStatistic)},
                     {"wilcoxon_p", number(c.wilcoxonP)},
                     {"wilcoxon_exact", c.wilcoxonExact}});
  j["comparisons"] = comps;
  return j;
}

nlohmann::json evaluationToJson(const EvaluationResult& r) {
  return evaluationReportToJson(evaluationReport(r));
}

EvaluationReport readEvaluationReport(const nlohmann::json& j) {
  if (!j.is_object()) Reader::fail("(top level)", "expected an object, got " + std::string(j.type_name()));
  EvaluationReport r;
  r.split = Reader::text(j, "", "split");
  const auto& seed = Reader::field(j, "", "seed");
  if (!seed.is_number_integer() || (!seed.is_number_unsigned() && seed.get<std::int64_t>() < 0))
    Reader::fail("seed", "expected a whole number >= 0, got " + seed.dump());
  r.seed = seed.get<std::uint64_t>();
  r.seeds = static_cast<int>(Reader::integer(j, "", "seeds"));
  r.repetitions = static_cast<int>(Reader::integer(j, "", "repetitions"));
  const auto& ks = Reader::array(j, "", "k");
  for (std::size_t i = 0; i < ks.size(); ++i) {
    if (!ks[i].is_number_integer()) Reader::fail(Reader::at("k", i), "expected a whole number, got " + ks[i].dump());
    r.ks.push_back(ks[i].get<int>());
  }
  const auto& threshold = Reader::field(j, "", "relevant_threshold");
  if (!threshold.is_null()) r.relevantThreshold = Reader::number(threshold, "relevant_threshold");
  r.bootstrap = static_cast<int>(Reader::integer(j, "", "bootstrap"));
  r.confidence = Reader::number(j, "", "confidence");
  r.users = Reader::number(j, "", "users");
  r.coldStartUsers = Reader::number(j, "", "cold_start_users");
  r.trainInteractions = Reader::number(j, "", "train_interactions");
  r.testInteractions = Reader::number(j, "", "test_interactions");
  r.catalogueItems = Reader::number(j, "", "catalogue_items");
  r.segmentAttribute = Reader::text(j, "", "segment_attribute");
  r.seconds = Reader::number(j, "", "seconds");
  const auto& models = Reader::array(j, "", "models");
  for (std::size_t i = 0; i < models.size(); ++i) r.models.push_back(readModel(models[i], Reader::at("models", i)));
  const auto& comps = Reader::array(j, "", "comparisons");
  for (std::size_t i = 0; i < comps.size(); ++i)
    r.comparisons.push_back(readComparison(comps[i], Reader::at("comparisons", i)));
  return r;
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
  j["best_validation"] = result.search.best >= 0
                             ? number(result.search.trials[static_cast<std::size_t>(result.search.best)].score)
                             : nullptr;
  nlohmann::json trials = nlohmann::json::array();
  for (const auto& t : result.search.trials)
    trials.push_back({{"trial", t.index},
                      {"params", paramsToJson(t.params)},
                      {"value", number(t.score)},
                      {"error", t.error},
                      {"seconds", t.seconds}});
  j["trials"] = trials;
  j["test"] = evaluationToJson(result.test);
  j["seconds"] = result.seconds;
  return j;
}

}  // namespace reco

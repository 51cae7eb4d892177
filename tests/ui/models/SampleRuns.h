// Evaluation runs for the Models tests, in the JSON form core writes (reco::evaluationToJson) and read back by core:
// the run's settings are fixed (stratified-user:0.75, seed 42, k = 10, 42 users, 95% intervals); the models and
// the paired comparisons are the caller's.
#pragma once

#include <nlohmann/json.hpp>

#include "core/evaluation/EvaluationJson.h"

namespace sampleruns {

// {"value": v, "ci": [low, high]}
inline nlohmann::json metric(double value, double low, double high) {
  return nlohmann::json{{"value", value}, {"ci", {low, high}}};
}

// A model entry with the given metrics (name -> metric()).
inline nlohmann::json model(const char* name, const nlohmann::json& metrics) {
  nlohmann::json m = {{"model", name},
                      {"algorithm", name},
                      {"params", nlohmann::json::object()},
                      {"seconds", 0.5},
                      {"fit_seconds", 0.2},
                      {"score_seconds", 0.3},
                      {"per_repetition", nlohmann::json::array()},
                      {"segments", nlohmann::json::array()}};
  m.update(metrics);
  return m;
}

// A paired comparison of models a and b on one metric; mean_difference is a - b.
inline nlohmann::json comparison(const char* a, const char* b, const char* metric, double difference, double p) {
  return nlohmann::json{{"a", a},
                        {"b", b},
                        {"metric", metric},
                        {"mean_difference", difference},
                        {"t", 0},
                        {"t_p", p},
                        {"wilcoxon_statistic", 0},
                        {"wilcoxon_p", p},
                        {"wilcoxon_exact", false},
                        {"pairs", 42}};
}

inline reco::EvaluationReport run(const nlohmann::json& models, const nlohmann::json& comparisons) {
  return reco::readEvaluationReport({{"split", "stratified-user:0.75"},
                                     {"seed", 42},
                                     {"seeds", 1},
                                     {"k", {10}},
                                     {"relevant_threshold", nullptr},
                                     {"bootstrap", 1000},
                                     {"repetitions", 1},
                                     {"users", 42},
                                     {"cold_start_users", 0},
                                     {"train_interactions", 300},
                                     {"test_interactions", 100},
                                     {"catalogue_items", 50},
                                     {"segment_attribute", ""},
                                     {"seconds", 1.5},
                                     {"confidence", 0.95},
                                     {"models", models},
                                     {"comparisons", comparisons}});
}

}  // namespace sampleruns

#include "core/whatif/WhatIfJson.h"

#include <cmath>

namespace reco {

namespace {

using nlohmann::json;

json number(double v) { return std::isfinite(v) ? json(v) : json(); }

json warningsJson(const std::vector<WhatIfWarning>& warnings) {
  json out = json::array();
  for (const auto& w : warnings) out.push_back({{"kind", warningKindName(w.kind)}, {"text", w.text}});
  return out;
}

json diagnosticsJson(const WhatIfDiagnostics& d, const std::vector<WhatIfWarning>& warnings) {
  json largest = json::array();
  for (double w : d.largestWeights) largest.push_back(number(w));
  return {{"impressions", d.impressions},
          {"clicks", d.clicks},
          {"effective_sample_size", number(d.effectiveSampleSize)},
          {"agreement", number(d.agreement)},
          {"matched_impressions", d.matched},
          {"max_weight", number(d.maxWeight)},
          {"largest_weights", largest},
          {"largest_weights_share", number(d.largestWeightsShare)},
          {"effective_clicks", number(d.effectiveClicks)},
          {"near_zero_propensities", d.nearZeroPropensities},
          {"estimated_propensities", d.estimatedPropensities},
          {"unlogged_share", number(d.unloggedMass)},
          {"warnings", warningsJson(warnings)}};
}

json estimatesJson(const WhatIfEstimates& e) {
  json out = json::object();
  for (const auto& r : e.estimators)
    out[estimatorName(r.estimator)] = {{"estimate", number(r.estimate)},
                                       {"ci", json::array({number(r.low), number(r.high)})},
                                       {"diagnostics", diagnosticsJson(e.diagnostics, r.warnings)}};
  return out;
}

}  // namespace

const char* warningKindName(WhatIfWarningKind kind) {
  switch (kind) {
    case WhatIfWarningKind::PropensitiesEstimated: return "propensities_estimated";
    case WhatIfWarningKind::NearZeroPropensities: return "near_zero_propensities";
    case WhatIfWarningKind::NoOverlap: return "no_overlap";
    case WhatIfWarningKind::LittleOverlap: return "little_overlap";
    case WhatIfWarningKind::DominantWeights: return "dominant_weights";
    case WhatIfWarningKind::UnloggedActions: return "unlogged_actions";
    case WhatIfWarningKind::FewClicks: return "few_clicks";
  }
  return "unknown";
}

json whatIfToJson(const WhatIfResult& result, const ImpressionLog& log, std::optional<double> observed) {
  json positions = json::array();
  for (const auto& p : result.positions)
    positions.push_back({{"position", p.position},
                         {"estimators", estimatesJson(p)},
                         {"diagnostics", diagnosticsJson(p.diagnostics, p.diagnostics.warnings)}});
  const bool allEstimated = log.estimatedPropensities == static_cast<std::int64_t>(log.rows.size());
  json out = {
      {"policy",
       {{"description", result.policy}, {"deterministic", result.deterministic}, {"epsilon", result.epsilon}}},
      {"logs",
       {{"impressions", static_cast<std::int64_t>(log.rows.size())},
        {"clicks", log.clicks()},
        {"click_rate", number(log.clickRate())},
        {"slots", log.slots},
        {"propensities", log.estimatedPropensities == 0 ? "logged" : allEstimated ? "estimated" : "partly estimated"}}},
      {"reward_model", result.rewardModel},
      {"bootstrap", {{"replicates", result.replicates}, {"confidence", result.confidence}, {"seed", result.seed}}},
      {"estimators", estimatesJson(result)},
      {"diagnostics", diagnosticsJson(result.diagnostics, result.diagnostics.warnings)},
      {"positions", positions}};
  if (observed) out["observed"] = number(*observed);
  return out;
}

}  // namespace reco

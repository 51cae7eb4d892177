// The what-if result as JSON (`recoengine-cli whatif --json`): an `estimators` object keyed by estimator name, each
// with `estimate`, `ci` [low, high] and its `diagnostics` (warnings that concern it included), for the whole slate;
// `positions` with the same per slot; the policy, the logs and the bootstrap settings. Rates are clicks per
// impression; a number that cannot be estimated is null.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "core/whatif/ImpressionLog.h"
#include "core/whatif/OffPolicyEstimate.h"

namespace reco {

const char* warningKindName(WhatIfWarningKind kind);  // "propensities_estimated", "little_overlap", ...

// `observed`: the evaluated policy's own click rate when its logs are known (written as "observed").
nlohmann::json whatIfToJson(const WhatIfResult& result, const ImpressionLog& log, std::optional<double> observed);

}  // namespace reco

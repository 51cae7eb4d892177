// Off-policy evaluation: the click rate a policy would have had on logged traffic, estimated from the logged
// impressions and their propensities by replay (Li et al. 2011), inverse propensity scoring (IPS), self-normalised
// IPS (SNIPS), the direct method (DM, a click model fitted on the logs) and doubly robust (DR), for the whole slate
// and per slot, with percentile-bootstrap 95% intervals and the diagnostics that say when not to trust them.
// The maths and assumptions are in docs/whatif.md.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/whatif/ClickModel.h"
#include "core/whatif/ImpressionLog.h"
#include "core/whatif/TargetPolicy.h"

namespace reco {

enum class Estimator { Replay, Ips, Snips, DirectMethod, DoublyRobust };
inline constexpr Estimator kAllEstimators[] = {Estimator::Replay, Estimator::Ips, Estimator::Snips,
                                               Estimator::DirectMethod, Estimator::DoublyRobust};
const char* estimatorName(Estimator e);  // "replay", "ips", "snips", "dm", "dr"
std::optional<Estimator> parseEstimator(std::string_view name);

// Why an estimate may not be trusted. Each comes with a plain-words text (English; the GUI translates by kind).
enum class WhatIfWarningKind {
  PropensitiesEstimated,  // the logs carry no (or some no) propensities: estimated from exposure frequencies
  NearZeroPropensities,   // some logged propensities are below 0.001: their weights explode
  NoOverlap,              // the policy gives no probability to any logged impression: nothing to estimate from
  LittleOverlap,          // effective sample size below 1% of the impressions (or below 30)
  DominantWeights,        // the estimate rests on the equivalent of fewer than 10 clicked impressions
  UnloggedActions,        // the policy puts probability on items the logs never showed there
  FewClicks,              // fewer than 100 clicks: the intervals are wide
};

struct WhatIfWarning {
  WhatIfWarningKind kind;
  std::string text;
};

struct WhatIfDiagnostics {
  std::int64_t impressions = 0;
  std::int64_t clicks = 0;
  double loggedClickRate = 0;        // clicks / impressions of the logs (the logging policy's observed rate)
  double effectiveSampleSize = 0;    // (sum w)^2 / sum w^2 of the importance weights w = pi / propensity
  double agreement = 0;              // mean pi(logged item | context): the expected share of logged impressions
                                     // the policy would have shown the same item (the match share if deterministic)
  std::int64_t matched = 0;          // impressions with pi(logged item) > 0 (replay's sample)
  double maxWeight = 0;
  std::vector<double> largestWeights;  // the 10 largest weights, largest first
  double largestWeightsShare = 0;      // share of sum w * click carried by the 10 impressions with the largest
                                       // w * click (the largest weights among the clicked ones)
  // (sum w * click)^2 / sum (w * click)^2: how many equally weighted clicked impressions the estimate is worth.
  double effectiveClicks = 0;
  std::int64_t nearZeroPropensities = 0;
  std::int64_t estimatedPropensities = 0;
  double unloggedMass = 0;           // TargetPolicy::unloggedMass()
  std::vector<WhatIfWarning> warnings;
};

struct EstimatorResult {
  Estimator estimator = Estimator::Ips;
  double estimate = 0;  // clicks per impression; NaN when it cannot be estimated (no overlap)
  double low = 0;       // bootstrap interval (NaN without replicates)
  double high = 0;
  std::vector<WhatIfWarning> warnings;  // the diagnostics' warnings that concern this estimator
};

struct WhatIfEstimates {
  std::vector<EstimatorResult> estimators;  // in the order asked
  WhatIfDiagnostics diagnostics;
  const EstimatorResult* find(Estimator e) const;
};

struct WhatIfPositionResult : WhatIfEstimates {
  std::int32_t position = 1;
};

struct WhatIfResult : WhatIfEstimates {  // the whole slate (every slot's impressions together)
  std::vector<WhatIfPositionResult> positions;  // per slot, ascending
  std::string policy;       // TargetPolicy::description()
  bool deterministic = false;
  double epsilon = 0;
  std::string rewardModel;  // RewardModel::description() used by dm and dr
  int replicates = 0;
  double confidence = 0.95;
  std::uint64_t seed = 0;
};

struct WhatIfOptions {
  std::vector<Estimator> estimators{std::begin(kAllEstimators), std::end(kAllEstimators)};
  int replicates = 1000;  // bootstrap resamples of the impressions; 0 = no intervals
  double confidence = 0.95;
  std::uint64_t seed = 42;
  std::optional<std::int32_t> position;  // only this slot's impressions (whole slate = that slot)
  const RewardModel* rewardModel = nullptr;  // nullptr: a PositionBasedClickModel fitted on the log
  const std::atomic<bool>* cancel = nullptr;  // polled between steps; throws WhatIfCancelled
};

// Estimates the click rate `policy` would have had on the impressions of `log`. Throws std::invalid_argument for an
// empty log or options out of range, WhatIfCancelled when options.cancel becomes true.
WhatIfResult estimatePolicyValue(const ImpressionLog& log, const TargetPolicy& policy, const WhatIfOptions& options = {});

// Two policies on the same impressions (e.g. a model without and with a rule set), and the difference with, minus
// without, per estimator: its intervals come from the same bootstrap resamples for both (paired), so they are
// narrower than the two intervals side by side suggest when the policies agree on most impressions.
struct WhatIfComparison {
  WhatIfResult without, with;
  std::vector<EstimatorResult> difference;  // whole slate, in options.estimators order (warnings: the with side's)
  std::vector<std::vector<EstimatorResult>> positionDifferences;  // per entry of with.positions
};
WhatIfComparison comparePolicies(const ImpressionLog& log, const TargetPolicy& without, const TargetPolicy& with,
                                 const WhatIfOptions& options = {});

}  // namespace reco

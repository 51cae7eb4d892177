#include "core/whatif/OffPolicyEstimate.h"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>
#include <unordered_map>
#include <utility>

#include "core/evaluation/Statistics.h"

namespace reco {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kEstimators = 5;
constexpr std::size_t kLargestWeights = 10;
constexpr double kNearZeroPropensity = 1e-3;
constexpr double kFewEffectiveClicks = 10.0;

// What each impression contributes to the estimators.
struct RowTerms {
  double pi = 0;  // pi(logged item | context)
  double w = 0;   // pi / propensity
  double r = 0;   // click
  double q = 0;   // reward model for the logged item
  double dm = 0;  // sum_a pi(a | context) * reward model(a)
  std::size_t group = 0;  // slot (1-based)
};

struct Sums {
  double n = 0, pi = 0, piR = 0, w = 0, wR = 0, dm = 0, dr = 0;
  void add(const RowTerms& t) {
    n += 1;
    pi += t.pi;
    piR += t.pi * t.r;
    w += t.w;
    wR += t.w * t.r;
    dm += t.dm;
    dr += t.dm + t.w * (t.r - t.q);
  }
  // The five estimates, in kAllEstimators order.
  void values(double* out) const {
    const bool overlap = pi > 0;
    out[0] = overlap ? piR / pi : kNaN;
    out[1] = n > 0 && overlap ? wR / n : kNaN;
    out[2] = w > 0 ? wR / w : kNaN;
    out[3] = n > 0 ? dm / n : kNaN;
    out[4] = n > 0 ? dr / n : kNaN;
  }
};

std::size_t estimatorIndex(Estimator e) { return static_cast<std::size_t>(e); }

std::string countText(std::int64_t n) { return std::to_string(n); }

std::string percentText(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", share * 100);
  return buf;
}

bool concerns(WhatIfWarningKind kind, Estimator e) {
  const bool weighted = e == Estimator::Ips || e == Estimator::Snips || e == Estimator::DoublyRobust;
  switch (kind) {
    case WhatIfWarningKind::PropensitiesEstimated:
    case WhatIfWarningKind::NearZeroPropensities:
    case WhatIfWarningKind::DominantWeights: return weighted;
    case WhatIfWarningKind::NoOverlap:
    case WhatIfWarningKind::LittleOverlap: return weighted || e == Estimator::Replay;
    case WhatIfWarningKind::UnloggedActions:
    case WhatIfWarningKind::FewClicks: return true;
  }
  return true;
}

WhatIfDiagnostics diagnose(const std::vector<RowTerms>& terms, const std::vector<const LoggedImpression*>& rows,
                           const TargetPolicy& policy) {
  WhatIfDiagnostics d;
  d.impressions = static_cast<std::int64_t>(terms.size());
  double sumW = 0, sumW2 = 0, sumPi = 0, sumWR = 0, sumR = 0;
  std::vector<std::size_t> order(terms.size());
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const RowTerms& t = terms[i];
    order[i] = i;
    sumW += t.w;
    sumW2 += t.w * t.w;
    sumPi += t.pi;
    sumWR += t.w * t.r;
    sumR += t.r;
    d.clicks += t.r > 0 ? 1 : 0;
    d.matched += t.pi > 0 ? 1 : 0;
    d.maxWeight = std::max(d.maxWeight, t.w);
    const double p = rows[i]->propensity;
    d.nearZeroPropensities += p < kNearZeroPropensity ? 1 : 0;
  }
  const double n = static_cast<double>(terms.size());
  d.loggedClickRate = n > 0 ? sumR / n : kNaN;
  d.effectiveSampleSize = sumW2 > 0 ? sumW * sumW / sumW2 : 0.0;
  d.agreement = n > 0 ? sumPi / n : kNaN;
  const std::size_t top = std::min(kLargestWeights, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(top), order.end(),
                    [&](std::size_t a, std::size_t b) { return terms[a].w > terms[b].w; });
  for (std::size_t i = 0; i < top && terms[order[i]].w > 0; ++i) d.largestWeights.push_back(terms[order[i]].w);
  // The share of the estimate (sum of w * click) carried by the impressions with the largest w * click: with 0/1
  // clicks, the largest weights among the clicked impressions.
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(top), order.end(),
                    [&](std::size_t a, std::size_t b) { return terms[a].w * terms[a].r > terms[b].w * terms[b].r; });
  double topWR = 0;
  std::size_t carrying = 0;
  for (std::size_t i = 0; i < top && terms[order[i]].w * terms[order[i]].r > 0; ++i, ++carrying)
    topWR += terms[order[i]].w * terms[order[i]].r;
  d.largestWeightsShare = sumWR > 0 ? topWR / sumWR : 0.0;
  double sumWR2 = 0;
  for (const RowTerms& t : terms) sumWR2 += t.w * t.r * t.w * t.r;
  d.effectiveClicks = sumWR2 > 0 ? sumWR * sumWR / sumWR2 : 0.0;
  d.unloggedMass = policy.unloggedMass();

  auto warn = [&](WhatIfWarningKind kind, std::string text) { d.warnings.push_back({kind, std::move(text)}); };
  if (sumPi <= 0) {
    warn(WhatIfWarningKind::NoOverlap,
         "the policy would never have shown any of the logged items in their slots: replay, IPS and SNIPS have "
         "nothing to go on, and DR is the direct method alone");
  } else if (d.effectiveSampleSize < std::max(30.0, 0.01 * n)) {
    std::string text = "too little overlap with the logs: the weights are worth ";
    text.append(countText(static_cast<std::int64_t>(std::floor(d.effectiveSampleSize))))
        .append(" impressions out of ")
        .append(countText(d.impressions))
        .append(" (effective sample size)");
    warn(WhatIfWarningKind::LittleOverlap, std::move(text));
  }
  if (d.nearZeroPropensities > 0) {
    std::string text = countText(d.nearZeroPropensities);
    text.append(" logged impressions have a propensity below 0.001: their weights can be huge");
    warn(WhatIfWarningKind::NearZeroPropensities, std::move(text));
  }
  if (sumWR > 0 && d.effectiveClicks < kFewEffectiveClicks) {
    std::string text = "a few weights dominate: the estimate rests on the equivalent of ";
    text.append(countText(static_cast<std::int64_t>(std::floor(d.effectiveClicks))))
        .append(" clicked impressions (the ")
        .append(countText(static_cast<std::int64_t>(carrying)))
        .append(" largest weighted clicks carry ")
        .append(percentText(d.largestWeightsShare))
        .append(" of it)");
    warn(WhatIfWarningKind::DominantWeights, std::move(text));
  }
  if (d.unloggedMass > 0.01) {
    std::string text = "the policy puts ";
    text.append(percentText(d.unloggedMass))
        .append(" of its choices on items the logs never showed in that placement: that part cannot be judged");
    warn(WhatIfWarningKind::UnloggedActions, std::move(text));
  }
  if (d.clicks < 100) {
    std::string text = "only ";
    text.append(countText(d.clicks)).append(" clicks in the logs: the intervals are wide");
    warn(WhatIfWarningKind::FewClicks, std::move(text));
  }
  return d;
}

void fillEstimates(WhatIfEstimates& out, const std::vector<Estimator>& asked, const Sums& sums,
                   const std::vector<ConfidenceInterval>* intervals, std::size_t group) {
  double values[kEstimators];
  sums.values(values);
  for (Estimator e : asked) {
    EstimatorResult r;
    r.estimator = e;
    r.estimate = values[estimatorIndex(e)];
    r.low = r.high = kNaN;
    if (intervals && std::isfinite(r.estimate)) {
      const auto& ci = (*intervals)[group * kEstimators + estimatorIndex(e)];
      r.low = ci.low;
      r.high = ci.high;
    }
    for (const auto& w : out.diagnostics.warnings)
      if (concerns(w.kind, e)) r.warnings.push_back(w);
    out.estimators.push_back(std::move(r));
  }
}

}  // namespace

const char* estimatorName(Estimator e) {
  switch (e) {
    case Estimator::Replay: return "replay";
    case Estimator::Ips: return "ips";
    case Estimator::Snips: return "snips";
    case Estimator::DirectMethod: return "dm";
    case Estimator::DoublyRobust: return "dr";
  }
  return "?";
}

std::optional<Estimator> parseEstimator(std::string_view name) {
  for (Estimator e : kAllEstimators)
    if (name == estimatorName(e)) return e;
  return std::nullopt;
}

const EstimatorResult* WhatIfEstimates::find(Estimator e) const {
  for (const auto& r : estimators)
    if (r.estimator == e) return &r;
  return nullptr;
}

WhatIfResult estimatePolicyValue(const ImpressionLog& log, const TargetPolicy& policy, const WhatIfOptions& options) {
  if (options.replicates < 0) throw std::invalid_argument("what-if: the number of bootstrap replicates must be >= 0");
  if (!(options.confidence > 0 && options.confidence < 1))
    throw std::invalid_argument("what-if: the confidence must be between 0 and 1");
  if (options.estimators.empty()) throw std::invalid_argument("what-if: no estimator asked for");
  auto cancelled = [&] { return options.cancel && options.cancel->load(); };

  std::vector<const LoggedImpression*> rows;
  rows.reserve(log.rows.size());
  for (const auto& r : log.rows)
    if (!options.position || r.position == *options.position) rows.push_back(&r);
  if (rows.empty()) {
    if (options.position)
      throw std::invalid_argument("what-if: the logs have no impressions in slot " + std::to_string(*options.position));
    throw std::invalid_argument("what-if: the logs have no impressions");
  }

  // The click model: given, or fitted on the impressions evaluated on (and refitted on each bootstrap resample).
  std::unique_ptr<PositionBasedClickModel> fitted;
  const RewardModel* model = options.rewardModel;
  ClickCounts counts(log.placements.size(), static_cast<std::size_t>(std::max(log.slots, 1)), log.items.size());
  if (!model) {
    for (const LoggedImpression* r : rows) counts.add(*r);
    fitted = std::make_unique<PositionBasedClickModel>(PositionBasedClickModel::fit(counts));
    model = fitted.get();
  }

  // Each impression's terms.
  const std::size_t groups = static_cast<std::size_t>(std::max(log.slots, 1)) + 1;  // 0 = whole slate
  std::vector<RowTerms> terms(rows.size());
  std::vector<ItemProbability> dist;
  // For refitting: the distinct (placement, distribution) pairs of the rows, so that a resample's sum over the
  // policy's items is computed once per pair, not once per row.
  std::unordered_map<std::string, std::uint32_t> distinct;
  std::vector<std::pair<std::int32_t, std::vector<ItemProbability>>> distributions;
  std::vector<std::uint32_t> rowDistribution(fitted ? rows.size() : 0);
  std::string key;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if ((i & 1023) == 0 && cancelled()) throw std::runtime_error("cancelled");
    const LoggedImpression& row = *rows[i];
    RowTerms& t = terms[i];
    t.pi = policy.probability(row);
    t.w = row.propensity > 0 ? t.pi / row.propensity : 0.0;
    t.r = row.click;
    t.q = model->predict(row, row.item);
    policy.distribution(row, dist);
    for (const auto& e : dist) t.dm += e.probability * model->predict(row, e.item);
    t.group = static_cast<std::size_t>(row.position);
    if (fitted) {
      key.assign(reinterpret_cast<const char*>(&row.placement), sizeof row.placement);
      for (const auto& e : dist) {  // field by field: the struct's padding is not part of the key
        key.append(reinterpret_cast<const char*>(&e.item), sizeof e.item);
        key.append(reinterpret_cast<const char*>(&e.probability), sizeof e.probability);
      }
      auto [it, added] = distinct.try_emplace(key, static_cast<std::uint32_t>(distributions.size()));
      if (added) distributions.emplace_back(row.placement, dist);
      rowDistribution[i] = it->second;
    }
  }

  std::vector<Sums> sums(groups);
  for (const auto& t : terms) {
    sums[0].add(t);
    sums[t.group].add(t);
  }
  std::vector<ConfidenceInterval> intervals;
  if (options.replicates > 0) {
    std::vector<Sums> s(groups);
    std::vector<double> expected(distributions.size());
    intervals = bootstrapIntervals(
        terms.size(), groups * kEstimators, options.replicates, options.confidence, options.seed,
        [&](std::span<const std::uint32_t> sample, std::span<double> out) {
          if (cancelled()) throw std::runtime_error("cancelled");
          std::fill(s.begin(), s.end(), Sums{});
          if (!fitted) {
            for (std::uint32_t i : sample) {
              s[0].add(terms[i]);
              s[terms[i].group].add(terms[i]);
            }
          } else {
            // Refit the click model on the resample: dm and dr's intervals then carry its uncertainty too.
            counts.clear();
            for (std::uint32_t i : sample) counts.add(*rows[i]);
            const PositionBasedClickModel m = PositionBasedClickModel::fit(counts);
            for (std::size_t d = 0; d < distributions.size(); ++d) {
              const auto& attraction = m.attraction()[static_cast<std::size_t>(distributions[d].first)];
              double sum = 0;
              for (const auto& e : distributions[d].second) sum += e.probability * attraction[static_cast<std::size_t>(e.item)];
              expected[d] = sum;
            }
            for (std::uint32_t i : sample) {
              RowTerms t = terms[i];
              const double examination = m.examination()[t.group - 1];
              t.q = m.predict(*rows[i], rows[i]->item);
              t.dm = examination * expected[rowDistribution[i]];
              s[0].add(t);
              s[t.group].add(t);
            }
          }
          for (std::size_t g = 0; g < groups; ++g) s[g].values(out.data() + g * kEstimators);
        });
  }

  WhatIfResult result;
  result.policy = policy.description();
  result.deterministic = policy.deterministic();
  result.epsilon = policy.epsilon();
  result.rewardModel = model->description();
  result.replicates = options.replicates;
  result.confidence = options.confidence;
  result.seed = options.seed;
  result.diagnostics = diagnose(terms, rows, policy);
  auto addEstimated = [&](WhatIfDiagnostics& d) {
    d.estimatedPropensities = log.estimatedPropensities;
    if (log.estimatedPropensities > 0) {
      std::string text;
      if (log.estimatedPropensities == static_cast<std::int64_t>(log.rows.size()))
        text = "the logs carry no propensities";
      else
        text.append(countText(log.estimatedPropensities)).append(" logged impressions carry no propensity");
      text.append(": estimated from the logged exposure frequency of each item per placement and slot");
      d.warnings.insert(d.warnings.begin(), {WhatIfWarningKind::PropensitiesEstimated, std::move(text)});
    }
  };
  addEstimated(result.diagnostics);
  fillEstimates(result, options.estimators, sums[0], options.replicates > 0 ? &intervals : nullptr, 0);
  for (std::size_t g = 1; g < groups; ++g) {
    if (sums[g].n <= 0) continue;
    WhatIfPositionResult pr;
    pr.position = static_cast<std::int32_t>(g);
    std::vector<RowTerms> groupTerms;
    std::vector<const LoggedImpression*> groupRows;
    for (std::size_t i = 0; i < terms.size(); ++i)
      if (terms[i].group == g) {
        groupTerms.push_back(terms[i]);
        groupRows.push_back(rows[i]);
      }
    pr.diagnostics = diagnose(groupTerms, groupRows, policy);
    addEstimated(pr.diagnostics);
    fillEstimates(pr, options.estimators, sums[g], options.replicates > 0 ? &intervals : nullptr, g);
    result.positions.push_back(std::move(pr));
  }
  return result;
}

}  // namespace reco

#include "core/whatif/OffPolicyEstimate.h"

#include <algorithm>
#include <cstdio>
#include <functional>
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
// A resample's click model starts from the full sample's examination: a few rounds reach its own fit.
constexpr int kRefitIterations = 8;

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

namespace {

// One policy's per-impression terms, and (when the click model is refitted per resample) the distinct
// (placement, distribution) pairs of its rows, so that a resample's sum over the policy's items is computed once per
// pair, not once per row.
struct PolicyTerms {
  std::vector<RowTerms> terms;
  std::vector<std::pair<std::int32_t, std::vector<ItemProbability>>> distributions;
  std::vector<std::uint32_t> rowDistribution;
};

PolicyTerms computeTerms(const std::vector<const LoggedImpression*>& rows, const TargetPolicy& policy,
                         const RewardModel& model, bool refitted, const std::function<bool()>& cancelled) {
  PolicyTerms out;
  out.terms.resize(rows.size());
  if (refitted) out.rowDistribution.resize(rows.size());
  std::unordered_map<std::string, std::uint32_t> distinct;
  std::vector<ItemProbability> dist;
  std::string key;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if ((i & 1023) == 0 && cancelled()) throw WhatIfCancelled();
    const LoggedImpression& row = *rows[i];
    RowTerms& t = out.terms[i];
    t.pi = policy.probability(row);
    t.w = row.propensity > 0 ? t.pi / row.propensity : 0.0;
    t.r = row.click;
    t.q = model.predict(row, row.item);
    policy.distribution(row, dist);
    for (const auto& e : dist) t.dm += e.probability * model.predict(row, e.item);
    t.group = static_cast<std::size_t>(row.position);
    if (refitted) {
      key.assign(reinterpret_cast<const char*>(&row.placement), sizeof row.placement);
      for (const auto& e : dist) {  // field by field: the struct's padding is not part of the key
        key.append(reinterpret_cast<const char*>(&e.item), sizeof e.item);
        key.append(reinterpret_cast<const char*>(&e.probability), sizeof e.probability);
      }
      auto [it, added] = distinct.try_emplace(key, static_cast<std::uint32_t>(out.distributions.size()));
      if (added) out.distributions.emplace_back(row.placement, dist);
      out.rowDistribution[i] = it->second;
    }
  }
  return out;
}

// Everything one evaluation of one or more policies on the same impressions needs.
struct Evaluation {
  std::vector<const LoggedImpression*> rows;
  std::unique_ptr<PositionBasedClickModel> fitted;
  const RewardModel* model = nullptr;
  std::size_t groups = 0;  // 0 = whole slate, then the slots
  std::vector<PolicyTerms> policies;
  // Bootstrap intervals: per policy, then (with two policies) of the second minus the first; each block holds
  // groups * kEstimators values.
  std::vector<ConfidenceInterval> intervals;
};

Evaluation evaluate(const ImpressionLog& log, const std::vector<const TargetPolicy*>& policies,
                    const WhatIfOptions& options) {
  if (options.replicates < 0) throw std::invalid_argument("what-if: the number of bootstrap replicates must be >= 0");
  if (!(options.confidence > 0 && options.confidence < 1))
    throw std::invalid_argument("what-if: the confidence must be between 0 and 1");
  if (options.estimators.empty()) throw std::invalid_argument("what-if: no estimator asked for");
  const std::function<bool()> cancelled = [&] { return options.cancel && options.cancel->load(); };

  Evaluation ev;
  ev.rows.reserve(log.rows.size());
  for (const auto& r : log.rows)
    if (!options.position || r.position == *options.position) ev.rows.push_back(&r);
  if (ev.rows.empty()) {
    if (options.position)
      throw std::invalid_argument("what-if: the logs have no impressions in slot " + std::to_string(*options.position));
    throw std::invalid_argument("what-if: the logs have no impressions");
  }
  // The click model: given, or fitted on the impressions evaluated on (and refitted on each bootstrap resample).
  ev.model = options.rewardModel;
  ClickCounts counts(log.placements.size(), static_cast<std::size_t>(std::max(log.slots, 1)), log.items.size());
  if (!ev.model) {
    for (const LoggedImpression* r : ev.rows) counts.add(*r);
    ev.fitted = std::make_unique<PositionBasedClickModel>(PositionBasedClickModel::fit(counts));
    ev.model = ev.fitted.get();
  }
  ev.groups = static_cast<std::size_t>(std::max(log.slots, 1)) + 1;
  for (const TargetPolicy* p : policies)
    ev.policies.push_back(computeTerms(ev.rows, *p, *ev.model, ev.fitted != nullptr, cancelled));
  if (options.replicates == 0) return ev;

  const std::size_t block = ev.groups * kEstimators;
  const std::size_t blocks = policies.size() + (policies.size() == 2 ? 1 : 0);
  std::vector<Sums> s(ev.groups * policies.size());
  std::vector<double> expected;
  ev.intervals = bootstrapIntervals(
      ev.rows.size(), blocks * block, options.replicates, options.confidence, options.seed,
      [&](std::span<const std::uint32_t> sample, std::span<double> out) {
        if (cancelled()) throw WhatIfCancelled();
        std::fill(s.begin(), s.end(), Sums{});
        std::optional<PositionBasedClickModel> refit;
        if (ev.fitted) {
          // Refit the click model on the resample: dm and dr's intervals then carry its uncertainty too.
          counts.clear();
          for (std::uint32_t i : sample) counts.add(*ev.rows[i]);
          refit = PositionBasedClickModel::fit(counts, kRefitIterations, 100.0, &ev.fitted->examination());
        }
        for (std::size_t p = 0; p < ev.policies.size(); ++p) {
          const PolicyTerms& pt = ev.policies[p];
          Sums* sums = s.data() + p * ev.groups;
          if (!refit) {
            for (std::uint32_t i : sample) {
              sums[0].add(pt.terms[i]);
              sums[pt.terms[i].group].add(pt.terms[i]);
            }
            continue;
          }
          expected.assign(pt.distributions.size(), 0.0);
          for (std::size_t d = 0; d < pt.distributions.size(); ++d) {
            const auto& attraction = refit->attraction()[static_cast<std::size_t>(pt.distributions[d].first)];
            for (const auto& e : pt.distributions[d].second)
              expected[d] += e.probability * attraction[static_cast<std::size_t>(e.item)];
          }
          for (std::uint32_t i : sample) {
            RowTerms t = pt.terms[i];
            t.q = refit->predict(*ev.rows[i], ev.rows[i]->item);
            t.dm = refit->examination()[t.group - 1] * expected[pt.rowDistribution[i]];
            sums[0].add(t);
            sums[t.group].add(t);
          }
        }
        for (std::size_t p = 0; p < ev.policies.size(); ++p)
          for (std::size_t g = 0; g < ev.groups; ++g) s[p * ev.groups + g].values(out.data() + p * block + g * kEstimators);
        if (blocks == 3)
          for (std::size_t v = 0; v < block; ++v) out[2 * block + v] = out[block + v] - out[v];  // NaN stays NaN
      });
  return ev;
}

WhatIfDiagnostics withPropensityNote(WhatIfDiagnostics d, const ImpressionLog& log) {
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
  return d;
}

// The result of policy number `p` of an evaluation.
WhatIfResult resultOf(const Evaluation& ev, std::size_t p, const ImpressionLog& log, const TargetPolicy& policy,
                      const WhatIfOptions& options) {
  const std::vector<RowTerms>& terms = ev.policies[p].terms;
  std::vector<Sums> sums(ev.groups);
  for (const auto& t : terms) {
    sums[0].add(t);
    sums[t.group].add(t);
  }
  std::vector<ConfidenceInterval> intervals;
  if (!ev.intervals.empty()) {
    const std::size_t block = ev.groups * kEstimators;
    intervals.assign(ev.intervals.begin() + static_cast<std::ptrdiff_t>(p * block),
                     ev.intervals.begin() + static_cast<std::ptrdiff_t>((p + 1) * block));
  }
  WhatIfResult result;
  result.policy = policy.description();
  result.deterministic = policy.deterministic();
  result.epsilon = policy.epsilon();
  result.rewardModel = ev.model->description();
  result.replicates = options.replicates;
  result.confidence = options.confidence;
  result.seed = options.seed;
  result.diagnostics = withPropensityNote(diagnose(terms, ev.rows, policy), log);
  fillEstimates(result, options.estimators, sums[0], intervals.empty() ? nullptr : &intervals, 0);
  for (std::size_t g = 1; g < ev.groups; ++g) {
    if (sums[g].n <= 0) continue;
    WhatIfPositionResult pr;
    pr.position = static_cast<std::int32_t>(g);
    std::vector<RowTerms> groupTerms;
    std::vector<const LoggedImpression*> groupRows;
    for (std::size_t i = 0; i < terms.size(); ++i)
      if (terms[i].group == g) {
        groupTerms.push_back(terms[i]);
        groupRows.push_back(ev.rows[i]);
      }
    pr.diagnostics = withPropensityNote(diagnose(groupTerms, groupRows, policy), log);
    fillEstimates(pr, options.estimators, sums[g], intervals.empty() ? nullptr : &intervals, g);
    result.positions.push_back(std::move(pr));
  }
  return result;
}

}  // namespace

WhatIfResult estimatePolicyValue(const ImpressionLog& log, const TargetPolicy& policy, const WhatIfOptions& options) {
  const Evaluation ev = evaluate(log, {&policy}, options);
  return resultOf(ev, 0, log, policy, options);
}

WhatIfComparison comparePolicies(const ImpressionLog& log, const TargetPolicy& without, const TargetPolicy& with,
                                 const WhatIfOptions& options) {
  const Evaluation ev = evaluate(log, {&without, &with}, options);
  WhatIfComparison c;
  c.without = resultOf(ev, 0, log, without, options);
  c.with = resultOf(ev, 1, log, with, options);
  const std::size_t block = ev.groups * kEstimators;
  auto differences = [&](std::size_t group) {
    std::vector<EstimatorResult> out;
    const WhatIfEstimates* a = group == 0 ? static_cast<const WhatIfEstimates*>(&c.without) : nullptr;
    const WhatIfEstimates* b = group == 0 ? static_cast<const WhatIfEstimates*>(&c.with) : nullptr;
    for (const auto& p : c.without.positions)
      if (static_cast<std::size_t>(p.position) == group) a = &p;
    for (const auto& p : c.with.positions)
      if (static_cast<std::size_t>(p.position) == group) b = &p;
    if (!a || !b) return out;
    for (Estimator e : options.estimators) {
      EstimatorResult d;
      d.estimator = e;
      d.estimate = b->find(e)->estimate - a->find(e)->estimate;
      d.low = d.high = kNaN;
      if (!ev.intervals.empty() && std::isfinite(d.estimate)) {
        const auto& ci = ev.intervals[2 * block + group * kEstimators + estimatorIndex(e)];
        d.low = ci.low;
        d.high = ci.high;
      }
      for (const auto& w : b->find(e)->warnings) d.warnings.push_back(w);
      out.push_back(std::move(d));
    }
    return out;
  };
  c.difference = differences(0);
  for (const auto& p : c.with.positions) c.positionDifferences.push_back(differences(static_cast<std::size_t>(p.position)));
  return c;
}

}  // namespace reco

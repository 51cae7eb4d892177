// recoengine-cli whatif: the click rate a policy (a stored model, a model curated by a rule set, another logged
// policy, or the logging policy itself) would have had on a project's logged impressions, by off-policy evaluation
// (core/whatif), with bootstrap intervals, diagnostics and plain-words warnings.
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "CliCommand.h"
#include "RuleSetFile.h"
#include "core/curation/RuleSetStore.h"
#include "core/storage/Project.h"
#include "core/whatif/ImpressionLog.h"
#include "core/whatif/ModelRanking.h"
#include "core/whatif/OffPolicyEstimate.h"
#include "core/whatif/TargetPolicy.h"
#include "core/whatif/WhatIfJson.h"

namespace {

using namespace reco;
using reco::cli::Args;
using reco::cli::UsageError;
using reco::cli::ValueKind;
using reco::cli::valueOption;
using reco::cli::flagOption;

std::string fmt(double v, int decimals = 5) {
  if (!std::isfinite(v)) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string interval(const EstimatorResult& r) {
  if (!std::isfinite(r.low) || !std::isfinite(r.high)) return "-";
  std::string s = "[";
  s.append(fmt(r.low)).append(", ").append(fmt(r.high)).append("]");
  return s;
}

void printEstimates(const WhatIfEstimates& e, const std::string& title) {
  std::cout << title << "\n";
  std::cout << "  " << std::left << std::setw(8) << "method" << std::right << std::setw(10) << "estimate"
            << "   " << std::left << std::setw(22) << "95% interval" << "\n";
  for (const auto& r : e.estimators)
    std::cout << "  " << std::left << std::setw(8) << estimatorName(r.estimator) << std::right << std::setw(10)
              << fmt(r.estimate) << "   " << std::left << interval(r) << "\n";
  const auto& d = e.diagnostics;
  std::cout << "  " << d.impressions << " impressions, " << d.clicks << " clicks; effective sample size "
            << fmt(d.effectiveSampleSize, 1) << ", agreement " << fmt(d.agreement * 100, 2) << "%, largest weight "
            << fmt(d.maxWeight, 2) << "; the 10 largest weighted clicks carry " << fmt(d.largestWeightsShare * 100, 1)
            << "% of the estimate (worth " << fmt(d.effectiveClicks, 1) << " clicks)\n";
  for (const auto& w : d.warnings) std::cout << "  warning: " << w.text << "\n";
}

int runWhatIf(const std::vector<std::string>& argv) {
  Args a(argv, {"json"},
         {"model", "rules", "version", "policy-from-log", "estimator", "position", "placement", "variant",
          "policy-variant", "epsilon", "replicates", "seed"});
  const std::string& path = a.onlyPositional("PROJECT path");
  const auto model = a.value("model");
  const auto rulesFile = a.value("rules");
  const auto version = a.value("version");
  const auto other = a.value("policy-from-log");
  if (rulesFile && version) throw UsageError("give either --rules FILE.json or --version N, not both");
  if ((rulesFile || version) && !model)
    throw UsageError("--rules and --version curate a model's ranking: give --model NAME too");
  if (model && other) throw UsageError("give either --model NAME or --policy-from-log OTHER.reco, not both");
  if (a.value("policy-variant") && !other) throw UsageError("--policy-variant needs --policy-from-log");
  const double epsilon = a.doubleValue("epsilon", 0.0);
  if (!(epsilon >= 0 && epsilon <= 1)) throw UsageError("--epsilon must be between 0 and 1");
  if (a.value("epsilon") && !model) throw UsageError("--epsilon smooths a model's ranking: give --model NAME too");

  WhatIfOptions options;
  if (!a.values("estimator").empty()) {
    options.estimators.clear();
    for (const auto& name : a.values("estimator")) {
      auto e = parseEstimator(name);
      if (!e) throw UsageError("unknown estimator '" + name + "' (replay, ips, snips, dm, dr)");
      if (std::find(options.estimators.begin(), options.estimators.end(), *e) == options.estimators.end())
        options.estimators.push_back(*e);
    }
  }
  if (a.value("position")) options.position = static_cast<std::int32_t>(a.intValue("position", 1, 1, 1000));
  options.replicates = static_cast<int>(a.intValue("replicates", 1000, 0, 100000));
  options.seed = static_cast<std::uint64_t>(a.intValue("seed", 42, 0, 4000000000000000000LL));

  ImpressionFilter filter;
  filter.placement = a.value("placement");
  filter.variant = a.value("variant");
  Project project = Project::open(path);
  const ImpressionLog log = readImpressionLog(project, filter);
  if (log.rows.empty()) throw std::runtime_error("'" + path + "' has no logged impressions to evaluate on");

  std::unique_ptr<TargetPolicy> policy;
  std::optional<double> observed;
  std::string kind;
  if (other) {
    Project otherProject = Project::open(*other);
    ImpressionFilter otherFilter;
    otherFilter.placement = filter.placement;
    otherFilter.variant = a.value("policy-variant");
    const ImpressionLog own = readImpressionLog(otherProject, otherFilter);
    if (own.rows.empty()) throw std::runtime_error("'" + *other + "' has no logged impressions");
    policy = std::make_unique<LoggedPolicy>(own, log, "'" + *other + "'");
    observed = own.clickRate();
    kind = "logged";
  } else if (model) {
    std::optional<RuleSet> rules;
    if (rulesFile) rules = reco::cli::loadRuleSetFile(*rulesFile).content;
    if (version) rules = RuleSetStore(project).document(a.intValue("version", 1, 1, 4000000000000000000LL)).content;
    std::string description = "model '";
    description.append(*model).append("'");
    if (rulesFile) description.append(" curated by the rule set in ").append(*rulesFile);
    if (version) description.append(" curated by rule set version ").append(*version);
    description.append(epsilon > 0 ? ", epsilon-smoothed" : ", deterministic");
    const std::size_t length = std::min<std::size_t>(log.items.size() + static_cast<std::size_t>(log.slots), 1000);
    const bool perDay = rules && rulesHaveTimeWindows(*rules);  // else one ranking per user
    try {
      policy = std::make_unique<RankingPolicy>(log, modelRanker(project, *model, std::move(rules), length), epsilon,
                                               description, nullptr, perDay);
    } catch (const std::invalid_argument& e) {
      throw std::runtime_error(std::string("the rule set cannot be applied: ") + e.what());
    }
    kind = rulesFile || version ? "model+rules" : "model";
  } else {
    policy = std::make_unique<LoggingPolicy>(log);
    observed = log.clickRate();
    kind = "logging";
  }

  WhatIfResult r;
  try {
    r = estimatePolicyValue(log, *policy, options);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(e.what());
  }
  if (a.flag("json")) {
    nlohmann::json out = whatIfToJson(r, log, observed);
    out["policy"]["kind"] = kind;
    out["project"] = path;
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << "what-if on " << log.rows.size() << " logged impressions of '" << path << "' (" << log.clicks()
            << " clicks, logged click rate " << fmt(log.clickRate()) << ")\n"
            << "policy: " << r.policy << "\n"
            << "reward model (dm, dr): " << r.rewardModel << "\n"
            << "intervals: percentile bootstrap, " << r.replicates << " resamples of the impressions, seed " << r.seed
            << "\n";
  if (observed) std::cout << "observed click rate of the evaluated policy: " << fmt(*observed) << "\n";
  std::cout << "\n";
  printEstimates(r, options.position ? "slot " + std::to_string(*options.position) : std::string("whole slate"));
  if (!options.position)
    for (const auto& p : r.positions) {
      std::cout << "\n";
      printEstimates(p, "slot " + std::to_string(p.position));
    }
  return 0;
}

const reco::cli::RegisterCommand kWhatIf({
    "whatif",
    "PROJECT [--model NAME] [--rules FILE.json|--version N] [--policy-from-log OTHER.reco] "
    "[--estimator replay|ips|snips|dm|dr]... [--position K] [--placement NAME] [--variant NAME] "
    "[--policy-variant NAME] [--epsilon E] [--replicates N] [--seed N] [--json]",
    "estimate the click rate a model, a rule set or another policy would have had on the logged impressions",
    "Off-policy evaluation on the project's logged impressions (with their positions and propensities, e.g. an "
    "Open Bandit import): replay, inverse propensity scoring (ips), self-normalised IPS (snips), the direct method "
    "(dm, a position-based click model fitted on the logs) and doubly robust (dr), for the whole slate and per "
    "slot, with percentile-bootstrap 95% intervals. The evaluated policy is a stored model's ranking (--model), "
    "curated by a rule set (--rules or --version), another logged policy given by its own logs (--policy-from-log; "
    "its action distribution per placement and slot is estimated from them), or, without either, the logging "
    "policy itself (the on-policy sanity check). Impressions without a propensity get one estimated from the "
    "logged exposure frequencies per placement and slot, and the output says so. Diagnostics: effective sample "
    "size, agreement (the share of logged impressions the policy would have shown the same item), the largest "
    "importance weights and their share of the estimate, and warnings when an estimate is not to be trusted. "
    "docs/whatif.md has the maths and the assumptions.\n\n"
    "With --json an object with policy (kind, description, deterministic, epsilon), logs (impressions, clicks, "
    "click_rate, slots, propensities), reward_model, bootstrap, estimators (keyed by estimator name, each with "
    "estimate, ci [low, high] and diagnostics), diagnostics, positions (position, estimators, diagnostics) and, "
    "when the evaluated policy's own logs are known (--policy-from-log, or the logging policy), observed. Rates "
    "are clicks per impression; what cannot be estimated is null.",
    {{"PROJECT", "The project file (*.reco) with the logged impressions.", ValueKind::Project, false}},
    {valueOption("model", "NAME", ValueKind::Text, "Evaluate this stored model's ranking."),
     valueOption("rules", "FILE.json", ValueKind::JsonFile, "Curate the model's ranking with this rule set file."),
     valueOption("version", "N", ValueKind::Number, "Curate the model's ranking with this saved rule set version."),
     valueOption("policy-from-log", "OTHER.reco", ValueKind::Project,
                 "Evaluate the policy whose impressions are logged in this project."),
     reco::cli::choiceOption("estimator", "NAME", {"replay", "ips", "snips", "dm", "dr"},
                             "An estimator to report (default: all). Repeatable."),
     valueOption("position", "K", ValueKind::Number, "Only the impressions of slot K."),
     valueOption("placement", "NAME", ValueKind::Text, "Only the impressions of this placement (campaign)."),
     valueOption("variant", "NAME", ValueKind::Text,
                 "Only the impressions logged under this variant (the logging policy's name, e.g. random)."),
     valueOption("policy-variant", "NAME", ValueKind::Text,
                 "With --policy-from-log: only that project's impressions of this variant."),
     valueOption("epsilon", "E", ValueKind::Number,
                 "Smooth the model's deterministic ranking: 1 - E on its item, E spread over the candidates "
                 "(default 0: evaluated as it is)."),
     valueOption("replicates", "N", ValueKind::Number, "Bootstrap resamples, 0 to 100000 (default 1000; 0: no intervals)."),
     valueOption("seed", "N", ValueKind::Number, "Seed of the bootstrap (default 42)."),
     flagOption("json", "Print the result as a JSON object.")},
    runWhatIf});

}  // namespace

// recoengine-cli evaluate / tune / runs: offline evaluation of recommender models on a project's interactions,
// hyper-parameter search, and the list of stored evaluation runs.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "CliCommand.h"
#include "core/base/Time.h"
#include "core/evaluation/Cutoffs.h"
#include "core/evaluation/EvaluationJson.h"
#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/EvaluationStore.h"
#include "core/evaluation/InteractionList.h"
#include "core/evaluation/ModelTuner.h"
#include "core/models/Recommender.h"
#include "core/storage/DatasetSummary.h"
#include "core/storage/Project.h"

namespace {

using reco::cli::Args;
using reco::cli::UsageError;

std::string fmt(double v, int decimals = 4) {
  if (!std::isfinite(v)) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string fmtParam(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// Left-aligned in `width` columns, always followed by at least one space.
std::string pad(std::string s, std::size_t width) {
  s.append(s.size() < width ? width - s.size() : 1, ' ');
  return s;
}

long long parseInt(const std::string& option, const std::string& v, long long min, long long max) {
  char* end = nullptr;
  errno = 0;
  long long x = std::strtoll(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || errno == ERANGE) throw UsageError("--" + option + " expects an integer, got '" + v + "'");
  if (x < min || x > max)
    throw UsageError("--" + option + " must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got " + v);
  return x;
}

double parseDouble(const std::string& option, const std::string& v) {
  char* end = nullptr;
  double x = std::strtod(v.c_str(), &end);
  if (v.empty() || *end != '\0' || !std::isfinite(x)) throw UsageError("--" + option + " expects a number, got '" + v + "'");
  return x;
}

std::vector<int> parseKs(const std::string& v) {
  try {
    return reco::parseCutoffs(v);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--") + e.what());
  }
}

reco::SplitSpec parseSplit(const std::string& v) {
  try {
    return reco::SplitSpec::parse(v);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--split: ") + e.what());
  }
}

void parseParam(const std::string& v, reco::ModelParams& params) {
  auto eq = v.find('=');
  if (eq == std::string::npos || eq == 0) throw UsageError("--param expects NAME=VALUE, got '" + v + "'");
  params[v.substr(0, eq)] = parseDouble("param", v.substr(eq + 1));
}

const reco::AlgorithmInfo& algorithmInfo(const std::string& name) {
  for (const auto& a : reco::algorithmInfos())
    if (a.name == name) return a;
  std::string known;
  for (const auto& a : reco::algorithmInfos()) known += (known.empty() ? "" : ", ") + a.name;
  throw UsageError("unknown algorithm '" + name + "' (available: " + known + ")");
}

// Stage lines on stderr: at most a few per second, every new stage shown.
class ProgressPrinter {
 public:
  void operator()(const std::string& stage, double fraction) {
    const auto now = std::chrono::steady_clock::now();
    const bool newStage = stageBase(stage) != lastBase_;
    if (!newStage && now - last_ < std::chrono::milliseconds(tty_ ? 200 : 2000)) return;
    last_ = now;
    lastBase_ = stageBase(stage);
    char pct[16];
    std::snprintf(pct, sizeof pct, "[%3d%%] ", static_cast<int>(fraction * 100));
    if (tty_)
      std::cerr << "\r\033[K" << pct << stage << std::flush;
    else
      std::cerr << pct << stage << "\n";
  }
  void finish() {
    if (tty_) std::cerr << "\r\033[K" << std::flush;
  }

 private:
  static std::string stageBase(const std::string& s) {
    auto p = s.find(": training ");
    return p == std::string::npos ? s : s.substr(0, p + 10);
  }
  bool tty_ = ::isatty(STDERR_FILENO) != 0;
  std::chrono::steady_clock::time_point last_{};
  std::string lastBase_;
};

nlohmann::json loadingJson(const reco::InteractionLoadOptions& o) {
  nlohmann::json types = nlohmann::json::object();
  for (const auto& [t, w] : o.typeWeights) types[std::string(reco::eventTypeName(t))] = w;
  return {{"binary", o.binary}, {"type_weights", types}};
}

std::string significance(double p) { return p < 0.01 ? "**" : (p < 0.05 ? "*" : ""); }

void printEvaluation(const reco::EvaluationResult& r, std::size_t baseline, std::int64_t runId) {
  std::cout << "split " << r.config.split.toString() << ", seed " << r.config.seed;
  if (r.repetitions > 1) std::cout << ", " << r.repetitions << " repetitions";
  std::cout << "; " << fmt(r.evaluatedUsers, 0) << " users evaluated";
  if (r.coldStartUsers > 0) std::cout << " (" << fmt(r.coldStartUsers, 0) << " without training data)";
  std::cout << ", " << fmt(r.catalogueItems, 0) << " candidate items, " << fmt(r.trainInteractions, 0) << " train / "
            << fmt(r.testInteractions, 0) << " test interactions\n";
  std::cout << "values: mean [" << static_cast<int>(r.config.confidence * 100) << "% bootstrap CI over users]";
  if (r.models.size() > 1)
    std::cout << "; * p < 0.05, ** p < 0.01 vs " << r.models[baseline].model.label
              << " (paired t-test and Wilcoxon signed-rank both)";
  std::cout << "\n\n";
  const std::size_t nameW = 14, colW = 28;
  std::cout << pad("metric", nameW);
  for (const auto& m : r.models) std::cout << pad(m.model.label, colW);
  std::cout << "\n";
  for (const auto& name : r.metricNames) {
    std::cout << pad(name, nameW);
    for (std::size_t i = 0; i < r.models.size(); ++i) {
      const auto& e = r.models[i].metrics.at(name);
      std::string cell = fmt(e.value) + " [" + fmt(e.low) + "," + fmt(e.high) + "]";
      if (i != baseline)
        for (const auto& c : r.comparisons)
          if (c.metric == name && ((c.modelA == i && c.modelB == baseline) || (c.modelB == i && c.modelA == baseline))) {
            const std::string a = significance(c.tTest.pValue), b = significance(c.wilcoxon.pValue);
            cell += " " + (a.size() < b.size() ? a : b);
          }
      std::cout << pad(cell, colW);
    }
    std::cout << "\n";
  }
  std::cout << pad("fit s", nameW);
  for (const auto& m : r.models) std::cout << pad(fmt(m.fitSeconds, 2), colW);
  std::cout << "\n" << pad("rank+score s", nameW);
  for (const auto& m : r.models) std::cout << pad(fmt(m.scoreSeconds, 2), colW);
  std::cout << "\n";

  // Segments: the headline metrics per segment.
  const std::string k = std::to_string(r.config.ks.front());
  const std::vector<std::string> headline = {"ndcg@" + k, "recall@" + k, "map"};
  std::cout << "\nper segment (" << headline[0] << " / " << headline[1] << " / " << headline[2] << ")\n";
  std::cout << pad("segment", 26) << pad("users", 8);
  for (const auto& m : r.models) std::cout << pad(m.model.label, colW);
  std::cout << "\n";
  for (std::size_t s = 0; s < r.models.front().segments.size(); ++s) {
    const auto& seg = r.models.front().segments[s];
    std::cout << pad(seg.group + "=" + seg.segment, 26) << pad(fmt(seg.users, 0), 8);
    for (const auto& m : r.models) {
      const auto& ms = m.segments[s];
      std::cout << pad(fmt(ms.metrics.at(headline[0])) + " / " + fmt(ms.metrics.at(headline[1])) + " / " +
                           fmt(ms.metrics.at(headline[2])),
                       colW);
    }
    std::cout << "\n";
  }
  if (runId > 0) std::cout << "\nstored as evaluation run " << runId << " (" << fmt(r.seconds, 1) << " s)\n";
}

int runEvaluate(const std::vector<std::string>& argv) {
  // Raw parsing: --param applies to the preceding --algo, so option order matters.
  std::vector<std::string> positionals;
  reco::EvaluationConfig config;
  config.split = reco::SplitSpec::parse("stratified-user:0.75");
  bool json = false, store = true;
  std::string segment;
  reco::InteractionLoadOptions loading;
  std::optional<std::string> baselineLabel;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    std::string a = argv[i];
    if (a.rfind("--", 0) != 0 || a.size() <= 2) {
      positionals.push_back(a);
      continue;
    }
    std::string name = a.substr(2);
    std::optional<std::string> inlineValue;
    if (auto eq = name.find('='); eq != std::string::npos) {
      inlineValue = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    auto value = [&]() -> std::string {
      if (inlineValue) return *inlineValue;
      if (i + 1 >= argv.size()) throw UsageError("option --" + name + " needs a value");
      return argv[++i];
    };
    auto noValue = [&]() {
      if (inlineValue) throw UsageError("option --" + name + " takes no value");
    };
    if (name == "algo") {
      const auto& info = algorithmInfo(value());
      config.models.push_back({info.name, {}, ""});
    } else if (name == "param") {
      if (config.models.empty()) throw UsageError("--param must follow the --algo it applies to");
      parseParam(value(), config.models.back().params);
    } else if (name == "label") {
      if (config.models.empty()) throw UsageError("--label must follow the --algo it applies to");
      config.models.back().label = value();
    } else if (name == "split") {
      config.split = parseSplit(value());
    } else if (name == "seed") {
      config.seed = static_cast<std::uint64_t>(parseInt(name, value(), 0, 4000000000000000000LL));
    } else if (name == "seeds") {
      config.seeds = static_cast<int>(parseInt(name, value(), 1, 100));
    } else if (name == "k") {
      config.ks = parseKs(value());
    } else if (name == "relevant-threshold") {
      config.relevantThreshold = parseDouble(name, value());
    } else if (name == "bootstrap") {
      config.bootstrapReplicates = static_cast<int>(parseInt(name, value(), 1, 100000));
    } else if (name == "threads") {
      config.threads = static_cast<int>(parseInt(name, value(), 1, 256));
    } else if (name == "segment") {
      segment = value();
    } else if (name == "baseline") {
      baselineLabel = value();
    } else if (name == "json") {
      noValue();
      json = true;
    } else if (name == "weighted") {
      noValue();
      loading.binary = false;
    } else if (name == "no-store") {
      noValue();
      store = false;
    } else {
      throw UsageError("unknown option --" + name);
    }
  }
  if (positionals.empty()) throw UsageError("missing PROJECT");
  if (positionals.size() > 1) throw UsageError("unexpected argument '" + positionals[1] + "'");
  if (config.models.empty()) throw UsageError("at least one --algo is needed");
  // Validate parameters against the algorithms' declarations before any work.
  for (const auto& m : config.models) {
    const auto& info = algorithmInfo(m.algorithm);
    for (const auto& [k, v] : m.params)
      if (std::none_of(info.params.begin(), info.params.end(), [&key = k](const reco::ParamSpec& p) { return p.name == key; })) {
        std::string known;
        for (const auto& p : info.params) known += (known.empty() ? "" : ", ") + p.name;
        throw UsageError("algorithm '" + m.algorithm + "' has no parameter '" + k + "' (it has: " + known + ")");
      }
  }

  reco::Project project = reco::Project::open(positionals[0]);
  auto data = reco::loadInteractions(project, loading);
  reco::EvaluationRunner runner([](const std::string& algo) { return reco::createRecommender(algo); });
  if (!segment.empty()) runner.setUserSegments(segment, reco::loadUserAttribute(project, data, segment));
  ProgressPrinter printer;
  runner.setProgress([&](const reco::EvaluationProgress& p) { printer(p.stage, p.fraction); });
  auto result = runner.run(data, config);
  printer.finish();
  std::size_t baseline = 0;
  if (baselineLabel) {
    auto it = std::find_if(result.models.begin(), result.models.end(),
                           [&](const reco::ModelEvaluation& m) { return m.model.label == *baselineLabel; });
    if (it == result.models.end()) throw UsageError("--baseline '" + *baselineLabel + "' names none of the models");
    baseline = static_cast<std::size_t>(it - result.models.begin());
  }
  std::int64_t runId = 0;
  if (store) runId = reco::EvaluationStore(project).saveEvaluation(result, loadingJson(loading));
  if (json) {
    auto j = reco::evaluationToJson(result);
    j["run_id"] = runId > 0 ? nlohmann::json(runId) : nlohmann::json(nullptr);
    j["data_fingerprint"] = project.dataFingerprint();
    std::cout << j.dump(2) << "\n";
  } else {
    printEvaluation(result, baseline, runId);
  }
  return 0;
}

int runTune(const std::vector<std::string>& argv) {
  Args args(argv, {"json", "weighted", "no-store"},
            {"algo", "space", "trials", "search", "param", "split", "seed", "k", "objective", "relevant-threshold",
             "threads", "bootstrap"});
  const std::string path = args.positional(0, "PROJECT");
  if (args.positionals().size() > 1) throw UsageError("unexpected argument '" + args.positionals()[1] + "'");
  auto algo = args.value("algo");
  if (!algo) throw UsageError("--algo is needed");
  reco::TuningConfig tc;
  tc.algorithm = algorithmInfo(*algo).name;
  for (const auto& p : args.values("param")) parseParam(p, tc.fixed);
  for (const auto& s : args.values("space")) {
    try {
      tc.ranges.push_back(reco::ParamRange::parse(s));
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("--space: ") + e.what());
    }
  }
  if (tc.ranges.empty()) throw UsageError("at least one --space NAME=LO:HI[:log] is needed");
  tc.trials = static_cast<int>(args.intValue("trials", 20, 1, 100000));
  const std::string search = args.valueOr("search", "random");
  if (search == "random")
    tc.strategy = reco::SearchStrategy::Random;
  else if (search == "grid")
    tc.strategy = reco::SearchStrategy::Grid;
  else
    throw UsageError("--search must be random or grid, got '" + search + "'");
  tc.split = parseSplit(args.valueOr("split", "stratified-user:0.75"));
  tc.seed = static_cast<std::uint64_t>(args.intValue("seed", 42, 0, 4000000000000000000LL));
  if (auto k = args.value("k")) tc.ks = parseKs(*k);
  tc.objective = args.valueOr("objective", "ndcg@" + std::to_string(tc.ks.front()));
  if (auto t = args.value("relevant-threshold")) tc.relevantThreshold = parseDouble("relevant-threshold", *t);
  tc.threads = static_cast<int>(args.intValue("threads", 2, 1, 256));
  tc.bootstrapReplicates = static_cast<int>(args.intValue("bootstrap", 1000, 1, 100000));
  reco::InteractionLoadOptions loading;
  loading.binary = !args.flag("weighted");

  reco::Project project = reco::Project::open(path);
  auto data = reco::loadInteractions(project, loading);
  const bool json = args.flag("json");
  auto result = reco::tuneModel(
      data, tc, [](const std::string& a) { return reco::createRecommender(a); },
      [&](const reco::TuningProgress& p) {
        std::cerr << "[" << p.trial << "/" << p.trials << "] " << p.stage << "  best " << tc.objective << " "
                  << fmt(p.bestScore) << "\n";
      });
  std::int64_t runId = 0;
  if (!args.flag("no-store")) runId = reco::EvaluationStore(project).saveTuning(tc, result, loadingJson(loading));
  if (json) {
    auto j = reco::tuningToJson(tc, result);
    j["run_id"] = runId > 0 ? nlohmann::json(runId) : nlohmann::json(nullptr);
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  std::cout << "trial  " << pad(tc.objective, 10) << "  params\n";
  for (const auto& t : result.search.trials) {
    std::string params;
    for (const auto& r : tc.ranges) params += r.name + "=" + fmtParam(t.params.at(r.name)) + " ";
    std::cout << pad(std::to_string(t.index) + (t.index == result.search.best ? "*" : ""), 7)
              << pad(t.error.empty() ? fmt(t.score) : "failed", 10) << "  " << params
              << (t.error.empty() ? "" : "(" + t.error + ")") << "\n";
  }
  std::cout << "\nbest on validation: ";
  for (const auto& [k, v] : result.bestParams) std::cout << k << "=" << fmtParam(v) << " ";
  std::cout << "\nrefit on all training data, scored on the test split:\n\n";
  printEvaluation(result.test, 0, runId);
  return 0;
}

int runRuns(const std::vector<std::string>& argv) {
  Args args(argv, {"json"}, {"show"});
  const std::string path = args.positional(0, "PROJECT");
  reco::Project project = reco::Project::open(path);
  reco::EvaluationStore store(project);
  if (auto show = args.value("show")) {
    const auto id = parseInt("show", *show, 1, INT64_MAX);
    auto run = store.find(id);
    if (!run) throw std::runtime_error("project '" + path + "' has no evaluation run " + *show);
    nlohmann::json j = {{"id", run->id},           {"kind", run->kind},     {"created_at", reco::utc::format(run->createdAt)},
                        {"data_fingerprint", run->dataFingerprint},        {"split", run->splitSpec},
                        {"seed", run->seed},       {"seeds", run->seeds},   {"config", run->config},
                        {"models", run->models},   {"results", run->metrics}, {"timings", run->timings},
                        {"seconds", run->seconds}};
    if (run->kind == "tune") {
      nlohmann::json trials = nlohmann::json::array();
      for (const auto& t : store.trials(id))
        trials.push_back({{"trial", t.trial}, {"params", reco::paramsToJson(t.params)}, {"objective", t.objective},
                          {"value", t.value ? nlohmann::json(*t.value) : nlohmann::json(nullptr)}, {"error", t.error},
                          {"seconds", t.seconds}});
      j["trials"] = trials;
    }
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  auto runs = store.list();
  const std::string fingerprint = project.dataFingerprint();
  if (args.flag("json")) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : runs) {
      nlohmann::json models = nlohmann::json::array();
      for (const auto& m : reco::storedReport(r).models) {
        nlohmann::json entry = {
            {"model", m.label}, {"algorithm", m.algorithm}, {"params", reco::paramsToJson(m.params)}};
        for (const auto& [name, e] : m.metrics)
          entry[name] = std::isfinite(e.value) ? nlohmann::json(e.value) : nlohmann::json(nullptr);
        models.push_back(entry);
      }
      out.push_back({{"id", r.id}, {"kind", r.kind}, {"created_at", reco::utc::format(r.createdAt)},
                     {"data_fingerprint", r.dataFingerprint}, {"current_data", r.dataFingerprint == fingerprint},
                     {"split", r.splitSpec}, {"seed", r.seed}, {"seeds", r.seeds}, {"models", models},
                     {"seconds", r.seconds}});
    }
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  if (runs.empty()) {
    std::cout << "no evaluation runs in " << path << "\n";
    return 0;
  }
  std::cout << pad("id", 6) << pad("kind", 10) << pad("created (UTC)", 22) << pad("split", 24) << pad("seed", 10)
            << "models (headline nDCG / MAP)\n";
  for (const auto& r : runs) {
    std::string models;
    const auto ks = r.config.value("k", nlohmann::json::array());
    const std::string k = ks.empty() ? "10" : std::to_string(ks[0].get<int>());
    for (const auto& m : reco::storedReport(r).models) {
      auto val = [&](const std::string& key) {
        auto it = m.metrics.find(key);
        return it == m.metrics.end() ? std::string("-") : fmt(it->second.value);
      };
      models += m.label + " " + val("ndcg@" + k) + " / " + val("map") + "; ";
    }
    std::string seed = std::to_string(r.seed) + (r.seeds > 1 ? " x" + std::to_string(r.seeds) : "");
    std::cout << pad(std::to_string(r.id), 6) << pad(r.kind, 10) << pad(reco::utc::format(r.createdAt), 22)
              << pad(r.splitSpec, 24) << pad(seed, 10) << models
              << (r.dataFingerprint == fingerprint ? "" : " (older data)") << "\n";
  }
  return 0;
}

using reco::cli::choiceOption;
using reco::cli::flagOption;
using reco::cli::valueOption;
using reco::cli::ValueKind;

std::vector<std::string> algorithmNames() {
  std::vector<std::string> names;
  for (const auto& info : reco::algorithmInfos()) names.push_back(info.name);
  return names;
}

const char* const kSplitHelp =
    "How interactions divide into training and held-out test data: stratified-user:R (per user, a random share R "
    "trains; the default, R = 0.75), stratified-item:R (the same per item), temporal:R (the oldest share R trains), "
    "temporal:@DATE (interactions before DATE train), leave-last:N (each user's latest N are held out) or kfold:K "
    "(K folds by user; one fold is the test). Any of them may end in ,kcore=U or ,kcore=U/I to keep only users and "
    "items with at least U and I interactions.";

// The options evaluate and tune share word for word (defined before the commands that use them).
const reco::cli::CliOption kThreadsOption =
    valueOption("threads", "N", ValueKind::Number, "Scoring threads, 1 to 256 (default 2).");
const reco::cli::CliOption kWeightedOption =
    flagOption("weighted", "Train on event weights instead of binary interactions.");
const reco::cli::CliOption kNoStoreOption = flagOption("no-store", "Do not store the run in the project.");
const reco::cli::CliOption kJsonOption = flagOption("json", "Print the result as a JSON object.");

reco::cli::RegisterCommand evaluateCommand({
    "evaluate",
    "PROJECT --algo ALGO [--param NAME=VALUE]... [--label NAME] [--algo ALGO ...] "
    "[--split stratified-user:0.75|stratified-item:0.75|temporal:0.8|temporal:@DATE|leave-last:1|kfold:5[,kcore=N]] "
    "[--seed N] [--seeds N] [--k 10[,20]] [--relevant-threshold R] [--segment ATTRIBUTE] [--baseline LABEL] "
    "[--bootstrap N] [--threads N] [--weighted] [--no-store] [--json]",
    "offline evaluation of one or more models on a common split, with confidence intervals and paired tests",
    "Splits the project's interactions once (per seed) and trains and scores every model given with --algo on the "
    "same split. Metrics per cut-off k: precision, recall, ndcg, map, mrr and hit; then map, auc, novelty, "
    "avgpop, coverage and gini. Each comes with a bootstrap confidence interval over users, models are compared "
    "with paired tests, and users are broken down into activity segments (cold, regular, heavy) and optionally by "
    "a user attribute. The run is stored in the project (see the runs command). See docs/evaluation.md.\n\n"
    "Prints a table per model; with --json the full result: split, seed, seeds, ks, models (each metric with "
    "value and CI), comparisons, segments, run_id and data_fingerprint.",
    {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
    {choiceOption("algo", "ALGO", algorithmNames(),
                  "A model to evaluate; give --algo once per model (at least one). The --param and --label options "
                  "after it apply to it."),
     valueOption("param", "NAME=VALUE", ValueKind::Text,
                 "A parameter of the preceding --algo (see recoengine-cli help train for each algorithm's "
                 "parameters). Repeatable."),
     valueOption("label", "NAME", ValueKind::Text, "How results name the preceding --algo (default: its algorithm)."),
     valueOption("split", "SPEC", ValueKind::Text, kSplitHelp),
     valueOption("seed", "N", ValueKind::Number, "Seed of the split, the models and the bootstrap (default 42)."),
     valueOption("seeds", "N", ValueKind::Number,
                 "Repeat the evaluation with seeds N, N+1, ... and average, 1 to 100 (default 1)."),
     valueOption("k", "K[,K...]", ValueKind::Text,
                 "Cut-offs of the ranking metrics, comma-separated; the first is the primary one (default 10)."),
     valueOption("relevant-threshold", "R", ValueKind::Number,
                 "Held-out interactions count as relevant only when their rating (or weight) is at least R "
                 "(default: all are relevant)."),
     valueOption("segment", "ATTRIBUTE", ValueKind::Text,
                 "Also break the metrics down by this user attribute (country, device, ...)."),
     valueOption("baseline", "LABEL", ValueKind::Text,
                 "The model the others are tested against (default: the first)."),
     valueOption("bootstrap", "N", ValueKind::Number, "Bootstrap replicates for the intervals (default 1000)."),
     kThreadsOption, kWeightedOption, kNoStoreOption, kJsonOption},
    runEvaluate,
});

reco::cli::RegisterCommand tuneCommand({
    "tune",
    "PROJECT --algo ALGO --space NAME=LO:HI[:log] ... [--trials N] [--search random|grid] [--param NAME=VALUE]... "
    "[--objective ndcg@10] [--split SPEC] [--seed N] [--k 10] [--relevant-threshold R] [--bootstrap N] "
    "[--threads N] [--weighted] [--no-store] [--json]",
    "hyper-parameter search on a validation split; the best setting is refit and scored on the test split",
    "Splits the project's interactions into training and test data, splits the training part again into "
    "training and validation data, and scores each trial's parameters on the validation split by the objective. "
    "The best trial is refit on all training data and evaluated on the test split like the evaluate command. "
    "Trial progress goes to stderr; the run is stored in the project.\n\n"
    "Prints each trial's score and parameters, the best setting and the test evaluation; with --json an object "
    "with algorithm, objective, strategy, best_params, best_validation, trials, test and run_id.",
    {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
    {choiceOption("algo", "ALGO", algorithmNames(), "The algorithm to tune (required)."),
     valueOption("space", "NAME=LO:HI[:log][:int]", ValueKind::Text,
                 "A parameter to search between LO and HI; :log samples geometrically (LO > 0), :int rounds to "
                 "integers. At least one; repeatable."),
     valueOption("trials", "N", ValueKind::Number, "Number of trials (default 20)."),
     choiceOption("search", "STRATEGY", {"random", "grid"},
                  "random draws the trials from the space (the default); grid spaces them evenly."),
     valueOption("param", "NAME=VALUE", ValueKind::Text, "A parameter held fixed during the search. Repeatable."),
     valueOption("objective", "METRIC", ValueKind::Text,
                 "The per-user metric to maximise, e.g. ndcg@10, recall@20 or map (default ndcg@ the first --k)."),
     valueOption("split", "SPEC", ValueKind::Text, kSplitHelp),
     valueOption("seed", "N", ValueKind::Number, "Seed of the splits, the trials and the models (default 42)."),
     valueOption("k", "K[,K...]", ValueKind::Text, "Cut-offs of the ranking metrics (default 10)."),
     valueOption("relevant-threshold", "R", ValueKind::Number,
                 "Held-out interactions count as relevant only when their rating (or weight) is at least R."),
     valueOption("bootstrap", "N", ValueKind::Number,
                 "Bootstrap replicates of the final test evaluation (default 1000)."),
     kThreadsOption, kWeightedOption, kNoStoreOption, kJsonOption},
    runTune,
});

reco::cli::RegisterCommand runsCommand({
    "runs",
    "PROJECT [--json] [--show ID]",
    "list the evaluation and tuning runs stored in the project (--show ID prints one in full)",
    "Lists the stored runs with id, kind (evaluate or tune), time, split, seed and each model's headline nDCG and "
    "MAP, marking runs made on data that has changed since.\n\n"
    "With --json an array of objects with id, kind, created_at, data_fingerprint, current_data, split, seed, "
    "seeds, models (model, algorithm, params and each metric's value) and seconds. --show ID prints one run as a "
    "JSON object with its configuration, results and timings (and trials for a tuning run).",
    {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
    {valueOption("show", "ID", ValueKind::Number, "Print the run with this id in full, as JSON."),
     flagOption("json", "Print the list as a JSON array.")},
    runRuns,
});

}  // namespace

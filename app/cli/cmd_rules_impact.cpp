// recoengine-cli rules preview / rules impact: what the project's rule set (or a rule set file) does to one user's
// recommendations from a stored model, and what it costs or gains on the offline evaluation split per segment.
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "CliCommand.h"
#include "RuleSetFile.h"
#include "core/base/Files.h"
#include "core/base/Time.h"
#include "core/curation/CurationImpact.h"
#include "core/curation/CurationPreview.h"
#include "core/curation/RuleSetStore.h"
#include "core/models/ModelStore.h"
#include "core/models/Recommender.h"

namespace {

using namespace reco;
using reco::cli::Args;
using reco::cli::UsageError;
using nlohmann::json;

// The working rule set of the project, or the rule set of an exported file given with --rules.
RuleSet ruleSetFor(Project& project, const Args& a) {
  auto file = a.value("rules");
  if (!file) return RuleSetStore(project).load();
  return reco::cli::loadRuleSetFile(*file).content;
}

std::string fmt(double v, int decimals = 4, bool sign = false) {
  if (!std::isfinite(v)) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, sign ? "%+.*f" : "%.*f", decimals, v);
  return buf;
}

json number(double v) { return std::isfinite(v) ? json(v) : json(); }

std::string clip(const std::string& s, std::size_t width) {
  return s.size() <= width ? s : s.substr(0, width - 3) + "...";
}

// --- rules preview -------------------------------------------------------------------------------------------
json previewJson(const CurationPreviewResult& r) {
  json base = json::array();
  for (std::size_t i = 0; i < r.base.size(); ++i) {
    const auto& b = r.base[i];
    base.push_back({{"position", i + 1}, {"item", b.item}, {"title", b.title}, {"category", b.category},
                    {"score", b.score ? number(*b.score) : json()}});
  }
  json curated = json::array();
  for (const auto& p : r.curated)
    curated.push_back({{"position", p.position}, {"item", p.item.item}, {"title", p.item.title},
                       {"category", p.item.category}, {"score", p.item.score ? number(*p.item.score) : json()},
                       {"decided_by", p.decidedBy}, {"rule", p.rule ? json(*p.rule) : json()},
                       {"rule_text", p.ruleText}, {"changed", p.changed}});
  json banned = json::object();
  for (const auto& [item, rule] : r.curation.banned) banned[item] = rule;
  json attrs = json::object();
  for (const auto& [k, v] : r.attributes) attrs[k] = v;
  return {{"user", r.user},
          {"known_user", r.knownUser},
          {"popularity_fallback", r.popularityFallback},
          {"note", r.note},
          {"attributes", attrs},
          {"segments", r.segments},
          {"at", utc::format(r.time)},
          {"n", r.n},
          {"base", base},
          {"curated", curated},
          {"active_rules", r.curation.activeRules},
          {"banned", banned},
          {"capped_out", r.curation.cappedOut}};
}

void printPreview(const CurationPreviewResult& r) {
  std::cout << "user '" << r.user << "' at " << utc::format(r.time) << ", n = " << r.n << "; segments:";
  for (const auto& s : r.segments) std::cout << " '" << s << "'";
  std::cout << "\n";
  if (!r.note.empty()) std::cout << "note: " << r.note << "\n";
  std::cout << std::left << std::setw(5) << "pos" << std::setw(36) << "model ranking" << std::right << std::setw(10)
            << "score" << "   " << std::left << std::setw(36) << "curated" << std::right << std::setw(10) << "score"
            << "  decided by\n";
  const std::size_t rows = std::max(r.base.size(), r.curated.size());
  auto label = [](const PreviewItem& i) { return clip(i.item + (i.title.empty() ? "" : " " + i.title), 34); };
  for (std::size_t i = 0; i < rows; ++i) {
    std::cout << std::left << std::setw(5) << i + 1;
    if (i < r.base.size())
      std::cout << std::setw(36) << label(r.base[i]) << std::right << std::setw(10) << (r.base[i].score ? fmt(*r.base[i].score) : "-");
    else
      std::cout << std::setw(46) << "";
    std::cout << (i < r.curated.size() && r.curated[i].changed ? " * " : "   ");
    if (i < r.curated.size()) {
      const auto& p = r.curated[i];
      std::cout << std::left << std::setw(36) << label(p.item) << std::right << std::setw(10)
                << (p.item.score ? fmt(*p.item.score) : "-") << "  " << p.decidedBy;
      if (!p.ruleText.empty()) std::cout << ": " << p.ruleText;
    }
    std::cout << "\n";
  }
  if (!r.curation.banned.empty()) {
    std::cout << "banned:";
    for (const auto& [item, rule] : r.curation.banned) std::cout << " " << item << " (#" << rule << ")";
    std::cout << "\n";
  }
  for (const auto& [rule, by] : r.curation.losingPins) std::cout << "pin #" << rule << " lost to #" << by << "\n";
}

int runPreview(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {"model", "user", "at", "n", "rules", "segment", "sample", "seed"});
  const auto& path = a.positional(0, "PROJECT");
  if (a.positionals().size() > 1) throw UsageError("unexpected argument '" + a.positionals()[1] + "'");
  auto model = a.value("model");
  if (!model) throw UsageError("--model NAME is needed (recoengine-cli models list PROJECT shows the trained models)");
  auto user = a.value("user");
  auto segment = a.value("segment");
  if (user.has_value() == segment.has_value()) throw UsageError("give either --user ID or --segment NAME [--sample K]");
  const std::int64_t at = a.timeValue("at", utc::now());
  const auto n = static_cast<std::size_t>(a.intValue("n", 10, 1, 10000));
  Project project = Project::open(path);
  const RuleSet rules = ruleSetFor(project, a);
  CurationPreview preview(project, *model);
  std::vector<std::string> users;
  if (user) {
    users.push_back(*user);
  } else {
    const Segment* s = rules.findSegment(*segment);
    if (!s) throw std::runtime_error("the rule set has no segment named '" + *segment + "'");
    users = preview.sampleUsers(*s, static_cast<std::size_t>(a.intValue("sample", 3, 1, 1000)),
                                static_cast<std::uint64_t>(a.intValue("seed", 42, 0, 4000000000000000000LL)));
    if (users.empty()) throw std::runtime_error("segment '" + *segment + "' has no members in '" + path + "'");
  }
  json all = json::array();
  for (std::size_t i = 0; i < users.size(); ++i) {
    CurationPreviewResult r;
    try {
      r = preview.preview(rules, users[i], at, n);
    } catch (const std::invalid_argument& e) {
      throw std::runtime_error(std::string("the rule set cannot be applied: ") + e.what());
    }
    if (a.flag("json")) {
      all.push_back(previewJson(r));
    } else {
      if (i) std::cout << "\n";
      printPreview(r);
    }
  }
  if (a.flag("json")) std::cout << (user ? all.front() : all).dump(2) << "\n";
  return 0;
}

// --- rules impact --------------------------------------------------------------------------------------------
int runImpact(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {"model", "algo", "param", "split", "seed", "at", "k", "rules"});
  const auto& path = a.positional(0, "PROJECT");
  if (a.positionals().size() > 1) throw UsageError("unexpected argument '" + a.positionals()[1] + "'");
  auto model = a.value("model");
  auto algo = a.value("algo");
  if (model.has_value() == algo.has_value()) throw UsageError("give either --model NAME or --algo ALGORITHM [--param K=V]");
  CurationImpactConfig config;
  try {
    config.split = SplitSpec::parse(a.valueOr("split", config.split.toString()));
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--split: ") + e.what());
  }
  config.seed = static_cast<std::uint64_t>(a.intValue("seed", 42, 0, 4000000000000000000LL));
  config.k = static_cast<int>(a.intValue("k", 10, 1, 10000));
  config.time = a.timeValue("at", utc::now());
  Project project = Project::open(path);
  if (model) {
    auto stored = ModelStore(project).find(*model);
    if (!stored) throw std::runtime_error("no trained model named '" + *model + "' in '" + path + "'");
    config.algorithm = stored->algorithm;
    config.params = stored->params;
    config.params.erase("seed");  // retrained on the split, seeded like the evaluation
  } else {
    config.algorithm = *algo;
    for (const auto& p : a.values("param")) {
      auto eq = p.find('=');
      char* end = nullptr;
      const double v = eq == std::string::npos ? 0 : std::strtod(p.c_str() + eq + 1, &end);
      if (eq == std::string::npos || eq == 0 || !end || *end != '\0' || eq + 1 == p.size() || !std::isfinite(v))
        throw UsageError("--param expects NAME=VALUE, got '" + p + "'");
      config.params[p.substr(0, eq)] = v;
    }
  }
  const RuleSet rules = ruleSetFor(project, a);
  const bool tty = ::isatty(STDERR_FILENO) != 0;
  auto last = std::chrono::steady_clock::now() - std::chrono::seconds(10);
  std::string lastStage;
  CurationImpact impact([&](const std::string& stage, double f) {
    const auto now = std::chrono::steady_clock::now();
    if (stage == lastStage && now - last < std::chrono::milliseconds(tty ? 200 : 2000)) return;
    last = now;
    lastStage = stage;
    char pct[16];
    std::snprintf(pct, sizeof pct, "[%3d%%] ", static_cast<int>(f * 100));
    if (tty) std::cerr << "\r\033[K" << pct << stage << std::flush;
    else std::cerr << pct << stage << "\n";
  });
  CurationImpactResult r;
  try {
    r = impact.run(project, rules, config);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(e.what());
  }
  if (tty) std::cerr << "\r\033[K" << std::flush;

  if (a.flag("json")) {
    json segments = json::array();
    for (const auto& s : r.segments) {
      json metrics = json::object();
      for (std::size_t m = 0; m < r.metricNames.size(); ++m)
        metrics[r.metricNames[m]] = {{"without", number(s.without[m])}, {"with", number(s.with[m])},
                                     {"change", number(s.change(m))}};
      segments.push_back({{"segment", s.segment}, {"users", s.users}, {"changed_lists", s.changedLists}, {"metrics", metrics}});
    }
    json params = json::object();
    for (const auto& [k, v] : r.params) params[k] = v;
    json out = {{"model", model ? json(*model) : json()},
                {"algorithm", r.algorithm},
                {"params", params},
                {"split", r.split},
                {"seed", r.seed},
                {"k", r.k},
                {"at", utc::format(r.time)},
                {"catalogue_items", r.catalogueItems},
                {"train_interactions", r.trainInteractions},
                {"test_interactions", r.testInteractions},
                {"seconds", r.seconds},
                {"segments", segments}};
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << "impact of the rule set on " << r.algorithm << (model ? " (as trained for model '" + *model + "')" : "")
            << ", split " << r.split << ", seed " << r.seed << ", rules at " << utc::format(r.time) << "\n"
            << r.trainInteractions << " training / " << r.testInteractions << " held-out interactions, "
            << r.catalogueItems << " candidate items, " << fmt(r.seconds, 1) << " s\n\n";
  std::cout << std::left << std::setw(24) << "segment" << std::right << std::setw(8) << "users" << std::setw(9)
            << "changed" << "  " << std::left << std::setw(10) << "metric" << std::right << std::setw(10) << "without"
            << std::setw(10) << "with" << std::setw(10) << "change" << "\n";
  for (const auto& s : r.segments) {
    for (std::size_t m = 0; m < r.metricNames.size(); ++m) {
      if (m == 0)
        std::cout << std::left << std::setw(24) << clip(s.segment, 23) << std::right << std::setw(8) << s.users
                  << std::setw(9) << s.changedLists << "  ";
      else
        std::cout << std::setw(43) << "";
      std::cout << std::left << std::setw(10) << r.metricNames[m] << std::right << std::setw(10) << fmt(s.without[m])
                << std::setw(10) << fmt(s.with[m]) << std::setw(10) << fmt(s.change(m), 4, true) << "\n";
    }
  }
  return 0;
}

using reco::cli::flagOption;
using reco::cli::valueOption;
using reco::cli::ValueKind;

std::vector<std::string> algorithmNames() {
  std::vector<std::string> names;
  for (const auto& info : algorithmInfos()) names.push_back(info.name);
  return names;
}

const reco::cli::RegisterCommand kPreview({
    "rules preview",
    "PROJECT --model NAME (--user ID | --segment NAME [--sample K] [--seed S]) [--at TIME] [--n N] [--rules FILE.json] "
    "[--json]",
    "a user's model ranking beside the curated list, with the rule that decided each position",
    "Asks a stored model for a user's ranking, applies the project's working rule set (or an exported rule set "
    "file) and prints both lists side by side, marking each changed position and the rule that decided it. With "
    "--segment, previews a random sample of the segment's members.\n\n"
    "With --json an object (an array of them with --segment) with user, known_user, popularity_fallback, note, "
    "attributes, segments, at, n, base, curated (position, item, title, category, score, decided_by, rule, "
    "rule_text, changed), active_rules, banned and capped_out.",
    {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
    {valueOption("model", "NAME", ValueKind::Text, "The stored model that ranks (required)."),
     valueOption("user", "ID", ValueKind::Text, "The user to preview."),
     valueOption("segment", "NAME", ValueKind::Text, "Preview a sample of this segment's members instead."),
     valueOption("sample", "K", ValueKind::Number, "How many members of the segment, 1 to 1000 (default 3)."),
     valueOption("seed", "S", ValueKind::Number, "Seed of the sample (default 42)."),
     valueOption("at", "TIME", ValueKind::Text,
                 "Apply the rules as of this time, a UTC time such as 2026-03-01T12:00:00Z or Unix seconds (default: "
                 "now)."),
     valueOption("n", "N", ValueKind::Number, "Length of the lists, 1 to 10000 (default 10)."),
     valueOption("rules", "FILE.json", ValueKind::JsonFile,
                 "Use the rule set of an exported file instead of the project's working rule set."),
     flagOption("json", "Print the result as JSON.")},
    runPreview});
const reco::cli::RegisterCommand kImpact({
    "rules impact",
    "PROJECT (--model NAME | --algo ALGO [--param K=V]...) [--split SPEC] [--seed N] [--k K] [--at TIME] "
    "[--rules FILE.json] [--json]",
    "offline nDCG, recall, coverage and Gini per segment with and without the rule set",
    "Trains the model's algorithm (with a stored model's parameters, or --algo and --param) on the training part "
    "of an evaluation split, ranks the held-out users' items without and with the rule set applied, and prints "
    "nDCG@k, recall@k, catalogue coverage and Gini per segment, with the change the rules make and the number of "
    "lists they changed.\n\n"
    "With --json an object with model, algorithm, params, split, seed, k, at, catalogue_items, "
    "train_interactions, test_interactions, seconds and segments (segment, users, changed_lists and metrics, each "
    "with without, with and change).",
    {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
    {valueOption("model", "NAME", ValueKind::Text, "Retrain this stored model's algorithm and parameters."),
     reco::cli::choiceOption("algo", "ALGO", algorithmNames(), "Or train this algorithm."),
     valueOption("param", "K=V", ValueKind::Text, "A parameter of --algo. Repeatable."),
     valueOption("split", "SPEC", ValueKind::Text,
                 "The evaluation split, as for the evaluate command (see recoengine-cli help evaluate)."),
     valueOption("seed", "N", ValueKind::Number, "Seed of the split and the model (default 42)."),
     valueOption("k", "K", ValueKind::Number, "Cut-off of nDCG and recall, 1 to 10000 (default 10)."),
     valueOption("at", "TIME", ValueKind::Text,
                 "Apply the rules as of this time, a UTC time such as 2026-03-01T12:00:00Z or Unix seconds (default: "
                 "now)."),
     valueOption("rules", "FILE.json", ValueKind::JsonFile,
                 "Use the rule set of an exported file instead of the project's working rule set."),
     flagOption("json", "Print the result as a JSON object.")},
    runImpact});

}  // namespace

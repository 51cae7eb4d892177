#include "RecommendAllUsers.h"

#include <unistd.h>

#include <cstdio>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/base/CsvText.h"
#include "core/base/Files.h"
#include "core/base/NumberText.h"
#include "core/base/Time.h"
#include "core/curation/RuleSetStore.h"
#include "core/publish/AllUsersCuration.h"

namespace reco::cli {

namespace {

std::string number(double v) { return formatShortest(v); }  // as the JSON lines print it

std::string csvRows(const std::string& user, const CurationResult& r) {
  std::string out;
  const std::string userField = csvField(user);
  for (const auto& e : r.entries) {
    out.append(userField).push_back(',');
    out.append(std::to_string(e.position)).push_back(',');
    out.append(csvField(e.item)).push_back(',');
    out.append(csvField(e.category)).push_back(',');
    if (e.baseScore) out.append(number(*e.baseScore));
    out.push_back(',');
    if (!e.pinRule) out.append(number(e.adjustedScore));
    out.push_back(',');
    out.append(csvField(e.decidedBy())).push_back('\n');
  }
  return out;
}

// One JSON object per line, written by hand: building nlohmann objects per item cost three times the rest of the run.
std::string jsonString(const std::string& text) { return nlohmann::json(text).dump(); }  // quoted and escaped

std::string jsonLine(const std::string& user, const CurationResult& r) {
  std::string line = "{\"user\":";
  line.append(jsonString(user)).append(",\"items\":[");
  for (const auto& e : r.entries) {
    if (e.position > 1) line.push_back(',');
    line.append("{\"position\":").append(std::to_string(e.position));
    line.append(",\"item\":").append(jsonString(e.item));
    line.append(",\"category\":").append(jsonString(e.category));
    line.append(",\"score\":").append(e.baseScore ? number(*e.baseScore) : std::string("null"));
    line.append(",\"decided_by\":").append(jsonString(e.decidedBy()));
    if (e.pinRule)
      line.append(",\"rule\":").append(std::to_string(*e.pinRule));
    else
      line.append(",\"adjusted_score\":").append(number(e.adjustedScore));
    line.push_back('}');
  }
  line.append("]}\n");
  return line;
}

}  // namespace

int runRecommendAllUsers(const Args& args) {
  if (args.positionals().size() != 1) throw UsageError("expected one PROJECT path");
  if (args.value("user")) throw UsageError("give either --user ID or --all-users");
  if (args.flag("json") || args.flag("include-seen"))
    throw UsageError("--all-users writes --format csv|jsonl to --out and always leaves seen items out");
  const auto modelName = args.value("model");
  if (!modelName) throw UsageError("missing --model");
  const auto out = args.value("out");
  if (!out) throw UsageError("--all-users needs --out FILE");
  const std::string format = args.valueOr("format", "csv");
  if (format != "csv" && format != "jsonl") throw UsageError("--format must be csv or jsonl, got '" + format + "'");
  const auto n = static_cast<std::size_t>(args.intValue("n", 10, 1, 10000));
  const std::int64_t at = args.timeValue("at", utc::now());

  Project project = Project::open(args.positional(0, "PROJECT path"));
  RuleSet rules;  // no --rules: the model's ranking as it is
  std::string rulesText = "no rules";
  if (auto r = args.value("rules")) {
    RuleSetStore store(project);
    if (*r == "current") {
      rules = store.load();
      rulesText = "the working rule set";
    } else {
      char* end = nullptr;
      const long long v = std::strtoll(r->c_str(), &end, 10);
      if (r->empty() || *end != '\0' || v < 1)
        throw UsageError("--rules must be a saved version number or 'current', got '" + *r + "'");
      rules = store.document(v).content;
      rulesText = "rule set version " + *r;
    }
  }
  AllUsersCuration everyone(project, *modelName);
  const std::size_t total = everyone.users();
  const bool tty = isatty(STDERR_FILENO) != 0;
  int lastPercent = -1;
  writeTextFileAtomically(*out, [&](const TextPieceWriter& write) {
    if (format == "csv") write("user_id,position,item,category,score,adjusted_score,decided_by\n");
    everyone.run(
        rules, at, n, 2000, 0,
        [&](const std::string& user, const CurationResult& r) { write(format == "csv" ? csvRows(user, r) : jsonLine(user, r)); },
        [&](std::size_t done) {
          const int percent = total ? static_cast<int>(100.0 * static_cast<double>(done) / total + 0.5) : 100;
          if (percent == lastPercent) return;
          if (tty)
            std::fprintf(stderr, "\rcurating top %zu: %3d%%", n, percent);
          else if (percent / 25 != lastPercent / 25)
            std::fprintf(stderr, "curating top %zu: %d%%\n", n, percent);
          lastPercent = percent;
        });
  });
  if (tty) std::fprintf(stderr, "\n");
  std::printf("wrote the top %zu of %zu users from model '%s' with %s at %s to %s\n", n, total, modelName->c_str(),
              rulesText.c_str(), utc::format(at).c_str(), out->c_str());
  return 0;
}

}  // namespace reco::cli

// recoengine-cli publish: hands a saved rule set version (and a model's curated top-N for every known user) to the
// serving tier's Redis, switches readers atomically and verifies by reading back (core/publish, docs/serving.md).
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>

#include "CliCommand.h"
#include "core/base/Time.h"
#include "core/publish/ServingPublisher.h"

namespace {

using namespace reco;
using reco::cli::Args;
using reco::cli::UsageError;
using nlohmann::json;

json outcomeJson(const PublishOutcome& o, const std::string& ns, const std::string& url, const char* action) {
  json before = json::object();
  before["version"] = o.before.version ? json(*o.before.version) : json(nullptr);
  before["sha256"] = o.before.sha256.empty() ? json(nullptr) : json(o.before.sha256);
  before["model"] = o.before.model.empty() ? json(nullptr) : json(o.before.model);
  before["top"] = o.before.top;
  before["users"] = o.before.users;
  before["kept_versions"] = o.before.keptVersions;
  json j = json::object();
  j["action"] = action;
  j["redis"] = url;
  j["namespace"] = ns;
  j["before"] = before;
  j["version"] = o.version;
  j["sha256"] = o.sha256;
  j["model"] = o.model.empty() ? json(nullptr) : json(o.model);
  j["top"] = o.top;
  j["users"] = o.users;
  j["removed_versions"] = o.removedVersions;
  j["rule_changes"] = o.ruleChanges;
  j["published_at"] = o.publishedAt;
  if (!o.dryRun) {
    j["verified"] = {{"ruleset", o.verification.rulesetChecked},
                     {"users_checked", o.verification.usersChecked},
                     {"golden_cases", o.verification.goldenCases}};
    j["seconds"] = o.seconds;
  }
  return j;
}

std::string versionText(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string("none"); }

int runPublish(const std::vector<std::string>& argv) {
  Args a(argv, {"dry-run", "rollback", "json"},
         {"redis", "namespace", "version", "model", "top", "keep", "verify-sample", "at"});
  const std::string& path = a.onlyPositional("PROJECT path");
  auto url = a.value("redis");
  if (!url) throw UsageError("missing --redis URL (redis://host:6379/0 or unix:///path/to/redis.sock)");
  auto ns = a.value("namespace");
  if (!ns) throw UsageError("missing --namespace NS");
  try {
    checkNamespace(*ns);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  const bool rollback = a.flag("rollback"), dryRun = a.flag("dry-run"), asJson = a.flag("json");
  if (rollback && (a.value("model") || a.value("version") || a.value("top") || dryRun))
    throw UsageError("--rollback takes no --model, --version, --top or --dry-run: it makes the previous kept version live");
  if (a.value("top") && !a.value("model")) throw UsageError("--top needs --model NAME");

  RedisTarget target;
  try {
    target = RedisTarget::parse(*url);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  if (const char* password = std::getenv("RECOENGINE_REDIS_PASSWORD")) target.password = password;

  PublishRequest req;
  req.ns = *ns;
  if (a.value("version")) req.version = a.intValue("version", 0, 1, std::numeric_limits<int>::max());
  req.model = a.valueOr("model", "");
  req.top = static_cast<std::size_t>(a.intValue("top", 10, 1, 10000));
  req.keepVersions = static_cast<std::size_t>(a.intValue("keep", 5, 2, 1000000));
  req.verifySample = static_cast<std::size_t>(a.intValue("verify-sample", 200, 0, 100000000));
  req.time = a.timeValue("at", utc::now());

  Project project = Project::open(path);
  RedisConnection redis(target);
  const bool tty = isatty(STDERR_FILENO) != 0;
  std::string lastStage;
  int lastPercent = -1;
  ServingPublisher publisher(project, redis, [&](const std::string& stage, double fraction) {
    const int percent = static_cast<int>(fraction * 100 + 0.5);
    if (tty) {
      if (stage != lastStage && !lastStage.empty()) std::fprintf(stderr, "\n");
      if (stage != lastStage || percent != lastPercent) std::fprintf(stderr, "\r%s: %3d%%", stage.c_str(), percent);
    } else if (stage != lastStage || percent / 25 != lastPercent / 25) {
      std::fprintf(stderr, "%s: %d%%\n", stage.c_str(), percent);
    }
    lastStage = stage;
    lastPercent = percent;
  });
  auto endProgress = [&] {
    if (tty && !lastStage.empty()) std::fprintf(stderr, "\n");
  };

  PublishOutcome o;
  try {
    o = rollback ? publisher.rollback(req.ns) : dryRun ? publisher.dryRun(req) : publisher.publish(req);
  } catch (...) {
    endProgress();
    throw;
  }
  endProgress();
  const char* action = rollback ? "rollback" : dryRun ? "dry-run" : "publish";
  if (asJson) {
    std::cout << outcomeJson(o, req.ns, target.url, action).dump(2) << "\n";
    return 0;
  }
  const std::string where = target.url + " namespace '" + req.ns + "'";
  if (rollback) {
    std::cout << "rolled back " << where << " from version " << versionText(o.before.version) << " to version "
              << o.version << " (" << o.sha256.substr(0, 12) << "); topn keys unchanged (" << o.users << ")\n";
    return 0;
  }
  std::cout << (dryRun ? "would publish" : "published") << " rule set version " << o.version << " ("
            << o.sha256.substr(0, 12) << ") to " << where << "; live before: version " << versionText(o.before.version)
            << "\n";
  if (!req.model.empty())
    std::cout << "  top-" << o.top << " of model '" << o.model << "' for " << o.users << " users"
              << (o.before.version ? " (before: " + std::to_string(o.before.users) + ")" : std::string()) << "\n";
  else
    std::cout << "  topn keys unchanged (" << o.users << " users)\n";
  if (!o.removedVersions.empty()) {
    std::cout << "  " << (dryRun ? "would drop" : "dropped") << " old versions:";
    for (auto v : o.removedVersions) std::cout << " " << v;
    std::cout << "\n";
  }
  if (o.before.version) {
    std::cout << "  rule changes from the live version:\n";
    std::string text = o.ruleChanges;
    for (std::size_t start = 0; start < text.size();) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::cout << "    " << text.substr(start, end - start) << "\n";
      start = end + 1;
    }
  }
  if (!dryRun) {
    std::cout << "  verified: rule set bytes, checksum and manifest";
    if (o.verification.usersChecked)
      std::cout << "; " << o.verification.usersChecked << " sampled users' top-N equal a fresh computation, also through "
                << "the rule set Redis holds";
    std::fprintf(stdout, " (%.2f s)\n", o.seconds);
  }
  return 0;
}

using reco::cli::CliArgument;
using reco::cli::flagOption;
using reco::cli::valueOption;
using reco::cli::ValueKind;

const reco::cli::RegisterCommand kPublish({
    "publish",
    "PROJECT --redis URL --namespace NS [--version N] [--model NAME [--top N]] [--keep N] [--verify-sample N] "
    "[--at TIME] [--dry-run] [--rollback] [--json]",
    "publish a rule set version and curated top-N to the serving tier's Redis, verified",
    "Writes a saved rule set version (default: the latest) to Redis as NS:ruleset:<version>, the exact bytes rules "
    "export writes, and with --model every user the model knows as NS:topn:<user id>, a JSON array of the user's "
    "curated top N item ids as rules preview shows them at publish time. Then one MULTI/EXEC switches "
    "NS:ruleset:current and NS:manifest (version, sha256, model, top, users, published_at, app_version) to the new "
    "version, old versions beyond --keep are dropped, and everything is read back: the bytes, the checksum, the "
    "manifest, and a random sample of users recomputed from scratch; any difference fails the publish (exit status "
    "1) naming the first differing key. The key layout is in docs/serving.md.\n\n"
    "URL is redis://[user@]host:port/db or unix:///path/to/redis.sock (rediss:// is refused: this build's hiredis "
    "has no TLS). The password comes from the environment variable RECOENGINE_REDIS_PASSWORD, never from the "
    "command line. Progress goes to stderr.\n\n"
    "--dry-run prints what would change against what Redis holds now (versions, counts, the rule changes) and "
    "writes nothing. --rollback makes the previous kept version live again (its rule set and manifest, in one "
    "MULTI/EXEC); topn keys are not versioned and stay as they are.",
    {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
    {valueOption("redis", "URL", ValueKind::Text,
                 "The Redis server: redis://[user@]host:port/db or unix:///path/to/redis.sock (required)."),
     valueOption("namespace", "NS", ValueKind::Text, "The key prefix, e.g. shop (required)."),
     valueOption("version", "N", ValueKind::Number, "The saved rule set version to publish (default: the latest)."),
     valueOption("model", "NAME", ValueKind::Text, "A stored model: publish every known user's curated top-N."),
     valueOption("top", "N", ValueKind::Number, "Length of each user's list (default 10; needs --model)."),
     valueOption("keep", "N", ValueKind::Number, "Versions kept in Redis, the live one included (default 5, at least 2)."),
     valueOption("verify-sample", "N", ValueKind::Number,
                 "Users whose top-N the read-back recomputes from scratch (default 200; 0 checks the rule set only)."),
     valueOption("at", "TIME", ValueKind::Text,
                 "Apply the rules as of this time, a UTC time such as 2026-03-01T12:00:00Z or Unix seconds (default: "
                 "now)."),
     flagOption("dry-run", "Show what would change and write nothing."),
     flagOption("rollback", "Make the previous kept version live again."),
     flagOption("json", "Print the outcome as a JSON object.")},
    runPublish});

}  // namespace

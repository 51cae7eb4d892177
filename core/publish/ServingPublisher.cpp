#include "core/publish/ServingPublisher.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/base/Random.h"
#include "core/base/Time.h"
#include "core/base/Version.h"
#include "core/curation/CurationPreview.h"
#include "core/curation/RuleSetDiff.h"
#include "core/curation/RuleSetStore.h"
#include "core/publish/AllUsersCuration.h"
#include "core/publish/ServingKeys.h"

namespace reco {

namespace keys = serving_keys;
using nlohmann::json;

void checkNamespace(const std::string& ns) {
  auto bad = [&](const std::string& why) {
    std::string message = "namespace '";
    message.append(ns).append("': ").append(why);
    throw std::invalid_argument(message);
  };
  if (ns.empty()) bad("must not be empty");
  if (ns.front() == ':' || ns.back() == ':') bad("must not start or end with ':'");
  for (unsigned char c : ns)
    if (c <= ' ' || c == 0x7f) bad("must not hold spaces or control characters");
}

namespace {

// The saved version a request publishes, and its exact export bytes.
struct PublishedRuleSet {
  RuleSetDocument document;
  std::string bytes;
};

PublishedRuleSet loadVersion(Project& project, const std::optional<std::int64_t>& version) {
  RuleSetStore store(project);
  std::int64_t v;
  if (version) {
    v = *version;
  } else {
    auto latest = store.latestVersion();
    if (!latest) {
      std::string message = "'";
      message.append(project.path()).append("' has no saved rule set version; save one first (rules save)");
      throw std::runtime_error(message);
    }
    v = *latest;
  }
  PublishedRuleSet out{store.document(v), {}};
  out.bytes = out.document.exportText();
  return out;
}

std::string manifestText(std::int64_t version, const std::string& sha256, const std::string& model, std::size_t top,
                         std::size_t users, const std::string& publishedAt) {
  json m = json::object();
  m["version"] = version;
  m["sha256"] = sha256;
  m["model"] = model.empty() ? json(nullptr) : json(model);
  m["top"] = top;
  m["users"] = users;
  m["published_at"] = publishedAt;
  m["app_version"] = std::string(versionString());
  return m.dump();
}

std::string itemsJson(const CurationResult& r) {
  json a = json::array();
  for (const auto& e : r.entries) a.push_back(e.item);
  return a.dump();
}

std::string itemsJson(const CurationPreviewResult& r) {
  json a = json::array();
  for (const auto& p : r.curated) a.push_back(p.item.item);
  return a.dump();
}

// Where the first difference between two texts is, for messages.
std::string firstDifference(const std::string& expected, const std::string& actual) {
  std::size_t i = 0;
  while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) ++i;
  std::string text = "Redis holds ";
  text.append(std::to_string(actual.size())).append(" bytes, expected ").append(std::to_string(expected.size()));
  text.append("; first difference at byte ").append(std::to_string(i));
  return text;
}

[[noreturn]] void mismatch(const std::string& key, const std::string& why) {
  std::string message = "verification failed at key '";
  message.append(key).append("': ").append(why);
  throw PublishVerificationError(key, message);
}

}  // namespace

ServingPublisher::ServingPublisher(Project& project, RedisConnection& redis, PublishProgress progress,
                                   const std::atomic<bool>* cancel)
    : project_(project), redis_(redis), progress_(std::move(progress)), cancel_(cancel) {}

void ServingPublisher::report(const std::string& stage, double fraction) const {
  if (progress_) progress_(stage, fraction);
}

void ServingPublisher::checkCancel() const {
  if (cancel_ && cancel_->load(std::memory_order_relaxed)) throw PublishCancelled();
}

ServingState ServingPublisher::state(const std::string& ns) {
  checkNamespace(ns);
  ServingState s;
  RedisReply m = redis_.command({"GET", keys::manifest(ns)});
  if (!m.isNil()) {
    try {
      json j = json::parse(m.text);
      s.version = j.at("version").get<std::int64_t>();
      s.sha256 = j.at("sha256").get<std::string>();
      if (j.contains("model") && j["model"].is_string()) s.model = j["model"].get<std::string>();
      s.top = j.value("top", std::size_t{0});
      s.users = j.value("users", std::size_t{0});
      s.publishedAt = j.value("published_at", std::string());
    } catch (const json::exception& e) {
      std::string message = "Redis at ";
      message.append(redis_.url()).append(": key '").append(keys::manifest(ns)).append("' is not a manifest (");
      message.append(e.what()).append(")");
      throw std::runtime_error(message);
    }
  }
  RedisReply v = redis_.command({"ZRANGE", keys::versions(ns), "0", "-1"});
  for (const auto& e : v.elements) s.keptVersions.push_back(std::stoll(e.text));
  std::sort(s.keptVersions.begin(), s.keptVersions.end());
  return s;
}

namespace {

// The versions to drop so that `keep` remain, oldest first, never the live one.
std::vector<std::int64_t> versionsToDrop(std::vector<std::int64_t> kept, std::int64_t live, std::size_t keep) {
  if (std::find(kept.begin(), kept.end(), live) == kept.end()) kept.push_back(live);
  std::sort(kept.begin(), kept.end());
  std::vector<std::int64_t> drop;
  for (std::size_t i = 0; kept.size() - drop.size() > std::max<std::size_t>(keep, 1) && i < kept.size(); ++i)
    if (kept[i] != live) drop.push_back(kept[i]);
  return drop;
}

}  // namespace

PublishOutcome ServingPublisher::dryRun(const PublishRequest& request) {
  checkNamespace(request.ns);
  PublishOutcome out;
  out.dryRun = true;
  out.before = state(request.ns);
  PublishedRuleSet rs = loadVersion(project_, request.version);
  out.version = rs.document.version;
  out.sha256 = rs.document.checksum();
  out.model = request.model;
  out.top = request.model.empty() ? out.before.top : request.top;
  if (!request.model.empty()) {
    out.users = AllUsersCuration(project_, request.model).users();
  } else {
    out.users = out.before.users;
    out.model = out.before.model;
  }
  if (out.before.version) {
    RedisReply live = redis_.command({"GET", keys::currentRuleset(request.ns)});
    JsonIssues issues;
    std::optional<RuleSetDocument> liveDoc;
    if (!live.isNil()) liveDoc = RuleSetDocument::parse(live.text, issues, &ruleSetSchema());
    out.ruleChanges = liveDoc ? RuleSetDiff::compare(liveDoc->content, rs.document.content).text()
                              : std::string("(the live rule set in Redis is missing or not valid)");
  }
  out.removedVersions = versionsToDrop(out.before.keptVersions, out.version, request.keepVersions);
  out.publishedAt = utc::format(request.time);
  return out;
}

PublishOutcome ServingPublisher::publish(const PublishRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  checkNamespace(request.ns);
  if (request.batch == 0) throw std::invalid_argument("publish: batch must be at least 1");
  PublishOutcome out;
  out.before = state(request.ns);
  PublishedRuleSet rs = loadVersion(project_, request.version);
  const std::int64_t version = rs.document.version;
  out.version = version;
  out.sha256 = rs.document.checksum();
  out.publishedAt = utc::format(request.time);
  if (out.before.version) {
    RedisReply live = redis_.command({"GET", keys::currentRuleset(request.ns)});
    JsonIssues issues;
    if (!live.isNil())
      if (auto liveDoc = RuleSetDocument::parse(live.text, issues, &ruleSetSchema()))
        out.ruleChanges = RuleSetDiff::compare(liveDoc->content, rs.document.content).text();
  }
  checkCancel();

  // 1. The version's own keys: nothing a reader follows yet.
  redis_.command({"SET", keys::ruleset(request.ns, version), rs.bytes});

  // 2. Every known user's curated top-N, pipelined.
  if (!request.model.empty()) {
    report("computing and writing top-N", 0.0);
    AllUsersCuration everyone(project_, request.model);
    const std::size_t total = everyone.users();
    std::size_t written = 0;
    everyone.run(
        rs.document.content, request.time, request.top, request.batch, request.threads,
        [&](const std::string& user, const CurationResult& r) {
          redis_.append({"SET", keys::topn(request.ns, user), itemsJson(r)});
        },
        [&](std::size_t done) {  // one pipelined round trip per batch
          redis_.drain("writing top-N keys");
          written = done;
          report("computing and writing top-N", total == 0 ? 1.0 : static_cast<double>(done) / total);
          checkCancel();
        });
    out.users = written;
    out.model = request.model;
    out.top = request.top;
  } else {  // the topn keys stay as they are; the manifest keeps describing them
    out.model = out.before.model;
    out.top = out.before.top;
    out.users = out.before.users;
  }
  checkCancel();

  // 3. The switch: the manifest this version goes live with, then one MULTI/EXEC flips current and the manifest.
  const std::string manifest = manifestText(version, out.sha256, out.model, out.top, out.users, out.publishedAt);
  const std::string versionText = std::to_string(version);
  redis_.append({"SET", keys::versionManifest(request.ns, version), manifest});
  redis_.append({"ZADD", keys::versions(request.ns), versionText, versionText});
  redis_.drain("writing the version's keys");
  report("switching", 0.0);
  redis_.append({"MULTI"});
  redis_.append({"SET", keys::currentRuleset(request.ns), rs.bytes});
  redis_.append({"SET", keys::manifest(request.ns), manifest});
  redis_.append({"EXEC"});
  redis_.reply();
  redis_.reply();
  redis_.reply();
  RedisReply exec = redis_.reply();
  if (exec.type != RedisReply::Type::Array || exec.elements.size() != 2 ||
      std::any_of(exec.elements.begin(), exec.elements.end(),
                  [](const RedisReply& r) { return r.type == RedisReply::Type::Error; }))
    throw RedisError("Redis at " + redis_.url() + ": the switch (MULTI/EXEC) did not complete: " + exec.text);

  // 4. Old versions beyond the count to keep.
  out.removedVersions = versionsToDrop(state(request.ns).keptVersions, version, request.keepVersions);
  if (!out.removedVersions.empty()) {
    redis_.append({"MULTI"});
    for (auto v : out.removedVersions) {
      const std::string text = std::to_string(v);
      redis_.append({"DEL", keys::ruleset(request.ns, v), keys::versionManifest(request.ns, v)});
      redis_.append({"ZREM", keys::versions(request.ns), text});
    }
    redis_.append({"EXEC"});
    redis_.drain("dropping old versions");
  }

  // 5. Read back.
  report("verifying", 0.0);
  out.verification = verify(request, version, out.users);
  report("verifying", 1.0);
  out.seconds = secondsSince(started);
  return out;
}

PublishVerification ServingPublisher::verify(const PublishRequest& request, std::int64_t version, std::size_t users) {
  checkNamespace(request.ns);
  PublishVerification v;
  PublishedRuleSet rs = loadVersion(project_, version);
  const std::string sha = rs.document.checksum();
  for (const std::string& key : {keys::ruleset(request.ns, version), keys::currentRuleset(request.ns)}) {
    RedisReply r = redis_.command({"GET", key});
    if (r.isNil()) mismatch(key, "the key is missing");
    if (r.text != rs.bytes) mismatch(key, firstDifference(rs.bytes, r.text) + " (`rules export` of version " +
                                              std::to_string(version) + ")");
  }
  RedisReply m = redis_.command({"GET", keys::manifest(request.ns)});
  if (m.isNil()) mismatch(keys::manifest(request.ns), "the key is missing");
  try {
    json j = json::parse(m.text);
    if (j.at("version").get<std::int64_t>() != version)
      mismatch(keys::manifest(request.ns), "version " + j.at("version").dump() + ", expected " + std::to_string(version));
    if (j.at("sha256").get<std::string>() != sha)
      mismatch(keys::manifest(request.ns), "sha256 " + j.at("sha256").dump() + ", expected \"" + sha + "\"");
    if (j.at("users").get<std::size_t>() != users)
      mismatch(keys::manifest(request.ns), "users " + j.at("users").dump() + ", expected " + std::to_string(users));
  } catch (const json::exception& e) {
    mismatch(keys::manifest(request.ns), std::string("not a manifest: ") + e.what());
  }
  // The Redis-held rule set, parsed as production would: schema and its own checksum.
  RedisReply held = redis_.command({"GET", keys::currentRuleset(request.ns)});
  JsonIssues issues;
  std::optional<RuleSetDocument> heldDoc = RuleSetDocument::parse(held.text, issues, &ruleSetSchema());
  if (!heldDoc) mismatch(keys::currentRuleset(request.ns), issues.empty() ? "not a rule set" : issues.front().text());
  if (heldDoc->checksum() != sha) mismatch(keys::currentRuleset(request.ns), "checksum " + heldDoc->checksum());
  v.rulesetChecked = true;

  if (request.model.empty() || request.verifySample == 0) return v;
  // A sample of the model's users, recomputed from scratch along rules preview's path.
  CurationPreview preview(project_, request.model);
  std::vector<std::string> known = AllUsersCuration(project_, request.model).userIds();
  const std::size_t k = std::min(request.verifySample, known.size());
  SeededRandom rng(request.seed);
  for (std::size_t i = 0; i < k; ++i)  // partial Fisher-Yates: the first k are a uniform sample
    std::swap(known[i], known[i + static_cast<std::size_t>(rng.below(known.size() - i))]);
  known.resize(k);
  for (std::size_t i = 0; i < known.size(); ++i) {
    const std::string& user = known[i];
    const std::string key = keys::topn(request.ns, user);
    const std::string fresh = itemsJson(preview.preview(rs.document.content, user, request.time, request.top));
    RedisReply r = redis_.command({"GET", key});
    if (r.isNil()) mismatch(key, "the key is missing");
    if (r.text != fresh) mismatch(key, "Redis holds " + r.text + ", a fresh computation gives " + fresh);
    ++v.usersChecked;
    // The same user through the rule set Redis holds: what a serving tier running the reference applier serves.
    const std::string viaHeld = itemsJson(preview.preview(heldDoc->content, user, request.time, request.top));
    if (viaHeld != fresh)
      mismatch(keys::currentRuleset(request.ns),
               "the rule set Redis holds gives " + viaHeld + " for user '" + user + "', the project's " + fresh);
    ++v.goldenCases;
    if (i % 16 == 0) {
      report("verifying", static_cast<double>(i) / known.size());
      checkCancel();
    }
  }
  return v;
}

PublishOutcome ServingPublisher::rollback(const std::string& ns) {
  const auto started = std::chrono::steady_clock::now();
  PublishOutcome out;
  out.before = state(ns);
  if (!out.before.version) throw std::runtime_error("nothing is published in namespace '" + ns + "' at " + redis_.url());
  std::optional<std::int64_t> previous;
  for (auto v : out.before.keptVersions)
    if (v < *out.before.version) previous = v;
  if (!previous)
    throw std::runtime_error("no version before " + std::to_string(*out.before.version) + " is kept in namespace '" +
                             ns + "' at " + redis_.url() + ": nothing to roll back to");
  const std::string rulesKey = keys::ruleset(ns, *previous), manifestKey = keys::versionManifest(ns, *previous);
  RedisReply bytes = redis_.command({"GET", rulesKey});
  RedisReply manifest = redis_.command({"GET", manifestKey});
  if (bytes.isNil()) throw std::runtime_error("Redis at " + redis_.url() + ": key '" + rulesKey + "' is missing");
  if (manifest.isNil()) throw std::runtime_error("Redis at " + redis_.url() + ": key '" + manifestKey + "' is missing");
  redis_.append({"MULTI"});
  redis_.append({"SET", keys::currentRuleset(ns), bytes.text});
  redis_.append({"SET", keys::manifest(ns), manifest.text});
  redis_.append({"EXEC"});
  redis_.drain("rolling back");
  // Read back.
  if (redis_.command({"GET", keys::currentRuleset(ns)}).text != bytes.text)
    mismatch(keys::currentRuleset(ns), "differs from '" + rulesKey + "' after the rollback");
  if (redis_.command({"GET", keys::manifest(ns)}).text != manifest.text)
    mismatch(keys::manifest(ns), "differs from '" + manifestKey + "' after the rollback");
  ServingState now = state(ns);
  out.version = *previous;
  out.sha256 = now.sha256;
  out.model = now.model;
  out.top = now.top;
  out.users = now.users;
  out.publishedAt = now.publishedAt;
  out.verification.rulesetChecked = true;
  out.seconds = secondsSince(started);
  return out;
}

}  // namespace reco

// Publishes a saved rule set version (and, with a model, every known user's curated top-N) to the serving tier's
// Redis, switches readers to it atomically, reads it all back to prove production now serves what the preview showed,
// rolls back, and shows in a dry run what a publish would change. Key layout: ServingKeys.h, docs/serving.md.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/publish/RedisConnection.h"
#include "core/storage/Project.h"

namespace reco {

class PublishCancelled : public std::runtime_error {
 public:
  PublishCancelled() : std::runtime_error("publish cancelled") {}
};

// The read-back found Redis holding something else than what was published: `key` is the first differing key.
class PublishVerificationError : public std::runtime_error {
 public:
  PublishVerificationError(std::string key, const std::string& what) : std::runtime_error(what), key_(std::move(key)) {}
  const std::string& key() const { return key_; }

 private:
  std::string key_;
};

struct PublishRequest {
  std::string ns;                        // key prefix, e.g. "shop"; no spaces, no ':' at either end
  std::optional<std::int64_t> version;   // the saved version to publish; nullopt = the latest
  std::string model;                     // a stored model: publish every known user's curated top-N; "" = rules only
  std::size_t top = 10;                  // N of the top-N lists
  std::int64_t time = 0;                 // rules are applied as of this time (Unix seconds, UTC): publish time
  std::size_t keepVersions = 5;          // versions kept in Redis, the live one included (>= 2 keeps a rollback)
  std::size_t verifySample = 200;        // users whose top-N the read-back recomputes from scratch
  std::uint64_t seed = 42;               // which users the sample draws
  std::size_t batch = 2000;              // commands per pipelined round trip
  int threads = 0;                       // threads computing top-N lists; 0 = all cores
};

// What Redis held before, per its manifest.
struct ServingState {
  std::optional<std::int64_t> version;  // nullopt: nothing published in this namespace
  std::string sha256;
  std::string model;
  std::size_t top = 0;
  std::size_t users = 0;
  std::string publishedAt;
  std::vector<std::int64_t> keptVersions;  // ascending
};

struct PublishVerification {
  bool rulesetChecked = false;   // ruleset:<v>, ruleset:current and the manifest equal what was published
  std::size_t goldenCases = 0;   // sampled users whose lists the Redis-held rule set reproduced through the applier
  std::size_t usersChecked = 0;  // sampled topn keys equal to a fresh local computation (rules preview's path)
};

struct PublishOutcome {
  ServingState before;
  std::int64_t version = 0;
  std::string sha256;
  std::string model;
  std::size_t top = 0;
  std::size_t users = 0;            // topn keys written (or that would be written, dry run)
  std::vector<std::int64_t> removedVersions;  // old versions dropped to keep keepVersions
  std::string ruleChanges;          // RuleSetDiff::text() from the live rule set to this one ("" when none was live)
  bool dryRun = false;
  std::string publishedAt;          // ISO 8601 UTC
  PublishVerification verification;
  double seconds = 0;
};

// stage ("computing top-N", "writing", "verifying", ...) and 0..1.
using PublishProgress = std::function<void(const std::string& stage, double fraction)>;

class ServingPublisher {
 public:
  // progress and cancel (polled between batches) may be empty; cancelling before the switch leaves the live version
  // untouched (the new version's keys stay behind, unreferenced, until a later publish of that version overwrites them).
  ServingPublisher(Project& project, RedisConnection& redis, PublishProgress progress = {},
                   const std::atomic<bool>* cancel = nullptr);

  // Publishes and verifies; throws std::runtime_error (no saved version, unknown model, bad namespace), RedisError,
  // PublishVerificationError (naming the first differing key), PublishCancelled.
  PublishOutcome publish(const PublishRequest& request);
  // The same without writing: what Redis holds now, what would change (versions, counts, the rule diff).
  PublishOutcome dryRun(const PublishRequest& request);
  // Makes the previous kept version live again (one MULTI/EXEC: ruleset:current and the manifest that version went
  // live with); topn keys are not versioned and stay. Throws std::runtime_error when there is none to go back to.
  PublishOutcome rollback(const std::string& ns);
  // What the namespace's manifest and version set say now.
  ServingState state(const std::string& ns);

  // Reads back a published version: the rule set's bytes and checksum, the manifest, the sampled users' topn keys
  // against a fresh local computation, and those users' lists through the Redis-held rule set. Throws
  // PublishVerificationError naming the first differing key.
  PublishVerification verify(const PublishRequest& request, std::int64_t version, std::size_t users);

 private:
  void report(const std::string& stage, double fraction) const;
  void checkCancel() const;

  Project& project_;
  RedisConnection& redis_;
  PublishProgress progress_;
  const std::atomic<bool>* cancel_;
};

// Throws std::invalid_argument for a namespace production could not tell apart (empty, spaces, ':' at an end).
void checkNamespace(const std::string& ns);

}  // namespace reco

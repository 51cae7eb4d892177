// A project's curation rule set in SQLite: the working copy (curation_segments, curation_rules) and its saved
// versions (rule_set_versions, each a canonical JSON snapshot). Saving, restoring and importing create versions.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/curation/JsonIssue.h"
#include "core/curation/RuleSetDiff.h"
#include "core/curation/RuleSetDocument.h"
#include "core/storage/Project.h"

namespace reco {

struct RuleSetVersionInfo {
  std::int64_t version = 0;
  std::string message;
  std::string author;
  std::int64_t createdAt = 0;
  std::string sha256;
  std::size_t segments = 0;
  std::size_t rules = 0;
};

// Outcome of an import: what changes (relative to the working copy) and the version it created.
struct RuleSetImport {
  RuleSetDocument document;
  RuleSetDiff changes;
  std::optional<std::int64_t> createdVersion;  // nullopt for a dry run
};

class RuleSetStore {
 public:
  explicit RuleSetStore(Project& project) : project_(project) {}

  // Stable id of this project's rule set (created on first use, kept in the meta table).
  std::string rulesetId();

  // The working copy.
  RuleSet load();
  // Validates (parse errors, unknown attributes, duplicate names) and stores; throws std::invalid_argument.
  void addSegment(const Segment& segment);
  void updateSegment(const std::string& oldName, const Segment& segment);  // renames follow into the rules
  void removeSegment(const std::string& name);  // refuses while rules use it
  // Assigns the next id when rule.id == 0 and the current time when createdAt == 0; returns the id.
  std::int64_t addRule(Rule rule);
  void updateRule(const Rule& rule);
  void removeRule(std::int64_t id);
  // Replaces the whole working copy (one transaction).
  void replace(const RuleSet& rules);

  // Saves the working copy as a new version and returns its number (1, 2, ...).
  std::int64_t saveVersion(const std::string& message, const std::string& author, std::optional<std::int64_t> at = {});
  std::vector<RuleSetVersionInfo> versions();
  std::optional<std::int64_t> latestVersion();
  // The exported document of one version; throws std::runtime_error for an unknown version.
  RuleSetDocument document(std::int64_t version);
  RuleSetDiff compare(std::int64_t fromVersion, std::int64_t toVersion);
  // Makes version `version` the working copy again and saves that as a new version; returns its number.
  std::int64_t restore(std::int64_t version, const std::string& author);

  // Imports an exported file's text: validates schema, references (segments, attributes of this project) and the
  // checksum. On any problem, `issues` lists them all and nothing changes (returns nullopt). Otherwise replaces the
  // working copy and saves a version, unless dryRun.
  std::optional<RuleSetImport> importText(const std::string& text, const std::string& author, bool dryRun,
                                          JsonIssues& issues);
  // The same, freeing `text` as soon as it is read (before the diff and the writes).
  std::optional<RuleSetImport> importText(std::string&& text, const std::string& author, bool dryRun,
                                          JsonIssues& issues);

  // The attribute names segments may use in this project.
  std::set<std::string> knownAttributes();

 private:
  void validateSegment(const Segment& segment);
  void validateRule(const Rule& rule, const RuleSet& current);
  void insertSegment(const Segment& segment);
  void insertRule(const Rule& rule);
  void replaceLocked(const RuleSet& rules);  // caller holds a transaction
  // `content`, when given, is the working copy as just written (saved without reading it back).
  std::optional<RuleSetDocument> parseImport(const std::string& text, JsonIssues& issues);
  std::optional<RuleSetImport> importDocument(RuleSetDocument doc, const std::string& author, bool dryRun);
  std::int64_t saveVersionLocked(const std::string& id, const std::string& message, const std::string& author,
                                 std::optional<std::int64_t> at, RuleSet* content = nullptr);
  Project& project_;
};

}  // namespace reco

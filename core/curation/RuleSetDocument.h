// The exchange format of a rule set: one version with its metadata, as JSON that validates against
// resources/schema/ruleset.schema.json and carries a SHA-256 of its canonical form. Plain std + nlohmann-json.
#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <set>
#include <string>

#include "core/curation/JsonIssue.h"
#include "core/curation/RuleSet.h"

namespace reco {

class JsonSchemaValidator;

class RuleSetDocument {
 public:
  static constexpr int kSchemaVersion = 1;

  std::string rulesetId;
  std::int64_t version = 1;
  std::int64_t createdAt = 0;  // Unix seconds, UTC
  std::string author;
  std::string message;
  RuleSet content;

  // The document without "sha256", keys sorted (nlohmann's std::map order), no whitespace; numbers as nlohmann
  // prints them (integers in decimal, doubles in shortest round-trip form).
  std::string canonicalText() const;
  std::string checksum() const;  // SHA-256 hex of canonicalText()
  nlohmann::json toJson() const;  // with "sha256"
  // The exported file: toJson() indented by two spaces, keys sorted, ending in a newline. Same document, same bytes.
  std::string exportText() const;
  // The same text in pieces, for writing a large rule set to a file without holding its text.
  void writeExport(const std::function<void(std::string_view)>& out) const;

  // Reads an exported file. Every problem is appended to `issues` with its JSON path: JSON syntax, the schema
  // (when `schema` is given), field values, duplicate ids and names, unknown segments, expression errors
  // (attributes outside `knownAttributes`, when given) and a checksum mismatch (at /sha256).
  // Returns nullopt when there was any issue.
  static std::optional<RuleSetDocument> parse(const std::string& text, JsonIssues& issues,
                                              const JsonSchemaValidator* schema = nullptr,
                                              const std::set<std::string>* knownAttributes = nullptr);
  // The checksum a parsed JSON document should carry: SHA-256 of its canonical dump without "sha256".
  static std::string checksumOf(const nlohmann::json& document);
};

// The schema shipped in resources/schema/ruleset.schema.json (loaded once; throws std::runtime_error if missing).
const JsonSchemaValidator& ruleSetSchema();

}  // namespace reco

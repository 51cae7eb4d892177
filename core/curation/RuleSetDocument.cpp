#include "core/curation/RuleSetDocument.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/curation/JsonSchemaValidator.h"
#include "core/curation/RuleSetStreamReader.h"
#include "core/curation/Sha256.h"
#include "core/base/Time.h"

namespace reco {

using nlohmann::json;

namespace {

// The document as text, written in pieces to `out`: with `sha256`, toJson().dump(indent); without, the canonical
// form (indent < 0). Keys in sorted order, as nlohmann's std::map keeps them; never one tree of the whole rule set.
void writeDocument(const RuleSetDocument& d, const RuleSet::TextSink& out, int indent, const std::string* sha256) {
  const bool pretty = indent >= 0;
  const std::string pad = pretty ? std::string(static_cast<std::size_t>(indent), ' ') : std::string();
  bool first = true;
  auto key = [&](const char* k) {
    std::string s = first ? (pretty ? "{\n" : "{") : (pretty ? ",\n" : ",");
    first = false;
    s += pad + json(k).dump() + (pretty ? ": " : ":");
    out(s);
  };
  auto scalar = [&](const char* k, const json& v) {
    key(k);
    out(v.dump());
  };
  scalar("author", d.author);
  scalar("created_at", utc::format(d.createdAt));
  scalar("message", d.message);
  key("rules");
  d.content.writeRules(out, indent, 1);
  scalar("ruleset_id", d.rulesetId);
  scalar("schema_version", RuleSetDocument::kSchemaVersion);
  key("segments");
  d.content.writeSegments(out, indent, 1);
  if (sha256) scalar("sha256", *sha256);
  scalar("version", d.version);
  out(pretty ? "\n}" : "}");
}

json withoutChecksum(const RuleSetDocument& d) {
  json j = d.content.toJson();
  j["schema_version"] = RuleSetDocument::kSchemaVersion;
  j["ruleset_id"] = d.rulesetId;
  j["version"] = d.version;
  j["created_at"] = utc::format(d.createdAt);
  j["author"] = d.author;
  j["message"] = d.message;
  return j;
}

// True when `issue` lies at or below one of the paths already reported.
bool coveredBy(const JsonIssue& issue, const JsonIssues& reported) {
  for (const auto& r : reported)
    if (issue.path == r.path || issue.path.rfind(r.path + "/", 0) == 0) return true;
  return false;
}

// nlohmann's serializer writing into a hash instead of a string.
class HashOutput : public nlohmann::detail::output_adapter_protocol<char> {
 public:
  explicit HashOutput(Sha256& hash) : hash_(hash) {}
  void write_character(char c) override { hash_.update(&c, 1); }
  void write_characters(const char* s, std::size_t length) override { hash_.update(s, length); }

 private:
  Sha256& hash_;
};

// The document's fields but the rule set itself, into `d`; problems to `own`. `recorded` gets "sha256".
void readHeader(const json& j, RuleSetDocument& d, std::string& recorded, JsonIssues& own) {
  auto str = [&](const char* key, std::string& out) {
    if (!j.contains(key)) own.push_back({std::string("/") + key, "is required"});
    else if (!j[key].is_string()) own.push_back({std::string("/") + key, "must be a string"});
    else out = j[key].get<std::string>();
  };
  const int kSchemaVersion = RuleSetDocument::kSchemaVersion;
  if (!j.contains("schema_version")) own.push_back({"/schema_version", "is required"});
  else if (j["schema_version"] != kSchemaVersion)
    own.push_back({"/schema_version", "must be " + std::to_string(kSchemaVersion) + " (this build reads format version " +
                                          std::to_string(kSchemaVersion) + ")"});
  str("ruleset_id", d.rulesetId);
  if (j.contains("ruleset_id") && d.rulesetId.empty() && j["ruleset_id"].is_string()) own.push_back({"/ruleset_id", "must not be empty"});
  if (!j.contains("version")) own.push_back({"/version", "is required"});
  else if (!j["version"].is_number_integer() || j["version"].get<long long>() < 1)
    own.push_back({"/version", "must be an integer >= 1"});
  else d.version = j["version"].get<long long>();
  std::string created;
  str("created_at", created);
  if (!created.empty()) {
    if (auto t = utc::parse(created)) d.createdAt = *t;
    else own.push_back({"/created_at", "must be a UTC time \"YYYY-MM-DDTHH:MM:SSZ\", not \"" + created + "\""});
  }
  str("author", d.author);
  str("message", d.message);
  str("sha256", recorded);
}

void rejectUnknownFields(const json& j, JsonIssues& own) {
  static const std::set<std::string> kKnown = {"schema_version", "ruleset_id", "version", "created_at", "author",
                                               "message", "segments", "rules", "sha256"};
  for (auto it = j.begin(); it != j.end(); ++it)
    if (!kKnown.count(it.key())) own.push_back({"/" + it.key(), "unexpected field"});
}

}  // namespace

std::string RuleSetDocument::canonicalText() const {
  std::string text;
  writeDocument(*this, [&text](std::string_view piece) { text.append(piece); }, -1, nullptr);
  return text;
}

std::string RuleSetDocument::checksum() const {
  Sha256 hash;
  writeDocument(*this, [&hash](std::string_view piece) { hash.update(piece); }, -1, nullptr);
  return hash.hexDigest();
}

json RuleSetDocument::toJson() const {
  json j = withoutChecksum(*this);
  j["sha256"] = Sha256::hex(j.dump());
  return j;
}

std::string RuleSetDocument::exportText() const {
  std::string text;
  writeExport([&text](std::string_view piece) { text.append(piece); });
  return text;
}

void RuleSetDocument::writeExport(const std::function<void(std::string_view)>& out) const {
  const std::string sha256 = checksum();
  writeDocument(*this, out, 2, &sha256);
  out("\n");
}

std::string RuleSetDocument::checksumOf(const json& document) {
  // The dump of the document without "sha256", hashed as it is written (no copy of the document, no text of it).
  Sha256 hash;
  nlohmann::detail::serializer<json> writer(std::make_shared<HashOutput>(hash), ' ');
  if (!document.is_object()) {
    writer.dump(document, false, false, 0);
    return hash.hexDigest();
  }
  hash.update("{");
  bool first = true;
  for (auto it = document.begin(); it != document.end(); ++it) {
    if (it.key() == "sha256") continue;
    hash.update(first ? "" : ",");
    first = false;
    writer.dump(json(it.key()), false, false, 0);
    hash.update(":");
    writer.dump(*it, false, false, 0);
  }
  hash.update("}");
  return hash.hexDigest();
}

std::optional<RuleSetDocument> RuleSetDocument::parse(const std::string& text, JsonIssues& issues,
                                                      const JsonSchemaValidator* schema,
                                                      const std::set<std::string>* knownAttributes) {
  // A document without problems is read without its whole tree; any problem, and the text is read again as a tree
  // (below), which reports every problem.
  if (auto streamed = readRuleSetStreaming(text, schema, knownAttributes, true)) {
    JsonIssues own;
    RuleSetDocument d;
    std::string recorded;
    readHeader(streamed->header, d, recorded, own);
    rejectUnknownFields(streamed->header, own);
    if (own.empty() && (recorded.empty() || recorded == streamed->sha256)) {
      d.content = std::move(streamed->content);
      return d;
    }
  }
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    // Report the line and column of the byte where parsing stopped.
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size()); ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    std::string what = e.what();
    if (auto p = what.find(": "); p != std::string::npos) what = what.substr(p + 2);
    issues.push_back({"", "not valid JSON at line " + std::to_string(line) + ", column " + std::to_string(col) + ": " + what});
    return std::nullopt;
  }
  std::size_t before = issues.size();
  JsonIssues schemaIssues;
  if (schema) schemaIssues = schema->validate(j);
  issues.insert(issues.end(), schemaIssues.begin(), schemaIssues.end());

  if (!j.is_object()) {
    if (schemaIssues.empty()) issues.push_back({"", "must be a JSON object"});
    return std::nullopt;
  }
  JsonIssues own;
  RuleSetDocument d;
  std::string recorded;
  readHeader(j, d, recorded, own);
  d.content = RuleSet::fromJson(j, own, "", knownAttributes);
  rejectUnknownFields(j, own);
  if (!recorded.empty()) {
    std::string actual = checksumOf(j);
    if (recorded != actual)
      own.push_back({"/sha256", "checksum mismatch: the file says " + recorded + " but its content hashes to " + actual +
                                    " (the file was edited or damaged after export)"});
  }
  for (auto& issue : own) {
    // The schema can only say that no alternative form matched; the structural check says which fields to use.
    bool improved = false;
    for (std::size_t k = before; k < before + schemaIssues.size(); ++k)
      if (issues[k].path == issue.path && (issues[k].message.rfind("must match exactly one of", 0) == 0 ||
                                            issues[k].message.rfind("matches more than one of", 0) == 0)) {
        issues[k].message = issue.message;
        improved = true;
      }
    if (!improved && !coveredBy(issue, schemaIssues)) issues.push_back(std::move(issue));
  }
  if (issues.size() != before) return std::nullopt;
  return d;
}

std::string_view ruleSetSchemaText();  // generated from resources/schema/ruleset.schema.json (cmake/EmbedText.cmake)

const JsonSchemaValidator& ruleSetSchema() {
  // Compiled in, so an installed binary validates without the source tree.
  static const JsonSchemaValidator validator(nlohmann::json::parse(ruleSetSchemaText()));
  return validator;
}

}  // namespace reco

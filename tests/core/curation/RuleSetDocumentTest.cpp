// The exchange format: canonical bytes, checksum, the shipped schema, and import errors with JSON paths.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "CurationTestUtil.h"
#include "core/curation/JsonSchemaValidator.h"
#include "core/curation/RuleSetDocument.h"
#include "core/curation/Sha256.h"

using namespace reco;
using namespace reco::test;
using nlohmann::json;

namespace {

RuleSetDocument sampleDocument() {
  RuleSetDocument d;
  d.rulesetId = "3f2a";
  d.version = 4;
  d.createdAt = 1767225600;  // 2026-01-01T00:00:00Z
  d.author = "ana";
  d.message = "winter sale";
  d.content.segments = {Segment::withExpression("mobile DE", "country in (\"DE\", \"AT\") and device = \"mobile\""),
                        Segment::withUserIds("vip", {"u2", "u1"})};
  Rule p = pin(1, "i9", 1, 2);
  p.segment = "mobile DE";
  p.startsAt = 1767225600;
  p.endsAt = 1769904000;
  p.note = "launch";
  p.author = "ana";
  Rule b = boostCategory(2, "shoes", 1.5);
  Rule c = cap(3, 2);
  c.segment = "vip";
  d.content.rules = {c, b, p};
  d.content.normalize();
  return d;
}

bool hasIssue(const JsonIssues& issues, const std::string& text) {
  return std::any_of(issues.begin(), issues.end(), [&](const JsonIssue& i) { return i.text() == text; });
}

std::string joined(const JsonIssues& issues) {
  std::string s;
  for (const auto& i : issues) s += i.text() + "\n";
  return s;
}

// Re-exports `j` with a correct checksum, so a test can target one problem at a time.
std::string resealed(json j) {
  j["sha256"] = RuleSetDocument::checksumOf(j);
  return j.dump(2);
}

}  // namespace

TEST(RuleSetDocument, ExportIsCanonicalAndStable) {
  auto d = sampleDocument();
  std::string a = d.exportText(), b = d.exportText();
  EXPECT_EQ(a, b);
  json j = json::parse(a);
  EXPECT_EQ(j["schema_version"], 1);
  EXPECT_EQ(j["created_at"], "2026-01-01T00:00:00Z");
  EXPECT_EQ(j["rules"][0]["kind"], "pin_item");
  EXPECT_EQ(j["rules"][0]["starts_at"], "2026-01-01T00:00:00Z");
  EXPECT_EQ(j["rules"][1]["factor"], 1.5);
  EXPECT_EQ(j["segments"][1]["user_ids"], json({"u1", "u2"}));
  EXPECT_FALSE(j["rules"][2].contains("category"));  // cap over every category
  // The checksum covers the canonical form of everything but itself.
  json without = j;
  without.erase("sha256");
  EXPECT_EQ(j["sha256"], Sha256::hex(without.dump()));
  EXPECT_EQ(d.canonicalText(), without.dump());
  EXPECT_EQ(a.back(), '\n');
}

TEST(RuleSetDocument, ExportValidatesAgainstTheShippedSchema) {
  auto issues = ruleSetSchema().validate(sampleDocument().toJson());
  EXPECT_TRUE(issues.empty()) << joined(issues);
}

TEST(RuleSetDocument, RoundTrip) {
  auto d = sampleDocument();
  JsonIssues issues;
  auto back = RuleSetDocument::parse(d.exportText(), issues, &ruleSetSchema());
  ASSERT_TRUE(back) << joined(issues);
  EXPECT_TRUE(back->content == d.content);
  EXPECT_EQ(back->rulesetId, "3f2a");
  EXPECT_EQ(back->version, 4);
  EXPECT_EQ(back->exportText(), d.exportText());
}

TEST(RuleSetDocument, ImportReportsEveryErrorWithItsPath) {
  json j = sampleDocument().toJson();
  j["rules"][0]["position"] = 0;
  j["rules"][1]["factor"] = 0.5;  // a boost below 1
  j["rules"][2]["segment"] = "nobody";
  j["rules"][2]["colour"] = "red";
  j["segments"][0]["expression"] = "country in (\"DE\" \"AT\")";
  j["version"] = -1;
  JsonIssues issues;
  EXPECT_FALSE(RuleSetDocument::parse(resealed(j), issues, &ruleSetSchema()));
  std::string all = joined(issues);
  EXPECT_TRUE(hasIssue(issues, "/rules/0/position: must be an integer >= 1")) << all;
  EXPECT_TRUE(hasIssue(issues, "/rules/1/factor: must be > 1")) << all;
  EXPECT_TRUE(hasIssue(issues, "/rules/2/segment: refers to unknown segment \"nobody\"")) << all;
  EXPECT_TRUE(hasIssue(issues, "/rules/2/colour: unexpected field")) << all;
  EXPECT_TRUE(hasIssue(issues, "/version: must be an integer >= 1")) << all;
  EXPECT_TRUE(hasIssue(issues,
                       "/segments/0/expression: column 18: expected ',' or ')' but found the string \"AT\""))
      << all;
}

TEST(RuleSetDocument, WithoutSchemaTheStructuralChecksStillLocateErrors) {
  json j = sampleDocument().toJson();
  j["rules"][0]["position"] = "first";
  j["rules"][1].erase("factor");
  j["rules"][2]["kind"] = "promote";
  j["rules"].push_back(j["rules"][0]);  // duplicate id
  j["rules"][3]["position"] = 2;
  JsonIssues issues;
  EXPECT_FALSE(RuleSetDocument::parse(resealed(j), issues));
  std::string all = joined(issues);
  EXPECT_TRUE(hasIssue(issues, "/rules/0/position: must be an integer between 1 and 1000000")) << all;
  EXPECT_TRUE(hasIssue(issues, "/rules/1/factor: is required")) << all;
  EXPECT_NE(all.find("/rules/2/kind: unknown kind \"promote\""), std::string::npos) << all;
  EXPECT_TRUE(hasIssue(issues, "/rules/3/id: duplicate rule id 1 (also /rules/0)")) << all;
}

TEST(RuleSetDocument, SegmentFormErrorNamesTheFields) {
  json j = sampleDocument().toJson();
  j["segments"][1]["expression"] = "country = \"DE\"";  // both forms
  JsonIssues issues;
  EXPECT_FALSE(RuleSetDocument::parse(resealed(j), issues, &ruleSetSchema()));
  ASSERT_EQ(issues.size(), 1u) << joined(issues);
  EXPECT_EQ(issues[0].text(), "/segments/1: must have exactly one of \"expression\" and \"user_ids\"");
}

TEST(RuleSetDocument, ChecksumMismatchIsReported) {
  std::string text = sampleDocument().exportText();
  auto pos = text.find("winter sale");
  text.replace(pos, 6, "summer");
  JsonIssues issues;
  EXPECT_FALSE(RuleSetDocument::parse(text, issues, &ruleSetSchema()));
  ASSERT_EQ(issues.size(), 1u) << joined(issues);
  EXPECT_EQ(issues[0].path, "/sha256");
  EXPECT_NE(issues[0].message.find("checksum mismatch"), std::string::npos);
}

TEST(RuleSetDocument, SyntaxErrorsNameLineAndColumn) {
  JsonIssues issues;
  EXPECT_FALSE(RuleSetDocument::parse("{\n  \"rules\": [,]\n}", issues));
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].message.find("line 2, column 13"), std::string::npos) << issues[0].message;
}

TEST(RuleSetDocument, UnknownAttributesAreReferenceErrors) {
  std::set<std::string> known{"country"};
  JsonIssues issues;
  EXPECT_FALSE(RuleSetDocument::parse(sampleDocument().exportText(), issues, nullptr, &known));
  ASSERT_EQ(issues.size(), 1u) << joined(issues);
  EXPECT_EQ(issues[0].path, "/segments/0/expression");
  EXPECT_NE(issues[0].message.find("unknown attribute 'device'; known attributes: country"), std::string::npos);
}

TEST(JsonSchemaValidator, RejectsUnsupportedKeywordsAndChecksTheSubset) {
  EXPECT_THROW(JsonSchemaValidator(json{{"type", "object"}, {"patternProperties", json::object()}}), std::invalid_argument);
  JsonSchemaValidator v(json::parse(R"({
    "type": "object", "required": ["a"], "additionalProperties": false,
    "properties": {"a": {"type": "array", "minItems": 1, "uniqueItems": true, "items": {"type": "string", "pattern": "^x"}},
                   "b": {"oneOf": [{"type": "integer"}, {"type": "string"}]}}})"));
  EXPECT_TRUE(v.validate(json::parse(R"({"a": ["x1", "x2"], "b": 3})")).empty());
  auto issues = v.validate(json::parse(R"({"a": ["x1", "y", "x1"], "b": true, "c": 1})"));
  EXPECT_TRUE(hasIssue(issues, "/a/1: must match the pattern ^x (got \"y\")")) << joined(issues);
  EXPECT_TRUE(hasIssue(issues, "/a/2: duplicates item 0")) << joined(issues);
  EXPECT_TRUE(hasIssue(issues, "/b: must match exactly one of the allowed forms")) << joined(issues);
  EXPECT_TRUE(hasIssue(issues, "/c: unexpected field")) << joined(issues);
  EXPECT_TRUE(hasIssue(v.validate(json::object()), "/a: is required"));
}

TEST(JsonSchemaValidator, Patterns) {
  auto matches = [](const std::string& pattern, const std::string& text) {
    JsonSchemaValidator v(json{{"type", "string"}, {"pattern", pattern}});
    return v.validate(json(text)).empty();
  };
  EXPECT_TRUE(matches("^[0-9a-f]{64}$", std::string(64, 'a')));
  EXPECT_FALSE(matches("^[0-9a-f]{64}$", std::string(63, 'a')));
  EXPECT_FALSE(matches("^[0-9a-f]{64}$", std::string(64, 'A')));
  EXPECT_TRUE(matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "2026-01-01T00:00:00Z"));
  EXPECT_FALSE(matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "2026-01-01 00:00:00Z"));
  EXPECT_TRUE(matches("b+c", "aabbbcd"));  // unanchored: search
  EXPECT_TRUE(matches("^a.?\\d{2,}[^x]*$", "a799yz"));
  EXPECT_FALSE(matches("^a.?\\d{2,}[^x]*$", "a7x"));
  EXPECT_TRUE(matches("^v\\.\\d+$", "v.12"));
  EXPECT_FALSE(matches("^v\\.\\d+$", "vx12"));
  EXPECT_THROW(JsonSchemaValidator(json{{"pattern", "(a|b)"}}), std::invalid_argument);
  EXPECT_THROW(JsonSchemaValidator(json{{"pattern", "[abc"}}), std::invalid_argument);
}

// Issue 13 (reliability): hostile input is refused cleanly, in bounded time and memory.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <string>

#include "core/curation/JsonSchemaValidator.h"
#include "core/curation/RuleLinter.h"
#include "core/curation/RuleSetDiff.h"
#include "core/curation/RuleSetDocument.h"
#include "core/curation/RuleSetStore.h"
#include "core/storage/Project.h"
#include "tests/common/Sanitized.h"
#include "tests/common/TempDir.h"

using namespace reco;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

class HostileProject : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = std::make_unique<Project>(Project::create((dir_.path / "p.reco").string(), true));
  }
  void TearDown() override {
    project_.reset();
  }
  reco_test::TempDir dir_{"reco_hostile_"};  // outlives project_ (declared first)
  std::unique_ptr<Project> project_;
};

std::string deepArray(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

// prefix + number, appended (GCC 12 at -O3 warns falsely, -Wrestrict, about a literal + std::to_string(n)).
std::string named(const char* prefix, std::uint64_t n) {
  std::string s(prefix);
  s += std::to_string(n);
  return s;
}

}  // namespace

// A: a project that already holds a 60,000-level expression (saved by an older build) opens; loading the rule set
// refuses that segment with an error naming it, instead of crashing every time the project is opened.
TEST_F(HostileProject, StoredDeepExpressionIsRefusedOnLoadNotACrash) {
  const std::size_t deep = 60000;
  std::string expr = std::string(deep, '(') + "country = \"DE\"" + std::string(deep, ')');
  project_->db().prepare("INSERT INTO curation_segments(name, expression, user_ids, note) VALUES ('deep', ?, NULL, '')")
      .bind(1, expr)
      .exec();
  RuleSetStore store(*project_);
  try {
    store.load();
    FAIL() << "a 60,000-level expression loaded";
  } catch (const std::runtime_error& e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("stored segment 'deep' is damaged"), std::string::npos) << msg;
    EXPECT_NE(msg.find("column 257"), std::string::npos) << msg;
    EXPECT_NE(msg.find("256 levels"), std::string::npos) << msg;
  }
  // Adding such a segment now is refused before anything is saved.
  EXPECT_THROW(Segment::withExpression("deep2", expr), ExpressionError);
}

// A (JSON): nlohmann parses iteratively, but copying, comparing and dumping recurse once per level. The validator
// refuses documents deeper than 256 levels before any of that, naming where.
TEST(HostileJson, DeepDocumentIsRefusedBeforeAnythingRecursesIntoIt) {
  json deep = json::parse(deepArray(100000));
  try {
    ruleSetSchema().validate(deep);
    FAIL() << "a 100,000-deep array validated";
  } catch (const JsonTooDeepError& e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("deeper than 256 levels"), std::string::npos) << msg;
    EXPECT_NE(msg.find("/0/0/0/0/0/0/...(244 more levels)/0/0/0/0/0/0"), std::string::npos) << msg;
  }
  EXPECT_NO_THROW(JsonSchemaValidator::checkDepth(json::parse(deepArray(256))));
  EXPECT_THROW(JsonSchemaValidator::checkDepth(json::parse(deepArray(257))), JsonTooDeepError);
  EXPECT_NO_THROW(JsonSchemaValidator::checkDepth(json::parse(R"({"a": [1, {"b": [[]]}], "c": {}})"), 5));
  EXPECT_THROW(JsonSchemaValidator::checkDepth(json::parse(R"({"a": [1, {"b": [[]]}], "c": {}})"), 4), JsonTooDeepError);

  // A rule-set file with a 100,000-deep value inside a segment's user list and a checksum (which hashes a copy of
  // the document): a clean error naming the place, no crash.
  std::string text = R"({"schema_version": 1, "ruleset_id": "x", "version": 1, "created_at": "2026-01-01T00:00:00Z",
    "author": "a", "message": "m", "sha256": "00", "rules": [],
    "segments": [{"name": "s", "user_ids": ["u1", )" + deepArray(100000) + ", " + deepArray(100000) + "]}]}";
  JsonIssues issues;
  try {
    RuleSetDocument::parse(text, issues, &ruleSetSchema());
    FAIL() << "the deep document parsed";
  } catch (const JsonTooDeepError& e) {
    EXPECT_NE(std::string(e.what()).find("at /segments/0/user_ids/1/0/0/...(244 more levels)/0/0/0/0/0/0"), std::string::npos) << e.what();
  }
}

// C: uniqueItems compared every pair (80,000 ids: 31 s; a million never finished). It now sorts: the number of
// item comparisons is O(n log n), and the duplicates reported are the same as the pairwise definition's.
TEST(HostileJson, UniqueItemsIsNLogN) {
  // A million ids in the optimised build; under ASan, building and validating a million-element JSON array takes two
  // minutes (the longest core test there), and a hundred thousand show the same bound against pairwise's 5e9.
  const std::size_t n = reco_test::kSanitized ? 100000 : 1000000;
  const auto log2n = static_cast<std::size_t>(std::ceil(std::log2(static_cast<double>(n))));
  json ids = json::array();
  std::mt19937_64 rng(7);
  for (std::size_t i = 0; i < n; ++i) ids.push_back(named("user-", static_cast<std::uint64_t>(rng())));
  std::size_t comparisons = 0;
  EXPECT_TRUE(JsonSchemaValidator::duplicateItems(ids, &comparisons).empty());
  // Pairwise would be n(n-1)/2 (5e11 for a million).
  EXPECT_LT(comparisons, 3 * n * log2n) << comparisons;

  // The whole schema validation of a segment with a million ids, with two duplicates at the end.
  ids.push_back(ids[5]);
  ids.push_back(ids[n - 1]);
  json doc = {{"schema_version", 1}, {"ruleset_id", "x"}, {"version", 1}, {"created_at", "2026-01-01T00:00:00Z"},
              {"author", "a"}, {"message", "m"}, {"sha256", std::string(64, '0')}, {"rules", json::array()},
              {"segments", json::array({json{{"name", "big"}, {"user_ids", std::move(ids)}}})}};
  JsonIssues issues = ruleSetSchema().validate(doc);
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].path, "/segments/0/user_ids/" + std::to_string(n));
  EXPECT_EQ(issues[0].message, "duplicates item 5");
  EXPECT_EQ(issues[1].path, "/segments/0/user_ids/" + std::to_string(n + 1));
  EXPECT_EQ(issues[1].message, "duplicates item " + std::to_string(n - 1));
}

TEST(HostileJson, DuplicateItemsAgreeWithPairwiseEquality) {
  // Mixed types, numbers equal by value (1 == 1.0), nested values, object key order irrelevant.
  json a = json::parse(R"([1, "1", 1.0, [1, 2], {"x": 1, "y": [true]}, null, [1, 2.0], {"y": [true], "x": 1.0},
                           false, 0, -0.0, 18446744073709551615, 1.8446744073709552e19, 9007199254740993,
                           9007199254740992.0, 9007199254740993, "a", "b", "a", [], {}, [[]], [[]]])");
  std::vector<std::pair<std::size_t, std::size_t>> pairwise;
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (a[i] == a[j]) {
        pairwise.emplace_back(i, j);
        break;
      }
  auto sorted = JsonSchemaValidator::duplicateItems(a);
  // nlohmann's == rounds integers to double against floats (2^64 - 1 == 2^64.0, 2^53 + 1 == 2^53.0); JSON Schema
  // compares by mathematical value, so the sorted check keeps those apart. Everything else agrees.
  std::vector<std::pair<std::size_t, std::size_t>> expected = {{2, 0}, {6, 3}, {7, 4}, {10, 9}, {15, 13}, {18, 16}, {22, 21}};
  EXPECT_EQ(sorted, expected);
  std::vector<std::pair<std::size_t, std::size_t>> pairwiseExpected = {{2, 0}, {6, 3}, {7, 4}, {10, 9}, {12, 11}, {14, 13}, {15, 13}, {18, 16}, {22, 21}};
  EXPECT_EQ(pairwise, pairwiseExpected);
}

// H: 10,000 conflicting pins took 44 s and 4.3 GB and printed ten million warnings. Only rules sharing a key are
// compared, each code lists its first 20 findings and counts the rest into one summary finding.
TEST(HostileLint, ConflictsAreSummarisedPerCode) {
  RuleSet rs;
  const std::int64_t n = 10000;
  for (std::int64_t id = 1; id <= n; ++id) {
    Rule r;
    r.id = id;
    r.kind = RuleKind::PinItem;
    r.segment = Segment::kAllUsers;
    r.item = named("item", static_cast<std::uint64_t>(id));
    r.position = 1;
    r.createdAt = 1700000000 + id;
    rs.rules.push_back(r);
  }
  LintContext ctx;
  std::size_t pairs = 0;
  ctx.pairsCompared = &pairs;
  auto findings = RuleLinter::lint(rs, ctx);
  EXPECT_EQ(pairs, static_cast<std::size_t>(n * (n - 1)));  // every pin against every other: they share position 1
  const std::size_t conflicts = static_cast<std::size_t>(n * (n - 1) / 2);
  ASSERT_EQ(findings.size(), 42u);  // two codes, 20 listed and one summary each
  std::map<std::string, std::size_t> total;
  for (const auto& f : findings) total[f.code] += f.count();
  EXPECT_EQ(total["pin-position-conflict"], conflicts);
  EXPECT_EQ(total["shadowed"], conflicts);
  // Listed: the lowest rule ids, in order; then the summary with the exact count.
  EXPECT_EQ(findings[0].code, "pin-position-conflict");
  EXPECT_EQ(findings[0].rules, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(findings[19].rules, (std::vector<std::int64_t>{1, 21}));
  EXPECT_EQ(findings[20].omitted, conflicts - 20);
  EXPECT_TRUE(findings[20].rules.empty());
  EXPECT_EQ(findings[20].text(), "warning [pin-position-conflict]: ... and 49,994,980 more findings like these (the first "
                                 "20 by rule id are listed)");
  EXPECT_EQ(findings[21].code, "shadowed");
  EXPECT_EQ(findings[21].rules, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(findings[41].omitted, conflicts - 20);
}

TEST(HostileLint, RulesWithoutASharedKeyAreNeverCompared) {
  RuleSet rs;
  for (std::int64_t id = 1; id <= 200000; ++id) {
    Rule r;
    r.id = id;
    r.segment = Segment::kAllUsers;
    r.createdAt = 1700000000;
    switch (id % 4) {
      case 0: r.kind = RuleKind::PinItem; r.item = named("p", static_cast<std::uint64_t>(id)); r.position = static_cast<int>(id); break;
      case 1: r.kind = RuleKind::BanItem; r.item = named("b", static_cast<std::uint64_t>(id)); break;
      case 2: r.kind = RuleKind::BoostItem; r.item = named("o", static_cast<std::uint64_t>(id)); r.factor = 2; break;
      default: r.kind = RuleKind::BanCategory; r.category = named("c", static_cast<std::uint64_t>(id)); break;
    }
    rs.rules.push_back(r);
  }
  LintContext ctx;
  std::size_t pairs = 1;
  ctx.pairsCompared = &pairs;
  EXPECT_TRUE(RuleLinter::lint(rs, ctx).empty());
  EXPECT_EQ(pairs, 0u);  // was 200,000 x 199,999
}

// The cap only shortens the list: the listed findings are the uncapped list's first of each code, and the summaries
// count the rest.
TEST(HostileLint, CappedListIsAPrefixOfTheFullList) {
  std::mt19937 rng(13);
  RuleSet rs;
  rs.segments.push_back(Segment::withUserIds("a", {"u1", "u2", "u3"}));
  rs.segments.push_back(Segment::withUserIds("b", {"u3", "u4"}));
  rs.segments.push_back(Segment::withUserIds("c", {"u5"}));
  rs.segments.push_back(Segment::withExpression("d", "country = \"DE\""));
  const std::vector<std::string> segs = {"a", "b", "c", "d", Segment::kAllUsers};
  const std::vector<RuleKind> kinds = {RuleKind::PinItem, RuleKind::BanItem, RuleKind::BanCategory, RuleKind::BoostItem,
                                       RuleKind::BuryItem, RuleKind::BoostCategory, RuleKind::BuryCategory,
                                       RuleKind::CategoryCap};
  std::map<std::string, std::string> catalogue = {{"i0", "x"}, {"i1", "x"}, {"i2", "y"}, {"i3", "y"}};
  const std::vector<std::string> categories = {"", "x", "y"};
  for (std::int64_t id = 1; id <= 400; ++id) {
    Rule r;
    r.id = id;
    r.kind = kinds[rng() % kinds.size()];
    r.segment = segs[rng() % segs.size()];
    r.item = named("i", static_cast<std::uint64_t>(rng() % 4));
    const bool noCategory = rng() % 3 == 0 && r.kind == RuleKind::CategoryCap;
    const bool x = rng() % 2 == 0;
    r.category = categories[noCategory ? 0 : x ? 1 : 2];
    r.position = 1 + static_cast<int>(rng() % 3);
    r.factor = r.kind == RuleKind::BoostItem || r.kind == RuleKind::BoostCategory ? 2.0 : 0.5;
    r.maxItems = 1 + static_cast<int>(rng() % 3);
    r.priority = static_cast<int>(rng() % 2);
    r.createdAt = 1700000000 + static_cast<std::int64_t>(rng() % 5);
    if (rng() % 3 == 0) r.startsAt = 1700000000 + static_cast<std::int64_t>(rng() % 100);
    if (rng() % 3 == 0) r.endsAt = 1700000100 + static_cast<std::int64_t>(rng() % 100);
    if (!r.targetsItem()) r.item.clear();
    if (!r.targetsCategory() && r.kind != RuleKind::CategoryCap) r.category.clear();
    rs.rules.push_back(r);
  }
  LintContext all;
  all.catalogue = &catalogue;
  all.maxPerCode = 0;
  auto full = RuleLinter::lint(rs, all);
  LintContext capped = all;
  capped.maxPerCode = 5;
  auto shortList = RuleLinter::lint(rs, capped);
  std::map<std::string, std::vector<std::string>> fullByCode, shortByCode;
  std::map<std::string, std::size_t> omitted;
  for (const auto& f : full) fullByCode[f.code].push_back(f.text());
  for (const auto& f : shortList) {
    EXPECT_EQ(f.omitted == 0, !f.rules.empty() || !f.segment.empty());
    if (f.omitted) omitted[f.code] += f.omitted;
    else shortByCode[f.code].push_back(f.text());
  }
  ASSERT_GT(full.size(), 100u);  // the random set has plenty of every kind
  for (const auto& [code, list] : fullByCode) {
    std::size_t shown = std::min<std::size_t>(5, list.size());
    EXPECT_EQ(shortByCode[code], std::vector<std::string>(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(shown))) << code;
    EXPECT_EQ(omitted[code], list.size() - shown) << code;
  }
}

// C (diff): a dry-run import of a segment whose 80,000-id list changed printed both lists on one line.
TEST(HostileDiff, ChangedUserListIsSummarised) {
  std::vector<std::string> before, after;
  for (int i = 0; i < 80000; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "u%06d", i);
    if (i >= 2) after.push_back(id);  // u000000 and u000001 removed
    if (i < 2 || i % 40000 == 0) before.push_back(id);
  }
  after.push_back("u000000x");
  RuleSet from, to;
  from.segments.push_back(Segment::withUserIds("big", before));
  to.segments.push_back(Segment::withUserIds("big", after));
  to.segments.back().note = "refreshed";
  std::string text = RuleSetDiff::compare(from, to).text();
  EXPECT_EQ(text,
            "~ segment 'big':\n"
            "    note: \"\" -> \"refreshed\"\n"
            "    user_ids: +79,998 ids, -2 ids (first added: \"u000000x\", \"u000002\", \"u000003\"; first removed: "
            "\"u000000\", \"u000001\")\n");
  // Turning a list into an expression: the list is counted, the long expression cut.
  RuleSet expr;
  expr.segments.push_back(Segment::withExpression("big", "country = \"" + std::string(500, 'D') + "\""));
  text = RuleSetDiff::compare(to, expr).text();
  EXPECT_LT(text.size(), 600u) << text;
  EXPECT_NE(text.find("user_ids: +0 ids, -79,999 ids (first removed: \"u000000x\", \"u000002\", \"u000003\")"),
            std::string::npos) << text;
  EXPECT_NE(text.find("... (516 characters)"), std::string::npos) << text;
}

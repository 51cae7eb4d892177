// The linter: each kind of finding, with and without a population and catalogue.
#include <gtest/gtest.h>

#include <algorithm>

#include "CurationTestUtil.h"
#include "core/curation/RuleLinter.h"

using namespace reco;
using namespace reco::test;

namespace {

std::vector<LintFinding> withCode(const std::vector<LintFinding>& all, const std::string& code) {
  std::vector<LintFinding> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const LintFinding& f) { return f.code == code; });
  return out;
}

std::string dump(const std::vector<LintFinding>& all) {
  std::string s;
  for (const auto& f : all) s += f.text() + "\n";
  return s;
}

RuleSet ruleSet(std::vector<Rule> rules, std::vector<Segment> segments = {}) {
  RuleSet rs;
  rs.rules = std::move(rules);
  rs.segments = std::move(segments);
  return rs;
}

}  // namespace

TEST(RuleLinter, CleanRuleSetHasNoFindings) {
  auto f = RuleLinter::lint(ruleSet({pin(1, "a", 1), ban(2, "b"), boost(3, "c", 2.0)}), {});
  EXPECT_TRUE(f.empty()) << dump(f);
}

TEST(RuleLinter, PinAndBanOfOneItemForOverlappingSegments) {
  Rule p = pin(1, "a", 1);
  p.segment = "de";
  auto rs = ruleSet({p, ban(2, "a")}, {Segment::withExpression("de", "country = \"DE\"")});
  auto f = withCode(RuleLinter::lint(rs, {}), "pin-ban-conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, LintFinding::Severity::Error);
  EXPECT_EQ(f[0].rules, (std::vector<std::int64_t>{1, 2}));
  EXPECT_TRUE(RuleLinter::hasErrors(RuleLinter::lint(rs, {})));

  // Disjoint user lists, or disjoint windows: no conflict.
  Rule p2 = pin(1, "a", 1), b2 = ban(2, "a");
  p2.segment = "l1";
  b2.segment = "l2";
  auto disjoint = ruleSet({p2, b2}, {Segment::withUserIds("l1", {"u1"}), Segment::withUserIds("l2", {"u2"})});
  EXPECT_TRUE(withCode(RuleLinter::lint(disjoint, {}), "pin-ban-conflict").empty());
  Rule p3 = pin(1, "a", 1), b3 = ban(2, "a");
  p3.endsAt = 1000;
  b3.startsAt = 1000;
  EXPECT_TRUE(withCode(RuleLinter::lint(ruleSet({p3, b3}), {}), "pin-ban-conflict").empty());

  // A category ban reaches the pinned item through the catalogue.
  std::map<std::string, std::string> catalogue{{"a", "shoes"}};
  LintContext ctx;
  ctx.catalogue = &catalogue;
  EXPECT_EQ(withCode(RuleLinter::lint(ruleSet({pin(1, "a", 1), banCategory(2, "shoes")}), ctx), "pin-ban-conflict").size(), 1u);
}

TEST(RuleLinter, TwoPinsOnOnePosition) {
  auto f = withCode(RuleLinter::lint(ruleSet({pin(1, "a", 2, 0), pin(2, "b", 2, 3)}), {}), "pin-position-conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, LintFinding::Severity::Warning);
  EXPECT_NE(f[0].message.find("#2 wins (item 'b'), #1 loses"), std::string::npos) << f[0].message;
}

TEST(RuleLinter, BoostsOfBannedItems) {
  auto f = RuleLinter::lint(ruleSet({boost(1, "a", 2.0), ban(2, "a"), boostCategory(3, "toys", 1.5), banCategory(4, "toys")}), {});
  auto b = withCode(f, "boost-of-banned");
  ASSERT_EQ(b.size(), 2u) << dump(f);
  EXPECT_EQ(b[0].rules, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(b[1].rules, (std::vector<std::int64_t>{3, 4}));
}

TEST(RuleLinter, UnknownItemsCategoriesAndSegments) {
  std::map<std::string, std::string> catalogue{{"a", "shoes"}};
  LintContext ctx;
  ctx.catalogue = &catalogue;
  Rule ghost = ban(4, "a");
  ghost.segment = "nobody";
  auto f = RuleLinter::lint(ruleSet({pin(1, "zz", 1), banCategory(2, "hats"), boostCategory(3, "shoes", 2), ghost}), ctx);
  EXPECT_EQ(withCode(f, "unknown-item").size(), 1u) << dump(f);
  EXPECT_EQ(withCode(f, "unknown-category").size(), 1u) << dump(f);
  auto s = withCode(f, "unknown-segment");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].severity, LintFinding::Severity::Error);
  EXPECT_EQ(f.front().code, "unknown-segment");  // errors first
}

TEST(RuleLinter, EmptySegmentsNeverMatchedAndExpired) {
  std::vector<Segment> segs = {Segment::withUserIds("empty", {}), Segment::withExpression("fr", "country = \"FR\""),
                               Segment::withExpression("de", "country = \"DE\"")};
  Rule r1 = ban(1, "a");
  r1.segment = "fr";
  Rule r2 = ban(2, "b");
  r2.endsAt = 5000;
  Rule r3 = ban(3, "c");
  r3.segment = "de";
  SegmentCensus census(segs);
  census.addUser("u1", {{"country", "DE"}});
  census.addUser("u2", {{"country", "AT"}});
  LintContext ctx;
  ctx.census = &census;
  ctx.now = 6000;
  auto f = RuleLinter::lint(ruleSet({r1, r2, r3}, segs), ctx);
  auto empty = withCode(f, "empty-segment");
  ASSERT_EQ(empty.size(), 2u) << dump(f);  // "empty" (empty list) and "fr" (matches nobody)
  auto never = withCode(f, "segment-never-matched");
  ASSERT_EQ(never.size(), 1u) << dump(f);
  EXPECT_EQ(never[0].rules, (std::vector<std::int64_t>{1}));
  auto expired = withCode(f, "expired");
  ASSERT_EQ(expired.size(), 1u);
  EXPECT_EQ(expired[0].rules, (std::vector<std::int64_t>{2}));
  EXPECT_NE(expired[0].message.find("1970-01-01T01:23:20Z"), std::string::npos) << expired[0].message;
  EXPECT_FALSE(RuleLinter::hasErrors(f));
}

TEST(RuleLinter, FullyShadowedRules) {
  std::vector<Segment> segs = {Segment::withUserIds("vip", {"u1", "u2"}), Segment::withUserIds("one", {"u1"})};
  Rule bury = boost(1, "a", 0.5);
  bury.segment = "vip";
  Rule loser = pin(3, "b", 1, 0);
  loser.segment = "one";
  Rule winner = pin(4, "c", 1, 5);
  winner.segment = "vip";
  Rule looseCap = cap(5, 3, "toys");
  Rule strictCap = cap(6, 2);
  auto f = RuleLinter::lint(ruleSet({bury, ban(2, "a"), loser, winner, looseCap, strictCap}, segs), {});
  auto shadowed = withCode(f, "shadowed");
  ASSERT_EQ(shadowed.size(), 3u) << dump(f);
  EXPECT_EQ(shadowed[0].rules, (std::vector<std::int64_t>{1, 2}));  // bury of an always-banned item
  EXPECT_EQ(shadowed[1].rules, (std::vector<std::int64_t>{3, 4}));  // pin that always loses
  EXPECT_EQ(shadowed[2].rules, (std::vector<std::int64_t>{5, 6}));  // cap never binding
  // Reversed segments: the winner's segment is smaller, so the loser still shows for u2... no shadowing of #3.
  loser.segment = "vip";
  winner.segment = "one";
  auto g = withCode(RuleLinter::lint(ruleSet({loser, winner}, segs), {}), "shadowed");
  EXPECT_TRUE(g.empty()) << dump(g);
  // Identical duplicate bans: only the later one is reported.
  auto dup = withCode(RuleLinter::lint(ruleSet({ban(7, "x"), ban(8, "x")}), {}), "shadowed");
  ASSERT_EQ(dup.size(), 1u);
  EXPECT_EQ(dup[0].rules, (std::vector<std::int64_t>{7, 8}));
  EXPECT_NE(dup[0].message.find("#8 ("), std::string::npos) << dup[0].message;
}

TEST(RuleLinter, MessagesNameItemsByTitleAndIdWhenALookupIsGiven) {
  // Issue 14: people read "'title' (id)"; without a lookup (a rule-set file) the messages keep the ids.
  auto rs = ruleSet({pin(1, "a", 2), ban(2, "a"), pin(3, "b", 2), ban(4, "untitled")});
  const auto plain = RuleLinter::lint(rs, {});
  LintContext ctx;
  ctx.itemTitle = [](const std::string& id) {
    return id == "a" ? std::string("Toy Story (1995)") : id == "b" ? std::string("Heat") : std::string();
  };
  const auto titled = RuleLinter::lint(rs, ctx);
  ASSERT_EQ(titled.size(), plain.size()) << dump(titled);
  for (std::size_t i = 0; i < titled.size(); ++i) {  // same findings, same rules; only the words differ
    EXPECT_EQ(titled[i].code, plain[i].code);
    EXPECT_EQ(titled[i].rules, plain[i].rules);
  }
  const auto conflict = withCode(titled, "pin-ban-conflict");
  ASSERT_EQ(conflict.size(), 1u);
  EXPECT_EQ(conflict[0].message.find("pin item 'Toy Story (1995)' (a) at 2"), 0u) << conflict[0].message;
  EXPECT_NE(conflict[0].message.find("ban item 'Toy Story (1995)' (a)"), std::string::npos) << conflict[0].message;
  const auto pins = withCode(titled, "pin-position-conflict");
  ASSERT_EQ(pins.size(), 1u);
  EXPECT_NE(pins[0].message.find("item 'Heat' (b)"), std::string::npos) << pins[0].message;
  EXPECT_NE(withCode(plain, "pin-ban-conflict")[0].message.find("pin item 'a' at 2"), std::string::npos);
  EXPECT_EQ(Rule(ban(4, "untitled")).describe(ctx.itemTitle), "ban item 'untitled'");
}

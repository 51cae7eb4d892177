// The rule-set semantics of docs/ruleset-spec.md, point by point.
#include <gtest/gtest.h>

#include <cmath>

#include "CurationTestUtil.h"

using namespace reco;
using namespace reco::test;
using V = std::vector<std::string>;

TEST(RuleApplier, NoRulesKeepsTheModelOrderCutToN) {
  auto r = applyRules({}, ranking(5), 3);
  EXPECT_EQ(itemsOf(r), (V{"a", "b", "c"}));
  EXPECT_EQ(r.entries[0].decidedBy(), "organic");
  EXPECT_EQ(r.entries[2].position, 3u);
}

TEST(RuleApplier, TiesAreBrokenByItemId) {
  std::vector<RankedItem> rank = {{"z", "x", 1.0}, {"m", "x", 1.0}, {"a", "x", 1.0}, {"top", "x", 2.0}};
  EXPECT_EQ(itemsOf(applyRules({}, rank, 10)), (V{"top", "a", "m", "z"}));
}

// 1. Active rules: enabled, inside the window [start, end), segment contains the user.
TEST(RuleApplier, ActiveRulesNeedEnabledWindowAndSegment) {
  Rule disabled = ban(1, "a");
  disabled.enabled = false;
  EXPECT_EQ(itemsOf(applyRules({disabled}, ranking(3), 3)), (V{"a", "b", "c"}));

  Rule windowed = ban(2, "a");
  windowed.startsAt = 1000;
  windowed.endsAt = 2000;
  EXPECT_EQ(itemsOf(applyRules({windowed}, ranking(3), 3, {}, "u", {}, 999)), (V{"a", "b", "c"}));
  EXPECT_EQ(itemsOf(applyRules({windowed}, ranking(3), 3, {}, "u", {}, 1000)), (V{"b", "c"}));  // start inclusive
  EXPECT_EQ(itemsOf(applyRules({windowed}, ranking(3), 3, {}, "u", {}, 1999)), (V{"b", "c"}));
  EXPECT_EQ(itemsOf(applyRules({windowed}, ranking(3), 3, {}, "u", {}, 2000)), (V{"a", "b", "c"}));  // end exclusive

  Rule forDE = ban(3, "a");
  forDE.segment = "germany";
  std::vector<Segment> segs = {Segment::withExpression("germany", "country = \"DE\"")};
  EXPECT_EQ(itemsOf(applyRules({forDE}, ranking(3), 3, segs, "u", {{"country", "DE"}})), (V{"b", "c"}));
  EXPECT_EQ(itemsOf(applyRules({forDE}, ranking(3), 3, segs, "u", {{"country", "FR"}})), (V{"a", "b", "c"}));

  Rule forList = ban(4, "b");
  forList.segment = "vip";
  std::vector<Segment> vip = {Segment::withUserIds("vip", {"u7"})};
  EXPECT_EQ(itemsOf(applyRules({forList}, ranking(3), 3, vip, "u7")), (V{"a", "c"}));
  EXPECT_EQ(itemsOf(applyRules({forList}, ranking(3), 3, vip, "u8")), (V{"a", "b", "c"}));
  auto r = applyRules({forList, ban(5, "zz")}, ranking(3), 3, vip, "u7");
  EXPECT_EQ(r.activeRules, (std::vector<std::int64_t>{4, 5}));
}

// 2. Bans win over everything, pins included; category bans reach pinned items through the catalogue.
TEST(RuleApplier, BansWinOverPinsAndBoosts) {
  auto r = applyRules({ban(1, "b"), pin(2, "b", 1), boost(3, "b", 100)}, ranking(4), 4);
  EXPECT_EQ(itemsOf(r), (V{"a", "c", "d"}));
  EXPECT_EQ(r.banned.at("b"), 1);

  r = applyRules({banCategory(1, "shoes"), pin(2, "c", 1)}, ranking(4, {"shoes", "hats"}), 4);
  EXPECT_EQ(itemsOf(r), (V{"b", "d"}));  // a and c are shoes

  // A pinned new item (not a candidate) of a banned category, known from itemCategories.
  RuleSet rs;
  rs.rules = {banCategory(1, "shoes"), pin(2, "new", 1)};
  CurationRequest req;
  req.ranking = ranking(2, {"hats"});
  req.n = 3;
  req.itemCategories = {{"new", "shoes"}};
  EXPECT_EQ(itemsOf(RuleApplier(rs).apply(req)), (V{"a", "b"}));
  req.itemCategories.clear();  // category unknown: only item bans can reach it
  EXPECT_EQ(itemsOf(RuleApplier(rs).apply(req)), (V{"new", "a", "b"}));
}

// 3. Boosts and buries: exact arithmetic.
TEST(RuleApplier, AdjustedScoreArithmetic) {
  EXPECT_DOUBLE_EQ(RuleApplier::adjustScore(2.0, 1.5), 3.0);
  EXPECT_DOUBLE_EQ(RuleApplier::adjustScore(-2.0, 2.0), -1.0);  // negative scores move towards zero on a boost
  EXPECT_DOUBLE_EQ(RuleApplier::adjustScore(-2.0, 0.5), -4.0);  // and away from zero on a bury
  EXPECT_DOUBLE_EQ(RuleApplier::adjustScore(0.0, 3.0), 0.0);

  // Several factors on one item multiply (item and category rules alike), in ascending rule id order.
  std::vector<RankedItem> rank = {{"a", "x", 4.0}, {"b", "y", 3.0}, {"c", "y", 2.5}};
  auto r = applyRules({boostCategory(1, "y", 1.2), boost(2, "c", 2.0)}, rank, 3);
  EXPECT_EQ(itemsOf(r), (V{"c", "a", "b"}));  // c: 2.5*1.2*2 = 6; b: 3.6
  EXPECT_DOUBLE_EQ(r.entries[0].adjustedScore, 2.5 * 1.2 * 2.0);
  EXPECT_EQ(r.entries[0].adjustments, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(r.entries[0].decidedBy(), "organic (#1, #2)");
  EXPECT_DOUBLE_EQ(*r.entries[0].baseScore, 2.5);
  EXPECT_DOUBLE_EQ(r.entries[2].adjustedScore, 3.0 * 1.2);

  // A boost and a bury cancel exactly when their factors multiply to 1.
  r = applyRules({boost(1, "b", 2.0), boost(2, "b", 0.5)}, rank, 3);
  EXPECT_EQ(itemsOf(r), (V{"a", "b", "c"}));
}

TEST(RuleApplier, BoostNeverMovesDownBuryNeverUpEvenForNegativeScores) {
  std::vector<RankedItem> rank = {{"a", "x", -1.0}, {"b", "x", -2.0}, {"c", "x", -3.0}};
  EXPECT_EQ(itemsOf(applyRules({boost(1, "c", 2.0)}, rank, 3)), (V{"a", "c", "b"}));  // -1.5 > -2
  EXPECT_EQ(itemsOf(applyRules({boost(1, "c", 4.0)}, rank, 3)), (V{"c", "a", "b"}));  // -0.75
  EXPECT_EQ(itemsOf(applyRules({boost(1, "a", 0.25)}, rank, 3)), (V{"b", "c", "a"}));  // -4
  // A zero score does not move under any factor.
  std::vector<RankedItem> zero = {{"a", "x", 1.0}, {"b", "x", 0.0}, {"c", "x", -1.0}};
  EXPECT_EQ(itemsOf(applyRules({boost(1, "b", 1000)}, zero, 3)), (V{"a", "b", "c"}));
}

// 4. Category caps on the organic list, after sorting by adjusted score.
TEST(RuleApplier, CategoryCapsSkipItemsBeyondTheCap) {
  auto rank = ranking(6, {"x", "x", "y"});  // a x, b x, c y, d x, e x, f y
  EXPECT_EQ(itemsOf(applyRules({cap(1, 1, "x")}, rank, 10)), (V{"a", "c", "f"}));
  EXPECT_EQ(itemsOf(applyRules({cap(1, 2)}, rank, 10)), (V{"a", "b", "c", "f"}));  // every category
  // The smallest applicable cap wins.
  auto r = applyRules({cap(1, 3), cap(2, 1, "y")}, rank, 10);
  EXPECT_EQ(itemsOf(r), (V{"a", "b", "c", "d"}));
  EXPECT_EQ(r.cappedOut, (V{"e", "f"}));
  // Caps apply after boosts: boosting d past b keeps d and skips b.
  EXPECT_EQ(itemsOf(applyRules({cap(1, 2, "x"), boost(2, "d", 10)}, rank, 10)), (V{"d", "a", "c", "f"}));
}

// 5. Pins.
TEST(RuleApplier, PinsLeaveTheirOrganicPlace) {
  auto r = applyRules({pin(1, "d", 1)}, ranking(5), 5);
  EXPECT_EQ(itemsOf(r), (V{"d", "a", "b", "c", "e"}));
  EXPECT_EQ(r.entries[0].decidedBy(), "pin #1");
  EXPECT_EQ(r.entries[0].pinRule, 1);
  r = applyRules({pin(1, "a", 3)}, ranking(5), 5);
  EXPECT_EQ(itemsOf(r), (V{"b", "c", "a", "d", "e"}));
}

TEST(RuleApplier, PinnedItemNeedNotBeACandidate) {
  auto r = applyRules({pin(1, "brand-new", 2)}, ranking(3), 3);
  EXPECT_EQ(itemsOf(r), (V{"a", "brand-new", "b"}));
  EXPECT_FALSE(r.entries[1].baseScore.has_value());
}

TEST(RuleApplier, TwoPinsOnOnePositionHigherPriorityThenEarlierCreated) {
  auto r = applyRules({pin(1, "c", 1, 0), pin(2, "d", 1, 5)}, ranking(5), 5);
  EXPECT_EQ(itemsOf(r), (V{"d", "a", "b", "e"}));  // c lost and is not shown
  EXPECT_EQ(r.losingPins.at(1), 2);

  Rule early = pin(7, "c", 1);
  Rule late = pin(3, "d", 1);
  early.createdAt = 100;
  late.createdAt = 200;
  r = applyRules({late, early}, ranking(5), 5);
  EXPECT_EQ(itemsOf(r), (V{"c", "a", "b", "e"}));  // same priority: the earlier created wins, d is not shown
  EXPECT_EQ(r.losingPins.at(3), 7);
}

TEST(RuleApplier, OneItemPinnedTwiceShowsOnceAtTheWinningPosition) {
  auto r = applyRules({pin(1, "e", 4, 0), pin(2, "e", 2, 1)}, ranking(5), 5);
  EXPECT_EQ(itemsOf(r), (V{"a", "e", "b", "c", "d"}));
  EXPECT_EQ(r.entries[1].pinRule, 2);
  EXPECT_EQ(r.losingPins.at(1), 2);
}

TEST(RuleApplier, PinBeyondNShowsNothing) {
  auto r = applyRules({pin(1, "a", 4)}, ranking(5), 3);
  EXPECT_EQ(itemsOf(r), (V{"b", "c", "d"}));  // a left its organic place for position 4, which is cut
}

TEST(RuleApplier, PinsCloseGapsWhenOrganicItemsRunOut) {
  auto r = applyRules({pin(1, "p", 5), pin(2, "q", 9)}, ranking(2), 10);
  EXPECT_EQ(itemsOf(r), (V{"a", "b", "p", "q"}));
  EXPECT_EQ(r.entries[2].position, 3u);
}

TEST(RuleApplier, PinnedItemsDoNotCountTowardsCaps) {
  auto rank = ranking(4, {"x"});
  EXPECT_EQ(itemsOf(applyRules({cap(1, 1, "x"), pin(2, "d", 1)}, rank, 4)), (V{"d", "a"}));
}

// 6. Cut to n.
TEST(RuleApplier, LengthNeverExceedsN) {
  EXPECT_EQ(applyRules({pin(1, "x", 1), pin(2, "y", 2)}, ranking(10), 2).entries.size(), 2u);
  EXPECT_TRUE(applyRules({pin(1, "x", 1)}, ranking(10), 0).entries.empty());
}

TEST(RuleApplier, InvalidRankingsAreRejected) {
  std::vector<RankedItem> dup = {{"a", "x", 1.0}, {"a", "x", 0.5}};
  EXPECT_THROW(applyRules({}, dup, 3), std::invalid_argument);
  std::vector<RankedItem> nan = {{"a", "x", std::nan("")}};
  EXPECT_THROW(applyRules({}, nan, 3), std::invalid_argument);
  RuleSet rs;
  rs.rules = {ban(1, "a")};
  rs.rules[0].segment = "missing";
  EXPECT_THROW(RuleApplier{rs}, std::invalid_argument);
}

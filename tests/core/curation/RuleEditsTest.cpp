// RuleEdits: kind changes keep what carries over and leave a valid rule; priority moves reorder exactly one step.
#include <gtest/gtest.h>

#include "core/curation/RuleEdits.h"

namespace {

reco::Rule rule(std::int64_t id, int priority, const std::string& segment = "all users") {
  reco::Rule r;
  r.id = id;
  r.kind = reco::RuleKind::BanItem;
  r.item = "item";
  r.segment = segment;
  r.priority = priority;
  r.createdAt = 1700000000;
  return r;
}

}  // namespace

TEST(RuleEditsTest, KindChangeFillsValidDefaultsAndKeepsTargets) {
  reco::Rule r = rule(1, 0);
  r.category = "shoes";
  reco::Rule pin = reco::RuleEdits::withKind(r, reco::RuleKind::PinItem);
  EXPECT_EQ(pin.position, 1);
  EXPECT_EQ(pin.item, "item");
  EXPECT_TRUE(pin.problems().empty());
  reco::Rule boost = reco::RuleEdits::withKind(pin, reco::RuleKind::BoostCategory);
  EXPECT_DOUBLE_EQ(boost.factor, 2.0);
  EXPECT_EQ(boost.category, "shoes");
  EXPECT_TRUE(boost.problems().empty());
  reco::Rule bury = reco::RuleEdits::withKind(boost, reco::RuleKind::BuryItem);
  EXPECT_DOUBLE_EQ(bury.factor, 0.5);  // a boost factor is not a valid bury factor
  EXPECT_TRUE(bury.problems().empty());
  reco::Rule cap = reco::RuleEdits::withKind(bury, reco::RuleKind::CategoryCap);
  EXPECT_EQ(cap.maxItems, 3);
  EXPECT_TRUE(cap.problems().empty());
  // Valid values are kept.
  boost.factor = 7.5;
  EXPECT_DOUBLE_EQ(reco::RuleEdits::withKind(boost, reco::RuleKind::BoostItem).factor, 7.5);
  // A category kind without a category stays invalid, and says so.
  r.category.clear();
  EXPECT_FALSE(reco::RuleEdits::withKind(r, reco::RuleKind::BanCategory).problems().empty());
}

TEST(RuleEditsTest, PriorityOrderAndMoves) {
  reco::RuleSet rs;
  rs.rules = {rule(1, 5), rule(2, 5), rule(3, 9), rule(4, 0), rule(5, 100, "other")};
  auto order = reco::RuleEdits::inPriorityOrder(rs, "all users");
  ASSERT_EQ(order.size(), 4u);
  EXPECT_EQ(order[0]->id, 3);
  EXPECT_EQ(order[1]->id, 1);
  EXPECT_EQ(order[2]->id, 2);
  EXPECT_EQ(order[3]->id, 4);
  // Different priorities swap.
  auto up = reco::RuleEdits::movePriority(rs, 1, -1);
  EXPECT_EQ(up, (std::map<std::int64_t, int>{{1, 9}, {3, 5}}));
  // Equal priorities: the moving rule steps past its neighbour by one.
  auto up2 = reco::RuleEdits::movePriority(rs, 2, -1);
  EXPECT_EQ(up2, (std::map<std::int64_t, int>{{2, 6}}));
  auto down = reco::RuleEdits::movePriority(rs, 1, +1);
  EXPECT_EQ(down, (std::map<std::int64_t, int>{{1, 4}}));
  // Applying a move changes the order by exactly one place.
  for (const auto& [id, p] : up2)
    for (auto& r : rs.rules)
      if (r.id == id) r.priority = p;
  order = reco::RuleEdits::inPriorityOrder(rs, "all users");
  EXPECT_EQ(order[1]->id, 2);
  EXPECT_EQ(order[2]->id, 1);
  // Edges and unknown rules: nothing to do.
  EXPECT_TRUE(reco::RuleEdits::movePriority(rs, 3, -1).empty());
  EXPECT_TRUE(reco::RuleEdits::movePriority(rs, 4, +1).empty());
  EXPECT_TRUE(reco::RuleEdits::movePriority(rs, 5, -1).empty());
  EXPECT_TRUE(reco::RuleEdits::movePriority(rs, 42, -1).empty());
}

TEST(RuleEditsTest, NewRuleGetsTheNextIdTheTimeAndTheAuthorOnlyWhereUnset) {
  reco::RuleSet rules;
  rules.rules = {rule(4, 0), rule(9, 0)};
  reco::Rule fresh;
  fresh.kind = reco::RuleKind::BanItem;
  fresh.item = "x";
  const reco::Rule completed = reco::RuleEdits::completeNewRule(fresh, rules, 1750000000, "ana");
  EXPECT_EQ(completed.id, rules.nextRuleId());
  EXPECT_GT(completed.id, 9);
  EXPECT_EQ(completed.createdAt, 1750000000);
  EXPECT_EQ(completed.author, "ana");
  EXPECT_EQ(completed.item, "x");
  reco::Rule given = rule(42, 0);
  given.author = "bo";
  const reco::Rule kept = reco::RuleEdits::completeNewRule(given, rules, 1750000000, "ana");
  EXPECT_EQ(kept.id, 42);
  EXPECT_EQ(kept.createdAt, 1700000000);
  EXPECT_EQ(kept.author, "bo");
}

TEST(RuleEditsTest, RulesOfASegmentAndTheToggleTarget) {
  reco::RuleSet rules;
  rules.rules = {rule(1, 0, "vip"), rule(2, 0), rule(3, 0, "vip")};
  const auto vip = reco::RuleEdits::rulesOfSegment(rules, "vip");
  ASSERT_EQ(vip.size(), 2u);
  EXPECT_EQ(vip[0].id, 1);
  EXPECT_EQ(vip[1].id, 3);
  EXPECT_TRUE(reco::RuleEdits::rulesOfSegment(rules, "nobody").empty());

  std::vector<reco::Rule> selection = vip;
  EXPECT_FALSE(reco::RuleEdits::enabledAfterToggle(selection));  // all enabled: disable
  selection[1].enabled = false;
  EXPECT_TRUE(reco::RuleEdits::enabledAfterToggle(selection));  // mixed: enable
  selection[0].enabled = false;
  EXPECT_TRUE(reco::RuleEdits::enabledAfterToggle(selection));
}

TEST(RuleEditsTest, ReplacingASegmentCarriesItsRulesAlongOnARename) {
  reco::RuleSet rules;
  rules.segments = {reco::Segment::withUserIds("vip", {"u1"}), reco::Segment::withUserIds("new", {"u2"})};
  rules.rules = {rule(1, 0, "vip"), rule(2, 0), rule(3, 0, "new")};
  reco::RuleEdits::replaceSegment(rules, "vip", reco::Segment::withUserIds("gold", {"u1", "u3"}));
  ASSERT_EQ(rules.segments.size(), 2u);
  EXPECT_EQ(rules.segments[0].name(), "gold");
  EXPECT_EQ(rules.segments[0].userIds().size(), 2u);
  EXPECT_EQ(rules.rules[0].segment, "gold");
  EXPECT_EQ(rules.rules[1].segment, "all users");
  EXPECT_EQ(rules.rules[2].segment, "new");
  // Same name: the definition changes, the rules stay.
  reco::RuleEdits::replaceSegment(rules, "new", reco::Segment::withUserIds("new", {"u9"}));
  EXPECT_EQ(rules.segments[1].userIds().front(), "u9");
  EXPECT_EQ(rules.rules[2].segment, "new");
}

// Offline impact of a rule set on a hand-made project whose numbers are worked out by hand: leave-last:1 split, the
// popular model, k = 2. Also: no rules change nothing, and "without" equals what EvaluationRunner reports.
#include <gtest/gtest.h>

#include <cmath>

#include "CurationProjectFixture.h"
#include "CurationTestUtil.h"
#include "core/curation/CurationImpact.h"
#include "core/evaluation/EvaluationRunner.h"

using namespace reco;
using namespace reco::test;

namespace {

// Users u1, u2 (DE) and u3, u4 (FR); items i1..i5. The last click of each user is held out:
//   u1: i1 i2 | i3     u2: i1 i2 | i3     u3: i1 i4 | i2     u4: i1 i3 | i5
// Training popularity: i1 4, i2 2, i3 1, i4 1, i5 0 (not a candidate). Top-2 of the unseen candidates:
//   u1 [i3 i4] hit, u2 [i3 i4] hit, u3 [i2 i3] hit, u4 [i2 i4] miss  => recall@2 = nDCG@2 = 3/4.
class CurationImpactTest : public CurationProjectFixture {
 protected:
  void SetUp() override {
    CurationProjectFixture::SetUp();
    addUser(1, "u1", "DE");
    addUser(2, "u2", "DE");
    addUser(3, "u3", "FR");
    addUser(4, "u4", "FR");
    addItem(1, "i1", "One", "a");
    addItem(2, "i2", "Two", "a");
    addItem(3, "i3", "Three", "b");
    addItem(4, "i4", "Four", "b");
    addItem(5, "i5", "Five", "c");
    addClicks({{1, 1, 100}, {1, 2, 200}, {1, 3, 300}, {2, 1, 100}, {2, 2, 200}, {2, 3, 300},
               {3, 1, 100}, {3, 4, 200}, {3, 2, 300}, {4, 1, 100}, {4, 3, 200}, {4, 5, 300}});
    config_.algorithm = "popular";
    config_.split = SplitSpec::parse("leave-last:1");
    config_.k = 2;
    config_.time = 1750000000;
  }
  CurationImpactResult run(const RuleSet& rules) { return CurationImpact().run(project(), rules, config_); }
  static const SegmentImpact& segment(const CurationImpactResult& r, const std::string& name) {
    for (const auto& s : r.segments)
      if (s.segment == name) return s;
    throw std::out_of_range(name);
  }
  CurationImpactConfig config_;
};

constexpr std::size_t kNdcg = 0, kRecall = 1, kCoverage = 2, kGini = 3;

TEST_F(CurationImpactTest, NoRulesMeansWithEqualsWithout) {
  const auto r = run(RuleSet{});
  ASSERT_EQ(r.metricNames, (std::vector<std::string>{"ndcg@2", "recall@2", "coverage", "gini"}));
  ASSERT_EQ(r.segments.size(), 1u);
  const auto& all = r.segments[0];
  EXPECT_EQ(all.segment, "all users");
  EXPECT_EQ(all.users, 4);
  EXPECT_EQ(all.changedLists, 0);
  EXPECT_EQ(all.without, all.with);
  EXPECT_DOUBLE_EQ(all.without[kRecall], 0.75);
  EXPECT_DOUBLE_EQ(all.without[kNdcg], 0.75);
  // Candidates i1..i4; exposed i2, i3, i4.
  EXPECT_EQ(r.catalogueItems, 4);
  EXPECT_DOUBLE_EQ(all.without[kCoverage], 0.75);
}

TEST_F(CurationImpactTest, BanOfTheMostRelevantItemLowersRecallByTheHandComputedAmount) {
  // i3 is the held-out item of u1 and u2. Banned: u1 and u2 get [i4] (miss), u3 gets [i2] (hit), u4 unchanged.
  RuleSet rules;
  rules.rules = {ban(1, "i3")};
  const auto r = run(rules);
  const auto& all = r.segments[0];
  EXPECT_DOUBLE_EQ(all.without[kRecall], 0.75);
  EXPECT_DOUBLE_EQ(all.with[kRecall], 0.25);
  EXPECT_DOUBLE_EQ(all.change(kRecall), -0.5);
  EXPECT_DOUBLE_EQ(all.with[kNdcg], 0.25);
  EXPECT_EQ(all.changedLists, 3);
  // Exposed with the ban: i2 and i4 of four candidates.
  EXPECT_DOUBLE_EQ(all.with[kCoverage], 0.5);
  EXPECT_GE(all.with[kGini], 0.0);
}

TEST_F(CurationImpactTest, SegmentRuleOnlyMovesItsSegment) {
  RuleSet rules;
  rules.segments = {Segment::withExpression("germany", "country = \"DE\""), Segment::withExpression("france", "country = \"FR\"")};
  Rule r1 = ban(1, "i3");
  r1.segment = "germany";
  rules.rules = {r1};
  const auto r = run(rules);
  ASSERT_EQ(r.segments.size(), 3u);
  const auto& de = segment(r, "germany");
  const auto& fr = segment(r, "france");
  EXPECT_EQ(de.users, 2);
  EXPECT_DOUBLE_EQ(de.without[kRecall], 1.0);
  EXPECT_DOUBLE_EQ(de.with[kRecall], 0.0);
  EXPECT_EQ(fr.users, 2);
  EXPECT_EQ(fr.without, fr.with);
  EXPECT_DOUBLE_EQ(fr.without[kRecall], 0.5);
  EXPECT_DOUBLE_EQ(segment(r, "all users").change(kRecall), -0.5);
}

TEST_F(CurationImpactTest, PinOfAHeldOutItemRaisesHits) {
  // i5 (u4's held-out item, no training interactions) pinned first for everyone: u4 [i5 i2] is now a hit at 1;
  // the others keep their hit, one position lower.
  RuleSet rules;
  rules.rules = {pin(1, "i5", 1)};
  const auto r = run(rules);
  const auto& all = r.segments[0];
  EXPECT_DOUBLE_EQ(all.without[kRecall], 0.75);
  EXPECT_DOUBLE_EQ(all.with[kRecall], 1.0);
  EXPECT_NEAR(all.with[kNdcg], (3.0 / std::log2(3.0) + 1.0) / 4.0, 1e-12);
  EXPECT_EQ(all.changedLists, 4);
  // i5 is outside the candidate catalogue, so coverage counts what is left: u1, u2 [i5 i3], u3 [i5 i2], u4 [i5 i2].
  EXPECT_DOUBLE_EQ(all.with[kCoverage], 0.5);
}

TEST_F(CurationImpactTest, WithoutRulesMatchesTheEvaluationRunner) {
  EvaluationConfig ec;
  ec.split = config_.split;
  ec.seed = config_.seed;
  ec.ks = {2};
  ec.models = {{"popular", {}, ""}};
  ec.bootstrapReplicates = 10;
  EvaluationRunner runner([](const std::string& a) { return createRecommender(a); });
  const auto evaluation = runner.run(loadInteractions(project()), ec);
  const auto& m = evaluation.models.at(0).metrics;
  const auto r = run(RuleSet{});
  EXPECT_NEAR(r.segments[0].without[kNdcg], m.at("ndcg@2").value, 1e-12);
  EXPECT_NEAR(r.segments[0].without[kRecall], m.at("recall@2").value, 1e-12);
  EXPECT_NEAR(r.segments[0].without[kCoverage], m.at("coverage").value, 1e-12);
  EXPECT_NEAR(r.segments[0].without[kGini], m.at("gini").value, 1e-12);
}

TEST_F(CurationImpactTest, ProgressAndCancel) {
  std::vector<double> fractions;
  CurationImpact impact([&](const std::string&, double f) { fractions.push_back(f); });
  impact.run(project(), RuleSet{}, config_);
  ASSERT_FALSE(fractions.empty());
  EXPECT_DOUBLE_EQ(fractions.back(), 1.0);
  for (std::size_t i = 1; i < fractions.size(); ++i) EXPECT_GE(fractions[i], fractions[i - 1]);

  std::atomic<bool> cancel{true};
  EXPECT_THROW(CurationImpact({}, &cancel).run(project(), RuleSet{}, config_), EvaluationCancelled);
}

TEST_F(CurationImpactTest, BadInputIsRejected) {
  RuleSet rules;
  Rule r = ban(1, "i3");
  r.segment = "nobody";
  rules.rules = {r};
  EXPECT_THROW(run(rules), std::invalid_argument);
  config_.algorithm = "no-such-algorithm";
  EXPECT_THROW(run(RuleSet{}), std::invalid_argument);
}

}  // namespace

// Preview of a rule set on one user with a stored popular model: base and curated lists side by side, the deciding
// rule per position, cold and unknown users, segment samples; and CuratedTopN's prefix equals curating everything.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "CurationProjectFixture.h"
#include "CurationTestUtil.h"
#include "core/curation/CuratedTopN.h"
#include "core/curation/CurationPreview.h"

using namespace reco;
using namespace reco::test;

namespace {

// Popularity over everything: i1 5, i2 4, i3 3, i4 2, i5 1. u5 has seen only i1, so its base top 3 is i2 i3 i4.
class CurationPreviewTest : public CurationProjectFixture {
 protected:
  void SetUp() override {
    CurationProjectFixture::SetUp();
    for (int u = 1; u <= 6; ++u) addUser(u, "u" + std::to_string(u), u <= 3 ? "DE" : "FR");
    addUser(7, "u7", "DE");  // no events: unknown to the model
    addItem(1, "i1", "One", "a");
    addItem(2, "i2", "Two", "a");
    addItem(3, "i3", "Three", "b");
    addItem(4, "i4", "Four", "b");
    addItem(5, "i5", "Five", "c");
    addClicks({{1, 1, 1}, {1, 2, 2}, {1, 3, 3}, {2, 1, 1}, {2, 2, 2}, {2, 3, 3}, {3, 1, 1}, {3, 4, 2}, {3, 2, 3},
               {4, 1, 1}, {4, 3, 2}, {4, 5, 3}, {5, 1, 1}, {6, 2, 1}, {6, 4, 2}});
    trainAndStore("popular", "pop");
  }
  static std::vector<std::string> items(const std::vector<PreviewItem>& list) {
    std::vector<std::string> out;
    for (const auto& i : list) out.push_back(i.item);
    return out;
  }
  static std::vector<std::string> curatedItems(const CurationPreviewResult& r) {
    std::vector<std::string> out;
    for (const auto& p : r.curated) out.push_back(p.item.item);
    return out;
  }
};

TEST_F(CurationPreviewTest, ShowsBaseAndCuratedWithTheDecidingRulePerPosition) {
  RuleSet rules;
  rules.rules = {pin(1, "i5", 1), ban(2, "i3"), boost(3, "i4", 3.0)};
  CurationPreview preview(project(), "pop");
  EXPECT_EQ(preview.algorithm(), "popular");
  const auto r = preview.preview(rules, "u5", 1750000000, 3);
  EXPECT_TRUE(r.knownUser);
  EXPECT_FALSE(r.popularityFallback);
  EXPECT_TRUE(r.note.empty());
  EXPECT_EQ(r.attributes.at("country"), "FR");
  EXPECT_EQ(items(r.base), (std::vector<std::string>{"i2", "i3", "i4"}));
  EXPECT_EQ(r.base[0].title, "Two");
  EXPECT_EQ(r.base[1].category, "b");
  ASSERT_TRUE(r.base[0].score.has_value());
  EXPECT_GT(*r.base[0].score, *r.base[1].score);
  // i5 pinned first; i3 banned; i4 (boosted x3) overtakes i2.
  EXPECT_EQ(curatedItems(r), (std::vector<std::string>{"i5", "i4", "i2"}));
  ASSERT_EQ(r.curated.size(), 3u);
  EXPECT_EQ(r.curated[0].decidedBy, "pin #1");
  EXPECT_EQ(r.curated[0].rule, std::optional<std::int64_t>(1));
  EXPECT_EQ(r.curated[0].item.title, "Five");
  EXPECT_FALSE(r.curated[0].ruleText.empty());
  EXPECT_EQ(r.curated[1].decidedBy, "organic (#3)");
  EXPECT_EQ(r.curated[1].rule, std::optional<std::int64_t>(3));
  EXPECT_EQ(r.curated[2].decidedBy, "organic");
  EXPECT_FALSE(r.curated[2].rule.has_value());
  EXPECT_TRUE(r.curated[0].changed && r.curated[1].changed && r.curated[2].changed);
  EXPECT_EQ(r.curation.banned.at("i3"), 2);
  EXPECT_EQ(r.segments, (std::vector<std::string>{"all users"}));
}

TEST_F(CurationPreviewTest, SegmentRulesFollowTheUsersAttributes) {
  RuleSet rules;
  rules.segments = {Segment::withExpression("germany", "country = \"DE\"")};
  Rule p = pin(1, "i5", 1);
  p.segment = "germany";
  rules.rules = {p};
  CurationPreview preview(project(), "pop");
  const auto fr = preview.preview(rules, "u5", 1750000000, 3);  // FR: untouched
  EXPECT_EQ(curatedItems(fr), items(fr.base));
  for (const auto& pos : fr.curated) EXPECT_FALSE(pos.changed);
  const auto de = preview.preview(rules, "u3", 1750000000, 2);  // DE, seen i1 i2 i4: base i3 i5
  EXPECT_EQ(items(de.base), (std::vector<std::string>{"i3", "i5"}));
  EXPECT_EQ(curatedItems(de), (std::vector<std::string>{"i5", "i3"}));
  EXPECT_EQ(de.segments, (std::vector<std::string>{"all users", "germany"}));
}

TEST_F(CurationPreviewTest, ColdAndUnknownUsersGetThePopularityFallbackWithANote) {
  RuleSet rules;
  rules.rules = {ban(1, "i1")};
  CurationPreview preview(project(), "pop");
  const auto cold = preview.preview(rules, "u7", 1750000000, 3);
  EXPECT_TRUE(cold.knownUser);
  EXPECT_TRUE(cold.popularityFallback);
  EXPECT_FALSE(cold.note.empty());
  EXPECT_EQ(items(cold.base), (std::vector<std::string>{"i1", "i2", "i3"}));
  EXPECT_EQ(curatedItems(cold), (std::vector<std::string>{"i2", "i3", "i4"}));
  const auto unknown = preview.preview(rules, "nobody", 1750000000, 3);
  EXPECT_FALSE(unknown.knownUser);
  EXPECT_TRUE(unknown.popularityFallback);
  EXPECT_NE(unknown.note.find("nobody"), std::string::npos);
  EXPECT_EQ(curatedItems(unknown), (std::vector<std::string>{"i2", "i3", "i4"}));
}

TEST_F(CurationPreviewTest, UnknownModelIsAnError) {
  EXPECT_THROW(CurationPreview(project(), "missing"), std::runtime_error);
}

TEST_F(CurationPreviewTest, SamplesOfASegmentAreDeterministicMembers) {
  CurationPreview preview(project(), "pop");
  const Segment de = Segment::withExpression("germany", "country = \"DE\"");  // u1 u2 u3 u7
  const auto a = preview.sampleUsers(de, 2, 7);
  EXPECT_EQ(a, preview.sampleUsers(de, 2, 7));
  ASSERT_EQ(a.size(), 2u);
  for (const auto& u : a) EXPECT_TRUE(u == "u1" || u == "u2" || u == "u3" || u == "u7") << u;
  EXPECT_NE(a[0], a[1]);
  EXPECT_EQ(preview.sampleUsers(de, 10, 7), (std::vector<std::string>{"u1", "u2", "u3", "u7"}));
  bool differs = false;
  for (std::uint64_t seed = 1; seed < 20 && !differs; ++seed) differs = preview.sampleUsers(de, 2, seed) != a;
  EXPECT_TRUE(differs);
}

// CuratedTopN hands the applier a prefix; with boosts, buries, bans, pins and caps its list must equal curating the
// whole ranking, for random rule sets.
TEST(CuratedTopNTest, PrefixCurationEqualsFullCuration) {
  std::mt19937_64 rng(12345);
  const std::vector<std::string> cats = {"x", "y", "z", "w"};
  for (int trial = 0; trial < 400; ++trial) {
    const std::size_t nItems = 20 + rng() % 300;
    std::vector<std::string> ids(nItems), categories(nItems);
    std::vector<ScoredItem> full(nItems);
    for (std::size_t i = 0; i < nItems; ++i) {
      ids[i] = "i" + std::to_string(i);
      categories[i] = cats[rng() % cats.size()];
      full[i] = {static_cast<std::int32_t>(i), static_cast<float>(static_cast<double>(rng() % 2000) / 100.0 - 5.0)};
    }
    std::stable_sort(full.begin(), full.end(), [](const ScoredItem& a, const ScoredItem& b) { return a.score > b.score; });
    RuleSet rules;
    const int nRules = static_cast<int>(rng() % 8);
    for (int k = 1; k <= nRules; ++k) {
      const std::string item = ids[rng() % nItems];
      switch (rng() % 6) {
        case 0: rules.rules.push_back(ban(k, item)); break;
        case 1: rules.rules.push_back(pin(k, item, 1 + static_cast<int>(rng() % 12))); break;
        case 2: rules.rules.push_back(boost(k, item, 1.5 + static_cast<double>(rng() % 500))); break;
        case 3: rules.rules.push_back(boost(k, item, 0.01 + static_cast<double>(rng() % 90) / 100.0)); break;
        case 4: rules.rules.push_back(boostCategory(k, cats[rng() % cats.size()], 1.1 + static_cast<double>(rng() % 20))); break;
        default: rules.rules.push_back(cap(k, 1 + static_cast<int>(rng() % 3), rng() % 2 ? cats[rng() % cats.size()] : ""));
      }
    }
    RuleApplier applier(rules);
    CuratedTopN curator(applier, [&](std::int32_t i, std::string& id, std::string& c) {
      id = ids[static_cast<std::size_t>(i)];
      c = categories[static_cast<std::size_t>(i)];
    });
    CurationRequest req;
    req.userId = "u";
    req.time = 1750000000;
    req.n = 1 + rng() % 15;
    for (const auto& r : rules.rules)
      if (r.kind == RuleKind::PinItem) req.itemCategories[r.item] = categories[std::stoul(r.item.substr(1))];
    std::vector<ScoredItem> base;
    const auto prefix = curator.curate(
        req, [&](std::size_t m, std::vector<ScoredItem>& out) { out.assign(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(std::min(m, full.size()))); },
        base);
    CurationRequest all = req;
    all.ranking.clear();
    for (const auto& s : full) all.ranking.push_back({ids[static_cast<std::size_t>(s.item)], categories[static_cast<std::size_t>(s.item)], s.score});
    const auto expected = applier.apply(all);
    ASSERT_EQ(itemsOf(prefix), itemsOf(expected)) << "trial " << trial;
    ASSERT_LE(base.size(), full.size());
    for (std::size_t i = 0; i < base.size(); ++i) ASSERT_EQ(base[i].item, full[i].item);
  }
}

}  // namespace

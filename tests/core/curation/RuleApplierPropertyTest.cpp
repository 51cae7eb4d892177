// Property tests over thousands of random rule sets and rankings: bans hold, winning pins sit at their positions,
// the length is at most n, boosts and buries are monotone, and export -> import -> export is byte-identical.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "CurationTestUtil.h"
#include "core/curation/RuleSetDocument.h"

using namespace reco;
using namespace reco::test;

namespace {

constexpr int kIterations = 3000;

struct World {
  std::mt19937_64 rng;
  std::vector<std::string> items, categories = {"books", "games", "music", "shoes", "toys"};
  std::map<std::string, std::string> catalogue;
  std::vector<Segment> segments = {Segment::withExpression("de", "country = \"DE\""),
                                   Segment::withExpression("heavy", "orders >= 3 and device in (\"mobile\", \"tablet\")"),
                                   Segment::withUserIds("vip", {"u1", "u3", "u5"})};

  explicit World(std::uint64_t seed) : rng(seed) {
    for (int i = 0; i < 30; ++i) {
      std::string id = "i" + std::to_string(i);
      items.push_back(id);
      catalogue[id] = categories[static_cast<std::size_t>(i) % categories.size()];
    }
  }
  int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
  bool coin(double p) { return std::bernoulli_distribution(p)(rng); }
  const std::string& pick(const std::vector<std::string>& v) { return v[static_cast<std::size_t>(uniform(0, static_cast<int>(v.size()) - 1))]; }

  RuleSet randomRuleSet() {
    RuleSet rs;
    rs.segments = segments;
    int count = uniform(0, 14);
    for (int k = 1; k <= count; ++k) {
      Rule r = makeRule(k, allRuleKinds()[static_cast<std::size_t>(uniform(0, 7))]);
      static const std::vector<std::string> segNames = {"all users", "de", "heavy", "vip"};
      r.segment = pick(segNames);
      r.item = coin(0.1) ? "new" + std::to_string(uniform(0, 2)) : pick(items);
      r.category = pick(categories);
      r.position = uniform(1, 12);
      r.priority = uniform(-2, 2);
      r.createdAt = 1700000000 + uniform(0, 5) * 1000;
      if (r.isBoost()) r.factor = std::uniform_real_distribution<double>(1.01, 5.0)(rng);
      if (r.isBury()) r.factor = std::uniform_real_distribution<double>(0.05, 0.99)(rng);
      if (r.kind == RuleKind::CategoryCap) {
        r.maxItems = uniform(1, 4);
        if (coin(0.3)) r.category.clear();
      }
      if (!r.targetsItem()) r.item.clear();
      if (!r.targetsCategory() && r.kind != RuleKind::CategoryCap) r.category.clear();
      if (r.kind != RuleKind::PinItem) r.position = 0;
      if (!r.isBoost() && !r.isBury()) r.factor = 1.0;
      if (coin(0.2)) r.startsAt = 1749990000 + uniform(0, 20000);
      if (coin(0.2)) r.endsAt = r.startsAt.value_or(1749990000) + uniform(1, 20000);
      r.enabled = !coin(0.1);
      r.note = coin(0.3) ? "note \"" + std::to_string(k) + "\" \xc3\xa9" : "";
      r.author = coin(0.5) ? "curator" : "";
      rs.rules.push_back(r);
    }
    return rs;
  }

  CurationRequest randomRequest() {
    CurationRequest req;
    req.userId = "u" + std::to_string(uniform(1, 6));
    static const std::vector<std::string> countries = {"DE", "AT", "FR"}, devices = {"mobile", "tablet", "desktop"};
    req.attributes = {{"country", pick(countries)}, {"device", pick(devices)}, {"orders", std::to_string(uniform(0, 6))}};
    if (coin(0.1)) req.attributes.erase("country");
    req.time = 1749990000 + uniform(0, 25000);
    std::vector<std::string> pool = items;
    std::shuffle(pool.begin(), pool.end(), rng);
    int len = uniform(0, 25);
    for (int i = 0; i < len; ++i) {
      double score = coin(0.2) ? static_cast<double>(uniform(-3, 3))  // ties and zero
                               : std::uniform_real_distribution<double>(-5.0, 5.0)(rng);
      req.ranking.push_back({pool[static_cast<std::size_t>(i)], catalogue[pool[static_cast<std::size_t>(i)]], score});
    }
    req.n = static_cast<std::size_t>(uniform(0, 12));
    if (coin(0.5)) req.itemCategories = {{"new0", "toys"}, {"new1", "books"}};
    return req;
  }
};

bool isActive(const RuleSet& rs, const Rule& r, const CurationRequest& req) {
  return r.enabled && r.inWindow(req.time) && rs.findSegment(r.segment)->contains(req.userId, req.attributes);
}

std::string categoryIn(const CurationRequest& req, const std::string& item) {
  for (const auto& c : req.ranking)
    if (c.item == item) return c.category;
  auto it = req.itemCategories.find(item);
  return it == req.itemCategories.end() ? "" : it->second;
}

std::size_t positionOf(const CurationResult& r, const std::string& item) {
  for (const auto& e : r.entries)
    if (e.item == item) return e.position;
  return std::numeric_limits<std::size_t>::max();
}

}  // namespace

TEST(RuleApplierProperties, BansLengthAndPins) {
  World w(20261127);
  for (int it = 0; it < kIterations; ++it) {
    RuleSet rs = w.randomRuleSet();
    CurationRequest req = w.randomRequest();
    CurationResult res = RuleApplier(rs).apply(req);
    SCOPED_TRACE("iteration " + std::to_string(it));

    ASSERT_LE(res.entries.size(), req.n);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < res.entries.size(); ++i) {
      ASSERT_EQ(res.entries[i].position, i + 1);
      ASSERT_TRUE(seen.insert(res.entries[i].item).second) << "item shown twice: " << res.entries[i].item;
    }
    // A banned item never appears.
    std::set<std::string> bannedItems, bannedCats;
    for (const auto& r : rs.rules)
      if (isActive(rs, r, req)) {
        if (r.kind == RuleKind::BanItem) bannedItems.insert(r.item);
        if (r.kind == RuleKind::BanCategory) bannedCats.insert(r.category);
      }
    for (const auto& e : res.entries) {
      ASSERT_FALSE(bannedItems.count(e.item)) << e.item;
      ASSERT_FALSE(bannedCats.count(categoryIn(req, e.item))) << e.item;
    }
    // Every pinned entry comes from an active pin and sits at its position, unless organic items ran out (then
    // only pins follow it).
    for (const auto& e : res.entries) {
      if (!e.pinRule) continue;
      const Rule* p = rs.findRule(*e.pinRule);
      ASSERT_TRUE(p && p->kind == RuleKind::PinItem && p->item == e.item && isActive(rs, *p, req));
      ASSERT_LE(e.position, static_cast<std::size_t>(p->position));
      if (e.position < static_cast<std::size_t>(p->position)) {
        for (std::size_t k = e.position - 1; k < res.entries.size(); ++k) {
          ASSERT_TRUE(res.entries[k].pinRule.has_value());
        }
      }
    }
    // Every active pin of a non-banned item within n either shows or is reported as losing; winners hold their
    // position against organic items.
    for (const auto& r : rs.rules) {
      if (r.kind != RuleKind::PinItem || !isActive(rs, r, req)) continue;
      if (bannedItems.count(r.item) || bannedCats.count(categoryIn(req, r.item))) {
        ASSERT_EQ(positionOf(res, r.item), std::numeric_limits<std::size_t>::max());
        continue;
      }
      if (res.losingPins.count(r.id)) continue;
      std::size_t pos = positionOf(res, r.item);
      if (static_cast<std::size_t>(r.position) > req.n) {
        ASSERT_EQ(pos, std::numeric_limits<std::size_t>::max()) << "pin beyond n shows nothing";
      } else {
        ASSERT_NE(pos, std::numeric_limits<std::size_t>::max()) << "winning pin #" << r.id << " not shown";
      }
    }
  }
}

TEST(RuleApplierProperties, BoostAndBuryAreMonotone) {
  World w(7);
  int checked = 0;
  for (int it = 0; it < kIterations; ++it) {
    RuleSet rs = w.randomRuleSet();
    CurationRequest req = w.randomRequest();
    if (req.ranking.empty()) continue;
    const std::string target = req.ranking[static_cast<std::size_t>(w.uniform(0, static_cast<int>(req.ranking.size()) - 1))].item;
    bool touched = false;
    for (const auto& r : rs.rules)
      if ((r.kind == RuleKind::PinItem || r.kind == RuleKind::BanItem) && r.item == target) touched = true;
    if (touched) continue;
    SCOPED_TRACE("iteration " + std::to_string(it) + ", item " + target);
    std::size_t before = positionOf(RuleApplier(rs).apply(req), target);
    double f1 = std::uniform_real_distribution<double>(1.01, 3.0)(w.rng);
    double f2 = f1 * std::uniform_real_distribution<double>(1.0, 3.0)(w.rng);
    auto with = [&](double factor) {
      RuleSet copy = rs;
      copy.rules.push_back(boost(1000, target, factor));
      return positionOf(RuleApplier(copy).apply(req), target);
    };
    std::size_t boosted = with(f1), boostedMore = with(f2);
    ASSERT_LE(boosted, before) << "a boost moved the item down";
    ASSERT_LE(boostedMore, boosted) << "a stronger boost moved it less";
    std::size_t buried = with(1.0 / f1), buriedMore = with(1.0 / f2);
    ASSERT_GE(buried, before) << "a bury moved the item up";
    ASSERT_GE(buriedMore, buried) << "a stronger bury moved it less";
    ++checked;
  }
  EXPECT_GT(checked, kIterations / 2);
}

TEST(RuleApplierProperties, AdjustScoreIsMonotoneInScoreAndFactor) {
  std::mt19937_64 rng(99);
  std::uniform_real_distribution<double> score(-1e6, 1e6), factor(0.001, 1000.0);
  for (int i = 0; i < 100000; ++i) {
    double s1 = score(rng), s2 = score(rng), f1 = factor(rng), f2 = factor(rng);
    if (s1 > s2) std::swap(s1, s2);
    if (f1 > f2) std::swap(f1, f2);
    ASSERT_LE(RuleApplier::adjustScore(s1, f1), RuleApplier::adjustScore(s2, f1));
    ASSERT_LE(RuleApplier::adjustScore(s1, f1), RuleApplier::adjustScore(s1, f2));
    if (f1 > 1) {
      ASSERT_GE(RuleApplier::adjustScore(s1, f1), s1);
    }
    if (f2 < 1) {
      ASSERT_LE(RuleApplier::adjustScore(s1, f2), s1);
    }
  }
}

TEST(RuleApplierProperties, ExportImportExportIsByteIdentical) {
  World w(42);
  for (int it = 0; it < kIterations; ++it) {
    RuleSetDocument d;
    d.rulesetId = "rs-" + std::to_string(it % 7);
    d.version = 1 + it % 50;
    d.createdAt = 1750000000 + it;
    d.author = "curator";
    d.message = "random set " + std::to_string(it);
    d.content = w.randomRuleSet();
    d.content.normalize();
    std::string first = d.exportText();
    JsonIssues issues;
    auto back = RuleSetDocument::parse(first, issues);
    ASSERT_TRUE(back.has_value()) << (issues.empty() ? "" : issues.front().text());
    ASSERT_EQ(back->exportText(), first);
    ASSERT_TRUE(back->content == d.content);
  }
}

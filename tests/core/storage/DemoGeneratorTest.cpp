// The built-in demo dataset: deterministic from its seed, realistic in shape, and all-or-nothing.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <unistd.h>

#include "core/demo/DemoGenerator.h"
#include "core/storage/DatasetSummary.h"

namespace fs = std::filesystem;
using namespace reco;

namespace {
std::string tempFile(const std::string& name) {
  auto p = fs::temp_directory_path() / ("reco_demo_" + name + "_" + std::to_string(::getpid()) + ".reco");
  fs::remove(p);
  return p.string();
}

// A content hash of everything the generator writes.
std::string contentHash(Project& p) {
  auto st = p.db().prepare(
      "SELECT (SELECT group_concat(h) FROM (SELECT hex(sha) AS h FROM (SELECT count(*) || ':' || sum(user_id * 7 + "
      "item_id * 13 + type * 17 + ts + coalesce(position,0) * 19 + coalesce(placement_id,0) * 23 + "
      "coalesce(variant_id,0) * 29) || ':' || total(revenue) AS sha FROM events))),"
      " (SELECT group_concat(ext_id || country || device || age_band || is_new, ',') FROM users),"
      " (SELECT group_concat(ext_id || title || category || price, ',') FROM items),"
      " (SELECT group_concat(user_id || key || value, ',') FROM user_attributes)");
  EXPECT_TRUE(st.step());
  return st.columnText(0) + "|" + st.columnText(1) + "|" + st.columnText(2) + "|" + st.columnText(3);
}

DemoOptions small(std::uint64_t seed) {
  DemoOptions o;
  o.seed = seed;
  o.users = 150;
  o.items = 80;
  o.days = 14;
  return o;
}
}  // namespace

TEST(DemoGenerator, SameSeedSameContent) {
  std::string a = tempFile("a"), b = tempFile("b"), c = tempFile("c");
  std::string ha, hb, hc;
  {
    Project p = Project::create(a);
    generateDemo(p, small(7));
    ha = contentHash(p);
  }
  {
    Project p = Project::create(b);
    generateDemo(p, small(7));
    hb = contentHash(p);
  }
  {
    Project p = Project::create(c);
    generateDemo(p, small(8));
    hc = contentHash(p);
  }
  EXPECT_EQ(ha, hb);
  EXPECT_NE(ha, hc);
  for (const auto& f : {a, b, c}) {
    fs::remove(f);
    fs::remove(f + "-wal");
    fs::remove(f + "-shm");
  }
}

TEST(DemoGenerator, RealisticShape) {
  std::string f = tempFile("shape");
  {
    Project p = Project::create(f);
    DemoOptions o = small(42);
    o.users = 400;
    o.days = 28;
    DemoResult r = generateDemo(p, o);
    DatasetSummary s = summarizeDataset(p);
    EXPECT_EQ(s.users, 400);
    EXPECT_EQ(s.items, 80);
    EXPECT_EQ(s.events, r.events);
    ASSERT_TRUE(s.firstTimestamp && s.lastTimestamp);
    EXPECT_GE(*s.firstTimestamp, o.startTimestamp);
    EXPECT_LT(*s.lastTimestamp, o.startTimestamp + 29 * 86400);
    // Funnel order: impressions > clicks > carts > purchases > 0.
    EXPECT_GT(s.eventsByType["impression"], s.eventsByType["click"]);
    EXPECT_GT(s.eventsByType["click"], s.eventsByType["add_to_cart"]);
    EXPECT_GT(s.eventsByType["add_to_cart"], s.eventsByType["purchase"]);
    EXPECT_GT(s.eventsByType["purchase"], 0);
    EXPECT_EQ(s.placements, 2);
    EXPECT_EQ(s.variants, 2);
    // Position bias: CTR at position 1 clearly above position 8 on the home feed.
    auto st = p.db().prepare(
        "SELECT position, sum(type=1)*1.0/sum(type=0) FROM events WHERE placement_id=1 AND position IN (1,8) "
        "GROUP BY position ORDER BY position");
    ASSERT_TRUE(st.step());
    double ctr1 = st.columnDouble(1);
    ASSERT_TRUE(st.step());
    double ctr8 = st.columnDouble(1);
    EXPECT_GT(ctr1, 2 * ctr8);
    // Every purchase has revenue; every user has the 'orders' attribute matching their purchases.
    EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM events WHERE type=3 AND (revenue IS NULL OR revenue <= 0)"), 0);
    EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM user_attributes a WHERE key='orders' AND CAST(value AS INTEGER) <> "
                              "(SELECT count(*) FROM events e WHERE e.user_id=a.user_id AND e.type=3)"),
              0);
    EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM pragma_foreign_key_check"), 0);
  }
  fs::remove(f);
  fs::remove(f + "-wal");
  fs::remove(f + "-shm");
}

TEST(DemoGenerator, CancelLeavesProjectEmpty) {
  std::string f = tempFile("cancel");
  {
    Project p = Project::create(f);
    std::atomic<bool> cancel{false};
    DemoResult r = generateDemo(p, small(1), [&](double frac) { if (frac > 0.3) cancel = true; }, &cancel);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM events"), 0);
    EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM users"), 0);
    EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM items"), 0);
    EXPECT_EQ(p.db().queryInt("PRAGMA foreign_keys"), 1);
  }
  fs::remove(f);
}

TEST(DemoGenerator, RefusesNonEmptyProjectAndBadSizes) {
  std::string f = tempFile("nonempty");
  {
    Project p = Project::create(f);
    generateDemo(p, small(3));
    EXPECT_THROW(generateDemo(p, small(3)), ProjectError);
    DemoOptions bad = small(3);
    bad.users = 0;
    EXPECT_THROW(generateDemo(p, bad), ProjectError);
  }
  fs::remove(f);
  fs::remove(f + "-wal");
  fs::remove(f + "-shm");
}

TEST(DemoGenerator, TinyCatalogueWithEmptyCategories) {
  // 3 items cannot cover 12 categories: users whose favourite categories are empty still get impressions.
  std::string f = tempFile("tiny");
  {
    Project p = Project::create(f);
    DemoOptions o = small(11);
    o.users = 200;
    o.items = 3;
    o.days = 5;
    DemoResult r = generateDemo(p, o);
    EXPECT_GT(r.events, 0);
    EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM events WHERE item_id NOT IN (SELECT id FROM items)"), 0);
  }
  fs::remove(f);
  fs::remove(f + "-wal");
  fs::remove(f + "-shm");
}

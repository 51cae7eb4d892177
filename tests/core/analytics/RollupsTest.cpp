// The rollup tables equal a direct aggregation of the events table: after a first import, after an appended one
// (incremental), and after user attributes or item categories change (full rebuild).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <tuple>
#include <vector>

#include "AnalyticsTestSupport.h"
#include "core/analytics/AnalyticsCube.h"
#include "core/analytics/Rollups.h"
#include "core/demo/DemoGenerator.h"
#include "core/import/Importer.h"
#include "core/storage/EventStore.h"

using namespace reco;
using namespace reco::testing;

namespace {

using Row = std::vector<double>;  // key columns then the five measures

std::vector<Row> rows(Database& db, const std::string& sql) {
  std::vector<Row> out;
  auto st = db.prepare(sql);
  while (st.step()) {
    Row r;
    for (int c = 0; c < st.columnCount(); ++c) r.push_back(st.columnDouble(c));
    out.push_back(std::move(r));
  }
  return out;
}

void expectSameRows(const std::vector<Row>& got, const std::vector<Row>& want, const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (std::size_t i = 0; i < got.size(); ++i) {
    ASSERT_EQ(got[i].size(), want[i].size()) << what;
    for (std::size_t c = 0; c < got[i].size(); ++c)
      ASSERT_NEAR(got[i][c], want[i][c], 1e-6 * (1 + std::abs(want[i][c]))) << what << " row " << i << " col " << c;
  }
}

const char* kDay = "(CASE WHEN e.ts >= 0 THEN e.ts / 86400 ELSE -((-e.ts + 86399) / 86400) END)";
const char* kMeasures =
    "sum(e.type = 0), sum(e.type = 1), sum(e.type = 2), sum(e.type = 3), total(CASE WHEN e.type = 3 THEN e.revenue "
    "END)";

// Every rollup table against the same figures computed straight from events.
void expectRollupsEqualDirectAggregation(Database& db, bool hasSegments = true) {
  ASSERT_TRUE(rollupsUpToDate(db));
  const std::string cat =
      "(SELECT c.id FROM rollup_category c WHERE c.name = coalesce((SELECT category FROM items WHERE id = e.item_id), "
      "''))";
  const std::string dims = std::string(kDay) + ", coalesce(e.placement_id, 0), coalesce(e.variant_id, 0), " + cat +
                           ", coalesce(e.position, 0)";
  // All users.
  expectSameRows(
      rows(db, "SELECT day, placement_id, variant_id, category_id, position, impressions, clicks, add_to_carts,"
               " purchases, revenue FROM rollup_fact WHERE segment_value_id = 0 ORDER BY 1, 2, 3, 4, 5"),
      rows(db, "SELECT " + dims + ", " + kMeasures + " FROM events e WHERE e.type BETWEEN 0 AND 3"
               " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"),
      "rollup_fact, all users");
  // Each segment attribute and value.
  auto attrs = rows(db, "SELECT DISTINCT 0 FROM rollup_segment_value");  // presence check
  ASSERT_EQ(attrs.empty(), !hasSegments);
  std::vector<std::string> attributes;
  {
    auto st = db.prepare("SELECT DISTINCT attr FROM rollup_segment_value ORDER BY attr");
    while (st.step()) attributes.push_back(st.columnText(0));
  }
  for (const auto& attr : attributes) {
    const std::string value = "(SELECT " + attributeExpr(attr) + " FROM users u WHERE u.id = e.user_id)";
    const std::string valueId =
        "(SELECT v.id FROM rollup_segment_value v WHERE v.attr = " + sqlQuote(attr) + " AND v.value = " + value + ")";
    expectSameRows(
        rows(db, "SELECT f.segment_value_id, day, placement_id, variant_id, category_id, position, impressions, clicks,"
                 " add_to_carts, purchases, revenue FROM rollup_fact f JOIN rollup_segment_value v"
                 " ON v.id = f.segment_value_id WHERE v.attr = " + sqlQuote(attr) + " ORDER BY 1, 2, 3, 4, 5, 6"),
        rows(db, "SELECT " + valueId + ", " + dims + ", " + kMeasures +
                     " FROM events e WHERE e.type BETWEEN 0 AND 3 GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6"),
        "rollup_fact, segment " + attr);
  }
  // One pair of attributes (country x device) in the segment-pair table.
  if (hasSegments) {
    const std::string a = "(SELECT v.id FROM rollup_segment_value v WHERE v.attr = 'country' AND v.value = "
                          "(SELECT coalesce(u.country, '') FROM users u WHERE u.id = e.user_id))";
    const std::string b = "(SELECT v.id FROM rollup_segment_value v WHERE v.attr = 'device' AND v.value = "
                          "(SELECT coalesce(u.device, '') FROM users u WHERE u.id = e.user_id))";
    expectSameRows(
        rows(db, "SELECT p.value_a, p.value_b, day, placement_id, variant_id, category_id, impressions, clicks,"
                 " add_to_carts, purchases, revenue FROM rollup_segment_pair p"
                 " JOIN rollup_segment_value va ON va.id = p.value_a JOIN rollup_segment_value vb ON vb.id = p.value_b"
                 " WHERE va.attr = 'country' AND vb.attr = 'device' ORDER BY 1, 2, 3, 4, 5, 6"),
        rows(db, "SELECT " + a + ", " + b + ", " + kDay + ", coalesce(e.placement_id, 0), coalesce(e.variant_id, 0), " +
                     cat + ", " + kMeasures +
                     " FROM events e WHERE e.type BETWEEN 0 AND 3 GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6"),
        "rollup_segment_pair, country x device");
  }
  // Items (stored as per-day column blobs).
  {
    std::vector<Row> got;
    for (const reco::ItemRollupRow& r : reco::readItemRollups(db))
      got.push_back({static_cast<double>(r.day), static_cast<double>(r.item), static_cast<double>(r.placement),
                     static_cast<double>(r.variant), static_cast<double>(r.impressions), static_cast<double>(r.clicks),
                     static_cast<double>(r.addToCarts), static_cast<double>(r.purchases), r.revenue});
    expectSameRows(got,
                   rows(db, std::string("SELECT ") + kDay + ", e.item_id, coalesce(e.placement_id, 0), " +
                                "coalesce(e.variant_id, 0), " + kMeasures +
                                " FROM events e WHERE e.type BETWEEN 0 AND 3 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"),
                   "item rollups");
  }
  // Items per segment value: each event counts once for each of its user's segment values.
  {
    std::vector<Row> got;
    for (const reco::ItemRollupRow& r : reco::readSegmentItemRollups(db))
      got.push_back({static_cast<double>(r.day), static_cast<double>(r.segment), static_cast<double>(r.item),
                     static_cast<double>(r.placement), static_cast<double>(r.variant),
                     static_cast<double>(r.impressions), static_cast<double>(r.clicks),
                     static_cast<double>(r.addToCarts), static_cast<double>(r.purchases), r.revenue});
    expectSameRows(got,
                   rows(db, std::string("SELECT ") + kDay + ", s.value_id, e.item_id, coalesce(e.placement_id, 0), " +
                                "coalesce(e.variant_id, 0), " + kMeasures +
                                " FROM events e JOIN rollup_user_segment s ON s.user_id = e.user_id"
                                " WHERE e.type BETWEEN 0 AND 3 GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"),
                   "segment item rollups");
    if (!hasSegments) {
      EXPECT_TRUE(got.empty());
    }
  }
  // User activity: every (user, day, placement, variant, category) with an event of any type, as bits.
  {
    std::map<std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t>, std::uint64_t> want;
    auto st = db.prepare(std::string("SELECT DISTINCT e.user_id, ") + kDay +
                         ", coalesce(e.placement_id, 0), coalesce(e.variant_id, 0), " + cat + " FROM events e");
    while (st.step()) {
      std::int64_t day = st.columnInt(1);
      want[{st.columnInt(0), blockOf(day), st.columnInt(2), st.columnInt(3), st.columnInt(4)}] |=
          std::uint64_t{1} << bitOf(day);
    }
    std::map<std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t>, std::uint64_t> got;
    for (const reco::ActivityRollupRow& r : reco::readActivityRollups(db))
      got[{r.user, r.block, r.placement, r.variant, r.category}] = r.dayMask;
    EXPECT_EQ(got, want) << "activity rollups";
  }
}

void appendEvents(Project& p, int count, std::int64_t firstTs) {
  Database& db = p.db();
  Transaction tx(db);
  auto ins = db.prepare(
      "INSERT INTO events(user_id, item_id, type, ts, position, placement_id, variant_id, revenue)"
      " VALUES (?,?,?,?,?,?,?,?)");
  std::int64_t users = db.queryInt("SELECT max(id) FROM users WHERE id < 1000");  // the demo's users
  std::int64_t items = db.queryInt("SELECT max(id) FROM items");
  for (int i = 0; i < count; ++i) {
    const int type = i % 7 == 0 ? 3 : i % 3 == 0 ? 1 : i % 5 == 0 ? 2 : i % 11 == 0 ? 4 : 0;
    ins.bind(1, 1 + i % users).bind(2, 1 + (i * 7) % items).bind(3, type).bind(4, firstTs + i * 1800);
    if (i % 4 == 0) ins.bindNull(5); else ins.bind(5, 1 + i % 6);
    if (i % 9 == 0) ins.bindNull(6); else ins.bind(6, 1 + i % 2);
    ins.bind(7, 1 + (i / 2) % 2);
    if (type == 3) ins.bind(8, 5.5 + i % 3); else ins.bindNull(8);
    ins.exec();
  }
  rebuildRollups(db);  // as the importer does, inside its transaction
  tx.commit();
}

DemoOptions smallDemo() {
  DemoOptions o;
  o.users = 120;
  o.items = 60;
  o.days = 12;
  return o;
}

}  // namespace

TEST(Rollups, EqualDirectAggregationAfterFirstAndAppendedImport) {
  const std::string path = tempProjectPath("rollups");
  Project p = Project::create(path);
  generateDemo(p, smallDemo());
  rebuildRollups(p.db());  // idempotent whether or not the generator already did it
  expectRollupsEqualDirectAggregation(p.db());
  const std::int64_t factRows = p.db().queryInt("SELECT count(*) FROM rollup_fact");
  EXPECT_GT(factRows, 0);

  // An appended import: new events continue after the last day, plus a new user with new attribute values.
  p.db().exec("INSERT INTO users(id, ext_id, country, device) VALUES (1000, 'late', 'JP', 'tv')");
  const std::int64_t lastTs = p.db().queryInt("SELECT max(ts) FROM events");
  appendEvents(p, 700, lastTs - 3 * 86400);
  p.db().exec("INSERT INTO events(user_id, item_id, type, ts, variant_id) VALUES (1000, 1, 0, " +
              std::to_string(lastTs) + ", 2)");
  EXPECT_FALSE(rollupsUpToDate(p.db()));
  rebuildRollups(p.db());
  expectRollupsEqualDirectAggregation(p.db());

  // Rebuilding again changes nothing.
  rebuildRollups(p.db());
  expectRollupsEqualDirectAggregation(p.db());
  std::filesystem::remove(path);
}

TEST(Rollups, FullRebuildWhenSegmentsOrCategoriesChange) {
  const std::string path = tempProjectPath("rollups_change");
  Project p = Project::create(path);
  generateDemo(p, smallDemo());
  rebuildRollups(p.db());
  // A user moves country and an item changes category: rolled-up rows for them are now wrong unless rebuilt.
  p.db().exec("UPDATE users SET country = 'NL' WHERE id = (SELECT user_id FROM events LIMIT 1)");
  p.db().exec("UPDATE items SET category = 'Garden' WHERE id = (SELECT item_id FROM events LIMIT 1)");
  p.db().exec("UPDATE user_attributes SET value = 'gold' WHERE key = 'loyalty_tier' AND user_id = 2");
  rebuildRollups(p.db());
  expectRollupsEqualDirectAggregation(p.db());
  // Forced rebuild.
  invalidateRollups(p.db());
  EXPECT_FALSE(rollupsUpToDate(p.db()));
  rebuildRollups(p.db());
  expectRollupsEqualDirectAggregation(p.db());
  std::filesystem::remove(path);
}

TEST(Rollups, EmptyProjectAndCubeRefusesStaleRollups) {
  const std::string path = tempProjectPath("rollups_empty");
  Project p = Project::create(path);
  rebuildRollups(p.db());
  EXPECT_TRUE(rollupsUpToDate(p.db()));
  AnalyticsCube empty = AnalyticsCube::load(p.db());
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty.total({}).impressions, 0);
  buildKnownCountsFixture(p);
  EXPECT_FALSE(rollupsUpToDate(p.db()));
  EXPECT_THROW(AnalyticsCube::load(p.db()), std::runtime_error);
  std::filesystem::remove(path);
}

// A damaged 'rollup.last_event_id' (found by fuzz_project_open: std::stoll's out_of_range ended the process) is an
// error naming the project and the key, from every reader of it.
TEST(Rollups, DamagedLastEventIdIsAnErrorNamingTheProject) {
  const std::string path = tempProjectPath("rollups_damaged_meta");
  Project p = Project::create(path);
  buildKnownCountsFixture(p);
  rebuildRollups(p.db());
  EXPECT_GT(rollupsLastEventId(p.db()), 0);
  for (const char* damaged : {"123456789012345678901234567890", "12x", "", "-"}) {
    auto st = p.db().prepare("UPDATE meta SET value=? WHERE key='rollup.last_event_id'");
    st.bind(1, std::string(damaged)).exec();
    for (const auto& read : std::vector<std::function<void()>>{[&] { (void)rollupsUpToDate(p.db()); },
                                                                [&] { (void)AnalyticsCube::load(p.db()); }}) {
      try {
        read();
        ADD_FAILURE() << "no error for '" << damaged << "'";
      } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("rollup.last_event_id' is damaged"), std::string::npos) << e.what();
      }
    }
  }
  std::filesystem::remove(path);
}

namespace {

// An event log as an import would see it: sessions of impressions with clicks, carts and purchases.
std::string writeEventLog(const std::string& name, int rows, int firstUser, bool withCategory, int seed) {
  const std::string path = tempProjectPath(name) + ".csv";
  std::ofstream out(path);
  out << "user,item,type,timestamp,position,placement,variant,revenue" << (withCategory ? ",category" : "") << "\n";
  std::uint64_t x = static_cast<std::uint64_t>(seed) * 2654435761u + 1;
  auto next = [&] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  int user = firstUser, position = 0;
  static const char* kTypes[] = {"impression", "impression", "impression", "click", "add_to_cart", "purchase"};
  for (int i = 0; i < rows; ++i) {
    if (position == 0 || position == 8) {
      user = firstUser + static_cast<int>(next() % 3000);
      position = 0;
    }
    const char* type = kTypes[next() % 6];
    if (type[0] == 'i') ++position;
    const int item = 1 + static_cast<int>(next() % 400);
    out << 'u' << user << ",i" << item << ',' << type << ',' << 1700000000 + i * 20 << ','
        << std::max(position, 1) << ',' << (next() % 3 == 0 ? "home" : "cart") << ',' << (user % 2 ? "A" : "B")
        << ',';
    if (type[0] == 'p') out << 10 + static_cast<int>(next() % 90) << ".25";
    if (withCategory) out << ",cat" << item % 5;
    out << '\n';
  }
  return path;
}

}  // namespace

TEST(Rollups, ImportsAggregateWhileWritingAndEqualDirectAggregation) {
  const std::string path = tempProjectPath("rollups_import");
  Project p = Project::create(path);
  // Several event blocks, new users and items, no segment attributes: the rollups are streamed.
  const std::string first = writeEventLog("log1", 150000, 1, false, 1);
  ImportResult r = importFiles(p, {first}, {});
  ASSERT_TRUE(r.committed) << r.error;
  expectRollupsEqualDirectAggregation(p.db(), false);
  // Appended: known and new users, continuing the last block.
  const std::string second = writeEventLog("log2", 20000, 2500, false, 2);
  r = importFiles(p, {second}, {});
  ASSERT_TRUE(r.committed) << r.error;
  expectRollupsEqualDirectAggregation(p.db(), false);
  // New items with categories of their own (the streamed figures cannot know them): equal all the same.
  const std::string third = writeEventLog("log3", 5000, 100, true, 3);
  r = importFiles(p, {third}, {});
  ASSERT_TRUE(r.committed) << r.error;
  expectRollupsEqualDirectAggregation(p.db(), false);
  for (const auto& f : {first, second, third}) std::filesystem::remove(f);
  std::filesystem::remove(path);

  // Into a project whose users have segment attributes, with new users arriving: equal as well.
  const std::string demoPath = tempProjectPath("rollups_import_demo");
  Project d = Project::create(demoPath);
  generateDemo(d, smallDemo());
  const std::string fourth = writeEventLog("log4", 3000, 1, false, 4);
  r = importFiles(d, {fourth}, {});
  ASSERT_TRUE(r.committed) << r.error;
  expectRollupsEqualDirectAggregation(d.db());
  std::filesystem::remove(fourth);
  std::filesystem::remove(demoPath);
}

TEST(Rollups, StreamedRollupsOverTheirMemoryBudgetFallBackToARebuild) {
  const std::string path = tempProjectPath("rollups_budget");
  Project p = Project::create(path);
  const std::string log = writeEventLog("log5", 70000, 1, false, 5);
  ASSERT_TRUE(importFiles(p, {log}, {}).committed);
  // More events written the way the importer does, with a budget of one byte: the streamed figures are dropped.
  {
    Transaction tx(p.db());
    StreamingRollups streaming(p.db(), 1);
    EventWriter writer(p.db());
    writer.setBlockSink(
        [](void* self, const EventBlock& block, std::uint32_t from) {
          static_cast<StreamingRollups*>(self)->add(block, from);
        },
        &streaming);
    for (int i = 0; i < 70000; ++i) {
      EventRow e;
      e.user = 1 + i % 500;
      e.item = 1 + i % 300;
      e.type = i % 4;
      e.ts = 1700100000 + i;
      e.placement = 1 + i % 2;
      if (e.type == 3) e.revenue = 3.5;
      writer.append(e);
    }
    writer.finish();
    streaming.finish(p.db());
    tx.commit();
  }
  expectRollupsEqualDirectAggregation(p.db(), false);
  std::filesystem::remove(log);
  std::filesystem::remove(path);
}

// The group-wise readers (what `check` uses to hold one day or user chunk at a time) give exactly the whole-table
// readers' entries, group after group, and nothing for a group that is not stored.
TEST(Rollups, ReadingOneGroupAtATimeGivesTheWholeTable) {
  const std::string path = tempProjectPath("rollups_groups");
  Project p = Project::create(path);
  generateDemo(p, smallDemo());
  Database& db = p.db();
  auto itemKey = [](const ItemRollupRow& r) {
    return std::tuple(r.day, r.item, r.placement, r.variant, r.impressions, r.clicks, r.addToCarts, r.purchases,
                      r.revenue, r.segment);
  };
  auto activityKey = [](const ActivityRollupRow& r) {
    return std::tuple(r.user, r.block, r.placement, r.variant, r.category, r.dayMask);
  };
  auto expectGroupsGiveWhole = [&](RollupBlobTable table, const auto& whole, const auto& readGroup, const auto& key,
                                   const char* what) {
    const std::vector<std::int64_t> groups = rollupGroups(db, table);
    ASSERT_FALSE(groups.empty()) << what;
    EXPECT_TRUE(std::is_sorted(groups.begin(), groups.end())) << what;
    std::size_t at = 0;
    for (const std::int64_t g : groups) {
      const auto part = readGroup(g);
      ASSERT_FALSE(part.empty()) << what << " group " << g;
      for (const auto& r : part) {
        ASSERT_LT(at, whole.size()) << what;
        ASSERT_EQ(key(r), key(whole[at])) << what << " entry " << at << " (group " << g << ")";
        ++at;
      }
    }
    EXPECT_EQ(at, whole.size()) << what;
    EXPECT_TRUE(readGroup(groups.back() + 1000).empty()) << what;
  };
  expectGroupsGiveWhole(RollupBlobTable::ItemDays, readItemRollups(db),
                        [&](std::int64_t g) { return readItemRollups(db, g); }, itemKey, "items");
  expectGroupsGiveWhole(RollupBlobTable::SegmentItemDays, readSegmentItemRollups(db),
                        [&](std::int64_t g) { return readSegmentItemRollups(db, g); }, itemKey, "segment items");
  expectGroupsGiveWhole(RollupBlobTable::ActivityChunks, readActivityRollups(db),
                        [&](std::int64_t g) { return readActivityRollups(db, g); }, activityKey, "activity");
  std::filesystem::remove(path);
}

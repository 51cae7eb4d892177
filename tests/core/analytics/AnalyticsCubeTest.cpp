// Queries over the rollups: figures on a fixture with known counts, every filter combination against a direct
// aggregation of events, breakdowns that add up, active users, and a full dashboard refresh.
#include <gtest/gtest.h>

#include <cmath>

#include "AnalyticsTestSupport.h"
#include "core/analytics/AnalyticsCube.h"
#include "core/analytics/Dashboard.h"
#include "core/analytics/Rollups.h"
#include "core/demo/DemoGenerator.h"

using namespace reco;
using namespace reco::testing;

namespace {

class KnownCounts : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = tempProjectPath("known");
    project_.emplace(Project::create(path_));
    buildKnownCountsFixture(*project_);
    rebuildRollups(project_->db());
    cube_ = AnalyticsCube::load(project_->db());
  }
  void TearDown() override {
    project_.reset();
    std::filesystem::remove(path_);
  }
  const Group& find(const std::vector<Group>& groups, const std::string& key) {
    for (const Group& g : groups)
      if (g.key == key) return g;
    ADD_FAILURE() << "no group " << key;
    static Group none;
    return none;
  }
  std::string path_;
  std::optional<Project> project_;
  AnalyticsCube cube_;
};

}  // namespace

TEST_F(KnownCounts, TotalsAndRatios) {
  Measures m = cube_.total({});
  EXPECT_EQ(m.impressions, 2000);
  EXPECT_EQ(m.clicks, 230);
  EXPECT_EQ(m.addToCarts, 60);
  EXPECT_EQ(m.purchases, 30);
  EXPECT_DOUBLE_EQ(m.revenue, 10 * 10.0 + 20 * 15.0);
  EXPECT_DOUBLE_EQ(m.ctr(), 230.0 / 2000.0);
  EXPECT_DOUBLE_EQ(m.conversionPerClick(), 30.0 / 230.0);
  EXPECT_DOUBLE_EQ(m.conversionPerImpression(), 30.0 / 2000.0);
  EXPECT_DOUBLE_EQ(m.rpm(), 400.0 / 2000.0 * 1000.0);
  EXPECT_DOUBLE_EQ(m.aov(), 400.0 / 30.0);
  EXPECT_TRUE(std::isnan(Measures{}.ctr()));
  EXPECT_EQ(cube_.activeUsers({}), 4);  // user 4 counts through both its impressions and its rating
  EXPECT_EQ(*cube_.firstDay(), kFixtureDay0);
  EXPECT_EQ(*cube_.lastDay(), kFixtureDay0 + 9);
}

TEST_F(KnownCounts, BreakdownsAddUp) {
  auto variants = cube_.breakdown({}, Dimension::Variant);
  ASSERT_EQ(variants.size(), 2u);
  EXPECT_EQ(find(variants, "A").m.impressions, 1000);
  EXPECT_EQ(find(variants, "A").m.clicks, 100);
  EXPECT_EQ(find(variants, "B").m.clicks, 130);
  EXPECT_DOUBLE_EQ(find(variants, "B").m.revenue, 300.0);

  auto placements = cube_.breakdown({}, Dimension::Placement);
  EXPECT_EQ(find(placements, "home").m.impressions, 1200);
  EXPECT_EQ(find(placements, "pdp").m.impressions, 800);

  // Position 1: home i = 0,4,...,56 (15 a day) + pdp i = 60,62,...,98 (20 a day), per variant per day.
  auto positions = cube_.breakdown({}, Dimension::Position);
  ASSERT_EQ(positions.size(), 4u);
  EXPECT_EQ(positions[0].id, 1);
  EXPECT_EQ(positions[0].m.impressions, 2 * 10 * (15 + 20));
  // Clicks are the first 10 (A) or 13 (B) impressions of each day: home positions 1..4 cycling.
  EXPECT_EQ(positions[0].m.clicks, 10 * (3 + 4));

  auto categories = cube_.breakdown({}, Dimension::Category);
  EXPECT_EQ(find(categories, "Books").m.impressions + find(categories, "Toys").m.impressions, 2000);

  auto country = cube_.breakdown({}, Dimension::Segment, "country");
  EXPECT_EQ(find(country, "DE").m.impressions, 1000);
  EXPECT_EQ(find(country, "FR").m.impressions + find(country, "US").m.impressions, 1000);
  auto device = cube_.breakdown({}, Dimension::Segment, "device");
  EXPECT_EQ(find(device, "").label, "(not set)");
  EXPECT_EQ(find(device, "").m.impressions, 500);  // user 4

  auto days = cube_.breakdown({}, Dimension::Day);
  ASSERT_EQ(days.size(), 10u);
  EXPECT_EQ(days[0].key, "2024-01-01");
  EXPECT_EQ(days[0].m.impressions, 200);
  EXPECT_EQ(days[0].activeUsers, 4);
  auto weeks = cube_.breakdown({}, Dimension::Week);  // 2024-01-01 is a Monday: weeks of 7 and 3 days
  ASSERT_EQ(weeks.size(), 2u);
  EXPECT_EQ(weeks[0].m.impressions, 1400);
  EXPECT_EQ(weeks[1].key, "2024-01-08");
  auto months = cube_.breakdown({}, Dimension::Month);
  ASSERT_EQ(months.size(), 1u);
  EXPECT_EQ(months[0].label, "2024-01");

  auto items = cube_.breakdown({}, Dimension::Item);
  sortAndTruncate(items, ItemSort::Impressions, 2);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_GE(items[0].m.impressions, items[1].m.impressions);
  EXPECT_EQ(items[0].category, "Books");
}

TEST_F(KnownCounts, FiltersCombine) {
  AnalyticsFilter f;
  f.variant = "B";
  f.placement = "home";
  f.fromDay = kFixtureDay0 + 2;
  f.toDay = kFixtureDay0 + 4;
  Measures m = cube_.total(f);
  EXPECT_EQ(m.impressions, 3 * 60);
  EXPECT_EQ(m.clicks, 3 * 13);
  f.segment = SegmentCondition{"device", "mobile"};  // user 3 only (even i)
  EXPECT_EQ(cube_.total(f).impressions, 3 * 30);
  EXPECT_EQ(cube_.activeUsers(f), 1);
  f.category = "Toys";  // i % 3 == 2 among even i < 60: i = 2, 8, ..., 56 -> 10 a day
  EXPECT_EQ(cube_.total(f).impressions, 3 * 10);
  expectSameMeasures(cube_.total(f), directTotal(project_->db(), f), "variant+placement+dates+segment+category");
  f.variant = "A";  // mobile user 1 is in A, placement home, Toys
  expectSameMeasures(cube_.total(f), directTotal(project_->db(), f), "switched variant");
  f.segment = SegmentCondition{"tier", "gold"};
  expectSameMeasures(cube_.total(f), directTotal(project_->db(), f), "free attribute");
  f.category = "Garden";  // unknown: nothing
  EXPECT_EQ(cube_.total(f).impressions, 0);
  EXPECT_THROW(cube_.validate(f), std::invalid_argument);
}

TEST_F(KnownCounts, DashboardRefresh) {
  DashboardRequest req;
  req.filter.fromDay = kFixtureDay0 + 5;
  req.filter.toDay = kFixtureDay0 + 9;
  DashboardData d = computeDashboard(cube_, req);
  EXPECT_TRUE(d.kpis.hasPrevious);
  EXPECT_EQ(d.kpis.previousFrom, kFixtureDay0);
  EXPECT_EQ(d.kpis.previousTo, kFixtureDay0 + 4);
  EXPECT_EQ(d.kpis.current.impressions, 1000);
  EXPECT_EQ(d.kpis.previous.impressions, 1000);
  EXPECT_DOUBLE_EQ(relativeChange(d.kpis.current.ctr(), d.kpis.previous.ctr()), 0.0);
  EXPECT_EQ(d.kpis.activeUsers, 4);
  ASSERT_EQ(d.ab.arms.size(), 2u);
  EXPECT_EQ(d.ab.arms[0].name, "A");
  EXPECT_EQ(d.ab.arms[1].successes, 65);
  EXPECT_EQ(d.ab.arms[1].trials, 500);
  ASSERT_EQ(d.funnel.size(), 3u);
  EXPECT_EQ(d.funnel[0].m.purchases, 15);
  EXPECT_EQ(d.funnel[2].name, "B");
  EXPECT_EQ(d.funnel[2].m.addToCarts, 20);
  EXPECT_EQ(d.segmentAttribute, "country");
  EXPECT_FALSE(d.topItems.empty());
  EXPECT_EQ(d.filterDescription, "2024-01-06 to 2024-01-10");

  // The whole period: no previous data, conversion A/B.
  DashboardRequest all;
  all.abMetric = AbMetric::Conversion;
  DashboardData a = computeDashboard(cube_, all);
  EXPECT_FALSE(a.kpis.hasPrevious);
  EXPECT_EQ(a.ab.metric, "conversion");
  EXPECT_EQ(a.ab.arms[0].successes, 10);
  EXPECT_EQ(a.ab.arms[0].trials, 100);
  // With a segment filter, the top items are those of the segment's users: they add up to the segment's totals.
  all.filter.segment = SegmentCondition{"country", "DE"};
  all.topItems = 100000;
  DashboardData s = computeDashboard(cube_, all);
  EXPECT_EQ(s.kpis.current.impressions, 1000);
  ASSERT_FALSE(s.topItems.empty());
  std::int64_t impressions = 0, clicks = 0;
  for (const Group& g : s.topItems) {
    impressions += g.m.impressions;
    clicks += g.m.clicks;
  }
  EXPECT_EQ(impressions, s.kpis.current.impressions);
  EXPECT_EQ(clicks, s.kpis.current.clicks);
}

// AnalyticsCube::open: the one way the CLI and the dashboard open a cube.
TEST(AnalyticsCubeOpen, UpdatesStaleRollupsOnlyWhenAllowed) {
  const std::string path = tempProjectPath("open");
  {
    Project p = Project::create(path);
    buildKnownCountsFixture(p);  // events without rollups
  }
  EXPECT_THROW(AnalyticsCube::open(path, RollupUpdate::Forbidden), std::runtime_error);
  {
    Project p = Project::openReadOnly(path);
    EXPECT_FALSE(rollupsUpToDate(p.db()));  // refusing to update wrote nothing
  }
  int updates = 0;
  AnalyticsCube cube = AnalyticsCube::open(path, RollupUpdate::Allowed, [&] { ++updates; });
  EXPECT_EQ(updates, 1);
  EXPECT_EQ(cube.total({}).impressions, 2000);
  // Up to date now: opened read-only, with or without permission to write, and no update announced.
  AnalyticsCube again = AnalyticsCube::open(path, RollupUpdate::Allowed, [&] { ++updates; });
  EXPECT_EQ(updates, 1);
  EXPECT_EQ(again.total({}), cube.total({}));
  EXPECT_EQ(AnalyticsCube::open(path, RollupUpdate::Forbidden).total({}), cube.total({}));
  EXPECT_THROW(AnalyticsCube::open(path + ".missing", RollupUpdate::Allowed), ProjectError);
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
}

TEST(AnalyticsFilter, ParsesConditionsAndDates) {
  AnalyticsFilter f;
  f.applyCondition("country=DE");
  f.applyCondition("category=Books");
  f.applyCondition("variant=B");
  f.applyCondition("placement=home");
  EXPECT_EQ(f.segment->attribute, "country");
  EXPECT_THROW(f.applyCondition("device=mobile"), std::invalid_argument);
  EXPECT_THROW(f.applyCondition("novalue"), std::invalid_argument);
  EXPECT_THROW(f.applyCondition("=x"), std::invalid_argument);
  f.applyCondition("segment.country=FR");
  EXPECT_EQ(f.segment->value, "FR");
  EXPECT_EQ(parseDay("2024-01-01"), kFixtureDay0);
  EXPECT_EQ(formatDay(kFixtureDay0 + 59), "2024-02-29");
  EXPECT_THROW(parseDay("2024-02-30"), std::invalid_argument);
  EXPECT_THROW(parseDay("24-1-1"), std::invalid_argument);
  EXPECT_EQ(weekStart(kFixtureDay0 + 6), kFixtureDay0);
  EXPECT_EQ(monthStart(kFixtureDay0 + 40), kFixtureDay0 + 31);
  EXPECT_EQ(dayOf(-1), -1);
  EXPECT_EQ(blockOf(-1), -1);
  EXPECT_EQ(bitOf(-1), 63);
  f.fromDay = kFixtureDay0;
  f.toDay = kFixtureDay0 + 30;
  EXPECT_EQ(f.describe(), "2024-01-01 to 2024-01-31, country = FR, category = Books, placement = home, variant = B");
}

// Every combination of filters on the demo dataset equals a direct aggregation of events.
TEST(AnalyticsCube, EveryFilterCombinationMatchesDirectAggregation) {
  const std::string path = tempProjectPath("combos");
  Project p = Project::create(path);
  DemoOptions o;
  o.users = 150;
  o.items = 60;
  o.days = 21;
  generateDemo(p, o);
  rebuildRollups(p.db());
  AnalyticsCube cube = AnalyticsCube::load(p.db());
  const std::int64_t first = *cube.firstDay();
  ASSERT_FALSE(cube.categories().empty());
  const std::string category = cube.categories().front();
  int checked = 0;
  for (int mask = 0; mask < 32; ++mask) {
    AnalyticsFilter f;
    if (mask & 1) {
      f.fromDay = first + 3;
      f.toDay = first + 12;
    }
    if (mask & 2) f.segment = SegmentCondition{"device", "mobile"};
    if (mask & 4) f.category = category;
    if (mask & 8) f.placement = "product_page";
    if (mask & 16) f.variant = "B";
    cube.validate(f);
    const std::string what = "filter: " + f.describe();
    expectSameMeasures(cube.total(f), directTotal(p.db(), f), what);
    EXPECT_EQ(cube.activeUsers(f), directActiveUsers(p.db(), f)) << what;
    // The segment breakdown under the filter (segment pairs when the filter has a segment).
    for (const Group& g : cube.breakdown(f, Dimension::Segment, "country")) {
      AnalyticsFilter byCountry = f;
      if (f.segment) {
        // Direct check of the pair: device = mobile AND country = value.
        Measures want;
        const std::string sql =
            "SELECT sum(e.type=0), sum(e.type=1), sum(e.type=2), sum(e.type=3), total(CASE WHEN e.type=3 THEN "
            "e.revenue END) FROM events e JOIN users u ON u.id = e.user_id JOIN items i ON i.id = e.item_id WHERE " +
            directWhere(f) + " AND coalesce(u.country, '') = " + sqlQuote(g.key);
        auto st = p.db().prepare(sql);
        ASSERT_TRUE(st.step());
        want.impressions = st.columnInt(0);
        want.clicks = st.columnInt(1);
        want.addToCarts = st.columnInt(2);
        want.purchases = st.columnInt(3);
        want.revenue = st.columnDouble(4);
        expectSameMeasures(g.m, want, what + ", country " + g.key);
      } else {
        byCountry.segment = SegmentCondition{"country", g.key};
        expectSameMeasures(g.m, directTotal(p.db(), byCountry), what + ", country " + g.key);
      }
    }
    // Time series and active users per week.
    Measures sum;
    for (const Group& g : cube.breakdown(f, Dimension::Week)) {
      sum += g.m;
      AnalyticsFilter week = f;
      week.fromDay = std::max(g.id, f.fromDay.value_or(g.id));
      week.toDay = std::min(g.id + 6, f.toDay.value_or(g.id + 6));
      EXPECT_EQ(g.activeUsers, directActiveUsers(p.db(), week)) << what << ", week " << g.key;
    }
    expectSameMeasures(sum, cube.total(f), what + ", weekly series sums to the total");
    ++checked;
  }
  EXPECT_EQ(checked, 32);
  std::filesystem::remove(path);
}

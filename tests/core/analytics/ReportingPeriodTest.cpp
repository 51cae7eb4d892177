// The dashboard's default period and the partial last day: the rule on hand-made day counts, and computeDashboard on
// a demo project whose log stops 20 minutes into a new day (the partial day is left out of every period comparison).
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>

#include "AnalyticsTestSupport.h"
#include "core/analytics/AnalyticsCube.h"
#include "core/analytics/Dashboard.h"
#include "core/analytics/ReportingPeriod.h"
#include "core/analytics/Rollups.h"
#include "core/demo/DemoGenerator.h"

using namespace reco;
using namespace reco::testing;

namespace {
constexpr std::int64_t kDay = 100;  // an arbitrary day number
std::int64_t at(std::int64_t day, int hour, int minute) { return day * 86400 + hour * 3600 + minute * 60; }
}  // namespace

TEST(PartialLastDay, AnEarlyStopWithFewEventsIsPartial) {
  // The median of the 7 days before is 1,000: 20 events by 00:20 is under half of it.
  const std::vector<std::int64_t> days = {1200, 900, 1000, 1100, 800, 1000, 1000, 20};
  EXPECT_TRUE(isPartialLastDay(at(kDay, 0, 20), days));
  // Up to 499 events (under half the median) still partial; 500 is not.
  std::vector<std::int64_t> edge = days;
  edge.back() = 499;
  EXPECT_TRUE(isPartialLastDay(at(kDay, 14, 0), edge));
  edge.back() = 500;
  EXPECT_FALSE(isPartialLastDay(at(kDay, 14, 0), edge));
}

TEST(PartialLastDay, ADayThatRunsIntoItsLastHourOrLooksNormalIsComplete) {
  const std::vector<std::int64_t> few = {1000, 1000, 1000, 10};
  EXPECT_FALSE(isPartialLastDay(at(kDay, 23, 0), few));   // events into the last hour: complete, however few
  EXPECT_TRUE(isPartialLastDay(at(kDay, 22, 59), few));
  // A sparse log whose every day ends at 01:00 with the usual count: complete.
  EXPECT_FALSE(isPartialLastDay(at(kDay, 1, 0), {100, 100, 100, 100}));
  // One day of data: nothing to judge it by.
  EXPECT_FALSE(isPartialLastDay(at(kDay, 0, 5), {3}));
  // The median of an even number of days (4 before: 100, 200, 300, 400 -> 250): 124 is under half, 125 is not.
  EXPECT_TRUE(isPartialLastDay(at(kDay, 3, 0), {400, 100, 300, 200, 124}));
  EXPECT_FALSE(isPartialLastDay(at(kDay, 3, 0), {400, 100, 300, 200, 125}));
}

TEST(DefaultReportingPeriod, LastFourCompleteWeeksAgainstTheFourBefore) {
  ReportingPeriod p = defaultReportingPeriod(1000, 1089);  // 90 complete days
  EXPECT_EQ(p.toDay, 1089);
  EXPECT_EQ(p.fromDay, 1062);  // 28 days
  ASSERT_TRUE(p.hasPrevious);
  EXPECT_EQ(p.previousTo, 1061);
  EXPECT_EQ(p.previousFrom, 1034);
  // Exactly 8 weeks: the comparison starts on the first day.
  p = defaultReportingPeriod(1000, 1055);
  EXPECT_EQ(p.previousFrom, 1000);
  EXPECT_EQ(p.fromDay, 1028);
}

TEST(DefaultReportingPeriod, ShorterDataComparesShorterWholeWeeks) {
  ReportingPeriod p = defaultReportingPeriod(1000, 1029);  // 30 days: 2 weeks against 2 weeks
  EXPECT_EQ(p.fromDay, 1016);
  EXPECT_EQ(p.toDay, 1029);
  ASSERT_TRUE(p.hasPrevious);
  EXPECT_EQ(p.previousFrom, 1002);
  EXPECT_EQ(p.previousTo, 1015);
  p = defaultReportingPeriod(1000, 1012);  // 13 days: all of them, nothing to compare with
  EXPECT_EQ(p.fromDay, 1000);
  EXPECT_EQ(p.toDay, 1012);
  EXPECT_FALSE(p.hasPrevious);
}

namespace {

// A 60-day demo log, then a handful of events 20 minutes into the next day: the export stopped there.
class DemoWithPartialDay : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = tempProjectPath("partial_day");
    project_.emplace(Project::create(path_));
    DemoOptions o;
    o.users = 200;
    o.items = 80;
    o.days = 60;
    generateDemo(*project_, o);
    Database& db = project_->db();
    const std::int64_t partial = dayOf(o.startTimestamp) + o.days;
    Statement users = db.prepare("SELECT MIN(id) FROM users");
    users.step();
    Statement items = db.prepare("SELECT MIN(id) FROM items");
    items.step();
    const std::string user = std::to_string(users.columnInt(0)), item = std::to_string(items.columnInt(0));
    for (int minute = 0; minute < 20; minute += 5)
      db.exec("INSERT INTO events(user_id, item_id, type, ts, position, placement_id, variant_id) SELECT " + user +
              ", " + item + ", 0, " + std::to_string(at(partial, 0, minute)) + ", 1, MIN(p.id), MIN(v.id)" +
              " FROM placements p, variants v");
    rebuildRollups(db);
    cube_ = AnalyticsCube::load(db);
    partial_ = partial;
  }
  void TearDown() override {
    project_.reset();
    std::filesystem::remove(path_);
  }
  Measures total(std::int64_t from, std::int64_t to) const {
    AnalyticsFilter f;
    f.fromDay = from;
    f.toDay = to;
    return cube_.total(f);
  }
  std::string path_;
  std::optional<Project> project_;
  AnalyticsCube cube_;
  std::int64_t partial_ = 0;
};

}  // namespace

TEST_F(DemoWithPartialDay, TheLastDayIsPartialAndTheDefaultPeriodEndsTheDayBefore) {
  ASSERT_EQ(cube_.lastDay(), partial_);
  EXPECT_EQ(partialLastDay(cube_), partial_);
  DashboardRequest req;
  req.defaultPeriod = true;
  const DashboardData d = computeDashboard(cube_, req);
  EXPECT_TRUE(d.defaultPeriodApplied);
  EXPECT_EQ(d.partialDay, partial_);
  EXPECT_EQ(d.filter.fromDay, partial_ - 28);
  EXPECT_EQ(d.filter.toDay, partial_ - 1);
  EXPECT_EQ(d.kpis.fromDay, partial_ - 28);
  EXPECT_EQ(d.kpis.toDay, partial_ - 1);
  ASSERT_TRUE(d.kpis.hasPrevious);
  EXPECT_EQ(d.kpis.previousFrom, partial_ - 56);
  EXPECT_EQ(d.kpis.previousTo, partial_ - 29);
  EXPECT_EQ(d.kpis.current, total(partial_ - 28, partial_ - 1));
  EXPECT_EQ(d.kpis.previous, total(partial_ - 56, partial_ - 29));
  EXPECT_GT(d.kpis.previous.impressions, 0);
  // The series covers the period only: the partial day is not in it.
  ASSERT_FALSE(d.series.empty());
  EXPECT_EQ(d.series.back().id, partial_ - 1);
  // A filter with dates of its own is kept.
  req.filter.fromDay = partial_ - 5;
  req.filter.toDay = partial_ - 3;
  EXPECT_FALSE(computeDashboard(cube_, req).defaultPeriodApplied);
}

TEST_F(DemoWithPartialDay, ThePartialDayIsLeftOutOfPeriodComparisons) {
  DashboardRequest req;
  req.filter.fromDay = partial_ - 9;
  req.filter.toDay = partial_;
  const DashboardData d = computeDashboard(cube_, req);
  EXPECT_TRUE(d.kpis.partialDayLeftOut);
  EXPECT_EQ(d.kpis.toDay, partial_ - 1);
  ASSERT_TRUE(d.kpis.hasPrevious);
  // Nine complete days against the nine before.
  EXPECT_EQ(d.kpis.previousTo, partial_ - 10);
  EXPECT_EQ(d.kpis.previousFrom, partial_ - 18);
  EXPECT_EQ(d.kpis.current, total(partial_ - 9, partial_ - 1));
  EXPECT_EQ(d.kpis.previous, total(partial_ - 18, partial_ - 10));
  // The chart still shows the partial day (drawn apart by the dashboard).
  ASSERT_FALSE(d.series.empty());
  EXPECT_EQ(d.series.back().id, partial_);

  // The partial day alone: nothing complete to compare it with.
  req.filter.fromDay = partial_;
  const DashboardData alone = computeDashboard(cube_, req);
  EXPECT_FALSE(alone.kpis.hasPrevious);
  EXPECT_FALSE(alone.kpis.partialDayLeftOut);

  // All data has no comparison: its total keeps every event (the CLI's `report` total).
  const DashboardData all = computeDashboard(cube_, DashboardRequest{});
  EXPECT_FALSE(all.kpis.hasPrevious);
  EXPECT_EQ(all.kpis.current, cube_.total({}));
}

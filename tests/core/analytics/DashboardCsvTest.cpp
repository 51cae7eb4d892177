// The dashboard's chart CSV (breakdown groups, time series, funnel, A/B) pinned byte for byte on a small sample:
// quoting of commas, quotes and line feeds, missing ratios as empty cells, 12 significant digits with ties away from
// zero and exponent form, negative values, non-ASCII text, LF line ends. The expected text is what the dashboard's
// chart panels saved before the format moved to core.
#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

#include "core/analytics/DashboardCsv.h"

namespace reco {
namespace {

Group group(std::string key, std::string label, Measures m, std::int64_t activeUsers = -1) {
  Group g;
  g.key = std::move(key);
  g.label = std::move(label);
  g.m = m;
  g.activeUsers = activeUsers;
  return g;
}

std::vector<Group> sampleGroups() {
  return {group("2024-01-29", "2024-W05 (Jan 29)", {3000, 1000, 20, 3, 1234.5}, 17),
          group("a,b", "say \"hi\"", {7, 2, 0, 0, -2.5}, 0),
          group("line\nbreak", "", {0, 0, 0, 0, 0}),
          group("Küche", "Éß 😀", {3, 1, 1, 1, 1000.0000000005}),
          group("big", "tiny", {1, 1, 0, 1, 1e15}),
          group("small", "e-form", {300000, 1, 0, 1, 1e-7})};
}

TEST(DashboardCsv, GroupsArePinned) {
  const std::string expected =
      "category,label,impressions,clicks,ctr,add_to_carts,purchases,conversion_rate,revenue\n"
      "2024-01-29,2024-W05 (Jan 29),3000,1000,0.333333333333,20,3,0.003,1234.5\n"
      "\"a,b\",\"say \"\"hi\"\"\",7,2,0.285714285714,0,0,0,-2.5\n"
      "\"line\nbreak\",,0,0,,0,0,,0\n"
      "Küche,Éß 😀,3,1,0.333333333333,1,1,1,1000\n"
      "big,tiny,1,1,1,0,1,1,1e+15\n"
      "small,e-form,300000,1,3.33333333333e-06,0,1,1,1e-07\n";
  EXPECT_EQ(writeGroupsCsv(sampleGroups(), "category", false), expected);
}

TEST(DashboardCsv, TimeSeriesWithActiveUsersAndAQuotedKeyHeaderArePinned) {
  const std::vector<Group> all = sampleGroups();
  const std::vector<Group> groups(all.begin(), all.begin() + 3);
  const std::string expected =
      "\"age, band\",label,impressions,clicks,ctr,add_to_carts,purchases,conversion_rate,revenue,active_users\n"
      "2024-01-29,2024-W05 (Jan 29),3000,1000,0.333333333333,20,3,0.003,1234.5,17\n"
      "\"a,b\",\"say \"\"hi\"\"\",7,2,0.285714285714,0,0,0,-2.5,0\n"
      "\"line\nbreak\",,0,0,,0,0,,0,-1\n";
  EXPECT_EQ(writeGroupsCsv(groups, "age, band", true), expected);
  EXPECT_EQ(writeGroupsCsv({}, "item", false),
            "item,label,impressions,clicks,ctr,add_to_carts,purchases,conversion_rate,revenue\n");
}

TEST(DashboardCsv, FunnelIsPinned) {
  const std::vector<FunnelFigures> funnel = {{"All", {1000, 100, 10, 5, 50.5}}, {"B \"new\", ü", {0, 0, 0, 0, 0}}};
  EXPECT_EQ(writeFunnelCsv(funnel),
            "group,impressions,clicks,add_to_carts,purchases\n"
            "All,1000,100,10,5\n"
            "\"B \"\"new\"\", ü\",0,0,0,0\n");
}

TEST(DashboardCsv, AbComparisonIsPinned) {
  AbComparison ab;
  ab.metric = "CTR";
  ab.successName = "clicks";
  ab.trialName = "impressions";
  AbArm a{"A", 120, 1000, 0.12, {0.1012345678905, 0.14}, 0, 0, 1, false, false, 0, {0, 0}};
  AbArm b{"B, new", 150, 1000, 0.15, {0.13, 0.17}, 0.25, 1.96, 0.05, true, false, 0.03, {0.01, 0.05}};
  const double nan = std::numeric_limits<double>::quiet_NaN();
  AbArm c{"Ç", 0, 0, nan, {nan, nan}, nan, nan, nan, false, true, nan, {nan, nan}};
  ab.arms = {a, b, c};
  EXPECT_EQ(writeAbCsv(ab),
            "variant,clicks,impressions,rate,ci_low,ci_high,lift,z,p_value\n"
            "A,120,1000,0.12,0.101234567891,0.14,0,0,1\n"
            "\"B, new\",150,1000,0.15,0.13,0.17,0.25,1.96,0.05\n"
            "Ç,0,0,,,,,,\n");
}

// The one difference from the GUI's old writer: a value with a lone carriage return is quoted (it was written bare,
// which spreadsheets read as a line break). csvField (core/base/CsvText) quotes it for every CSV export alike.
TEST(DashboardCsv, ALoneCarriageReturnIsQuoted) {
  EXPECT_EQ(writeGroupsCsv({group("cr\rx", "tab\tx", {1, 1, 0, 1, 2})}, "item", false),
            "item,label,impressions,clicks,ctr,add_to_carts,purchases,conversion_rate,revenue\n"
            "\"cr\rx\",tab\tx,1,1,1,0,1,1,2\n");
}

}  // namespace
}  // namespace reco

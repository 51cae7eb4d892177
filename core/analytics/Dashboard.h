// One full dashboard refresh: every figure the Dashboard workspace shows (KPIs against the previous period, time
// series, breakdowns, position curve, top items, A/B comparison, funnel) computed from an AnalyticsCube for one filter.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/analytics/AbTest.h"
#include "core/analytics/AnalyticsCube.h"

namespace reco {

enum class ItemSort { Impressions, Clicks, Ctr, Purchases, Revenue };
enum class AbMetric { Ctr, Conversion };  // conversion = purchases per click

const char* itemSortName(ItemSort s);
bool parseItemSort(const std::string& name, ItemSort& out);

struct DashboardRequest {
  AnalyticsFilter filter;
  Dimension granularity = Dimension::Day;  // Day, Week or Month
  std::string segmentAttribute;            // breakdown attribute; empty = the first segmentable one
  ItemSort itemSort = ItemSort::Revenue;
  int topItems = 20;
  AbMetric abMetric = AbMetric::Ctr;
  // When the filter names no dates, look at the default period instead of all data: the last complete 4 weeks
  // against the 4 weeks before (defaultReportingPeriod). The dashboard's first view of a project asks for it.
  bool defaultPeriod = false;
};

struct KpiFigures {
  Measures current, previous;
  std::int64_t activeUsers = 0, previousActiveUsers = 0;
  bool hasPrevious = false;  // the previous period of equal length lies (at least partly) within the data
  std::int64_t fromDay = 0, toDay = 0;          // the period shown (the filter's, clipped to the data)
  std::int64_t previousFrom = 0, previousTo = 0;
  // The data's partial last day (ReportingPeriod.h) was in the filter's range and is left out of the KPI period so
  // that a complete period is compared with a complete one (only when there is a previous period to compare with).
  bool partialDayLeftOut = false;
};

struct FunnelFigures {
  std::string name;  // "All" or the variant
  Measures m;        // impressions -> clicks -> add-to-carts -> purchases
};

struct DashboardData {
  AnalyticsFilter filter;  // what the figures are for: the request's filter, with the default period's dates if used
  bool defaultPeriodApplied = false;
  std::optional<std::int64_t> partialDay;  // the data's last day when it is partial (isPartialLastDay)
  std::string filterDescription;
  KpiFigures kpis;
  std::vector<Group> series;  // by the requested granularity, with active users
  std::vector<Group> byCategory, bySegment, byPlacement, byVariant, byPosition;
  std::string segmentAttribute;
  std::vector<Group> topItems;  // sorted and cut to the request's topItems
  AbComparison ab;
  std::vector<FunnelFigures> funnel;  // overall first, then per variant
};

// Relative change (current / previous - 1); NaN when previous is 0 or NaN.
double relativeChange(double current, double previous);

// Sorts groups descending by the key and keeps the first n (n <= 0 keeps all).
void sortAndTruncate(std::vector<Group>& groups, ItemSort by, int n);

// The A/B comparison over a breakdown's groups (usually variants). The baseline is the named group, or the first by
// name when baseline is empty; throws std::invalid_argument when the named baseline is not among the groups.
AbComparison compareVariants(const std::vector<Group>& groups, AbMetric metric, const std::string& baseline = {});

DashboardData computeDashboard(const AnalyticsCube& cube, const DashboardRequest& request);

}  // namespace reco

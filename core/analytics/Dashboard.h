// One full dashboard refresh: every figure the Dashboard workspace shows (KPIs against the previous period, time
// series, breakdowns, position curve, top items, A/B comparison, funnel) computed from an AnalyticsCube for one filter.
#pragma once

#include <cstdint>
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
};

struct KpiFigures {
  Measures current, previous;
  std::int64_t activeUsers = 0, previousActiveUsers = 0;
  bool hasPrevious = false;  // the previous period of equal length lies (at least partly) within the data
  std::int64_t fromDay = 0, toDay = 0;          // the period shown (the filter's, clipped to the data)
  std::int64_t previousFrom = 0, previousTo = 0;
};

struct FunnelFigures {
  std::string name;  // "All" or the variant
  Measures m;        // impressions -> clicks -> add-to-carts -> purchases
};

struct DashboardData {
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

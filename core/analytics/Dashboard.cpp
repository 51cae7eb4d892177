#include "core/analytics/Dashboard.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/analytics/ReportingPeriod.h"

namespace reco {

namespace {
constexpr std::array<const char*, 5> kItemSortNames = {"impressions", "clicks", "ctr", "purchases", "revenue"};

double sortValue(const Group& g, ItemSort by) {
  switch (by) {
    case ItemSort::Impressions: return static_cast<double>(g.m.impressions);
    case ItemSort::Clicks: return static_cast<double>(g.m.clicks);
    case ItemSort::Ctr: {
      double v = g.m.ctr();
      return std::isnan(v) ? -1.0 : v;
    }
    case ItemSort::Purchases: return static_cast<double>(g.m.purchases);
    case ItemSort::Revenue: return g.m.revenue;
  }
  return 0;
}
}  // namespace

const char* itemSortName(ItemSort s) { return kItemSortNames[static_cast<std::size_t>(s)]; }

bool parseItemSort(const std::string& name, ItemSort& out) {
  for (std::size_t i = 0; i < kItemSortNames.size(); ++i)
    if (name == kItemSortNames[i]) {
      out = static_cast<ItemSort>(i);
      return true;
    }
  return false;
}

double relativeChange(double current, double previous) {
  if (!(previous > 0) || std::isnan(current)) return std::numeric_limits<double>::quiet_NaN();
  return current / previous - 1.0;
}

void sortAndTruncate(std::vector<Group>& groups, ItemSort by, int n) {
  std::stable_sort(groups.begin(), groups.end(), [by](const Group& a, const Group& b) {
    double va = sortValue(a, by), vb = sortValue(b, by);
    if (va != vb) return va > vb;
    return a.m.impressions > b.m.impressions;
  });
  if (n > 0 && groups.size() > static_cast<std::size_t>(n)) groups.resize(static_cast<std::size_t>(n));
}

AbComparison compareVariants(const std::vector<Group>& byVariant, AbMetric metric, const std::string& baseline) {
  std::vector<AbArm> arms;
  bool perImpression = false;
  if (metric == AbMetric::Conversion)
    for (const Group& g : byVariant) perImpression = perImpression || g.m.purchases > g.m.clicks;
  for (const Group& g : byVariant) {
    AbArm a;
    a.name = g.label;
    if (metric == AbMetric::Ctr) {
      a.successes = std::min(g.m.clicks, g.m.impressions);
      a.trials = g.m.impressions;
    } else {
      a.successes = perImpression ? std::min(g.m.purchases, g.m.impressions) : g.m.purchases;
      a.trials = perImpression ? g.m.impressions : g.m.clicks;
    }
    arms.push_back(a);
  }
  std::sort(arms.begin(), arms.end(), [](const AbArm& a, const AbArm& b) { return a.name < b.name; });
  if (!baseline.empty()) {
    auto it = std::find_if(arms.begin(), arms.end(), [&](const AbArm& a) { return a.name == baseline; });
    if (it == arms.end()) throw std::invalid_argument("baseline '" + baseline + "' is not among the compared groups");
    std::rotate(arms.begin(), it, it + 1);
  }
  if (metric == AbMetric::Ctr) return compareArms("CTR", "clicks", "impressions", arms);
  // Logs where purchases are not tied to clicks: fall back to conversion per impression.
  return perImpression ? compareArms("conversion per impression", "purchases", "impressions", arms)
                       : compareArms("conversion", "purchases", "clicks", arms);
}

DashboardData computeDashboard(const AnalyticsCube& cube, const DashboardRequest& request) {
  DashboardData d;
  d.filter = request.filter;
  KpiFigures& k = d.kpis;
  if (!cube.empty()) {
    d.partialDay = partialLastDay(cube);
    const std::int64_t lastComplete = d.partialDay ? *d.partialDay - 1 : *cube.lastDay();
    if (request.defaultPeriod && !d.filter.fromDay && !d.filter.toDay && lastComplete >= *cube.firstDay()) {
      const ReportingPeriod period = defaultReportingPeriod(*cube.firstDay(), lastComplete);
      d.filter.fromDay = period.fromDay;
      d.filter.toDay = period.toDay;
      d.defaultPeriodApplied = true;
    }
  }
  const AnalyticsFilter& filter = d.filter;
  d.filterDescription = filter.describe();

  // KPIs: the period is the filter's date range clipped to the data; the previous period has the same length.
  if (!cube.empty()) {
    k.fromDay = filter.fromDay.value_or(*cube.firstDay());
    k.toDay = filter.toDay.value_or(*cube.lastDay());
    if (!filter.fromDay) k.fromDay = std::max(k.fromDay, *cube.firstDay());
    if (!filter.toDay) k.toDay = std::min(k.toDay, *cube.lastDay());
    auto comparePeriod = [&k, &cube] {
      const std::int64_t length = std::max<std::int64_t>(1, k.toDay - k.fromDay + 1);
      k.previousTo = k.fromDay - 1;
      k.previousFrom = k.fromDay - length;
      k.hasPrevious = k.previousTo >= *cube.firstDay();
    };
    comparePeriod();
    if (d.partialDay && k.toDay >= *d.partialDay && k.hasPrevious) {
      if (k.fromDay >= *d.partialDay) {
        k.hasPrevious = false;  // only the partial day: no complete day to compare with it
      } else {
        k.toDay = *d.partialDay - 1;
        comparePeriod();
        k.partialDayLeftOut = true;
      }
    }
  }
  AnalyticsFilter current = filter;
  current.fromDay = k.fromDay;
  current.toDay = k.toDay;
  k.current = cube.total(current);
  k.activeUsers = cube.activeUsers(current);
  if (k.hasPrevious) {
    AnalyticsFilter previous = filter;
    previous.fromDay = k.previousFrom;
    previous.toDay = k.previousTo;
    k.previous = cube.total(previous);
    k.previousActiveUsers = cube.activeUsers(previous);
  }

  d.series = cube.breakdown(filter, request.granularity);
  d.byCategory = cube.breakdown(filter, Dimension::Category);
  d.segmentAttribute = request.segmentAttribute;
  if (d.segmentAttribute.empty() && !cube.segmentAttributes().empty())
    d.segmentAttribute = cube.segmentAttributes().front();
  if (!d.segmentAttribute.empty()) d.bySegment = cube.breakdown(filter, Dimension::Segment, d.segmentAttribute);
  d.byPlacement = cube.breakdown(filter, Dimension::Placement);
  d.byVariant = cube.breakdown(filter, Dimension::Variant);
  d.byPosition = cube.breakdown(filter, Dimension::Position);
  d.topItems = cube.breakdown(filter, Dimension::Item);
  sortAndTruncate(d.topItems, request.itemSort, request.topItems);
  d.ab = compareVariants(d.byVariant, request.abMetric);
  FunnelFigures all;
  all.name = "All";
  all.m = k.current;
  d.funnel.push_back(all);
  for (const Group& g : d.byVariant) d.funnel.push_back(FunnelFigures{g.label, g.m});
  return d;
}

}  // namespace reco

#include "core/analytics/ReportingPeriod.h"

#include <algorithm>

#include "core/analytics/AnalyticsCube.h"
#include "core/base/Time.h"

namespace reco {

namespace {
constexpr std::int64_t kCompleteAfter = 23 * 3600;  // a last event in the day's last hour: the day is complete
constexpr std::size_t kReferenceDays = 7;
}  // namespace

bool isPartialLastDay(std::int64_t lastEventTime, const std::vector<std::int64_t>& dailyEvents) {
  if (dailyEvents.size() < 2) return false;
  const std::int64_t secondOfDay = lastEventTime - dayOf(lastEventTime) * 86400;  // UTC, before 1970 too
  if (secondOfDay >= kCompleteAfter) return false;
  const std::size_t n = std::min(kReferenceDays, dailyEvents.size() - 1);
  std::vector<std::int64_t> before(dailyEvents.end() - 1 - static_cast<std::ptrdiff_t>(n), dailyEvents.end() - 1);
  std::sort(before.begin(), before.end());
  // The median of an even count is the mean of the two middle values; compared doubled to stay in integers.
  const std::int64_t twiceMedian = n % 2 ? 2 * before[n / 2] : before[n / 2 - 1] + before[n / 2];
  return 4 * dailyEvents.back() < twiceMedian;  // last < median / 2
}

ReportingPeriod defaultReportingPeriod(std::int64_t firstDay, std::int64_t lastCompleteDay) {
  ReportingPeriod p;
  const std::int64_t completeDays = lastCompleteDay - firstDay + 1;
  const std::int64_t weeks = std::min<std::int64_t>(4, completeDays / 14);
  p.toDay = lastCompleteDay;
  if (weeks <= 0) {
    p.fromDay = std::min(firstDay, lastCompleteDay);
    return p;
  }
  p.fromDay = lastCompleteDay - 7 * weeks + 1;
  p.hasPrevious = true;
  p.previousTo = p.fromDay - 1;
  p.previousFrom = p.fromDay - 7 * weeks;
  return p;
}

std::optional<std::int64_t> partialLastDay(const AnalyticsCube& cube) {
  if (cube.empty() || !cube.lastEventTime()) return std::nullopt;
  const std::int64_t last = *cube.lastDay();
  // The newest event must lie on the last day with events; otherwise the rollups and the event table disagree.
  if (dayOf(*cube.lastEventTime()) != last) return std::nullopt;
  AnalyticsFilter recent;
  recent.fromDay = std::max(*cube.firstDay(), last - static_cast<std::int64_t>(kReferenceDays));
  recent.toDay = last;
  std::vector<std::int64_t> daily(static_cast<std::size_t>(last - *recent.fromDay + 1), 0);
  for (const Group& g : cube.breakdown(recent, Dimension::Day))
    daily[static_cast<std::size_t>(g.id - *recent.fromDay)] =
        g.m.impressions + g.m.clicks + g.m.addToCarts + g.m.purchases;
  if (!isPartialLastDay(*cube.lastEventTime(), daily)) return std::nullopt;
  return last;
}

}  // namespace reco

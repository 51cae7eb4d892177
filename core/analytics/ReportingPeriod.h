// Which days a dashboard compares by default, and whether the data's last day is complete. Day numbers are days since
// 1970-01-01 UTC (core/base/Time.h); a day runs from 00:00 to 24:00 UTC.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace reco {

class AnalyticsCube;

// The rule for a partial last day. A log usually stops in the middle of a day (an export at 14:00, events of the
// last evening spilling past midnight), and that day's counts then draw a cliff and make any period ending on it look
// worse. The last day of the data counts as partial when both hold:
//   1. its last event is before 23:00 UTC (a day whose events go on into its last hour is taken as complete), and
//   2. it holds less than half the events (impressions, clicks, add-to-carts, purchases) of the median of the up to
//      7 days before it (a sparse log whose days simply end early is not flagged).
// A log of a single day is never partial: there is nothing to judge it by.
// lastEventTime: Unix seconds of the newest event; dailyEvents: the event counts of the days up to and including the
// last one, oldest first, one entry per calendar day (days without events count 0).
bool isPartialLastDay(std::int64_t lastEventTime, const std::vector<std::int64_t>& dailyEvents);

struct ReportingPeriod {
  std::int64_t fromDay = 0, toDay = 0;  // inclusive
  bool hasPrevious = false;
  std::int64_t previousFrom = 0, previousTo = 0;  // same length, right before; only when hasPrevious
};

// The default period: the last 4 complete weeks (28 days ending on the last complete day) compared with the 4 weeks
// before. When the complete days do not hold 8 weeks, the longest run of whole weeks that still has an equally long
// comparison before it (3, 2 or 1 weeks); under 14 complete days, every complete day and no comparison.
// lastCompleteDay is the data's last day, or the day before when that one is partial.
ReportingPeriod defaultReportingPeriod(std::int64_t firstDay, std::int64_t lastCompleteDay);

// The cube's partial last day (by isPartialLastDay), if any.
std::optional<std::int64_t> partialLastDay(const AnalyticsCube& cube);

}  // namespace reco

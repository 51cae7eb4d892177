// Day numbers (days since 1970-01-01, UTC) used by the analytics rollups, and the week/month buckets built on them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace reco {

// Floor division: the UTC day of a Unix time in seconds (correct for times before 1970 too).
constexpr std::int64_t dayOf(std::int64_t unixSeconds) {
  return unixSeconds >= 0 ? unixSeconds / 86400 : -((-unixSeconds + 86399) / 86400);
}
// Activity is stored as 64-day blocks with one bit per day.
constexpr std::int64_t blockOf(std::int64_t day) { return day >= 0 ? day / 64 : -((-day + 63) / 64); }
constexpr int bitOf(std::int64_t day) { return static_cast<int>(day - blockOf(day) * 64); }

// The Monday on or before the day (ISO weeks).
constexpr std::int64_t weekStart(std::int64_t day) {
  std::int64_t sinceMonday = (day + 3) % 7;  // 1970-01-01 was a Thursday
  if (sinceMonday < 0) sinceMonday += 7;
  return day - sinceMonday;
}
std::int64_t monthStart(std::int64_t day);      // the first day of the day's calendar month
std::int64_t nextMonthStart(std::int64_t day);  // the first day of the following month

// "2024-03-01" for a day number.
std::string formatDay(std::int64_t day);
// "2024-03" for a day number.
std::string formatMonth(std::int64_t day);
// Parses "YYYY-MM-DD"; throws std::invalid_argument naming the text and the reason.
std::int64_t parseDay(std::string_view text);

}  // namespace reco

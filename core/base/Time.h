// Civil dates and UTC timestamps, the one place that converts between Unix time, day numbers and ISO 8601 text.
// Unix time is seconds since 1970-01-01T00:00:00Z; a day number is days since 1970-01-01 (UTC). Both are the
// std::chrono sys_seconds / sys_days counts, and the calendar maths is std::chrono's (year_month_day). g++ 12 has
// no std::chrono::parse or date formatting, so scanIso() below is the one ISO 8601 parser; every other parser in
// this header is a grammar check on top of it.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace reco {

// --- day numbers ---

// The UTC day of a Unix time (floor, so times before 1970 land on the right day too).
constexpr std::int64_t dayOf(std::int64_t unixSeconds) {
  return std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{unixSeconds}})
      .time_since_epoch()
      .count();
}
constexpr std::int64_t dayNumber(std::chrono::year_month_day date) {
  return std::chrono::sys_days{date}.time_since_epoch().count();
}
constexpr std::chrono::year_month_day civilDate(std::int64_t day) {
  return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{day}}};
}
// The Monday on or before the day (ISO weeks).
constexpr std::int64_t weekStart(std::int64_t day) {
  const std::chrono::sys_days d{std::chrono::days{day}};
  return (d - (std::chrono::weekday{d} - std::chrono::Monday)).time_since_epoch().count();
}
std::int64_t monthStart(std::int64_t day);      // the first day of the day's calendar month
std::int64_t nextMonthStart(std::int64_t day);  // the first day of the following month

// --- the ISO 8601 parser ---

// An ISO 8601 date or date-time as written: "YYYY-MM-DD", then optionally a separator ('T', 't' or ' '),
// "HH:MM", ":SS", a fraction (".ddd" or ",ddd", kept only as a flag) and a zone ("Z"/"z", or "+hh", "+hhmm",
// "+hh:mm" and the same with '-').
struct IsoDateTime {
  std::chrono::year_month_day date;
  bool hasTime = false;
  char separator = 0;
  int hour = 0, minute = 0, second = 0;  // second may be 60 (leap second); hour 24 only as 24:00:00
  bool hasSeconds = false;
  bool hasFraction = false;
  char zone = 0;           // 0 (none: UTC), 'Z', 'z', '+' or '-'
  int offsetSeconds = 0;   // local time = UTC + offsetSeconds

  // Unix seconds; a leap second counts as :59 and the fraction is dropped.
  std::int64_t unixSeconds() const;
};

enum class IsoScan { Ok, BadShape, BadDigit, NoSuchDate, BadTime };
// Scans the whole text (no surrounding blanks) into `out`. Dates are checked against the calendar (2023-02-29 is
// NoSuchDate), times against 24:00:00 and offsets against 23:59.
IsoScan scanIso(std::string_view text, IsoDateTime& out);

// --- parsers ---

// Unix seconds from a dataset field (blanks around it ignored):
//  - Unix seconds as an integer or decimal ("1704067200", "1704067200.75", fraction truncated towards the past);
//    integers of 10^11 or more are taken as milliseconds (no realistic seconds value is that large);
//  - any ISO 8601 form scanIso() reads: "2024-03-01", "2024-03-01T12:00", "2024-03-01 12:00:00.123456",
//    with an optional "Z" or offset "+01:00" / "-0500" / "+01" (no offset means UTC).
bool parseTimestamp(std::string_view field, std::int64_t& unixSeconds);

// Parses exactly "YYYY-MM-DD"; throws std::invalid_argument naming the text and the reason.
std::int64_t parseDay(std::string_view text);

// --- formatters ---

std::string formatDay(std::int64_t day);    // "2024-03-01"
std::string formatMonth(std::int64_t day);  // "2024-03"

// UTC timestamps as rule sets, reports and the command line write them: "YYYY-MM-DDTHH:MM:SSZ".
namespace utc {

// "2026-03-01T12:00:00Z" for a Unix time in seconds (proleptic Gregorian, any year 0000-9999).
std::string format(std::int64_t unixSeconds);
// "2026-03-01", the UTC date of a Unix time.
std::string formatDate(std::int64_t unixSeconds);
// Parses exactly "YYYY-MM-DDTHH:MM:SSZ" (or "YYYY-MM-DD", meaning midnight UTC); nullopt on any deviation,
// including impossible dates such as 2026-02-30.
std::optional<std::int64_t> parse(std::string_view text);
// Like parse(), but also accepts a plain integer of Unix seconds (command-line convenience).
std::optional<std::int64_t> parseLenient(std::string_view text);
// The current time, whole seconds.
std::int64_t now();

}  // namespace utc

// Seconds elapsed since `start` on the steady clock: the durations results report (fit, score, import, build).
inline double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace reco

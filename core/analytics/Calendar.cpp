#include "core/analytics/Calendar.h"

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace reco {

namespace {
std::chrono::year_month_day toYmd(std::int64_t day) {
  return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{day}}};
}
std::int64_t toDay(std::chrono::year_month_day ymd) {
  return std::chrono::sys_days{ymd}.time_since_epoch().count();
}
}  // namespace

std::int64_t monthStart(std::int64_t day) {
  auto ymd = toYmd(day);
  return toDay(ymd.year() / ymd.month() / std::chrono::day{1});
}

std::int64_t nextMonthStart(std::int64_t day) {
  auto ymd = toYmd(day);
  auto next = std::chrono::year_month{ymd.year(), ymd.month()} + std::chrono::months{1};
  return toDay(next / std::chrono::day{1});
}

std::string formatDay(std::int64_t day) {
  auto ymd = toYmd(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string formatMonth(std::int64_t day) { return formatDay(day).substr(0, 7); }

std::int64_t parseDay(std::string_view text) {
  auto fail = [&](const char* reason) {
    throw std::invalid_argument("'" + std::string(text) + "' is not a date: " + reason + " (expected YYYY-MM-DD)");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') fail("wrong shape");
  auto digits = [&](std::size_t pos, std::size_t n) {
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
      if (text[i] < '0' || text[i] > '9') fail("non-digit character");
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  std::chrono::year_month_day ymd{std::chrono::year{digits(0, 4)}, std::chrono::month{static_cast<unsigned>(digits(5, 2))},
                                  std::chrono::day{static_cast<unsigned>(digits(8, 2))}};
  if (!ymd.ok()) fail("no such day");
  return toDay(ymd);
}

}  // namespace reco

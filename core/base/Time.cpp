#include "core/base/Time.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <system_error>

namespace reco {

std::int64_t monthStart(std::int64_t day) {
  const auto ymd = civilDate(day);
  return dayNumber(ymd.year() / ymd.month() / std::chrono::day{1});
}

std::int64_t nextMonthStart(std::int64_t day) {
  const auto ymd = civilDate(day);
  const auto next = std::chrono::year_month{ymd.year(), ymd.month()} + std::chrono::months{1};
  return dayNumber(next / std::chrono::day{1});
}

// --- the ISO 8601 parser ---

namespace {

bool digits(const char*& p, const char* e, int n, int& out) {
  if (e - p < n) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    const char c = p[i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  p += n;
  return true;
}

// The time of day and zone after the date's separator.
IsoScan scanTime(const char* p, const char* e, IsoDateTime& out) {
  out.hasTime = true;
  if (!digits(p, e, 2, out.hour) || p == e || *p != ':') return IsoScan::BadTime;
  ++p;
  if (!digits(p, e, 2, out.minute)) return IsoScan::BadTime;
  if (p < e && *p == ':') {
    ++p;
    if (!digits(p, e, 2, out.second)) return IsoScan::BadTime;
    out.hasSeconds = true;
    if (p < e && (*p == '.' || *p == ',')) {
      ++p;
      const char* f0 = p;
      while (p < e && *p >= '0' && *p <= '9') ++p;
      if (p == f0) return IsoScan::BadTime;
      out.hasFraction = true;
    }
  }
  if (out.hour > 24 || out.minute > 59 || out.second > 60 || (out.hour == 24 && (out.minute != 0 || out.second != 0)))
    return IsoScan::BadTime;
  if (p == e) return IsoScan::Ok;
  out.zone = *p;
  if (*p == 'Z' || *p == 'z') {
    ++p;
  } else if (*p == '+' || *p == '-') {
    const int sign = *p == '-' ? -1 : 1;
    ++p;
    int oh = 0, om = 0;
    if (!digits(p, e, 2, oh)) return IsoScan::BadTime;
    if (p < e && *p == ':') {
      ++p;
      if (!digits(p, e, 2, om)) return IsoScan::BadTime;
    } else if (p < e && !digits(p, e, 2, om)) {
      return IsoScan::BadTime;
    }
    if (oh > 23 || om > 59) return IsoScan::BadTime;
    out.offsetSeconds = sign * (oh * 3600 + om * 60);
  } else {
    return IsoScan::BadTime;
  }
  return p == e ? IsoScan::Ok : IsoScan::BadTime;
}

}  // namespace

std::int64_t IsoDateTime::unixSeconds() const {
  const int s = second == 60 ? 59 : second;  // leap second: keep it within the minute
  return dayNumber(date) * 86400 + hour * 3600 + minute * 60 + s - offsetSeconds;
}

IsoScan scanIso(std::string_view text, IsoDateTime& out) {
  out = IsoDateTime{};
  const char* p = text.data();
  const char* e = p + text.size();
  int year = 0, month = 0, day = 0;
  if (!digits(p, e, 4, year)) return IsoScan::BadDigit;
  if (p == e || *p != '-') return IsoScan::BadShape;
  ++p;
  if (!digits(p, e, 2, month)) return IsoScan::BadDigit;
  if (p == e || *p != '-') return IsoScan::BadShape;
  ++p;
  if (!digits(p, e, 2, day)) return IsoScan::BadDigit;
  out.date = std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(month)} /
             std::chrono::day{static_cast<unsigned>(day)};
  if (!out.date.ok()) return IsoScan::NoSuchDate;
  if (p == e) return IsoScan::Ok;
  if (*p != 'T' && *p != 't' && *p != ' ') return IsoScan::BadShape;
  out.separator = *p;
  return scanTime(p + 1, e, out);
}

// --- parsers ---

bool parseTimestamp(std::string_view field, std::int64_t& unixSeconds) {
  std::size_t b0 = 0, e0 = field.size();
  while (b0 < e0 && (field[b0] == ' ' || field[b0] == '\t')) ++b0;
  while (e0 > b0 && (field[e0 - 1] == ' ' || field[e0 - 1] == '\t')) --e0;
  const std::string_view f = field.substr(b0, e0 - b0);
  if (f.empty()) return false;
  // ISO dates have a '-' at index 4; numbers never do.
  if (f.size() >= 10 && f[4] == '-') {
    IsoDateTime t;
    if (scanIso(f, t) != IsoScan::Ok) return false;
    unixSeconds = t.unixSeconds();
    return true;
  }
  const char* b = f.data();
  const char* e = b + f.size();
  if (*b == '+') ++b;
  std::int64_t i;
  if (auto [p, ec] = std::from_chars(b, e, i); ec == std::errc() && p == e && p != b) {
    if (i >= 100'000'000'000LL || i <= -100'000'000'000LL) i = i / 1000 - (i % 1000 < 0 ? 1 : 0);  // ms, floored
    unixSeconds = i;
    return true;
  }
  double d;
  if (auto [p, ec] = std::from_chars(b, e, d, std::chars_format::general); ec != std::errc() || p != e) return false;
  if (!std::isfinite(d)) return false;
  if (std::fabs(d) >= 1e11) d /= 1000.0;  // milliseconds
  if (std::fabs(d) > 9.2e15) return false;
  unixSeconds = static_cast<std::int64_t>(std::floor(d));
  return true;
}

std::int64_t parseDay(std::string_view text) {
  auto fail = [&](const char* reason) {
    throw std::invalid_argument("'" + std::string(text) + "' is not a date: " + reason + " (expected YYYY-MM-DD)");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') fail("wrong shape");
  IsoDateTime t;
  switch (scanIso(text, t)) {
    case IsoScan::Ok: break;
    case IsoScan::NoSuchDate: fail("no such day"); break;
    default: fail("non-digit character"); break;
  }
  return dayNumber(t.date);
}

// --- formatters ---

std::string formatDay(std::int64_t day) {
  const auto ymd = civilDate(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string formatMonth(std::int64_t day) { return formatDay(day).substr(0, 7); }

namespace utc {

std::string format(std::int64_t unixSeconds) {
  using namespace std::chrono;
  const sys_seconds tp{seconds{unixSeconds}};
  const auto day = floor<days>(tp);
  const hh_mm_ss hms{tp - day};
  return formatDay(day.time_since_epoch().count()) + "T" + [&] {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02dZ", static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
    return std::string(buf);
  }();
}

std::string formatDate(std::int64_t unixSeconds) { return formatDay(dayOf(unixSeconds)); }

std::optional<std::int64_t> parse(std::string_view text) {
  // The strict subset of scanIso(): the date alone, or "T", all three time fields, no fraction and "Z".
  if (text.size() != 10 && text.size() != 20) return std::nullopt;
  IsoDateTime t;
  if (scanIso(text, t) != IsoScan::Ok) return std::nullopt;
  if (t.hasTime && (t.separator != 'T' || !t.hasSeconds || t.hasFraction || t.zone != 'Z' || t.hour > 23 ||
                    t.second > 59))
    return std::nullopt;
  return t.unixSeconds();
}

std::optional<std::int64_t> parseLenient(std::string_view text) {
  if (auto t = parse(text)) return t;
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec == std::errc() && p == text.data() + text.size() && !text.empty()) return v;
  return std::nullopt;
}

std::int64_t now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace utc

}  // namespace reco

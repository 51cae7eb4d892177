#include "core/import/FieldParsing.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace reco {

std::string_view trimField(std::string_view f) {
  std::size_t b = 0, e = f.size();
  while (b < e && (f[b] == ' ' || f[b] == '\t')) ++b;
  while (e > b && (f[e - 1] == ' ' || f[e - 1] == '\t')) --e;
  return f.substr(b, e - b);
}

bool parseInt64(std::string_view field, std::int64_t& out) {
  std::string_view f = field;
  if (!f.empty() && (f.front() == ' ' || f.back() == ' ' || f.front() == '\t' || f.back() == '\t')) f = trimField(f);
  if (f.empty()) return false;
  const char* b = f.data();
  const char* e = b + f.size();
  if (*b == '+') ++b;
  auto [p, ec] = std::from_chars(b, e, out);
  if (ec != std::errc() || p == b) return false;
  if (p == e) return true;
  // "3.0", "3.000": an integral decimal.
  if (*p != '.') return false;
  ++p;
  if (p == e) return false;
  for (; p < e; ++p)
    if (*p != '0') return false;
  return true;
}

bool parseDouble(std::string_view field, double& out) {
  std::string_view f = field;
  if (!f.empty() && (f.front() == ' ' || f.back() == ' ' || f.front() == '\t' || f.back() == '\t')) f = trimField(f);
  if (f.empty()) return false;
  const char* b = f.data();
  const char* e = b + f.size();
  if (*b == '+') ++b;
  auto [p, ec] = std::from_chars(b, e, out, std::chars_format::general);
  if (ec != std::errc() || p != e) return false;
  return std::isfinite(out);
}

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  // Howard Hinnant's algorithm.
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

namespace {

bool digits(const char*& p, const char* e, int n, int& out) {
  if (e - p < n) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    char c = p[i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  p += n;
  return true;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

bool parseIso(std::string_view f, std::int64_t& out) {
  const char* p = f.data();
  const char* e = p + f.size();
  int year, month, day;
  if (!digits(p, e, 4, year) || p == e || *p != '-') return false;
  ++p;
  if (!digits(p, e, 2, month) || p == e || *p != '-') return false;
  ++p;
  if (!digits(p, e, 2, day)) return false;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  std::int64_t secs = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400;
  if (p == e) {
    out = secs;
    return true;
  }
  if (*p != 'T' && *p != 't' && *p != ' ') return false;
  ++p;
  int hh, mm, ss = 0;
  if (!digits(p, e, 2, hh) || p == e || *p != ':') return false;
  ++p;
  if (!digits(p, e, 2, mm)) return false;
  if (p < e && *p == ':') {
    ++p;
    if (!digits(p, e, 2, ss)) return false;
    if (p < e && (*p == '.' || *p == ',')) {  // fraction: validated, truncated
      ++p;
      const char* f0 = p;
      while (p < e && *p >= '0' && *p <= '9') ++p;
      if (p == f0) return false;
    }
  }
  if (hh > 24 || mm > 59 || ss > 60 || (hh == 24 && (mm != 0 || ss != 0))) return false;
  if (ss == 60) ss = 59;  // leap second: keep it within the minute
  secs += hh * 3600 + mm * 60 + ss;
  if (p == e) {
    out = secs;
    return true;
  }
  if (*p == 'Z' || *p == 'z') {
    ++p;
  } else if (*p == '+' || *p == '-') {
    int sign = *p == '-' ? -1 : 1;
    ++p;
    int oh, om = 0;
    if (!digits(p, e, 2, oh)) return false;
    if (p < e && *p == ':') {
      ++p;
      if (!digits(p, e, 2, om)) return false;
    } else if (p < e) {
      if (!digits(p, e, 2, om)) return false;
    }
    if (oh > 23 || om > 59) return false;
    secs -= sign * (oh * 3600 + om * 60);  // local = UTC + offset
  } else {
    return false;
  }
  if (p != e) return false;
  out = secs;
  return true;
}

}  // namespace

bool parseTimestamp(std::string_view field, std::int64_t& unixSeconds) {
  std::string_view f = trimField(field);
  if (f.empty()) return false;
  // ISO dates have a '-' at index 4; numbers never do.
  if (f.size() >= 10 && f[4] == '-') return parseIso(f, unixSeconds);
  std::int64_t i;
  const char* b = f.data();
  const char* e = b + f.size();
  if (*b == '+') ++b;
  auto [p, ec] = std::from_chars(b, e, i);
  if (ec == std::errc() && p == e && p != b) {
    if (i >= 100'000'000'000LL || i <= -100'000'000'000LL) i = (i >= 0 ? i : i - 999) / 1000;  // milliseconds
    unixSeconds = i;
    return true;
  }
  double d;
  if (!parseDouble(f, d)) return false;
  if (std::fabs(d) >= 1e11) d /= 1000.0;
  if (std::fabs(d) > 9.2e15) return false;
  unixSeconds = static_cast<std::int64_t>(std::floor(d));
  return true;
}

}  // namespace reco

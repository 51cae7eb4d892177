// The time module: the ISO 8601 parser and its grammars, epoch seconds and milliseconds, day numbers, formatting.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "core/base/Time.h"

namespace {

using namespace reco;

std::int64_t ts(const char* s) {
  std::int64_t v = 0;
  EXPECT_TRUE(parseTimestamp(s, v)) << s;
  return v;
}

std::string dayError(const char* text) {
  try {
    parseDay(text);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

// Moved from tests/core_import/FieldParsingTest.cpp.
TEST(FieldParsing, UnixTimestamps) {
  EXPECT_EQ(ts("1704067200"), 1704067200);
  EXPECT_EQ(ts("1704067200.75"), 1704067200);
  EXPECT_EQ(ts("1704067200123"), 1704067200);  // milliseconds
  EXPECT_EQ(ts("0"), 0);
}

TEST(FieldParsing, IsoTimestamps) {
  EXPECT_EQ(ts("2024-01-01"), 1704067200);
  EXPECT_EQ(ts("2024-01-01T00:00:00Z"), 1704067200);
  EXPECT_EQ(ts("2024-01-01T01:00:00+01:00"), 1704067200);
  EXPECT_EQ(ts("2023-12-31T19:00:00-0500"), 1704067200);
  EXPECT_EQ(ts("2024-01-01 00:00"), 1704067200);
  EXPECT_EQ(ts("2019-11-24 00:03:13.442536+00:00"), 1574553793);
  EXPECT_EQ(ts("2024-02-29T12:30:15"), 1709209815);
  EXPECT_EQ(ts("1969-12-31T23:59:59Z"), -1);
  std::int64_t v;
  EXPECT_FALSE(parseTimestamp("2023-02-29", v));
  EXPECT_FALSE(parseTimestamp("2024-13-01", v));
  EXPECT_FALSE(parseTimestamp("2024-01-01T25:00", v));
  EXPECT_FALSE(parseTimestamp("2024-01-01X", v));
  EXPECT_FALSE(parseTimestamp("yesterday", v));
  EXPECT_FALSE(parseTimestamp("", v));
}

// Moved from tests/core_storage/ProjectTest.cpp (formatIsoUtc / formatIsoDate are utc::format / utc::formatDate).
TEST(Dates, IsoFormatting) {
  EXPECT_EQ(utc::format(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(utc::format(1704067200 + 3661), "2024-01-01T01:01:01Z");
  EXPECT_EQ(utc::formatDate(951782400), "2000-02-29");
}

TEST(Time, EpochEdgeCases) {
  EXPECT_EQ(ts(" 1704067200\t"), 1704067200);
  EXPECT_EQ(ts("+5"), 5);
  EXPECT_EQ(ts("-1.5"), -2);                    // towards the past
  EXPECT_EQ(ts("-1704067200123"), -1704067201);  // negative milliseconds floor too
  EXPECT_EQ(ts("1.5e11"), 150000000);            // decimal milliseconds
  std::int64_t v;
  EXPECT_FALSE(parseTimestamp("12abc", v));
  EXPECT_FALSE(parseTimestamp("nan", v));
  EXPECT_FALSE(parseTimestamp("1e300", v));
}

TEST(Time, IsoEdgeCases) {
  EXPECT_EQ(ts("2016-12-31T23:59:60Z"), 1483228799);  // leap second kept within its minute
  EXPECT_EQ(ts("2023-12-31T24:00:00Z"), 1704067200);
  EXPECT_EQ(ts("2024-01-01T05:30+0530"), 1704067200);
  EXPECT_EQ(ts("2024-01-01T01:00+01"), 1704067200);
  EXPECT_EQ(ts("2024-01-01t00:00z"), 1704067200);
  std::int64_t v;
  EXPECT_FALSE(parseTimestamp("2024-01-01T24:01", v));
  EXPECT_FALSE(parseTimestamp("2024-01-01T00:00+01:", v));
  EXPECT_FALSE(parseTimestamp("2024-01-01T00:00+24:00", v));
  EXPECT_FALSE(parseTimestamp("2024-01-01T00:00:00.", v));
}

TEST(Time, ScanIsoReportsWhatItRead) {
  IsoDateTime t;
  ASSERT_EQ(scanIso("2024-02-29 12:30:15,25-05:00", t), IsoScan::Ok);
  EXPECT_EQ(t.date, std::chrono::year{2024} / 2 / 29);
  EXPECT_TRUE(t.hasTime);
  EXPECT_EQ(t.separator, ' ');
  EXPECT_TRUE(t.hasSeconds);
  EXPECT_TRUE(t.hasFraction);
  EXPECT_EQ(t.zone, '-');
  EXPECT_EQ(t.offsetSeconds, -5 * 3600);
  EXPECT_EQ(t.unixSeconds(), 1709209815 + 5 * 3600);
  EXPECT_EQ(scanIso("2024-02-30", t), IsoScan::NoSuchDate);
  EXPECT_EQ(scanIso("2024/02/01", t), IsoScan::BadShape);
  EXPECT_EQ(scanIso("2024-0x-01", t), IsoScan::BadDigit);
  EXPECT_EQ(scanIso("2024-02-01T1:00", t), IsoScan::BadTime);
}

TEST(Time, StrictUtcGrammar) {
  EXPECT_EQ(utc::parse("2026-03-01T12:00:00Z"), 1772366400);
  EXPECT_EQ(utc::parse("2026-03-01"), 1772323200);
  EXPECT_FALSE(utc::parse("2026-02-30"));
  EXPECT_FALSE(utc::parse("2026-03-01T12:00Z"));
  EXPECT_FALSE(utc::parse("2026-03-01T12:00:00"));
  EXPECT_FALSE(utc::parse("2026-03-01 12:00:00Z"));
  EXPECT_FALSE(utc::parse("2026-03-01t12:00:00Z"));
  EXPECT_FALSE(utc::parse("2026-03-01T12:00:00z"));
  EXPECT_FALSE(utc::parse("2026-03-01T24:00:00Z"));
  EXPECT_FALSE(utc::parse("2026-03-01T23:59:60Z"));
  EXPECT_FALSE(utc::parse("2026-03-01T12:00:00+00"));
  EXPECT_EQ(utc::parseLenient("1772366400"), 1772366400);
  EXPECT_EQ(utc::parseLenient("-5"), -5);
  EXPECT_FALSE(utc::parseLenient("soon"));
  EXPECT_FALSE(utc::parseLenient(""));
  for (std::int64_t t : {0LL, -1LL, 951782400LL, 4102444799LL, -62167219200LL})
    EXPECT_EQ(utc::parse(utc::format(t)), t) << t;
}

TEST(Time, DayNumbers) {
  const std::int64_t jan1 = 19723;  // 2024-01-01
  EXPECT_EQ(parseDay("2024-01-01"), jan1);
  EXPECT_EQ(dayOf(1704067200), jan1);
  EXPECT_EQ(dayOf(1704067199), jan1 - 1);
  EXPECT_EQ(dayOf(-1), -1);
  EXPECT_EQ(dayOf(-86400), -1);
  EXPECT_EQ(dayOf(-86401), -2);
  EXPECT_EQ(weekStart(jan1 + 6), jan1);  // 2024-01-01 was a Monday
  EXPECT_EQ(weekStart(jan1), jan1);
  EXPECT_EQ(weekStart(0), -3);            // 1970-01-01 was a Thursday
  EXPECT_EQ(weekStart(-1), -3);
  EXPECT_EQ(monthStart(jan1 + 40), jan1 + 31);
  EXPECT_EQ(nextMonthStart(jan1 + 40), jan1 + 60);  // leap February
  EXPECT_EQ(nextMonthStart(jan1 - 1), jan1);
  EXPECT_EQ(formatDay(jan1 + 59), "2024-02-29");
  EXPECT_EQ(formatMonth(jan1 + 59), "2024-02");
  EXPECT_EQ(formatDay(-1), "1969-12-31");
}

TEST(Time, ParseDayNamesTheReason) {
  EXPECT_EQ(dayError("24-1-1"), "'24-1-1' is not a date: wrong shape (expected YYYY-MM-DD)");
  EXPECT_EQ(dayError("2024-0a-01"), "'2024-0a-01' is not a date: non-digit character (expected YYYY-MM-DD)");
  EXPECT_EQ(dayError("2024-02-30"), "'2024-02-30' is not a date: no such day (expected YYYY-MM-DD)");
  EXPECT_EQ(dayError("2024-01-01T00:00:00Z"), "'2024-01-01T00:00:00Z' is not a date: wrong shape (expected YYYY-MM-DD)");
}

}  // namespace

// Field values: numbers, Unix and ISO 8601 timestamps, UTF-8 validation and Latin-1 conversion.
#include <gtest/gtest.h>

#include "core/import/FieldParsing.h"
#include "core/import/TextEncoding.h"

namespace {

using namespace reco;

std::int64_t ts(const char* s) {
  std::int64_t v = 0;
  EXPECT_TRUE(parseTimestamp(s, v)) << s;
  return v;
}

TEST(FieldParsing, Integers) {
  std::int64_t v;
  EXPECT_TRUE(parseInt64("42", v));
  EXPECT_EQ(v, 42);
  EXPECT_TRUE(parseInt64(" -7 ", v));
  EXPECT_EQ(v, -7);
  EXPECT_TRUE(parseInt64("+3", v));
  EXPECT_EQ(v, 3);
  EXPECT_TRUE(parseInt64("5.0", v));
  EXPECT_EQ(v, 5);
  EXPECT_FALSE(parseInt64("5.5", v));
  EXPECT_FALSE(parseInt64("abc", v));
  EXPECT_FALSE(parseInt64("", v));
  EXPECT_FALSE(parseInt64("12x", v));
  EXPECT_FALSE(parseInt64("99999999999999999999", v));
}

TEST(FieldParsing, Decimals) {
  double d;
  EXPECT_TRUE(parseDouble("3.5", d));
  EXPECT_DOUBLE_EQ(d, 3.5);
  EXPECT_TRUE(parseDouble("-1e-3", d));
  EXPECT_DOUBLE_EQ(d, -0.001);
  EXPECT_TRUE(parseDouble("4", d));
  EXPECT_FALSE(parseDouble("nan", d));
  EXPECT_FALSE(parseDouble("inf", d));
  EXPECT_FALSE(parseDouble("1,5", d));
  EXPECT_FALSE(parseDouble("", d));
}

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

TEST(TextEncodingTest, Utf8Validation) {
  EXPECT_TRUE(isValidUtf8("plain ascii"));
  EXPECT_TRUE(isValidUtf8("Mis\xC3\xA9rables \xE2\x82\xAC \xF0\x9F\x8E\xAC"));
  EXPECT_FALSE(isValidUtf8("Mis\xE9rables"));         // Latin-1 byte
  EXPECT_FALSE(isValidUtf8("\xC0\xAF"));               // overlong
  EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));           // surrogate
  EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));       // above U+10FFFF
  EXPECT_FALSE(isValidUtf8("abc\xE2\x82"));            // truncated
}

TEST(TextEncodingTest, Latin1ToUtf8) {
  EXPECT_EQ(latin1ToUtf8("Mis\xE9rables"), "Mis\xC3\xA9rables");
  EXPECT_EQ(latin1ToUtf8("\xFF\x7F"), "\xC3\xBF\x7F");
  EXPECT_TRUE(isValidUtf8(latin1ToUtf8("\x80\x81\xFE")));
  TextEncoding e;
  EXPECT_TRUE(parseTextEncoding("ISO-8859-1", e));
  EXPECT_EQ(e, TextEncoding::Latin1);
  EXPECT_TRUE(parseTextEncoding("utf-8", e));
  EXPECT_EQ(e, TextEncoding::Utf8);
  EXPECT_FALSE(parseTextEncoding("cp1252", e));
}

}  // namespace

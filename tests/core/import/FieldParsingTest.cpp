// Field values: numbers, UTF-8 validation and Latin-1 conversion (timestamps: tests/core/base/TimeTest.cpp).
#include <gtest/gtest.h>

#include "core/import/FieldParsing.h"
#include "core/import/TextEncoding.h"

namespace {

using namespace reco;

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

// Event times: only 1970-01-01 up to 2100-01-01 UTC; values far outside, even beyond int64, give a reason (and no
// signed overflow: run under UBSan, see docs/testing.md).
TEST(FieldParsing, EventTimesOutsideTheRange) {
  std::int64_t t = 0;
  std::string reason;
  for (const char* outside : {"100000000000000000", "1e17", "9300000000000000000", "-1", "-9223372036854775808",
                              "9223372036854775807", "4102444800", "2100-01-01", "1969-12-31T23:59:59Z", "1e300"}) {
    reason.clear();
    EXPECT_FALSE(parseEventTime(outside, "ts", t, reason)) << outside;
    EXPECT_NE(reason.find("out of range"), std::string::npos) << outside << ": " << reason;
  }
  reason.clear();
  EXPECT_FALSE(parseEventTime("soon", "ts", t, reason));
  EXPECT_EQ(reason, "unparsable timestamp 'soon' in column 'ts'");
  EXPECT_TRUE(parseEventTime("0", "ts", t, reason));
  EXPECT_EQ(t, 0);
  EXPECT_TRUE(parseEventTime("4102444799", "ts", t, reason));
  EXPECT_EQ(t, 4102444799);
  EXPECT_TRUE(parseEventTime("1700000000123", "ts", t, reason));  // milliseconds
  EXPECT_EQ(t, 1700000000);
}

TEST(FieldParsing, NumberReasons) {
  EXPECT_EQ(numberReason("1e400", "price"), "number '1e400' in column 'price' is out of range");
  EXPECT_EQ(numberReason(" -99999999999999999999 ", "position"),
            "integer '-99999999999999999999' in column 'position' is out of range (a 64-bit integer holds at most "
            "9223372036854775807)");
  EXPECT_EQ(numberReason("12x", "rank"), "unparsable number '12x' in column 'rank'");
  EXPECT_EQ(quotedExcerpt("abc", 3), "'abc'");
  EXPECT_EQ(quotedExcerpt("abcd", 3), "'abc\xE2\x80\xA6' (4 bytes)");
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

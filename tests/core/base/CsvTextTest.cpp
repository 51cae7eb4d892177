// Quoting of text fields in exported CSV: as is unless a comma, quote, CR or LF would break the row.
#include <gtest/gtest.h>

#include "core/base/CsvText.h"

namespace reco {
namespace {

TEST(CsvText, PlainTextStaysAsItIs) {
  EXPECT_EQ(csvField(""), "");
  EXPECT_EQ(csvField("plain text; with\ttab"), "plain text; with\ttab");
  EXPECT_EQ(csvField("Käse 😀"), "Käse 😀");
  EXPECT_EQ(csvField(" spaced "), " spaced ");
}

TEST(CsvText, SeparatorsQuotesAndLineBreaksAreQuoted) {
  EXPECT_EQ(csvField("a,b"), "\"a,b\"");
  EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csvField("\""), "\"\"\"\"");
  EXPECT_EQ(csvField("first\nsecond"), "\"first\nsecond\"");
  EXPECT_EQ(csvField("first\r\nsecond"), "\"first\r\nsecond\"");
  // A lone CR is a line break to spreadsheets.
  EXPECT_EQ(csvField("a\rb"), "\"a\rb\"");
}

}  // namespace
}  // namespace reco

// Numbers in exported files: printf's %g layout with exact ties rounded away from zero, whole numbers likewise.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "core/base/NumberText.h"

namespace reco {
namespace {

TEST(NumberText, SignificantDigitsInPrintfLayout) {
  EXPECT_EQ(formatSignificant(0.2, 10), "0.2");
  EXPECT_EQ(formatSignificant(0.0899694824, 10), "0.0899694824");
  EXPECT_EQ(formatSignificant(-0.5, 10), "-0.5");
  EXPECT_EQ(formatSignificant(1e-7, 10), "1e-07");
  EXPECT_EQ(formatSignificant(0.0001, 6), "0.0001");
  EXPECT_EQ(formatSignificant(123456789012.5, 10), "1.23456789e+11");
  EXPECT_EQ(formatSignificant(123456, 6), "123456");
  EXPECT_EQ(formatSignificant(1234567, 6), "1.23457e+06");
  EXPECT_EQ(formatSignificant(32, 6), "32");
  EXPECT_EQ(formatSignificant(9.9999999, 6), "10");
  EXPECT_EQ(formatSignificant(999999.7, 6), "1e+06");
  EXPECT_EQ(formatSignificant(1e300, 10), "1e+300");
  EXPECT_EQ(formatSignificant(0.0, 6), "0");
  EXPECT_EQ(formatSignificant(-0.0, 6), "0");
}

TEST(NumberText, ExactTiesRoundAwayFromZero) {
  // printf rounds these to even ("1000.12", "3.051757812e-05"); the exports never did.
  EXPECT_EQ(formatSignificant(1000.125, 6), "1000.13");
  EXPECT_EQ(formatSignificant(-1000.125, 6), "-1000.13");
  EXPECT_EQ(formatSignificant(std::ldexp(1.0, -15), 10), "3.051757813e-05");
  EXPECT_EQ(formatSignificant(0.125, 2), "0.13");
  // Not a tie: 0.15 is stored just below, so it rounds down.
  EXPECT_EQ(formatSignificant(0.15, 1), "0.1");
}

TEST(NumberText, WholeNumbers) {
  EXPECT_EQ(formatWhole(42), "42");
  EXPECT_EQ(formatWhole(42.5), "43");
  EXPECT_EQ(formatWhole(2.5), "3");
  EXPECT_EQ(formatWhole(-2.5), "-3");
  EXPECT_EQ(formatWhole(42.4999), "42");
  EXPECT_EQ(formatWhole(-0.0), "0");
  EXPECT_EQ(formatWhole(1e16), "10000000000000000");
}

TEST(NumberText, RejectsWhatItCannotWrite) {
  EXPECT_THROW(formatSignificant(NAN, 6), std::invalid_argument);
  EXPECT_THROW(formatSignificant(1, 0), std::invalid_argument);
  EXPECT_THROW(formatWhole(INFINITY), std::invalid_argument);
}

}  // namespace
}  // namespace reco

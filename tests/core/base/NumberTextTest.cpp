// Numbers in exported files: printf's %g layout with exact ties rounded away from zero, whole numbers likewise.
#include <gtest/gtest.h>

#include <clocale>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <string>

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

TEST(NumberText, ShortestRoundTrip) {
  EXPECT_EQ(formatShortest(51626), "51626");
  EXPECT_EQ(formatShortest(0.25), "0.25");
  EXPECT_EQ(formatShortest(-0.0), "0");
  EXPECT_EQ(formatShortest(1.5e-7), "1.5e-07");
  EXPECT_EQ(formatShortest(static_cast<double>(0.1f)), "0.10000000149011612");
  for (double v : {1.0 / 3, 2.0 / 3e10, -123456.789, 6.02214076e23})
    EXPECT_EQ(std::strtod(formatShortest(v).c_str(), nullptr), v) << formatShortest(v);
  EXPECT_THROW(formatShortest(NAN), std::invalid_argument);
}

// A Qt application takes its C locale from the environment; the files must not change with it.
TEST(NumberText, IgnoresTheCLocale) {
  const std::string before = std::setlocale(LC_NUMERIC, nullptr);
  const char* comma = nullptr;
  for (const char* name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8", "es_ES.UTF-8", "es_ES.utf8"})
    if (std::setlocale(LC_NUMERIC, name)) {
      comma = name;
      break;
    }
  if (!comma) GTEST_SKIP() << "no locale with a decimal comma is installed";
  const std::string significant = formatSignificant(1234.5, 12), small = formatSignificant(1.5e-7, 6);
  const std::string whole = formatWhole(1234567.5);
  std::setlocale(LC_NUMERIC, before.c_str());
  EXPECT_EQ(significant, "1234.5") << comma;
  EXPECT_EQ(small, "1.5e-07") << comma;
  EXPECT_EQ(whole, "1234568") << comma;
}

TEST(NumberText, RejectsWhatItCannotWrite) {
  EXPECT_THROW(formatSignificant(NAN, 6), std::invalid_argument);
  EXPECT_THROW(formatSignificant(1, 0), std::invalid_argument);
  EXPECT_THROW(formatWhole(INFINITY), std::invalid_argument);
}

}  // namespace
}  // namespace reco

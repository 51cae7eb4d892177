#include "core/base/NumberText.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <utility>

namespace reco {

std::string formatSignificant(double value, int precision) {
  if (!std::isfinite(value) || precision < 1 || precision > 17)
    throw std::invalid_argument("formatSignificant: finite value and precision 1..17 expected");
  if (value == 0) return "0";  // also -0.0
  // The exact decimal expansion of the double (at most 767 significant digits), rounded here by hand: printf would
  // break exact ties to even. std::to_chars, not printf: it ignores the C locale, which a Qt application sets from
  // the environment (a German one would write "1,5e+00").
  char exact[840];
  const auto written =
      std::to_chars(exact, exact + sizeof exact - 1, std::fabs(value), std::chars_format::scientific, 780);
  *written.ptr = '\0';
  std::string digits;
  const char* p = exact;
  for (; *p != 'e'; ++p)
    if (*p != '.') digits.push_back(*p);
  int exponent = std::atoi(p + 1);
  std::string kept = digits.substr(0, static_cast<std::size_t>(precision));
  if (digits[static_cast<std::size_t>(precision)] >= '5') {
    int i = precision - 1;
    for (; i >= 0 && kept[static_cast<std::size_t>(i)] == '9'; --i) kept[static_cast<std::size_t>(i)] = '0';
    if (i >= 0) {
      ++kept[static_cast<std::size_t>(i)];
    } else {
      kept.insert(kept.begin(), '1');
      kept.pop_back();
      ++exponent;
    }
  }
  std::string out = std::signbit(value) ? "-" : "";
  auto fractionWithoutTrailingZeros = [](std::string fraction) {
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    if (!fraction.empty()) fraction.insert(fraction.begin(), '.');
    return fraction;
  };
  if (exponent < -4 || exponent >= precision) {
    out += kept[0];
    out += fractionWithoutTrailingZeros(kept.substr(1));
    char tail[16];
    std::snprintf(tail, sizeof tail, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += tail;
  } else if (exponent < 0) {
    std::string fraction(static_cast<std::size_t>(-exponent - 1), '0');
    fraction += kept;
    out += '0';
    out += fractionWithoutTrailingZeros(std::move(fraction));
  } else {
    const auto whole = static_cast<std::size_t>(exponent) + 1;
    out += kept.substr(0, whole);
    out += fractionWithoutTrailingZeros(kept.substr(whole));
  }
  return out;
}

std::string formatShortest(double value) {
  if (!std::isfinite(value)) throw std::invalid_argument("formatShortest: finite value expected");
  if (value == 0) return "0";
  char text[64];
  const auto written = std::to_chars(text, text + sizeof text, value);
  return std::string(text, written.ptr);
}

std::string formatWhole(double value) {
  if (!std::isfinite(value)) throw std::invalid_argument("formatWhole: finite value expected");
  if (value == 0) return "0";
  char text[400];
  std::snprintf(text, sizeof text, "%.0f", std::round(value));
  return text;
}

}  // namespace reco

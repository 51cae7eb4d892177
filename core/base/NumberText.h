// Numbers as text in exported files, the same on every machine and locale: '.' decimal point, no grouping.
// Rounding is to nearest with exact ties away from zero (1000.125 at 6 digits is "1000.13"), which is what the GUI's
// Qt formatting did when it wrote these files; the evaluation CSV keeps its bytes through that.
#pragma once

#include <string>

namespace reco {

// `precision` significant digits in printf's %g layout (trailing zeros dropped; exponent form "1.5e-05" when the
// decimal exponent is below -4 or at least `precision`); zero (also -0.0) is "0". Finite values only; precision
// 1..17.
std::string formatSignificant(double value, int precision);

// The shortest text that reads back as the same double (std::to_chars; "51626", "0.25", "1.5e-07"), as the JSON
// exports print numbers; zero (also -0.0) is "0". Finite values only. For large exports: about 20 times faster than
// formatSignificant.
std::string formatShortest(double value);

// The nearest integer ("43" for 42.5, "-3" for -2.5); zero (also -0.0) is "0". Finite values only.
std::string formatWhole(double value);

}  // namespace reco

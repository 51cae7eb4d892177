// Colour contrast as WCAG 2 defines it: the relative luminance of an sRGB colour and the contrast ratio of two
// colours, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter. 1 for equal colours, 21 for black on white; WCAG asks for
// at least 4.5 for text and 3 for lines and other graphics. Used to pick readable label colours on coloured bars.
#pragma once

#include <cstdint>

namespace reco {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
};

// 0 (black) .. 1 (white).
double relativeLuminance(Rgb colour);
// 1 .. 21, symmetric in its arguments.
double contrastRatio(Rgb a, Rgb b);
// Black or white, whichever contrasts more with `background`.
Rgb readableOn(Rgb background);

}  // namespace reco

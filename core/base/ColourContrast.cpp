#include "core/base/ColourContrast.h"

#include <algorithm>
#include <cmath>

namespace reco {

namespace {

// sRGB channel (0..255) to linear light (WCAG 2.x uses 0.03928 as the threshold).
double linear(std::uint8_t channel) {
  const double c = channel / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

double relativeLuminance(Rgb colour) {
  return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

double contrastRatio(Rgb a, Rgb b) {
  const double la = relativeLuminance(a), lb = relativeLuminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb readableOn(Rgb background) {
  const Rgb black{0, 0, 0}, white{255, 255, 255};
  return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

}  // namespace reco

// WCAG contrast: hand-checked values (black on white 21:1, #777777 on white just under 4.5:1, the WCAG example
// #767676 just over), symmetry, and the readable label colour on light and dark backgrounds.
#include <gtest/gtest.h>

#include "core/base/ColourContrast.h"

using reco::Rgb;

TEST(ColourContrast, LuminanceOfBlackWhiteAndPrimaries) {
  EXPECT_DOUBLE_EQ(reco::relativeLuminance({0, 0, 0}), 0.0);
  EXPECT_NEAR(reco::relativeLuminance({255, 255, 255}), 1.0, 1e-12);
  EXPECT_NEAR(reco::relativeLuminance({255, 0, 0}), 0.2126, 1e-12);
  EXPECT_NEAR(reco::relativeLuminance({0, 255, 0}), 0.7152, 1e-12);
  EXPECT_NEAR(reco::relativeLuminance({0, 0, 255}), 0.0722, 1e-12);
  // #808080: ((128/255 + 0.055) / 1.055)^2.4 = 0.21586
  EXPECT_NEAR(reco::relativeLuminance({128, 128, 128}), 0.21586, 1e-5);
}

TEST(ColourContrast, RatiosMatchWcagExamples) {
  EXPECT_NEAR(reco::contrastRatio({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
  EXPECT_DOUBLE_EQ(reco::contrastRatio({10, 20, 30}, {10, 20, 30}), 1.0);
  // #777777 on white fails 4.5:1 by a hair (4.48), #767676 passes (4.54).
  EXPECT_NEAR(reco::contrastRatio({0x77, 0x77, 0x77}, {255, 255, 255}), 4.48, 0.01);
  EXPECT_NEAR(reco::contrastRatio({0x76, 0x76, 0x76}, {255, 255, 255}), 4.54, 0.01);
  const Rgb a{200, 30, 60}, b{20, 90, 10};
  EXPECT_DOUBLE_EQ(reco::contrastRatio(a, b), reco::contrastRatio(b, a));
}

TEST(ColourContrast, ReadableLabelColour) {
  const auto isBlack = [](Rgb c) { return c.r == 0 && c.g == 0 && c.b == 0; };
  EXPECT_TRUE(isBlack(reco::readableOn({255, 255, 255})));
  EXPECT_TRUE(isBlack(reco::readableOn({0x20, 0x9f, 0xdf})));  // Qt Charts' light blue bar
  EXPECT_FALSE(isBlack(reco::readableOn({30, 30, 32})));
  EXPECT_FALSE(isBlack(reco::readableOn({0x8b, 0x00, 0x00})));
}

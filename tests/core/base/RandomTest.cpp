// The core generator: the SplitMix64 reference sequence, the stream-splitting rule and the samplers' ranges.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <vector>

#include "core/base/Random.h"
#include "core/models/Rng.h"

namespace {

using reco::SeededRandom;

TEST(SeededRandom, IsSplitMix64) {
  SeededRandom r(0);  // the reference implementation's first outputs from state 0
  EXPECT_EQ(r.next(), 0xE220A8397B1DCDAFULL);
  EXPECT_EQ(r.next(), 0x6E789E6AA1B965F4ULL);
  EXPECT_EQ(r.next(), 0x06C45D188009454FULL);
}

TEST(SeededRandom, StreamRule) {
  // state = seed ^ (stream * 0xD1B54A32D192ED03 + 0x8CB92BA72F3D8DD7), one output discarded.
  SeededRandom s(42, 7);
  SeededRandom manual(42ULL ^ (7ULL * 0xD1B54A32D192ED03ULL + 0x8CB92BA72F3D8DD7ULL));
  manual.next();
  for (int i = 0; i < 8; ++i) EXPECT_EQ(s.next(), manual.next());
  SeededRandom pinned(42, 7);
  EXPECT_EQ(pinned.next(), 0x9C7645C758F9E8DCULL);
  EXPECT_EQ(pinned.next(), 0xF673BE4245141CD7ULL);
  // Streams differ from each other and from the plain seed.
  SeededRandom a(42, 0), b(42, 1), plain(42);
  const auto x = a.next(), y = b.next(), z = plain.next();
  EXPECT_NE(x, y);
  EXPECT_NE(x, z);
  EXPECT_NE(y, z);
}

TEST(SeededRandom, SamplersStayInRange) {
  SeededRandom r(5);
  for (int i = 0; i < 10000; ++i) {
    const double u = r.uniform();
    EXPECT_TRUE(u >= 0.0 && u < 1.0);
    const float f = r.uniformFloat();
    EXPECT_TRUE(f >= 0.0f && f < 1.0f);
    EXPECT_LT(r.below(7), 7u);
    EXPECT_LT(r.belowFast(3), 3u);
  }
  std::vector<int> v(50);
  std::iota(v.begin(), v.end(), 0);
  r.shuffle(v);
  std::vector<int> sorted = v;
  std::sort(sorted.begin(), sorted.end());
  for (int i = 0; i < 50; ++i) EXPECT_EQ(sorted[static_cast<std::size_t>(i)], i);
  EXPECT_FALSE(std::is_sorted(v.begin(), v.end()));
}

TEST(SeededRandom, ModelsRngIsTheSameStream) {
  reco::Rng models(42, 3);
  SeededRandom base(42, 3);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(models.uniform(), base.uniformFloat());
  for (int i = 0; i < 4; ++i) EXPECT_EQ(models.below(1000), base.belowFast(1000));
}

}  // namespace

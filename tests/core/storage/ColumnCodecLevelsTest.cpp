// The column codec decodes every encoding identically at every CPU level of the kernels (baseline, x86-64-v3,
// x86-64-v4): the decoding loops are dispatched kernels.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "core/kernels/CpuLevel.h"
#include "core/models/Rng.h"
#include "core/storage/ColumnCodec.h"

namespace reco {
namespace {

struct IntCase {
  std::string name;
  std::vector<std::int64_t> values;
};

std::vector<IntCase> intCases() {
  Rng rng(5);
  std::vector<IntCase> cases;
  for (std::uint64_t range : {200ULL, 60000ULL, 4000000000ULL, 1ULL << 62}) {
    IntCase c{"frame of reference, range " + std::to_string(range), {}};
    for (int i = 0; i < 1000; ++i)
      c.values.push_back(-77 + static_cast<std::int64_t>((rng.next() >> 1) % range));
    cases.push_back(c);
    IntCase n = c;
    n.name += " with nulls";
    for (std::size_t i = 0; i < n.values.size(); i += 7) n.values[i] = kNullInt64;
    cases.push_back(n);
  }
  IntCase times{"non-decreasing (delta)", {}};
  std::int64_t t = 1700000000;
  for (int i = 0; i < 1000; ++i) times.values.push_back(t += static_cast<std::int64_t>(rng.below(300)));
  cases.push_back(times);
  cases.push_back({"all null", std::vector<std::int64_t>(33, kNullInt64)});
  return cases;
}

TEST(ColumnCodecLevels, EveryLevelDecodesWhatWasEncoded) {
  const auto ints = intCases();
  std::vector<double> floats, doubles;
  Rng rng(9);
  for (int i = 0; i < 1000; ++i) {
    floats.push_back(i % 5 == 0 ? std::numeric_limits<double>::quiet_NaN() : static_cast<double>(rng.uniform()));
    doubles.push_back(i % 9 == 0 ? std::numeric_limits<double>::quiet_NaN() : 0.1 * i + 1e-9);
  }
  const CpuLevel saved = cpuLevel();
  for (CpuLevel level : runnableCpuLevels()) {
    setCpuLevel(level);
    const std::string at = std::string(" at ") + cpuLevelName(level);
    for (const auto& c : ints) {
      std::string blob;
      encodeIntColumn(blob, c.values);
      ColumnReader r(blob, "test column");
      std::vector<std::int64_t> back;
      r.ints(static_cast<std::uint32_t>(c.values.size()), back);
      EXPECT_TRUE(r.atEnd()) << c.name << at;
      EXPECT_EQ(back, c.values) << c.name << at;
    }
    for (const auto* reals : {&floats, &doubles}) {
      std::string blob;
      encodeRealColumn(blob, *reals);
      ColumnReader r(blob, "test column");
      std::vector<double> back;
      r.reals(static_cast<std::uint32_t>(reals->size()), back);
      ASSERT_EQ(back.size(), reals->size());
      for (std::size_t i = 0; i < back.size(); ++i) {
        if (std::isnan((*reals)[i])) {
          EXPECT_TRUE(std::isnan(back[i])) << i << at;
        } else {
          EXPECT_EQ(back[i], (*reals)[i]) << i << at;
        }
      }
    }
  }
  setCpuLevel(saved);
}

}  // namespace
}  // namespace reco

// The one seeded random generator of the core: SplitMix64, with its samplers and the stream-splitting rule.
// Same sequence on every platform and standard library (std::shuffle and the std distributions are
// implementation-defined, so they are not used where results must be reproducible from a seed).
//
// Stream-splitting rule: a module that needs several independent streams from one user seed (a thread, an epoch,
// a factor matrix) constructs SeededRandom(seed, stream): the state becomes
//   seed ^ (stream * 0xD1B54A32D192ED03 + 0x8CB92BA72F3D8DD7)
// and one output is discarded, so nearby stream ids start far apart in the SplitMix64 sequence. SeededRandom(seed)
// is the plain sequence of the seed (not stream 0). Each module documents which stream ids it uses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace reco {

class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : state_(seed) {}
  SeededRandom(std::uint64_t seed, std::uint64_t stream) : state_(seed) {
    state_ ^= stream * 0xD1B54A32D192ED03ULL + 0x8CB92BA72F3D8DD7ULL;
    next();
  }

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform in [0, 1) with 24 random bits, for float kernels.
  float uniformFloat() { return static_cast<float>(next() >> 40) * (1.0f / 16777216.0f); }
  // Uniform integer in [0, n); n > 0. Lemire's multiply-shift with rejection, so unbiased.
  std::uint64_t below(std::uint64_t n) {
    for (;;) {
      std::uint64_t x = next();
      unsigned __int128 m = static_cast<unsigned __int128>(x) * n;
      auto low = static_cast<std::uint64_t>(m);
      if (low >= n || low >= (0 - n) % n) return static_cast<std::uint64_t>(m >> 64);
    }
  }
  // Uniform in [0, n) for n < 2^32 in one draw, no rejection (bias below 2^-32 per draw): for sampling loops.
  std::uint32_t belowFast(std::uint32_t n) {
    return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
  }
  // Fisher-Yates with below().
  template <class It>
  void shuffle(It first, It last) {
    for (auto n = static_cast<std::uint64_t>(last - first); n > 1; --n)
      std::swap(first[static_cast<std::ptrdiff_t>(n - 1)], first[static_cast<std::ptrdiff_t>(below(n))]);
  }
  template <class T>
  void shuffle(std::vector<T>& v) {
    shuffle(v.begin(), v.end());
  }

 private:
  std::uint64_t state_;
};

}  // namespace reco

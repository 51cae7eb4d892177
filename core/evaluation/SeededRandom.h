// A small, portable, seedable random generator (SplitMix64) for evaluation: the same seed gives the same splits,
// bootstrap resamples and search trials on every platform and standard library (std::shuffle and the std
// distributions are implementation-defined, so they are not used where results must be reproducible).
#pragma once

#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace reco {

class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1).
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform integer in [0, n); n > 0. Lemire's multiply-shift with rejection, so unbiased.
  std::uint64_t below(std::uint64_t n) {
    for (;;) {
      std::uint64_t x = next();
      unsigned __int128 m = static_cast<unsigned __int128>(x) * n;
      auto low = static_cast<std::uint64_t>(m);
      if (low >= n || low >= (0 - n) % n) return static_cast<std::uint64_t>(m >> 64);
    }
  }
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[static_cast<std::size_t>(below(i))]);
  }
  template <class It>
  void shuffle(It first, It last) {
    for (auto n = static_cast<std::uint64_t>(last - first); n > 1; --n)
      std::swap(first[static_cast<std::ptrdiff_t>(n - 1)], first[static_cast<std::ptrdiff_t>(below(n))]);
  }

 private:
  std::uint64_t state_;
};

}  // namespace reco

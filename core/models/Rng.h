// A small, fast, seedable random generator (SplitMix64) for model initialisation and sampling. Same sequence on
// every platform, unlike the std distributions, so trained models are reproducible from a seed.
#pragma once

#include <cstdint>

namespace reco {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  // Derives an independent stream, e.g. Rng(seed, epoch * 1000 + thread).
  Rng(std::uint64_t seed, std::uint64_t stream) : state_(seed) {
    state_ ^= stream * 0xD1B54A32D192ED03ULL + 0x8CB92BA72F3D8DD7ULL;
    next();
  }
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1).
  float uniform() { return static_cast<float>(next() >> 40) * (1.0f / 16777216.0f); }
  // Uniform in [0, n) for n < 2^32 (Lemire's multiply-shift; bias below 2^-32 per draw).
  std::uint32_t below(std::uint32_t n) {
    return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
  }

 private:
  std::uint64_t state_;
};

}  // namespace reco

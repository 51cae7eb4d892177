// The models' view of the core generator (core/base/Random.h, SplitMix64): float uniforms and single-draw bounded
// integers for the sampling loops. Streams follow the base rule, Rng(seed, stream); trained models are reproducible
// from their seed (and thread count).
#pragma once

#include <cstdint>

#include "core/base/Random.h"

namespace reco {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : random_(seed) {}
  // An independent stream, e.g. Rng(seed, epoch * 1000 + thread).
  Rng(std::uint64_t seed, std::uint64_t stream) : random_(seed, stream) {}
  std::uint64_t next() { return random_.next(); }
  // Uniform in [0, 1).
  float uniform() { return random_.uniformFloat(); }
  // Uniform in [0, n) for n < 2^32 (bias below 2^-32 per draw).
  std::uint32_t below(std::uint32_t n) { return random_.belowFast(n); }

 private:
  SeededRandom random_;
};

}  // namespace reco

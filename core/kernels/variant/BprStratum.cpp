// BPR's SGD over one stratum of an epoch (see BprRecommender.cpp), one CPU level's copy.
#include <algorithm>
#include <cmath>

#include "core/kernels/variant/KernelVariant.h"
#include "core/models/DenseKernels.h"

namespace reco::RECO_KERNEL_NS {

namespace {

// The row holding CSR position p: the last row among the bucket's candidates whose start is <= p.
inline std::int32_t rowOfPosition(const std::int64_t* indptr, const std::int32_t* rowOfBucket, std::int64_t p) {
  const auto b = static_cast<std::size_t>(p >> kBprBucketShift);
  std::int32_t lo = rowOfBucket[b];
  const std::int32_t hi = rowOfBucket[b + 1];
  if (hi - lo > 8)  // many short rows in one bucket
    return static_cast<std::int32_t>(std::upper_bound(indptr + lo + 1, indptr + hi + 1, p) - indptr) - 1;
  while (lo < hi && indptr[static_cast<std::size_t>(lo) + 1] <= p) ++lo;
  return lo;
}

bool rowContains(const std::int32_t* indices, std::int64_t b, std::int64_t e, std::int32_t item) {
  return std::binary_search(indices + b, indices + e, item);
}

inline void prefetchRow(const float* p, int k) {
  for (int off = 0; off < k; off += 16) __builtin_prefetch(p + off, 1, 3);
}

// As many samples as the stratum has interactions, each drawn uniformly from them. The next sample is drawn and its
// factor rows prefetched while the current one is updated: the loop is bound by memory latency, not arithmetic.
template <int K>
BprStratumResult runStratum(const BprStratum& s, int k, float lr, float reg, float* X, float* Y, float* bias, Rng& rng,
                            const std::atomic<bool>* cancel) {
  BprStratumResult res;
  if (s.positionCount == 0 || s.blockSize == 0) return res;
  // Three-stage pipeline over a ring of samples, so that each dependent memory access (position -> item and user ->
  // factor rows) was prefetched a sample earlier: sample n + 3 is drawn (its stratum position and negative's row
  // prefetched), n + 2 resolves its position to the user (row pointers, in cache) and prefetches the CSR item and the
  // user's row, n + 1 reads the item and prefetches its row, and n is updated.
  struct Sample {
    std::int64_t p;
    std::uint32_t r;
    std::int32_t u, i, j;
  };
  constexpr int kRing = 4;
  Sample ring[kRing] = {};
  const std::int64_t samples = s.positionCount;
  auto draw = [&](Sample& d) {
    d.r = rng.below(s.positionCount);
    d.j = s.blockItems[rng.below(s.blockSize)];
    __builtin_prefetch(s.positions + d.r);
    prefetchRow(Y + static_cast<std::ptrdiff_t>(d.j) * k, k);
  };
  auto locate = [&](Sample& d) {
    d.p = s.base + s.positions[d.r];
    __builtin_prefetch(s.indices + d.p);
    d.u = rowOfPosition(s.indptr, s.rowOfBucket, d.p);
    prefetchRow(X + static_cast<std::ptrdiff_t>(d.u) * k, k);
    if (s.seen) __builtin_prefetch(s.seen + (static_cast<std::uint64_t>(d.u) * s.items + static_cast<std::uint64_t>(d.j)) / 64);
  };
  auto resolve = [&](Sample& d) {
    d.i = s.indices[d.p];
    prefetchRow(Y + static_cast<std::ptrdiff_t>(d.i) * k, k);
  };
  for (std::int64_t n = 0; n < std::min<std::int64_t>(3, samples); ++n) draw(ring[n]);
  if (samples > 0) locate(ring[0]);
  if (samples > 1) locate(ring[1]);
  if (samples > 0) resolve(ring[0]);
  for (std::int64_t n = 0; n < samples; ++n) {
    if ((n & 4095) == 0 && cancel && cancel->load(std::memory_order_relaxed)) return res;
    if (n + 3 < samples) draw(ring[(n + 3) % kRing]);
    if (n + 2 < samples) locate(ring[(n + 2) % kRing]);
    if (n + 1 < samples) resolve(ring[(n + 1) % kRing]);
    const Sample& cur = ring[n % kRing];
    const std::int32_t u = cur.u, i = cur.i;
    const std::int64_t rb = s.indptr[u], re = s.indptr[u + 1];
    std::int32_t j = cur.j;
    auto isPositive = [&](std::int32_t item) {
      if (s.seen) {
        const std::uint64_t bit = static_cast<std::uint64_t>(u) * s.items + static_cast<std::uint64_t>(item);
        return ((s.seen[bit / 64] >> (bit % 64)) & 1u) != 0;
      }
      return rowContains(s.indices, rb, re, item);
    };
    for (int attempt = 0; j == i || isPositive(j); ++attempt) {
      if (attempt == 8) {
        j = -1;
        break;
      }
      j = s.blockItems[rng.below(s.blockSize)];
    }
    if (j < 0) continue;
    float* __restrict xu = X + static_cast<std::ptrdiff_t>(u) * k;
    float* __restrict yi = Y + static_cast<std::ptrdiff_t>(i) * k;
    float* __restrict yj = Y + static_cast<std::ptrdiff_t>(j) * k;
    const int len = K > 0 ? K : k;
    float acc[kernels::kLanes] = {};
    int f = 0;
    for (; f + kernels::kLanes <= len; f += kernels::kLanes)
      for (int l = 0; l < kernels::kLanes; ++l) acc[l] += xu[f + l] * (yi[f + l] - yj[f + l]);
    float score = bias[i] - bias[j];
    for (; f < len; ++f) score += xu[f] * (yi[f] - yj[f]);
    for (int l = 0; l < kernels::kLanes; ++l) score += acc[l];
    const float z = 1.0f / (1.0f + std::exp(score));  // = 1 - sigmoid(score), the gradient scale
    if ((n & 15) == 0) {
      res.loss += -std::log(std::max(1e-30, 1.0 - static_cast<double>(z)));
      ++res.lossSamples;
    }
    for (f = 0; f < len; ++f) {
      const float xf = xu[f], yif = yi[f], yjf = yj[f];
      xu[f] = xf + lr * (z * (yif - yjf) - reg * xf);
      yi[f] = yif + lr * (z * xf - reg * yif);
      yj[f] = yjf + lr * (-z * xf - reg * yjf);
    }
    bias[i] += lr * (z - reg * bias[i]);
    bias[j] += lr * (-z - reg * bias[j]);
  }
  return res;
}

}  // namespace

BprStratumResult bprStratum(const BprStratum& s, const BprStep& step, Rng& rng, const std::atomic<bool>* cancel) {
  BprStratumResult r;
  kernels::dispatchFactors(step.k, [&]<int K>() {
    r = runStratum<K>(s, step.k, step.learningRate, step.regularization, step.X, step.Y, step.bias, rng, cancel);
  });
  return r;
}

}  // namespace reco::RECO_KERNEL_NS

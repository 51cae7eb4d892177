// Small dense float kernels for the factor models' inner loops (dot, axpy on factor rows). Written with independent
// lane accumulators so the compiler vectorises them without -ffast-math; K > 0 fixes the length at compile time
// (the hot sizes), K == 0 takes it at run time.
#pragma once

#include <cstddef>

namespace reco::kernels {

inline constexpr int kLanes = 16;

template <int K>
inline float dot(const float* __restrict a, const float* __restrict b, int n) {
  const int len = K > 0 ? K : n;
  float acc[kLanes] = {};
  int i = 0;
  for (; i + kLanes <= len; i += kLanes)
    for (int l = 0; l < kLanes; ++l) acc[l] += a[i + l] * b[i + l];
  float tail = 0;
  for (; i < len; ++i) tail += a[i] * b[i];
  float s0 = 0, s1 = 0;
  for (int l = 0; l < kLanes; l += 2) {
    s0 += acc[l];
    s1 += acc[l + 1];
  }
  return s0 + s1 + tail;
}

// y += alpha * x
template <int K>
inline void axpy(float alpha, const float* __restrict x, float* __restrict y, int n) {
  const int len = K > 0 ? K : n;
  for (int i = 0; i < len; ++i) y[i] += alpha * x[i];
}

// Calls f(std::integral_constant-like tag) with the compile-time length matching k when it is a hot size.
template <class F>
inline void dispatchFactors(int k, F&& f) {
  switch (k) {
    case 16: f.template operator()<16>(); break;
    case 32: f.template operator()<32>(); break;
    case 64: f.template operator()<64>(); break;
    case 128: f.template operator()<128>(); break;
    default: f.template operator()<0>(); break;
  }
}

}  // namespace reco::kernels

// EASE (Steck 2019): the inverse of the regularised Gram matrix and the scoring, one CPU level's copy. Called by
// EaseRecommender.

// GCC 12 reports a false -Wmaybe-uninitialized inside Eigen's AVX-512 transpose kernels (GCC bug 105593), and under
// the sanitizers a false -Wuninitialized.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"

#include <Eigen/Dense>

#include "core/kernels/variant/KernelVariant.h"
#include "core/models/DenseKernels.h"
#include "core/models/ParallelFor.h"

namespace reco::RECO_KERNEL_NS {

bool easeInverse(float* g, float* p, std::int64_t n, int threads, const std::atomic<bool>* cancel) {
  Eigen::Map<Eigen::MatrixXf> Gm(g, n, n);
  Eigen::LLT<Eigen::Ref<Eigen::MatrixXf>> llt(Gm);  // in place: G now holds the factor
  if (llt.info() != Eigen::Success) return false;
  // P = (X^T X + lambda I)^-1 by solving against blocks of identity columns in parallel.
  Eigen::Map<Eigen::MatrixXf> Pm(p, n, n);
  const std::int64_t block = 64;
  parallelFor(n, block, threads, [&](std::int64_t, std::int64_t b, std::int64_t e, int) {
    if (cancel && cancel->load(std::memory_order_relaxed)) return;
    auto cols = Pm.middleCols(b, e - b);
    cols.setZero();
    for (std::int64_t c = b; c < e; ++c) cols(c, c - b) = 1.0f;
    llt.solveInPlace(cols);
  });
  return true;
}

void easeScores(const float* b, std::int32_t items, const std::int32_t* seen, const float* weights, std::size_t count,
                float* out) {
  std::fill(out, out + items, 0.0f);
  for (std::size_t p = 0; p < count; ++p)
    kernels::axpy<0>(weights[p], b + static_cast<std::size_t>(seen[p]) * static_cast<std::size_t>(items), out, items);
}

}  // namespace reco::RECO_KERNEL_NS

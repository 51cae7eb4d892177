// Scoring of the matrix-factorisation models (dot products of user and item factor rows) and their all-users
// top-n, one CPU level's copy. Called by FactorRecommender.

// GCC 12 reports a false -Wmaybe-uninitialized inside Eigen's AVX-512 transpose kernels (GCC bug 105593), and under
// the sanitizers a false -Wuninitialized.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"

#include <Eigen/Dense>
#include <limits>

#include "core/kernels/variant/KernelVariant.h"

namespace reco::RECO_KERNEL_NS {

namespace {
using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstRowMap = Eigen::Map<const RowMatrix>;
}  // namespace

void factorScores(const float* itemFactors, const float* itemBias, std::int32_t items, int factors, const float* x,
                  std::int64_t rows, float* out) {
  ConstRowMap Y(itemFactors, items, factors);
  if (rows == 1) {
    Eigen::Map<const Eigen::VectorXf> xv(x, factors);
    Eigen::Map<Eigen::VectorXf> s(out, items);
    s.noalias() = Y * xv;
    if (itemBias) s += Eigen::Map<const Eigen::VectorXf>(itemBias, items);
    return;
  }
  ConstRowMap X(x, static_cast<Eigen::Index>(rows), factors);
  Eigen::Map<RowMatrix> S(out, static_cast<Eigen::Index>(rows), items);
  S.noalias() = X * Y.transpose();
  if (itemBias) S.rowwise() += Eigen::Map<const Eigen::RowVectorXf>(itemBias, items);
}

void factorTopN(const FactorTopNJob& job, std::int64_t b, std::int64_t e, std::vector<float>& scratch,
                TopN& select) {
  const std::int32_t items = job.items;
  const int n = job.n;
  ConstRowMap Y(job.itemFactors, items, job.factors);
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const auto rows = static_cast<Eigen::Index>(e - b);
  ConstRowMap X(job.userFactors + static_cast<std::size_t>(b) * job.factors, rows, job.factors);
  scratch.resize(static_cast<std::size_t>(rows) * static_cast<std::size_t>(items));
  Eigen::Map<RowMatrix> S(scratch.data(), rows, items);
  S.noalias() = X * Y.transpose();
  if (job.itemBias) S.rowwise() += Eigen::Map<const Eigen::RowVectorXf>(job.itemBias, items);
  for (Eigen::Index r = 0; r < rows; ++r) {
    const auto u = static_cast<std::int32_t>(b + r);
    const auto ub = job.seenPtr[u], ue = job.seenPtr[u + 1];
    if (ub == ue) {
      job.results[u] = *job.fallback;
      continue;
    }
    float* row = S.data() + r * items;
    if (job.excludeSeen)
      for (auto p = ub; p < ue; ++p) row[job.seenIdx[p]] = nan;
    select.reset(n);
    // Fill, then only items beating the current threshold pay for a heap update.
    std::int32_t i = 0;
    for (; i < items && !select.full(); ++i) select.push(i, row[i]);
    for (; i < items; ++i)
      if (row[i] > select.threshold()) select.push(i, row[i]);
    job.results[u] = select.take();
  }
}

}  // namespace reco::RECO_KERNEL_NS

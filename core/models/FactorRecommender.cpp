#include "core/models/FactorRecommender.h"

// GCC 12 reports a false -Wmaybe-uninitialized inside Eigen's AVX-512 transpose kernels (GCC bug 105593).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <Eigen/Dense>
#include <cmath>
#include <limits>

#include "core/kernels/KernelTable.h"
#include "core/models/ParallelFor.h"

namespace reco {

namespace {
using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstRowMap = Eigen::Map<const RowMatrix>;
}  // namespace

void FactorRecommender::scoreUser(std::int32_t user, std::span<float> out) const {
  kernelTable().factorScores(itemFactors_.data(), itemBias_.empty() ? nullptr : itemBias_.data(), items_, factors_,
                             userFactors_.data() + static_cast<std::size_t>(user) * factors_, 1, out.data());
}

void FactorRecommender::scoreUserBlock(std::span<const std::int32_t> users, std::span<float> out) const {
  const auto k = static_cast<std::size_t>(factors_);
  std::vector<float> rows(users.size() * k);
  for (std::size_t r = 0; r < users.size(); ++r) {
    const float* x = userFactors_.data() + static_cast<std::size_t>(users[r]) * k;
    std::copy(x, x + k, rows.begin() + static_cast<std::ptrdiff_t>(r * k));
  }
  kernelTable().factorScores(itemFactors_.data(), itemBias_.empty() ? nullptr : itemBias_.data(), items_, factors_,
                             rows.data(), static_cast<std::int64_t>(users.size()), out.data());
}

std::vector<ScoredItem> FactorRecommender::similarItems(std::int32_t item, int n) const {
  checkItem(item);
  ConstRowMap Y(itemFactors_.data(), items_, factors_);
  Eigen::VectorXf norms = Y.rowwise().norm();
  Eigen::VectorXf sims = Y * Y.row(item).transpose();
  const float self = norms[item];
  for (std::int32_t j = 0; j < items_; ++j) {
    float d = norms[j] * self;
    sims[j] = d > 0 ? sims[j] / d : 0.0f;
  }
  return topExcept({sims.data(), static_cast<std::size_t>(items_)}, item, n);
}

std::vector<std::vector<ScoredItem>> FactorRecommender::recommendAll(int n, bool excludeSeen, int threads) const {
  requireFitted();
  std::vector<std::vector<ScoredItem>> result(static_cast<std::size_t>(users_));
  if (n <= 0 || users_ == 0) return result;
  const std::vector<ScoredItem> fallback = popularTop(n, {});
  const int workers = resolveThreadCount(threads);
  // Users per GEMM block: the score block (block x items floats) stays around 1 MB so it lives in L2.
  const std::int64_t block = std::clamp<std::int64_t>((1 << 18) / std::max(1, items_), 8, 256);
  std::vector<std::vector<float>> buffers(static_cast<std::size_t>(workers));
  std::vector<TopN> selectors(static_cast<std::size_t>(workers), TopN(n));
  const FactorTopNJob job{userFactors_.data(), itemFactors_.data(), itemBias_.empty() ? nullptr : itemBias_.data(),
                          factors_, items_, seenPtr_.data(), seenIdx_.data(), &fallback, n, excludeSeen,
                          result.data()};
  const KernelTable& simd = kernelTable();
  parallelFor(users_, block, workers, [&](std::int64_t, std::int64_t b, std::int64_t e, int w) {
    simd.factorTopN(job, b, e, buffers[static_cast<std::size_t>(w)], selectors[static_cast<std::size_t>(w)]);
  });
  return result;
}

void FactorRecommender::saveModel(BlobWriter& out) const {
  out.put<std::int32_t>(factors_);
  out.putVector(userFactors_);
  out.putVector(itemFactors_);
  out.putVector(itemBias_);
}

void FactorRecommender::loadModel(BlobReader& in) {
  factors_ = in.get<std::int32_t>("factor count");
  if (factors_ <= 0 || factors_ > 4096) in.fail("implausible factor count " + std::to_string(factors_));
  const auto U = static_cast<std::uint64_t>(users_) * static_cast<std::uint64_t>(factors_);
  const auto I = static_cast<std::uint64_t>(items_) * static_cast<std::uint64_t>(factors_);
  userFactors_ = in.getVector<float>("user factors", U);
  itemFactors_ = in.getVector<float>("item factors", I);
  itemBias_ = in.getVector<float>("item bias", static_cast<std::uint64_t>(items_));
  if (userFactors_.size() != U || itemFactors_.size() != I) in.fail("factor matrices have the wrong size");
  if (!itemBias_.empty() && itemBias_.size() != static_cast<std::size_t>(items_)) in.fail("item bias has the wrong size");
}

}  // namespace reco

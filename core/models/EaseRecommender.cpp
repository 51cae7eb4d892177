#include "core/models/EaseRecommender.h"

#include <chrono>
#include <cstdio>
#include <limits>
#include <stdexcept>

#include "core/base/Time.h"
#include "core/kernels/KernelTable.h"
#include "core/models/ParallelFor.h"

namespace reco {

EaseRecommender::EaseRecommender() : RecommenderBase(algorithmInfo()) {}

const AlgorithmInfo& EaseRecommender::algorithmInfo() {
  static const AlgorithmInfo info{
      "ease",
      "EASE",
      "Embarrassingly shallow autoencoder (Steck 2019): a closed-form item-item regression; strong on dense data, "
      "memory grows with the square of the catalogue.",
      {
          {"lambda", 500, 1e-3, 1e7, false, true, "L2 regularisation of the item-item weights."},
          {"max_items", 20000, 1, 100000, true, false,
           "Refuse catalogues larger than this (training holds 2 x items^2 floats)."},
          {"threads", 0, 0, 256, true, false, "Worker threads; 0 = all cores."},
      }};
  return info;
}

void EaseRecommender::fitModel(const InteractionMatrix& matrix, const FitCallback& progress,
                               const std::atomic<bool>* cancel) {
  const auto start = std::chrono::steady_clock::now();
  const int maxItems = intParam("max_items");
  const int threads = threadCount();
  const auto lambda = static_cast<float>(param("lambda"));
  if (items_ > maxItems) {
    char gb[32];
    std::snprintf(gb, sizeof gb, "%.1f", 2.0 * items_ * static_cast<double>(items_) * 4 / 1e9);
    throw std::runtime_error("EASE: " + std::to_string(items_) + " items exceed max_items = " +
                             std::to_string(maxItems) + " (training would need " + gb +
                             " GB for two items x items matrices); raise the minimum item interactions when "
                             "building the matrix, or use itemknn or ials");
  }
  const auto n = static_cast<std::int64_t>(items_);
  const auto nn = static_cast<std::size_t>(items_) * static_cast<std::size_t>(items_);
  std::vector<float> P(nn);
  {
    // Gram matrix X^T X, row by row from the item's users (each worker owns whole rows).
    std::vector<float> G(nn, 0.0f);
    const InteractionMatrix byItem = matrix.transposed();
    parallelFor(items_, 32, threads, [&](std::int64_t, std::int64_t b, std::int64_t e, int) {
      throwIfCancelled(cancel);
      for (auto i = static_cast<std::int32_t>(b); i < e; ++i) {
        float* row = G.data() + static_cast<std::size_t>(i) * static_cast<std::size_t>(items_);
        auto users = byItem.rowIndices(i);
        auto weights = byItem.rowValues(i);
        for (std::size_t p = 0; p < users.size(); ++p) {
          auto idx = matrix.rowIndices(users[p]);
          auto vals = matrix.rowValues(users[p]);
          for (std::size_t q = 0; q < idx.size(); ++q) row[idx[q]] += weights[p] * vals[q];
        }
        row[i] += lambda;
      }
    });
    throwIfCancelled(cancel);
    if (!kernelTable().easeInverse(G.data(), P.data(), n, threads, cancel))
      throw std::runtime_error("EASE: X^T X + lambda I is not positive definite; raise 'lambda'");
    throwIfCancelled(cancel);
  }
  // B row i = column i of P (P is symmetric) scaled by -1 / P_jj, diagonal zero.
  std::vector<float> inv(static_cast<std::size_t>(items_));
  for (std::size_t j = 0; j < static_cast<std::size_t>(items_); ++j)
    inv[j] = -1.0f / P[j * static_cast<std::size_t>(items_) + j];
  parallelFor(items_, 64, threads, [&](std::int64_t, std::int64_t b, std::int64_t e, int) {
    for (auto i = static_cast<std::size_t>(b); i < static_cast<std::size_t>(e); ++i) {
      float* row = P.data() + i * static_cast<std::size_t>(items_);
      for (std::size_t j = 0; j < static_cast<std::size_t>(items_); ++j) row[j] *= inv[j];
      row[i] = 0.0f;
    }
  });
  B_ = std::move(P);
  if (progress)
    progress({1, 1, std::numeric_limits<double>::quiet_NaN(),
              secondsSince(start)});
}

void EaseRecommender::scoreUser(std::int32_t user, std::span<float> out) const {
  auto items = seenItems(user);
  auto weights = seenValues(user);
  kernelTable().easeScores(B_.data(), items_, items.data(), weights.data(), items.size(), out.data());
}

std::vector<ScoredItem> EaseRecommender::similarItems(std::int32_t item, int n) const {
  checkItem(item);
  const auto row = static_cast<std::size_t>(item) * static_cast<std::size_t>(items_);
  return topExcept({B_.data() + row, static_cast<std::size_t>(items_)}, item, n);
}

void EaseRecommender::saveModel(BlobWriter& out) const { out.putVector(B_); }

void EaseRecommender::loadModel(BlobReader& in) {
  const auto nn = static_cast<std::uint64_t>(items_) * static_cast<std::uint64_t>(items_);
  B_ = in.getVector<float>("item-item weights", nn);
  if (B_.size() != nn) in.fail("item-item weights have the wrong size");
}

}  // namespace reco

#include "core/models/IalsRecommender.h"

// GCC 12 reports a false -Wmaybe-uninitialized inside Eigen's AVX-512 transpose kernels (GCC bug 105593).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <Eigen/Dense>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>

#include "core/kernels/KernelTable.h"
#include "core/models/ParallelFor.h"
#include "core/models/Rng.h"

namespace reco {

namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstRowMap = Eigen::Map<const RowMatrix>;
using Clock = std::chrono::steady_clock;

}  // namespace

IalsRecommender::IalsRecommender() : FactorRecommender(algorithmInfo()) {}

const AlgorithmInfo& IalsRecommender::algorithmInfo() {
  static const AlgorithmInfo info{
      "ials",
      "iALS",
      "Implicit-feedback alternating least squares (Hu, Koren & Volinsky 2008): latent factors fitted to all cells, "
      "interactions weighted by confidence 1 + alpha x weight.",
      {
          {"factors", 64, 1, 1024, true, true, "Number of latent factors per user and item."},
          {"regularization", 50, 0, 10000, false, true,
           "L2 penalty on the factors (lambda); it weighs against a user's summed confidences, so sparse data with "
           "few interactions per user may want less."},
          {"alpha", 7, 0, 100000, false, true, "Confidence scale: an interaction of weight w counts 1 + alpha*w."},
          {"iterations", 15, 1, 1000, true, false, "Alternating sweeps over users and items."},
          {"solver", 1, 0, 1, true, false, "1 = conjugate gradient (fast), 0 = exact Cholesky solve."},
          {"cg_steps", 3, 1, 64, true, false, "Conjugate-gradient steps per row and sweep (solver 1)."},
          {"loss", 1, 0, 1, true, false, "1 = compute the weighted training loss every iteration (costs ~20%)."},
          {"seed", 42, 0, 2147483647, true, false, "Seed of the random factor initialisation."},
          {"threads", 0, 0, 256, true, false, "Worker threads; 0 = all cores."},
      }};
  return info;
}

void IalsRecommender::fitModel(const InteractionMatrix& matrix, const FitCallback& progress,
                               const std::atomic<bool>* cancel) {
  const int k = intParam("factors");
  const int iterations = intParam("iterations");
  const bool computeLoss = intParam("loss") != 0;
  for (std::size_t e = 0; e < matrix.values().size(); ++e)
    if (!(matrix.values()[e] >= 0) || !std::isfinite(matrix.values()[e]))
      throw std::invalid_argument("iALS needs finite, non-negative interaction weights; entry " + std::to_string(e) +
                                  " is " + std::to_string(matrix.values()[e]));
  factors_ = k;
  itemBias_.clear();
  userFactors_.assign(static_cast<std::size_t>(users_) * k, 0.0f);
  itemFactors_.assign(static_cast<std::size_t>(items_) * k, 0.0f);
  Rng rngItems(static_cast<std::uint64_t>(intParam("seed")), 1);
  for (auto& v : itemFactors_) v = rngItems.uniform() * 0.01f;
  Rng rngUsers(static_cast<std::uint64_t>(intParam("seed")), 2);
  for (auto& v : userFactors_) v = rngUsers.uniform() * 0.01f;
  solveStats_ = {};

  InteractionMatrix itemsByUser = matrix.transposed();
  const auto start = Clock::now();
  for (int it = 1; it <= iterations; ++it) {
    throwIfCancelled(cancel);
    auto t0 = Clock::now();
    solveSide(matrix, userFactors_.data(), itemFactors_.data(), cancel);
    solveSide(itemsByUser, itemFactors_.data(), userFactors_.data(), cancel);
    solveStats_.seconds += std::chrono::duration<double>(Clock::now() - t0).count();
    double loss = computeLoss ? trainingLoss(matrix, threadCount()) : std::numeric_limits<double>::quiet_NaN();
    if (progress)
      progress({it, iterations, loss, std::chrono::duration<double>(Clock::now() - start).count()});
  }
}

void IalsRecommender::solveSide(const InteractionMatrix& R, float* out, const float* fixed,
                                const std::atomic<bool>* cancel) {
  const int k = factors_;
  const float reg = static_cast<float>(param("regularization"));
  const float alpha = static_cast<float>(param("alpha"));
  const bool exact = intParam("solver") == 0;
  const int steps = intParam("cg_steps");
  const int threads = threadCount();
  const KernelTable& simd = kernelTable();
  std::vector<float> yty(static_cast<std::size_t>(k) * k);
  simd.ialsGram(fixed, R.cols(), k, reg, yty.data());

  const auto& indptr = R.indptr();
  const IalsSolveJob job{indptr.data(), R.indices().data(), R.values().data(), yty.data(), fixed, out, k, alpha,
                         exact, steps};
  parallelFor(R.rows(), 32, threads, [&](std::int64_t, std::int64_t b, std::int64_t e, int) {
    throwIfCancelled(cancel);
    simd.ialsSolveRows(job, b, e);
  });

  // Analytic FLOP count of the row solves (multiply-add = 2 flops), for the benchmark's rate figure.
  std::int64_t rows = 0;
  for (std::int32_t r = 0; r < R.rows(); ++r) rows += indptr[static_cast<std::size_t>(r) + 1] > indptr[static_cast<std::size_t>(r)];
  const double kk = k, nnz = static_cast<double>(R.nnz());
  solveStats_.flops += 2.0 * kk * kk * static_cast<double>(R.cols());  // Y^T Y
  if (exact)
    solveStats_.flops += nnz * (kk * (kk + 1) + 4 * kk) + static_cast<double>(rows) * (kk * kk * kk / 3 + 2 * kk * kk);
  else
    solveStats_.flops += (1 + steps) * (nnz * 4 * kk + static_cast<double>(rows) * 2 * kk * kk) +
                         static_cast<double>(rows) * steps * 10 * kk;
}

double IalsRecommender::trainingLoss(const InteractionMatrix& R, int threads) const {
  const int k = factors_;
  const float reg = static_cast<float>(param("regularization"));
  const float alpha = static_cast<float>(param("alpha"));
  ConstRowMap Y(itemFactors_.data(), items_, k);
  ConstRowMap X(userFactors_.data(), users_, k);
  Eigen::MatrixXf yty(k, k);
  yty.noalias() = Y.transpose() * Y;
  constexpr std::int64_t chunk = 256;
  const std::int64_t chunks = (users_ + chunk - 1) / chunk;
  std::vector<double> sq(static_cast<std::size_t>(chunks), 0.0), conf(sq), norms(sq);
  const auto& indptr = R.indptr();
  parallelFor(users_, chunk, threads, [&](std::int64_t c, std::int64_t b, std::int64_t e, int) {
    double s = 0, cf = 0, nr = 0;
    Eigen::VectorXf t(k);
    for (std::int64_t u = b; u < e; ++u) {
      auto x = X.row(u);
      t.noalias() = yty * x.transpose();
      s += static_cast<double>(x.dot(t.transpose()));  // sum over all items of (x . y)^2
      nr += static_cast<double>(x.squaredNorm());
      for (auto p = indptr[static_cast<std::size_t>(u)]; p < indptr[static_cast<std::size_t>(u) + 1]; ++p) {
        const double score = x.dot(Y.row(R.indices()[static_cast<std::size_t>(p)]));
        const double cc = 1.0 + static_cast<double>(alpha) * R.values()[static_cast<std::size_t>(p)];
        s += cc * (1 - score) * (1 - score) - score * score;
        cf += cc;
      }
    }
    sq[static_cast<std::size_t>(c)] = s;
    conf[static_cast<std::size_t>(c)] = cf;
    norms[static_cast<std::size_t>(c)] = nr;
  });
  double total = 0, totalConf = 0, userNorm = 0;
  for (std::size_t c = 0; c < sq.size(); ++c) {
    total += sq[c];
    totalConf += conf[c];
    userNorm += norms[c];
  }
  const double itemNorm = static_cast<double>(Y.squaredNorm());
  total += reg * (userNorm + itemNorm);
  const double cells = totalConf + static_cast<double>(users_) * items_ - static_cast<double>(R.nnz());
  return cells > 0 ? total / cells : 0.0;
}

}  // namespace reco

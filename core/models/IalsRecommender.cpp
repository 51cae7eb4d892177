#include "core/models/IalsRecommender.h"

// GCC 12 reports a false -Wmaybe-uninitialized inside Eigen's AVX-512 transpose kernels (GCC bug 105593).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <Eigen/Dense>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>

#include "core/models/DenseKernels.h"
#include "core/models/ParallelFor.h"
#include "core/models/Rng.h"

namespace reco {

namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstRowMap = Eigen::Map<const RowMatrix>;
using Clock = std::chrono::steady_clock;

constexpr Eigen::Index kGatherRows = 128;  // rows gathered per rank-k update in the exact solver

// Per-worker scratch, allocated once per half-sweep.
struct Workspace {
  explicit Workspace(int k) : r(k), p(k), ap(k), A(k, k), b(k), x(k), llt(k), G(kGatherRows, k) {}
  std::vector<float> r, p, ap;
  Eigen::MatrixXf A;
  Eigen::VectorXf b, x;
  Eigen::LLT<Eigen::MatrixXf, Eigen::Lower> llt;
  RowMatrix G;
};

// Conjugate gradient on (YtY + reg I + sum (c-1) y y^T) x = sum c y, warm-started from x (the `implicit` scheme).
// yty already holds the regularisation on its diagonal.
template <int K>
void solveRowCg(int k, const float* yty, const float* Y, const std::int32_t* idx, const float* val, std::int64_t n,
                float alpha, int steps, float* x, Workspace& ws) {
  using namespace kernels;
  float* r = ws.r.data();
  float* p = ws.p.data();
  float* ap = ws.ap.data();
  for (int j = 0; j < k; ++j) r[j] = 0;
  for (int j = 0; j < k; ++j) axpy<K>(-x[j], yty + static_cast<std::ptrdiff_t>(j) * k, r, k);
  for (std::int64_t e = 0; e < n; ++e) {
    const float* y = Y + static_cast<std::ptrdiff_t>(idx[e]) * k;
    const float c1 = alpha * val[e];  // c - 1
    const float s = dot<K>(y, x, k);
    axpy<K>(c1 + 1.0f - c1 * s, y, r, k);
  }
  for (int j = 0; j < k; ++j) p[j] = r[j];
  float rsold = dot<K>(r, r, k);
  if (rsold < 1e-20f) return;
  for (int it = 0; it < steps; ++it) {
    for (int j = 0; j < k; ++j) ap[j] = 0;
    for (int j = 0; j < k; ++j) axpy<K>(p[j], yty + static_cast<std::ptrdiff_t>(j) * k, ap, k);
    for (std::int64_t e = 0; e < n; ++e) {
      const float* y = Y + static_cast<std::ptrdiff_t>(idx[e]) * k;
      axpy<K>(alpha * val[e] * dot<K>(y, p, k), y, ap, k);
    }
    const float pap = dot<K>(p, ap, k);
    if (!(pap > 0)) break;
    const float a = rsold / pap;
    axpy<K>(a, p, x, k);
    axpy<K>(-a, ap, r, k);
    const float rsnew = dot<K>(r, r, k);
    if (rsnew < 1e-20f) break;
    const float beta = rsnew / rsold;
    for (int j = 0; j < k; ++j) p[j] = r[j] + beta * p[j];
    rsold = rsnew;
  }
}

// Exact solve: A = YtY + reg I + G^T G with G's rows sqrt(c-1) y (rank-k updates of the lower triangle), Cholesky.
void solveRowExact(int k, const Eigen::MatrixXf& yty, const float* Y, const std::int32_t* idx, const float* val,
                   std::int64_t n, float alpha, float* x, Workspace& ws) {
  ws.A = yty;
  ws.b.setZero();
  Eigen::Index g = 0;
  for (std::int64_t e = 0; e < n; ++e) {
    Eigen::Map<const Eigen::RowVectorXf> y(Y + static_cast<std::ptrdiff_t>(idx[e]) * k, k);
    const float c1 = alpha * val[e];
    ws.G.row(g++) = std::sqrt(c1) * y;
    ws.b += (1.0f + c1) * y.transpose();
    if (g == kGatherRows) {
      ws.A.selfadjointView<Eigen::Lower>().rankUpdate(ws.G.transpose());
      g = 0;
    }
  }
  if (g > 0) ws.A.selfadjointView<Eigen::Lower>().rankUpdate(ws.G.topRows(g).transpose());
  ws.llt.compute(ws.A);
  if (ws.llt.info() != Eigen::Success)
    throw std::runtime_error("iALS: the normal equations are not positive definite; raise 'regularization'");
  ws.x = ws.llt.solve(ws.b);
  Eigen::Map<Eigen::VectorXf>(x, k) = ws.x;
}

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
  ConstRowMap F(fixed, R.cols(), k);
  Eigen::MatrixXf yty(k, k);
  yty.noalias() = F.transpose() * F;
  yty.diagonal().array() += reg;

  std::vector<std::unique_ptr<Workspace>> spaces(static_cast<std::size_t>(threads));
  const auto& indptr = R.indptr();
  const auto* indices = R.indices().data();
  const auto* values = R.values().data();
  parallelFor(R.rows(), 32, threads, [&](std::int64_t, std::int64_t b, std::int64_t e, int w) {
    throwIfCancelled(cancel);
    auto& ws = spaces[static_cast<std::size_t>(w)];
    if (!ws) ws = std::make_unique<Workspace>(k);
    for (std::int64_t row = b; row < e; ++row) {
      const auto pb = indptr[static_cast<std::size_t>(row)];
      const auto n = indptr[static_cast<std::size_t>(row) + 1] - pb;
      float* x = out + row * k;
      if (n == 0) {
        std::fill(x, x + k, 0.0f);  // the minimiser for a row without interactions
        continue;
      }
      if (exact) {
        solveRowExact(k, yty, fixed, indices + pb, values + pb, n, alpha, x, *ws);
      } else {
        kernels::dispatchFactors(k, [&]<int K>() {
          solveRowCg<K>(k, yty.data(), fixed, indices + pb, values + pb, n, alpha, steps, x, *ws);
        });
      }
    }
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

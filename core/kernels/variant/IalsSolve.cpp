// iALS row solves (Hu, Koren & Volinsky 2008), one CPU level's copy: conjugate gradient as in `implicit`, or the
// exact Cholesky solve. Called by IalsRecommender::solveSide for ranges of rows.

// GCC 12 reports a false -Wmaybe-uninitialized inside Eigen's AVX-512 transpose kernels (GCC bug 105593), and under
// the sanitizers a false -Wuninitialized.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/kernels/variant/KernelVariant.h"
#include "core/models/DenseKernels.h"

namespace reco::RECO_KERNEL_NS {

namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

constexpr Eigen::Index kGatherRows = 128;  // rows gathered per rank-k update in the exact solver

// Per-call scratch (a range of rows), owned by this level: its Eigen objects have this level's alignment.
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
void solveRowExact(int k, const float* yty, const float* Y, const std::int32_t* idx, const float* val, std::int64_t n,
                   float alpha, float* x, Workspace& ws) {
  ws.A = Eigen::Map<const Eigen::MatrixXf>(yty, k, k);
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

void ialsGram(const float* fixed, std::int64_t rows, int k, float reg, float* yty) {
  Eigen::Map<const RowMatrix> F(fixed, rows, k);
  Eigen::Map<Eigen::MatrixXf> A(yty, k, k);
  A.noalias() = F.transpose() * F;
  A.diagonal().array() += reg;
}

void ialsSolveRows(const IalsSolveJob& job, std::int64_t begin, std::int64_t end) {
  const int k = job.k;
  Workspace ws(k);
  for (std::int64_t row = begin; row < end; ++row) {
    const auto pb = job.indptr[row];
    const auto n = job.indptr[row + 1] - pb;
    float* x = job.out + row * k;
    if (n == 0) {
      std::fill(x, x + k, 0.0f);  // the minimiser for a row without interactions
      continue;
    }
    if (job.exact) {
      solveRowExact(k, job.yty, job.fixed, job.indices + pb, job.values + pb, n, job.alpha, x, ws);
    } else {
      kernels::dispatchFactors(k, [&]<int K>() {
        solveRowCg<K>(k, job.yty, job.fixed, job.indices + pb, job.values + pb, n, job.alpha, job.cgSteps, x, ws);
      });
    }
  }
}

}  // namespace reco::RECO_KERNEL_NS

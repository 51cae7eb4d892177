// Each algorithm against a plain reference: iALS (both solvers) against a double-precision normal-equations solve,
// EASE against its closed form, item-kNN against hand-computed cosine similarities.
// GCC 12 reports a false -Wmaybe-uninitialized inside Eigen's AVX-512 kernels (GCC bug 105593).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <cmath>

#include "core/models/EaseRecommender.h"
#include "core/models/IalsRecommender.h"
#include "core/models/ItemKnnRecommender.h"
#include "core/models/Rng.h"

namespace reco {
namespace {

InteractionMatrix tinyWeighted() {
  // 6 users x 5 items with weights; user 5 and item 4 are empty.
  return InteractionMatrix::fromTriplets(6, 5,
                                         {{0, 0, 1}, {0, 1, 3}, {1, 1, 2}, {1, 2, 1}, {2, 0, 4}, {2, 3, 1},
                                          {3, 2, 2}, {3, 3, 1}, {3, 0, 1}, {4, 1, 1}, {4, 3, 5}});
}

// One weighted ridge solve per row: x = (F^T C F + reg I)^-1 F^T C p, with c = 1 + alpha w, p = 1 on entries.
Eigen::MatrixXd referenceSide(const InteractionMatrix& R, const Eigen::MatrixXd& F, double reg, double alpha) {
  const auto k = F.cols();
  Eigen::MatrixXd out = Eigen::MatrixXd::Zero(R.rows(), k);
  for (std::int32_t r = 0; r < R.rows(); ++r) {
    auto idx = R.rowIndices(r);
    if (idx.empty()) continue;
    Eigen::VectorXd c = Eigen::VectorXd::Ones(R.cols());
    Eigen::VectorXd p = Eigen::VectorXd::Zero(R.cols());
    for (std::size_t e = 0; e < idx.size(); ++e) {
      c[idx[e]] = 1 + alpha * R.rowValues(r)[e];
      p[idx[e]] = 1;
    }
    Eigen::MatrixXd A = F.transpose() * c.asDiagonal() * F + reg * Eigen::MatrixXd::Identity(k, k);
    Eigen::VectorXd b = F.transpose() * c.asDiagonal() * p;
    out.row(r) = A.ldlt().solve(b).transpose();
  }
  return out;
}

class IalsReference : public ::testing::TestWithParam<int> {};

TEST_P(IalsReference, MatchesDenseNormalEquations) {
  const int solver = GetParam();
  const int k = 3, iterations = 3, seed = 11;
  const double reg = 0.1, alpha = 2.0;
  const auto R = tinyWeighted();
  IalsRecommender model;
  // With k = 3 factors, 3 conjugate-gradient steps solve each 3 x 3 system exactly (up to rounding).
  model.fit(R, {{"factors", k}, {"iterations", iterations}, {"solver", solver}, {"cg_steps", 3},
                {"regularization", reg}, {"alpha", alpha}, {"seed", seed}, {"threads", 2}});
  // The same initial item factors as the model: Rng(seed, 1), uniform * 0.01, row-major.
  Rng init(seed, 1);
  Eigen::MatrixXd Y(R.cols(), k);
  for (int i = 0; i < R.cols(); ++i)
    for (int f = 0; f < k; ++f) Y(i, f) = static_cast<double>(init.uniform() * 0.01f);
  const auto Rt = R.transposed();
  Eigen::MatrixXd X;
  for (int it = 0; it < iterations; ++it) {
    X = referenceSide(R, Y, reg, alpha);
    Y = referenceSide(Rt, X, reg, alpha);
  }
  for (int u = 0; u < R.rows(); ++u)
    for (int f = 0; f < k; ++f)
      EXPECT_NEAR(model.userFactors()[static_cast<std::size_t>(u * k + f)], X(u, f), 1e-4) << "user " << u;
  for (int i = 0; i < R.cols(); ++i)
    for (int f = 0; f < k; ++f)
      EXPECT_NEAR(model.itemFactors()[static_cast<std::size_t>(i * k + f)], Y(i, f), 1e-4) << "item " << i;
  // And the scores are the factor products.
  std::vector<float> scores(5);
  model.scoreItems(2, scores);
  for (int i = 0; i < 5; ++i) EXPECT_NEAR(scores[static_cast<std::size_t>(i)], X.row(2).dot(Y.row(i)), 1e-4);
}

INSTANTIATE_TEST_SUITE_P(BothSolvers, IalsReference, ::testing::Values(0, 1),
                         [](const auto& info) { return info.param == 0 ? std::string("Exact") : std::string("Cg"); });

TEST(IalsLoss, DecreasesAndIsTheWeightedSquaredError) {
  const auto R = tinyWeighted();
  IalsRecommender model;
  std::vector<double> losses;
  model.fit(R, {{"factors", 3}, {"iterations", 6}, {"solver", 0}, {"regularization", 0.1}, {"alpha", 2}},
            [&](const FitProgress& p) { losses.push_back(p.loss); });
  ASSERT_EQ(losses.size(), 6u);
  for (std::size_t k = 1; k < losses.size(); ++k) EXPECT_LE(losses[k], losses[k - 1] + 1e-6);
  // Recompute the last loss directly over all cells.
  const int k = 3;
  double total = 0, cells = 0;
  for (int u = 0; u < 6; ++u)
    for (int i = 0; i < 5; ++i) {
      double s = 0;
      for (int f = 0; f < k; ++f)
        s += double(model.userFactors()[static_cast<std::size_t>(u * k + f)]) *
             model.itemFactors()[static_cast<std::size_t>(i * k + f)];
      double c = 1, p = 0;
      auto idx = R.rowIndices(u);
      for (std::size_t e = 0; e < idx.size(); ++e)
        if (idx[e] == i) {
          c = 1 + 2.0 * R.rowValues(u)[e];
          p = 1;
        }
      total += c * (p - s) * (p - s);
      cells += c;
    }
  double norms = 0;
  for (float v : model.userFactors()) norms += double(v) * v;
  for (float v : model.itemFactors()) norms += double(v) * v;
  EXPECT_NEAR(losses.back(), (total + 0.1 * norms) / cells, 1e-5);
}

TEST(EaseReference, MatchesClosedForm) {
  const auto R = tinyWeighted();
  const double lambda = 2.0;
  EaseRecommender model;
  model.fit(R, {{"lambda", lambda}, {"threads", 2}});
  Eigen::MatrixXd X = Eigen::MatrixXd::Zero(R.rows(), R.cols());
  for (int u = 0; u < R.rows(); ++u)
    for (std::size_t e = 0; e < R.rowIndices(u).size(); ++e) X(u, R.rowIndices(u)[e]) = R.rowValues(u)[e];
  Eigen::MatrixXd P = (X.transpose() * X + lambda * Eigen::MatrixXd::Identity(5, 5)).inverse();
  Eigen::MatrixXd B(5, 5);
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 5; ++j) B(i, j) = i == j ? 0.0 : -P(i, j) / P(j, j);
  const auto& W = model.weights();
  ASSERT_EQ(W.size(), 25u);
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 5; ++j) EXPECT_NEAR(W[static_cast<std::size_t>(i * 5 + j)], B(i, j), 1e-4) << i << "," << j;
  std::vector<float> scores(5);
  model.scoreItems(3, scores);
  Eigen::VectorXd expected = X.row(3) * B;
  for (int j = 0; j < 5; ++j) EXPECT_NEAR(scores[static_cast<std::size_t>(j)], expected[j], 1e-4);
}

TEST(EaseReference, RefusesCataloguesAboveTheLimit) {
  EaseRecommender model;
  try {
    model.fit(tinyWeighted(), {{"max_items", 4}});
    FAIL() << "expected a size error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("max_items"), std::string::npos) << e.what();
  }
}

TEST(ItemKnnReference, MatchesHandComputedCosineWithShrinkage) {
  // u0: {0,1}  u1: {0,1,2}  u2: {1,2}  u3: {0}, all weight 1.
  const auto R = InteractionMatrix::fromTriplets(4, 3, {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}, {1, 2, 1},
                                                        {2, 1, 1}, {2, 2, 1}, {3, 0, 1}});
  ItemKnnRecommender model;
  model.fit(R, {{"neighbours", 10}, {"shrinkage", 1}});
  // |x0| = |x1| = sqrt 3, |x2| = sqrt 2; x0.x1 = 2, x0.x2 = 1, x1.x2 = 2.
  const double s01 = 2.0 / (3.0 + 1.0), s02 = 1.0 / (std::sqrt(6.0) + 1.0), s12 = 2.0 / (std::sqrt(6.0) + 1.0);
  auto n0 = model.similarItems(0, 5);
  ASSERT_EQ(n0.size(), 2u);
  EXPECT_EQ(n0[0].item, 1);
  EXPECT_NEAR(n0[0].score, s01, 1e-6);
  EXPECT_EQ(n0[1].item, 2);
  EXPECT_NEAR(n0[1].score, s02, 1e-6);
  auto n2 = model.similarItems(2, 5);
  ASSERT_EQ(n2.size(), 2u);
  EXPECT_EQ(n2[0].item, 1);
  EXPECT_NEAR(n2[0].score, s12, 1e-6);
  // User 3 holds item 0 only: scores are item 0's similarities.
  auto recs = model.recommend(3, 2);
  ASSERT_EQ(recs.items.size(), 2u);
  EXPECT_EQ(recs.items[0].item, 1);
  EXPECT_NEAR(recs.items[0].score, s01, 1e-6);
  EXPECT_NEAR(recs.items[1].score, s02, 1e-6);
  // K = 1 keeps only the best neighbour.
  model.fit(R, {{"neighbours", 1}, {"shrinkage", 1}});
  EXPECT_EQ(model.similarItems(0, 5).size(), 1u);
}

}  // namespace
}  // namespace reco

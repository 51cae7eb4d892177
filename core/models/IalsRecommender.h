// Implicit-feedback ALS (Hu, Koren & Volinsky 2008): every stored interaction is a positive with confidence
// c = 1 + alpha * weight, every other cell a zero with confidence 1; alternating weighted ridge solves for users and
// items. Float32 factors, Y^T Y computed once per half-sweep, rows solved in parallel, either exactly (Cholesky of
// Y^T Y + reg I + sum (c-1) y y^T) or by a few warm-started conjugate-gradient steps as in `implicit`.
//
// Parameters (defaults): factors 64; regularization 50; alpha 7 (confidence scale); iterations 15;
// solver 1 = conjugate gradient, 0 = exact Cholesky; cg_steps 3; loss 1 = report the weighted training loss per
// iteration (0 skips it, about 20% faster); seed 42 (factor initialisation); threads 0 = all cores.
// Results depend only on the seed: rows are solved independently and reductions run in a fixed order.
// The regularization and alpha defaults are the MovieLens 100K tuning (README, "Recommender models"); with 64 factors
// they score nDCG@10 0.485 there, where `implicit`'s 0.01 / 1 score 0.385.
#pragma once

#include "core/models/FactorRecommender.h"

namespace reco {

class IalsRecommender : public FactorRecommender {
 public:
  IalsRecommender();
  static const AlgorithmInfo& algorithmInfo();

  // Work done by the row solves of the last fit (excluding loss evaluation), for FLOP-rate reporting.
  struct SolveStats {
    double flops = 0;
    double seconds = 0;
  };
  const SolveStats& solveStats() const { return solveStats_; }

 protected:
  void fitModel(const InteractionMatrix& matrix, const FitCallback& progress, const std::atomic<bool>* cancel) override;

 private:
  // Solves every row of R for `out` (rows x k) given the fixed side `fixed` (R.cols() x k).
  void solveSide(const InteractionMatrix& R, float* out, const float* fixed, const std::atomic<bool>* cancel);
  double trainingLoss(const InteractionMatrix& R, int threads) const;
  SolveStats solveStats_;
};

}  // namespace reco

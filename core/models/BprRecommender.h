// Bayesian personalised ranking (Rendle et al. 2009) with uniform negative sampling, trained by SGD on the pairwise
// loss -ln sigmoid(x_ui - x_uj) with an item bias, as in `implicit`.
//
// Parallel and still reproducible: each epoch splits users into T contiguous blocks (balanced by interactions) and
// items into T blocks (re-dealt every epoch from the seed, balanced by popularity); in sub-epoch s thread t samples
// positives and negatives only in user block t and item block (t + s) mod T, so no two threads ever touch the same
// factor row (no data races, Hogwild's speed without its nondeterminism). Each stratum draws as many samples as it
// has interactions (so an epoch draws nnz samples); every thread has its own RNG stream derived from (seed, epoch,
// sub-epoch, block). Results are identical for the same seed and thread count. Sampled negatives that the user has
// are redrawn (checked in a users x items bitmap when that stays under 128 MB, else by binary search in the row).
// A stratum lists its interactions as 4-byte CSR positions; a sample's user is found from the row pointers through a
// table of one row per 64 positions, which keeps the fit's peak memory within 1.5x of the matrix's own size.
//
// Parameters (defaults): factors 64; learning_rate 0.01; regularization 0.01; epochs 100; seed 42;
// threads 0 = all cores. The reported loss is the mean -ln sigmoid(x_uij) over every 16th sample of the epoch.
#pragma once

#include "core/models/FactorRecommender.h"

namespace reco {

class BprRecommender : public FactorRecommender {
 public:
  BprRecommender();
  static const AlgorithmInfo& algorithmInfo();

 protected:
  void fitModel(const InteractionMatrix& matrix, const FitCallback& progress, const std::atomic<bool>* cancel) override;
};

}  // namespace reco

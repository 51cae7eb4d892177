// EASE (Steck 2019, "Embarrassingly Shallow Autoencoders"): the closed-form item-item model
// B = I - P / diag(P) with P = (X^T X + lambda I)^-1 (diagonal of B forced to zero); a user's scores are x_u B.
// Dense in the number of items: training holds two items x items float matrices, so catalogues above `max_items`
// are refused with a clear error instead of exhausting memory.
//
// Parameters (defaults): lambda 500 (L2 on B; larger for bigger, denser data); max_items 20000 (refuse larger
// catalogues: 20,000 items need 3.2 GB while training); threads 0 = all cores (Gram matrix and inverse).
#pragma once

#include "core/models/RecommenderBase.h"

namespace reco {

class EaseRecommender : public RecommenderBase {
 public:
  EaseRecommender();
  static const AlgorithmInfo& algorithmInfo();

  std::vector<ScoredItem> similarItems(std::int32_t item, int n) const override;
  // B (items x items, row-major): weight of item i's interaction on the score of item j at [i * items + j].
  const std::vector<float>& weights() const { return B_; }

 protected:
  void fitModel(const InteractionMatrix& matrix, const FitCallback& progress, const std::atomic<bool>* cancel) override;
  void scoreUser(std::int32_t user, std::span<float> out) const override;
  bool needsSeenValues() const override { return true; }
  void saveModel(BlobWriter& out) const override;
  void loadModel(BlobReader& in) override;

 private:
  std::vector<float> B_;
};

}  // namespace reco

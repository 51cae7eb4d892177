// Common ground of the matrix-factorisation models (iALS, BPR): user and item factor rows (float32, row-major,
// contiguous), an optional item bias, dot-product scoring, cosine item similarity, a batched all-users top-n that
// scores blocks of users with one dense GEMM each, and the factor section of the blob.
#pragma once

#include <vector>

#include "core/models/RecommenderBase.h"

namespace reco {

class FactorRecommender : public RecommenderBase {
 public:
  std::vector<ScoredItem> similarItems(std::int32_t item, int n) const override;
  std::vector<std::vector<ScoredItem>> recommendAll(int n, bool excludeSeen, int threads) const override;

  int factors() const { return factors_; }
  const std::vector<float>& userFactors() const { return userFactors_; }  // users x factors
  const std::vector<float>& itemFactors() const { return itemFactors_; }  // items x factors
  const std::vector<float>& itemBias() const { return itemBias_; }        // empty or items

 protected:
  using RecommenderBase::RecommenderBase;
  void scoreUser(std::int32_t user, std::span<float> out) const override;
  void scoreUserBlock(std::span<const std::int32_t> users, std::span<float> out) const override;
  void saveModel(BlobWriter& out) const override;
  void loadModel(BlobReader& in) override;

  int factors_ = 0;
  std::vector<float> userFactors_;
  std::vector<float> itemFactors_;
  std::vector<float> itemBias_;
};

}  // namespace reco

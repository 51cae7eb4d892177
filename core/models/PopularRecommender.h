// The most-popular baseline: every user gets the items with the most users (or the most total weight), minus what
// they have seen. A recent-only popularity comes from building the matrix with a time window (MatrixSettings).
//
// Parameters (defaults): weighted 0 = count users per item, 1 = sum the interaction weights.
#pragma once

#include "core/models/RecommenderBase.h"

namespace reco {

class PopularRecommender : public RecommenderBase {
 public:
  PopularRecommender();
  static const AlgorithmInfo& algorithmInfo();

  // Popularity has no notion of similarity: the most popular other items.
  std::vector<ScoredItem> similarItems(std::int32_t item, int n) const override;

 protected:
  void fitModel(const InteractionMatrix& matrix, const FitCallback& progress, const std::atomic<bool>* cancel) override;
  void scoreUser(std::int32_t user, std::span<float> out) const override;
  void saveModel(BlobWriter& out) const override;
  void loadModel(BlobReader& in) override;

 private:
  std::vector<float> scores_;
};

}  // namespace reco

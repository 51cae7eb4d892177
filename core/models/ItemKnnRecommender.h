// Item-based k-nearest-neighbours: cosine similarity between item columns with shrinkage,
// sim(i, j) = (x_i . x_j) / (|x_i| |x_j| + shrinkage), keeping the top-K neighbours of every item (sparse).
// A user's score for item j is sum over their items i of weight(u, i) * sim(i, j) over i's neighbour list.
//
// Parameters (defaults): neighbours 100 (K); shrinkage 10 (damps similarities resting on few co-occurrences);
// threads 0 = all cores. Similarities are computed in parallel over items, each from the item's users' rows.
#pragma once

#include "core/models/RecommenderBase.h"

namespace reco {

class ItemKnnRecommender : public RecommenderBase {
 public:
  ItemKnnRecommender();
  static const AlgorithmInfo& algorithmInfo();

  std::vector<ScoredItem> similarItems(std::int32_t item, int n) const override;

 protected:
  void fitModel(const InteractionMatrix& matrix, const FitCallback& progress, const std::atomic<bool>* cancel) override;
  void scoreUser(std::int32_t user, std::span<float> out) const override;
  bool needsSeenValues() const override { return true; }
  void saveModel(BlobWriter& out) const override;
  void loadModel(BlobReader& in) override;

 private:
  // Neighbour lists in CSR form, each sorted best first.
  std::vector<std::int64_t> nbrPtr_;
  std::vector<std::int32_t> nbrIdx_;
  std::vector<float> nbrSim_;
};

}  // namespace reco

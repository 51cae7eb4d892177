#include "core/models/PopularRecommender.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include "core/base/Time.h"

namespace reco {

PopularRecommender::PopularRecommender() : RecommenderBase(algorithmInfo()) {}

const AlgorithmInfo& PopularRecommender::algorithmInfo() {
  static const AlgorithmInfo info{
      "popular",
      "Most popular",
      "Recommends the items with the most users (optionally the most interaction weight) that the user has not seen.",
      {
          {"weighted", 0, 0, 1, true, false, "0 = count users per item, 1 = sum interaction weights per item."},
      }};
  return info;
}

void PopularRecommender::fitModel(const InteractionMatrix& matrix, const FitCallback& progress,
                                  const std::atomic<bool>* cancel) {
  throwIfCancelled(cancel);
  auto start = std::chrono::steady_clock::now();
  if (intParam("weighted") != 0) {
    scores_.assign(static_cast<std::size_t>(items_), 0.0f);
    for (std::size_t p = 0; p < matrix.indices().size(); ++p)
      scores_[static_cast<std::size_t>(matrix.indices()[p])] += matrix.values()[p];
  } else {
    scores_ = popularity();
  }
  if (progress)
    progress({1, 1, std::numeric_limits<double>::quiet_NaN(),
              secondsSince(start)});
}

void PopularRecommender::scoreUser(std::int32_t, std::span<float> out) const {
  std::copy(scores_.begin(), scores_.end(), out.begin());
}

std::vector<ScoredItem> PopularRecommender::similarItems(std::int32_t item, int n) const {
  checkItem(item);
  return topExcept(scores_, item, n);
}

void PopularRecommender::saveModel(BlobWriter& out) const { out.putVector(scores_); }

void PopularRecommender::loadModel(BlobReader& in) {
  scores_ = in.getVector<float>("popularity scores", static_cast<std::uint64_t>(items_));
  if (scores_.size() != static_cast<std::size_t>(items_)) in.fail("popularity scores have the wrong length");
}

}  // namespace reco

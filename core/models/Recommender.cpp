#include "core/models/Recommender.h"

#include <algorithm>
#include <stdexcept>

#include "core/models/BlobReader.h"
#include "core/models/BprRecommender.h"
#include "core/models/EaseRecommender.h"
#include "core/models/IalsRecommender.h"
#include "core/models/ItemKnnRecommender.h"
#include "core/models/PopularRecommender.h"

namespace reco {

const std::vector<AlgorithmInfo>& algorithmInfos() {
  static const std::vector<AlgorithmInfo> infos = {
      PopularRecommender::algorithmInfo(), ItemKnnRecommender::algorithmInfo(), IalsRecommender::algorithmInfo(),
      BprRecommender::algorithmInfo(), EaseRecommender::algorithmInfo()};
  return infos;
}

std::unique_ptr<Recommender> createRecommender(const std::string& algorithm) {
  if (algorithm == "popular") return std::make_unique<PopularRecommender>();
  if (algorithm == "itemknn") return std::make_unique<ItemKnnRecommender>();
  if (algorithm == "ials") return std::make_unique<IalsRecommender>();
  if (algorithm == "bpr") return std::make_unique<BprRecommender>();
  if (algorithm == "ease") return std::make_unique<EaseRecommender>();
  throw std::invalid_argument("unknown algorithm '" + algorithm + "' (known: popular, itemknn, ials, bpr, ease)");
}

Recommendations Recommender::recommendForUserId(std::int64_t userId, int n, bool excludeSeen,
                                                const std::function<bool(std::int32_t)>& candidateFilter) const {
  const auto& ids = userIds();
  const auto it = std::find(ids.begin(), ids.end(), userId);
  const auto index = it == ids.end() ? userCount() : static_cast<std::int32_t>(it - ids.begin());
  return recommend(index, n, excludeSeen, candidateFilter);
}

void Recommender::scoreItemsBlock(std::span<const std::int32_t> users, std::span<float> out) const {
  if (users.empty()) return;
  const std::size_t items = out.size() / users.size();
  for (std::size_t r = 0; r < users.size(); ++r) scoreItems(users[r], out.subspan(r * items, items));
}

std::unique_ptr<Recommender> loadRecommender(std::string_view blob) {
  BlobReader header(blob);  // verifies magic, version and checksum before anything is built
  std::unique_ptr<Recommender> model;
  try {
    model = createRecommender(header.algorithm());
  } catch (const std::invalid_argument&) {
    throw std::runtime_error("invalid model blob: unknown algorithm '" + header.algorithm() + "'");
  }
  model->load(blob);
  return model;
}

}  // namespace reco

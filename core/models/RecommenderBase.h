// The shared half of every algorithm: parameter validation against AlgorithmInfo, the training matrix's seen items
// and id mapping, item popularity for cold users, top-n selection (single user and all users, multi-threaded) and the
// blob framing of save()/load(). Algorithms implement fitModel, scoreUser, similarItems and their own blob section.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/models/BlobReader.h"
#include "core/models/BlobWriter.h"
#include "core/models/Recommender.h"
#include "core/models/TopN.h"

namespace reco {

class RecommenderBase : public Recommender {
 public:
  const AlgorithmInfo& info() const override { return info_; }

  void fit(const InteractionMatrix& matrix, const ModelParams& params, const FitCallback& progress = {},
           const std::atomic<bool>* cancel = nullptr) final;
  // Cold users (no training interactions, or an index at or past userCount()) get the item popularity (number of
  // users per item) as scores.
  void scoreItems(std::int32_t user, std::span<float> out) const final;
  // A block with a cold user is scored user by user; otherwise by scoreUserBlock.
  void scoreItemsBlock(std::span<const std::int32_t> users, std::span<float> out) const final;
  Recommendations recommend(std::int32_t user, int n, bool excludeSeen = true,
                            const std::function<bool(std::int32_t)>& candidateFilter = {}) const override;
  Recommendations recommendForUserId(std::int64_t userId, int n, bool excludeSeen = true,
                                     const std::function<bool(std::int32_t)>& candidateFilter = {}) const override;
  std::vector<std::vector<ScoredItem>> recommendAll(int n, bool excludeSeen, int threads) const override;
  std::string save() const final;
  void load(std::string_view blob) final;

  std::int32_t userCount() const override { return users_; }
  std::int32_t itemCount() const override { return items_; }
  const std::vector<std::int64_t>& userIds() const override { return userIds_; }
  const std::vector<std::int64_t>& itemIds() const override { return itemIds_; }
  ModelParams params() const override { return params_; }

  bool fitted() const { return fitted_; }
  // True for an empty training row and for any index at or past userCount(); out_of_range for a negative index.
  bool isColdUser(std::int32_t user) const;
  // The user's training items (empty for a cold user, including one past userCount()).
  std::span<const std::int32_t> seenItems(std::int32_t user) const;
  // Number of training users per item.
  const std::vector<float>& popularity() const { return popularity_; }
  // Dense index of a project users.id / items.id; nullopt when the model has not seen it.
  std::optional<std::int32_t> userIndexOf(std::int64_t userId) const;
  std::optional<std::int32_t> itemIndexOf(std::int64_t itemId) const;
  // The popularity fallback for someone the model has never seen (not even as an empty row), flagged as such.
  Recommendations recommendForNewUser(int n, const std::function<bool(std::int32_t)>& candidateFilter = {}) const;
  // Per-iteration loss of the last fit (empty after load or for algorithms without a loss).
  const std::vector<double>& lossHistory() const { return lossHistory_; }

  // Validates params against the algorithm's ParamSpecs (unknown names, ranges, integers) and fills in defaults.
  // Throws std::invalid_argument naming the parameter.
  static ModelParams resolveParams(const AlgorithmInfo& info, const ModelParams& given);

 protected:
  explicit RecommenderBase(AlgorithmInfo info) : info_(std::move(info)) {}

  // Trains from the matrix; params_, users_, items_ and popularity_ are already set.
  virtual void fitModel(const InteractionMatrix& matrix, const FitCallback& progress,
                        const std::atomic<bool>* cancel) = 0;
  // Scores every item for a user with history.
  virtual void scoreUser(std::int32_t user, std::span<float> out) const = 0;
  // scoreUser for each of `users` (all with history) into users.size() rows of items_ floats. Default: one by one.
  virtual void scoreUserBlock(std::span<const std::int32_t> users, std::span<float> out) const;
  // Whether scoring needs the training weights of the seen items (kept and saved with the model).
  virtual bool needsSeenValues() const { return false; }
  virtual void saveModel(BlobWriter& out) const = 0;
  virtual void loadModel(BlobReader& in) = 0;

  double param(const std::string& name) const;
  int intParam(const std::string& name) const { return static_cast<int>(param(name)); }
  int threadCount() const;  // the "threads" parameter resolved (0 = all cores)
  void requireFitted() const;
  void checkUser(std::int32_t user) const;  // fitted and user >= 0 (users at or past userCount() are cold)
  void checkItem(std::int32_t item) const;
  static void throwIfCancelled(const std::atomic<bool>* cancel) {
    if (cancel && cancel->load(std::memory_order_relaxed)) throw FitCancelled();
  }
  // Appends the user's top-n to `select` from a full score buffer (modified: seen items are knocked out).
  void selectFromScores(std::int32_t user, std::span<float> scores, bool excludeSeen,
                        const std::function<bool(std::int32_t)>& candidateFilter, TopN& select) const;
  std::vector<ScoredItem> popularTop(int n, const std::function<bool(std::int32_t)>& candidateFilter,
                                     std::int32_t excludeItem = -1) const;
  // Top-n of a similarity row, leaving out the item itself.
  static std::vector<ScoredItem> topExcept(std::span<const float> scores, std::int32_t item, int n);

  // The training matrix rows (seen items, sorted; weights when needsSeenValues()).
  std::vector<std::int64_t> seenPtr_;
  std::vector<std::int32_t> seenIdx_;
  std::vector<float> seenVal_;
  std::span<const float> seenValues(std::int32_t user) const;

  std::int32_t users_ = 0;
  std::int32_t items_ = 0;
  ModelParams params_;
  std::vector<double> lossHistory_;

 private:
  void rebuildIdIndex();
  AlgorithmInfo info_;
  bool fitted_ = false;
  std::vector<std::int64_t> userIds_;
  std::vector<std::int64_t> itemIds_;
  std::unordered_map<std::int64_t, std::int32_t> userIndex_;
  std::unordered_map<std::int64_t, std::int32_t> itemIndex_;
  std::vector<float> popularity_;
};

}  // namespace reco

// The one interface every recommender algorithm implements (popular, item-kNN, iALS, BPR, EASE).
// Indices are the InteractionMatrix's dense row (user) and column (item) indices.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/InteractionMatrix.h"

namespace reco {

// Hyper-parameter values by name; missing names take the algorithm's defaults.
using ModelParams = std::map<std::string, double>;

struct ParamSpec {
  std::string name;
  double defaultValue = 0;
  double min = 0;
  double max = 0;
  bool integer = false;
  bool logScale = false;  // suggested scale for tuning and sliders
  std::string description;
};

struct AlgorithmInfo {
  std::string name;         // "popular", "itemknn", "ials", "bpr", "ease"
  std::string displayName;  // "Item-kNN"
  std::string description;
  std::vector<ParamSpec> params;
};

struct FitProgress {
  int iteration = 0;      // 1-based
  int iterations = 0;     // total planned
  double loss = 0;        // loss or metric of this iteration (NaN when the algorithm has none)
  double elapsedSeconds = 0;
};
using FitCallback = std::function<void(const FitProgress&)>;

class FitCancelled : public std::runtime_error {
 public:
  FitCancelled() : std::runtime_error("training cancelled") {}
};

struct ScoredItem {
  std::int32_t item;
  float score;
};

struct Recommendations {
  std::vector<ScoredItem> items;  // best first
  bool popularityFallback = false;  // the user had no history; these are the most popular items
};

class Recommender {
 public:
  virtual ~Recommender() = default;
  virtual const AlgorithmInfo& info() const = 0;

  // Trains on the matrix. Throws FitCancelled if *cancel becomes true (promptly, within one iteration's slice),
  // std::invalid_argument for bad parameters, std::runtime_error for infeasible sizes (e.g. EASE too large).
  virtual void fit(const InteractionMatrix& matrix, const ModelParams& params, const FitCallback& progress = {},
                   const std::atomic<bool>* cancel = nullptr) = 0;

  // Scores every item for the user (size = items). Used by evaluation and curation.
  virtual void scoreItems(std::int32_t user, std::span<float> out) const = 0;
  // scoreItems for each of `users`: out holds users.size() rows of item-count floats, row-major. The same scores up
  // to float rounding; models that can (the factor models) score the whole block at once, which is what evaluation
  // uses. This default scores user by user.
  virtual void scoreItemsBlock(std::span<const std::int32_t> users, std::span<float> out) const;

  // Top-n for one user; seen items (training interactions) excluded when asked; candidateFilter (if set) keeps an
  // item when it returns true. Cold users get the popularity ranking, flagged (popularityFallback), never an error:
  // an empty row of the training matrix, and any index at or past userCount() (a user the model has never seen,
  // e.g. one who had no interactions at training time or was added later). A negative index throws out_of_range.
  virtual Recommendations recommend(std::int32_t user, int n, bool excludeSeen = true,
                                    const std::function<bool(std::int32_t)>& candidateFilter = {}) const = 0;
  // The same for a project user (users.id): a user outside the training data gets the flagged popularity fallback.
  virtual Recommendations recommendForUserId(std::int64_t userId, int n, bool excludeSeen = true,
                                             const std::function<bool(std::int32_t)>& candidateFilter = {}) const;

  virtual std::vector<ScoredItem> similarItems(std::int32_t item, int n) const = 0;

  // Top-n for every user, multi-threaded; result[u] as recommend(u, n, excludeSeen).
  virtual std::vector<std::vector<ScoredItem>> recommendAll(int n, bool excludeSeen, int threads) const = 0;

  // Binary persistence (magic, version, checksum); load throws std::runtime_error for corrupt or foreign data.
  virtual std::string save() const = 0;
  virtual void load(std::string_view blob) = 0;

  // What the model was trained on (0 / empty before fit or load). userIds/itemIds map dense indices back to the
  // project's users.id / items.id (empty when the matrix was not built from a project); they travel with save().
  virtual std::int32_t userCount() const { return 0; }
  virtual std::int32_t itemCount() const { return 0; }
  virtual const std::vector<std::int64_t>& userIds() const;
  virtual const std::vector<std::int64_t>& itemIds() const;
  // The resolved hyper-parameters of the last fit or load (defaults filled in).
  virtual ModelParams params() const { return {}; }
};

// Registry of algorithms.
const std::vector<AlgorithmInfo>& algorithmInfos();
std::unique_ptr<Recommender> createRecommender(const std::string& algorithm);  // throws std::invalid_argument
// Creates the right algorithm for a saved blob and loads it; throws std::runtime_error for corrupt or foreign data.
std::unique_ptr<Recommender> loadRecommender(std::string_view blob);

}  // namespace reco

#include "core/models/RecommenderBase.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/models/ParallelFor.h"

namespace reco {

namespace {
std::string formatNumber(double v) {
  std::string s = std::to_string(v);
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s;
}
}  // namespace

ModelParams RecommenderBase::resolveParams(const AlgorithmInfo& info, const ModelParams& given) {
  ModelParams out;
  for (const auto& spec : info.params) out[spec.name] = spec.defaultValue;
  for (const auto& [name, value] : given) {
    auto it = std::find_if(info.params.begin(), info.params.end(), [&n = name](const ParamSpec& s) { return s.name == n; });
    if (it == info.params.end()) {
      std::string known;
      for (const auto& s : info.params) known += (known.empty() ? "" : ", ") + s.name;
      throw std::invalid_argument("unknown parameter '" + name + "' for " + info.name + " (known: " + known + ")");
    }
    if (!std::isfinite(value) || value < it->min || value > it->max)
      throw std::invalid_argument("parameter '" + name + "' of " + info.name + " must be between " +
                                  formatNumber(it->min) + " and " + formatNumber(it->max) + ", got " +
                                  formatNumber(value));
    if (it->integer && value != std::floor(value))
      throw std::invalid_argument("parameter '" + name + "' of " + info.name + " must be a whole number, got " +
                                  formatNumber(value));
    out[name] = value;
  }
  return out;
}

double RecommenderBase::param(const std::string& name) const {
  auto it = params_.find(name);
  if (it == params_.end()) throw std::logic_error(info_.name + ": parameter '" + name + "' is not declared");
  return it->second;
}

int RecommenderBase::threadCount() const {
  auto it = params_.find("threads");
  return resolveThreadCount(it == params_.end() ? 0 : static_cast<int>(it->second));
}

void RecommenderBase::requireFitted() const {
  if (!fitted_) throw std::logic_error(info_.name + " model used before fit() or load()");
}

void RecommenderBase::checkUser(std::int32_t user) const {
  requireFitted();
  if (user < 0) throw std::out_of_range("user index " + std::to_string(user) + " is negative");
}

void RecommenderBase::checkItem(std::int32_t item) const {
  requireFitted();
  if (item < 0 || item >= items_)
    throw std::out_of_range("item index " + std::to_string(item) + " outside the model's " + std::to_string(items_) +
                            " items");
}

void RecommenderBase::fit(const InteractionMatrix& matrix, const ModelParams& params, const FitCallback& progress,
                          const std::atomic<bool>* cancel) {
  ModelParams resolved = resolveParams(info_, params);
  if (!matrix.userIds.empty() && matrix.userIds.size() != static_cast<std::size_t>(matrix.rows()))
    throw std::invalid_argument("matrix has " + std::to_string(matrix.userIds.size()) + " user ids for " +
                                std::to_string(matrix.rows()) + " rows");
  if (!matrix.itemIds.empty() && matrix.itemIds.size() != static_cast<std::size_t>(matrix.cols()))
    throw std::invalid_argument("matrix has " + std::to_string(matrix.itemIds.size()) + " item ids for " +
                                std::to_string(matrix.cols()) + " columns");
  fitted_ = false;
  params_ = std::move(resolved);
  users_ = matrix.rows();
  items_ = matrix.cols();
  lossHistory_.clear();
  seenPtr_.clear();
  seenIdx_.clear();
  seenVal_.clear();
  seenPtr_.shrink_to_fit();
  seenIdx_.shrink_to_fit();
  seenVal_.shrink_to_fit();
  popularity_.assign(static_cast<std::size_t>(items_), 0.0f);
  for (auto c : matrix.indices()) popularity_[static_cast<std::size_t>(c)] += 1.0f;

  FitCallback record = [this, &progress](const FitProgress& p) {
    lossHistory_.push_back(p.loss);
    if (progress) progress(p);
  };
  fitModel(matrix, record, cancel);

  // Kept after training so that training-time scratch (transposes) is already released: peak memory stays low.
  seenPtr_ = matrix.indptr();
  seenIdx_ = matrix.indices();
  if (needsSeenValues()) seenVal_ = matrix.values();
  userIds_ = matrix.userIds;
  itemIds_ = matrix.itemIds;
  rebuildIdIndex();
  fitted_ = true;
}

void RecommenderBase::rebuildIdIndex() {
  userIndex_.clear();
  itemIndex_.clear();
  userIndex_.reserve(userIds_.size());
  itemIndex_.reserve(itemIds_.size());
  for (std::size_t i = 0; i < userIds_.size(); ++i) userIndex_.emplace(userIds_[i], static_cast<std::int32_t>(i));
  for (std::size_t i = 0; i < itemIds_.size(); ++i) itemIndex_.emplace(itemIds_[i], static_cast<std::int32_t>(i));
}

std::optional<std::int32_t> RecommenderBase::userIndexOf(std::int64_t userId) const {
  auto it = userIndex_.find(userId);
  if (it == userIndex_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::int32_t> RecommenderBase::itemIndexOf(std::int64_t itemId) const {
  auto it = itemIndex_.find(itemId);
  if (it == itemIndex_.end()) return std::nullopt;
  return it->second;
}

bool RecommenderBase::isColdUser(std::int32_t user) const {
  checkUser(user);
  if (user >= users_) return true;
  return seenPtr_[static_cast<std::size_t>(user) + 1] == seenPtr_[static_cast<std::size_t>(user)];
}

std::span<const std::int32_t> RecommenderBase::seenItems(std::int32_t user) const {
  checkUser(user);
  if (user >= users_) return {};
  auto b = static_cast<std::size_t>(seenPtr_[static_cast<std::size_t>(user)]);
  auto e = static_cast<std::size_t>(seenPtr_[static_cast<std::size_t>(user) + 1]);
  return {seenIdx_.data() + b, e - b};
}

std::span<const float> RecommenderBase::seenValues(std::int32_t user) const {
  auto b = static_cast<std::size_t>(seenPtr_[static_cast<std::size_t>(user)]);
  auto e = static_cast<std::size_t>(seenPtr_[static_cast<std::size_t>(user) + 1]);
  return {seenVal_.data() + b, e - b};
}

void RecommenderBase::scoreItems(std::int32_t user, std::span<float> out) const {
  checkUser(user);
  if (out.size() != static_cast<std::size_t>(items_))
    throw std::invalid_argument("score buffer has " + std::to_string(out.size()) + " entries for " +
                                std::to_string(items_) + " items");
  if (isColdUser(user)) {
    std::copy(popularity_.begin(), popularity_.end(), out.begin());
    return;
  }
  scoreUser(user, out);
}

void RecommenderBase::scoreItemsBlock(std::span<const std::int32_t> users, std::span<float> out) const {
  const auto items = static_cast<std::size_t>(items_);
  if (out.size() != users.size() * items)
    throw std::invalid_argument("score buffer has " + std::to_string(out.size()) + " entries for " +
                                std::to_string(users.size()) + " users x " + std::to_string(items_) + " items");
  bool anyCold = false;
  for (const auto u : users) {
    checkUser(u);
    anyCold = anyCold || isColdUser(u);
  }
  if (!anyCold) {
    scoreUserBlock(users, out);
    return;
  }
  for (std::size_t r = 0; r < users.size(); ++r) scoreItems(users[r], out.subspan(r * items, items));
}

void RecommenderBase::scoreUserBlock(std::span<const std::int32_t> users, std::span<float> out) const {
  const auto items = static_cast<std::size_t>(items_);
  for (std::size_t r = 0; r < users.size(); ++r) scoreUser(users[r], out.subspan(r * items, items));
}

void RecommenderBase::selectFromScores(std::int32_t user, std::span<float> scores, bool excludeSeen,
                                       const std::function<bool(std::int32_t)>& candidateFilter, TopN& select) const {
  if (excludeSeen)
    for (auto i : seenItems(user)) scores[static_cast<std::size_t>(i)] = std::numeric_limits<float>::quiet_NaN();
  if (candidateFilter) {
    for (std::int32_t i = 0; i < items_; ++i)
      if (candidateFilter(i)) select.push(i, scores[static_cast<std::size_t>(i)]);
  } else {
    for (std::int32_t i = 0; i < items_; ++i) select.push(i, scores[static_cast<std::size_t>(i)]);
  }
}

std::vector<ScoredItem> RecommenderBase::popularTop(int n, const std::function<bool(std::int32_t)>& candidateFilter,
                                                    std::int32_t excludeItem) const {
  TopN select(n);
  for (std::int32_t i = 0; i < items_; ++i) {
    if (i == excludeItem || (candidateFilter && !candidateFilter(i))) continue;
    select.push(i, popularity_[static_cast<std::size_t>(i)]);
  }
  return select.take();
}

std::vector<ScoredItem> RecommenderBase::topExcept(std::span<const float> scores, std::int32_t item, int n) {
  TopN select(n);
  for (std::size_t i = 0; i < scores.size(); ++i)
    if (static_cast<std::int32_t>(i) != item) select.push(static_cast<std::int32_t>(i), scores[i]);
  return select.take();
}

Recommendations RecommenderBase::recommend(std::int32_t user, int n, bool excludeSeen,
                                           const std::function<bool(std::int32_t)>& candidateFilter) const {
  checkUser(user);
  Recommendations out;
  if (n <= 0) return out;
  if (isColdUser(user)) {
    out.items = popularTop(n, candidateFilter);
    out.popularityFallback = true;
    return out;
  }
  std::vector<float> scores(static_cast<std::size_t>(items_));
  scoreUser(user, scores);
  TopN select(n);
  selectFromScores(user, scores, excludeSeen, candidateFilter, select);
  out.items = select.take();
  return out;
}

Recommendations RecommenderBase::recommendForUserId(std::int64_t userId, int n, bool excludeSeen,
                                                    const std::function<bool(std::int32_t)>& candidateFilter) const {
  requireFitted();
  const auto index = userIndexOf(userId);
  if (!index) return recommendForNewUser(n, candidateFilter);
  return recommend(*index, n, excludeSeen, candidateFilter);
}

Recommendations RecommenderBase::recommendForNewUser(int n,
                                                    const std::function<bool(std::int32_t)>& candidateFilter) const {
  requireFitted();
  Recommendations out;
  out.items = popularTop(n, candidateFilter);
  out.popularityFallback = true;
  return out;
}

std::vector<std::vector<ScoredItem>> RecommenderBase::recommendAll(int n, bool excludeSeen, int threads) const {
  requireFitted();
  std::vector<std::vector<ScoredItem>> result(static_cast<std::size_t>(users_));
  if (n <= 0) return result;
  const std::vector<ScoredItem> fallback = popularTop(n, {});
  const int workers = resolveThreadCount(threads);
  std::vector<std::vector<float>> buffers(static_cast<std::size_t>(workers));
  std::vector<TopN> selectors(static_cast<std::size_t>(workers), TopN(n));
  parallelFor(users_, 64, workers, [&](std::int64_t, std::int64_t b, std::int64_t e, int w) {
    auto& scores = buffers[static_cast<std::size_t>(w)];
    scores.resize(static_cast<std::size_t>(items_));
    auto& select = selectors[static_cast<std::size_t>(w)];
    for (auto u = static_cast<std::int32_t>(b); u < e; ++u) {
      if (isColdUser(u)) {
        result[static_cast<std::size_t>(u)] = fallback;
        continue;
      }
      scoreUser(u, scores);
      select.reset(n);
      selectFromScores(u, scores, excludeSeen, {}, select);
      result[static_cast<std::size_t>(u)] = select.take();
    }
  });
  return result;
}

std::string RecommenderBase::save() const {
  requireFitted();
  BlobWriter w;
  w.put<std::uint32_t>(static_cast<std::uint32_t>(params_.size()));
  for (const auto& [name, value] : params_) {
    w.putString(name);
    w.put<double>(value);
  }
  w.put<std::int32_t>(users_);
  w.put<std::int32_t>(items_);
  w.putVector(userIds_);
  w.putVector(itemIds_);
  w.putVector(popularity_);
  w.putVector(seenPtr_);
  w.putVector(seenIdx_);
  w.putVector(seenVal_);
  saveModel(w);
  return w.finish(info_.name);
}

void RecommenderBase::load(std::string_view blob) {
  BlobReader r(blob);
  if (r.algorithm() != info_.name)
    throw std::runtime_error("invalid model blob: it holds a '" + r.algorithm() + "' model, not '" + info_.name + "'");
  fitted_ = false;
  auto count = r.get<std::uint32_t>("parameter count");
  if (count > 256) r.fail("implausible parameter count " + std::to_string(count));
  ModelParams given;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::string name = r.getString("parameter name");
    given[name] = r.get<double>("parameter value");
  }
  try {
    params_ = resolveParams(info_, given);
  } catch (const std::invalid_argument& e) {
    r.fail(e.what());
  }
  users_ = r.get<std::int32_t>("user count");
  items_ = r.get<std::int32_t>("item count");
  if (users_ < 0 || items_ < 0) r.fail("negative dimensions");
  const auto U = static_cast<std::uint64_t>(users_), I = static_cast<std::uint64_t>(items_);
  userIds_ = r.getVector<std::int64_t>("user ids", U);
  itemIds_ = r.getVector<std::int64_t>("item ids", I);
  if (!userIds_.empty() && userIds_.size() != U) r.fail("user id count does not match the user count");
  if (!itemIds_.empty() && itemIds_.size() != I) r.fail("item id count does not match the item count");
  popularity_ = r.getVector<float>("popularity", I);
  if (popularity_.size() != I) r.fail("popularity has the wrong length");
  seenPtr_ = r.getVector<std::int64_t>("row pointers", U + 1);
  if (seenPtr_.size() != U + 1 || seenPtr_.front() != 0) r.fail("row pointers are malformed");
  for (std::size_t u = 0; u < U; ++u)
    if (seenPtr_[u + 1] < seenPtr_[u]) r.fail("row pointers decrease at user " + std::to_string(u));
  seenIdx_ = r.getVector<std::int32_t>("seen items", static_cast<std::uint64_t>(seenPtr_.back()));
  if (seenIdx_.size() != static_cast<std::size_t>(seenPtr_.back())) r.fail("seen item count does not match");
  for (auto i : seenIdx_)
    if (i < 0 || i >= items_) r.fail("seen item index " + std::to_string(i) + " out of range");
  seenVal_ = r.getVector<float>("seen weights", seenIdx_.size());
  if (needsSeenValues() ? seenVal_.size() != seenIdx_.size() : !seenVal_.empty())
    r.fail("seen weights have the wrong length");
  lossHistory_.clear();
  loadModel(r);
  r.expectEnd();
  rebuildIdIndex();
  fitted_ = true;
}

const std::vector<std::int64_t>& Recommender::userIds() const {
  static const std::vector<std::int64_t> none;
  return none;
}
const std::vector<std::int64_t>& Recommender::itemIds() const {
  static const std::vector<std::int64_t> none;
  return none;
}

}  // namespace reco

#include "core/curation/CurationImpact.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "core/base/Time.h"
#include "core/curation/CuratedTopN.h"
#include "core/curation/RuleApplier.h"
#include "core/curation/UserDirectory.h"
#include "core/evaluation/DataSplit.h"
#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/ExposureMetrics.h"
#include "core/evaluation/RankingMetrics.h"
#include "core/storage/ItemCatalogue.h"

namespace reco {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Running sums of one segment, without (0) and with (1) the rules.
struct SegmentAccumulator {
  std::int64_t users = 0;
  std::int64_t changed = 0;
  double ndcg[2] = {0, 0};
  double recall[2] = {0, 0};
  std::vector<double> exposure[2];  // per dense item: lists containing it
};

// The runner's progress callback and cancel flag, as the steps below see them.
struct RunHooks {
  const CurationImpactProgress& progress;
  const std::atomic<bool>* cancel;

  void report(const std::string& stage, double fraction) const {
    if (progress) progress(stage, std::clamp(fraction, 0.0, 1.0));
  }
  void checkCancel() const {
    if (cancel && cancel->load(std::memory_order_relaxed)) throw EvaluationCancelled();
  }
};

// The ids the rules speak in, per dense user and item of the loaded interactions.
struct ExternalIds {
  std::vector<std::string> itemExt, itemCategory, userExt;
  std::unordered_map<std::string, std::int32_t> itemDense;  // item external id -> dense index
};

ExternalIds readExternalIds(Project& project, const InteractionList& data) {
  const auto nUsers = static_cast<std::size_t>(data.users);
  const auto nItems = static_cast<std::size_t>(data.items);
  ExternalIds ids;
  ids.itemExt.resize(nItems);
  ids.itemCategory.resize(nItems);
  ids.userExt.resize(nUsers);
  {
    const ItemCatalogue catalogue(project);
    for (std::size_t i = 0; i < nItems; ++i)
      if (const auto* item = catalogue.findById(data.itemIds[i])) {
        ids.itemExt[i] = item->extId;
        ids.itemCategory[i] = item->category;
      }
    ids.itemDense.reserve(nItems);
    for (std::size_t i = 0; i < nItems; ++i) ids.itemDense.emplace(ids.itemExt[i], static_cast<std::int32_t>(i));
  }
  std::unordered_map<std::int64_t, std::size_t> index;
  for (std::size_t u = 0; u < nUsers; ++u) index.emplace(data.userIds[u], u);
  auto st = project.db().prepare("SELECT id, ext_id FROM users");
  while (st.step())
    if (auto it = index.find(st.columnInt(0)); it != index.end()) ids.userExt[it->second] = st.columnText(1);
  return ids;
}

// Train step, as the evaluation does it (the split seed seeds the model unless given). Returns the fit time.
double trainModel(Recommender& model, const CurationImpactConfig& config, const InteractionMatrix& train,
                  const RunHooks& hooks) {
  ModelParams params = config.params;
  for (const auto& p : model.info().params)
    if (p.name == "seed" && !params.count("seed")) params["seed"] = static_cast<double>(config.seed % 1000000007ULL);
  hooks.report("training " + config.algorithm, 0.05);
  const auto tFit = std::chrono::steady_clock::now();
  try {
    model.fit(
        train, params,
        [&](const FitProgress& p) {
          if (p.iterations > 0)
            hooks.report(
                "training " + config.algorithm + " " + std::to_string(p.iteration) + "/" + std::to_string(p.iterations),
                0.05 + 0.25 * p.iteration / p.iterations);
        },
        hooks.cancel);
  } catch (const FitCancelled&) {
    throw EvaluationCancelled();
  }
  return secondsSince(tFit);
}

// Candidates and relevant held-out items, exactly as EvaluationRunner (every held-out interaction is relevant).
struct HeldOut {
  std::vector<double> itemUsers;                    // per item: training users who interacted
  std::vector<char> candidate;                      // per item: has training interactions
  std::vector<std::vector<std::int32_t>> relevant;  // per user: sorted, unique held-out items
  std::vector<std::int32_t> evaluated;              // users with held-out items
};

HeldOut describeHeldOut(const DataSplit& split, const InteractionMatrix& train, std::size_t nUsers,
                        std::size_t nItems) {
  HeldOut h;
  h.itemUsers.assign(nItems, 0.0);
  for (auto c : train.indices()) h.itemUsers[static_cast<std::size_t>(c)] += 1;
  h.candidate.assign(nItems, 0);
  for (std::size_t i = 0; i < nItems; ++i) h.candidate[i] = h.itemUsers[i] > 0;
  h.relevant.resize(nUsers);
  for (const auto& x : split.test) h.relevant[static_cast<std::size_t>(x.user)].push_back(x.item);
  for (std::size_t u = 0; u < nUsers; ++u) {
    auto& list = h.relevant[u];
    if (list.empty()) continue;
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    h.evaluated.push_back(static_cast<std::int32_t>(u));
  }
  return h;
}

// The attributes of the evaluated users (segment membership), indexed by dense user.
std::vector<UserAttributes> readEvaluatedAttributes(Project& project, const HeldOut& heldOut, const ExternalIds& ids) {
  std::vector<UserAttributes> attributes(ids.userExt.size());
  std::unordered_map<std::string, std::size_t> byExt;
  for (auto u : heldOut.evaluated) byExt.emplace(ids.userExt[static_cast<std::size_t>(u)], static_cast<std::size_t>(u));
  UserDirectory(project).forEachUser([&](const std::string& ext, const UserAttributes& attrs) {
    if (auto it = byExt.find(ext); it != byExt.end()) attributes[it->second] = attrs;
  });
  return attributes;
}

// Score step for one user: the model's scores (popularity for users without training interactions; NaN as -inf)
// and the candidates the user has not seen; top() hands the best m of them to the curator.
class UserRanking {
 public:
  explicit UserRanking(std::size_t nItems) : scores_(nItems), seen_(nItems, 0) {}

  void rank(const Recommender& model, const InteractionMatrix& train, const HeldOut& heldOut, std::int32_t u) {
    const std::size_t nItems = scores_.size();
    const auto history = train.rowIndices(u);
    if (history.empty()) {
      for (std::size_t i = 0; i < nItems; ++i) scores_[i] = static_cast<float>(heldOut.itemUsers[i]);
    } else {
      model.scoreItems(u, scores_);
    }
    for (auto& s : scores_)
      if (std::isnan(s)) s = -std::numeric_limits<float>::infinity();
    for (auto i : history) seen_[static_cast<std::size_t>(i)] = 1;
    cand_.clear();
    for (std::size_t i = 0; i < nItems; ++i)
      if (heldOut.candidate[i] && !seen_[i]) cand_.push_back(static_cast<std::int32_t>(i));
    for (auto i : history) seen_[static_cast<std::size_t>(i)] = 0;
  }

  // The best m candidates by score, ties by item index.
  void top(std::size_t m, std::vector<ScoredItem>& out) {
    order_ = cand_;
    const std::size_t kk = std::min(m, order_.size());
    std::partial_sort(order_.begin(), order_.begin() + static_cast<std::ptrdiff_t>(kk), order_.end(),
                      [&](std::int32_t a, std::int32_t b) {
                        const float sa = scores_[static_cast<std::size_t>(a)], sb = scores_[static_cast<std::size_t>(b)];
                        return sa != sb ? sa > sb : a < b;
                      });
    out.resize(kk);
    for (std::size_t j = 0; j < kk; ++j) out[j] = {order_[j], scores_[static_cast<std::size_t>(order_[j])]};
  }

 private:
  std::vector<float> scores_;
  std::vector<char> seen_;
  std::vector<std::int32_t> cand_, order_;
};

// Metrics step for one user: nDCG and recall of the list without (0) and with (1) the rules, added to every
// segment the user belongs to together with the lists' exposure.
struct UserLists {
  std::vector<std::int32_t> without, with;  // dense items; -1 for curated items unknown to the interactions
};

void addUserToSegments(std::vector<SegmentAccumulator>& acc, const std::vector<char>& member, const UserLists& lists,
                       const RankingMetrics& ranking, const std::vector<std::int32_t>& relevant, std::size_t iNdcg,
                       std::size_t iRecall, std::vector<double>& row) {
  const bool changed = lists.with != lists.without;
  double nd[2], rc[2];
  ranking.compute(lists.without, relevant, row);
  nd[0] = row[iNdcg];
  rc[0] = row[iRecall];
  ranking.compute(lists.with, relevant, row);
  nd[1] = row[iNdcg];
  rc[1] = row[iRecall];
  for (std::size_t s = 0; s < acc.size(); ++s) {
    if (!member[s]) continue;
    auto& a = acc[s];
    ++a.users;
    a.changed += changed ? 1 : 0;
    for (int w = 0; w < 2; ++w) {
      a.ndcg[w] += nd[w];
      a.recall[w] += rc[w];
      for (auto item : w == 0 ? lists.without : lists.with)
        if (item >= 0) a.exposure[w][static_cast<std::size_t>(item)] += 1;
    }
  }
}

// Score and metrics steps for every evaluated user: the model's top-k without the rules and the curated top-k with
// them, scored and added to the user's segments ([0] = all users). Consumes `attributes` (moved into the requests).
std::vector<SegmentAccumulator> rankAndCurate(const Recommender& model, const InteractionMatrix& train,
                                              const RuleApplier& applier, const CurationImpactConfig& config,
                                              const ExternalIds& ids, const HeldOut& heldOut,
                                              std::vector<UserAttributes> attributes, const RankingMetrics& ranking,
                                              const RunHooks& hooks) {
  const std::string kText = std::to_string(config.k);
  const auto& names = ranking.names();
  const auto iNdcg = static_cast<std::size_t>(std::find(names.begin(), names.end(), "ndcg@" + kText) - names.begin());
  const auto iRecall = static_cast<std::size_t>(std::find(names.begin(), names.end(), "recall@" + kText) - names.begin());
  const std::size_t nItems = heldOut.candidate.size();
  const auto& segments = applier.ruleSet().segments;
  const std::size_t nSeg = segments.size() + 1;  // [0] = all users
  std::vector<SegmentAccumulator> acc(nSeg);
  for (auto& a : acc)
    for (auto& e : a.exposure) e.assign(nItems, 0.0);
  CurationRequest request;
  request.time = config.time;
  request.n = static_cast<std::size_t>(config.k);
  for (const auto& r : applier.ruleSet().rules)
    if (r.kind == RuleKind::PinItem)
      if (auto it = ids.itemDense.find(r.item); it != ids.itemDense.end())
        request.itemCategories[r.item] = ids.itemCategory[static_cast<std::size_t>(it->second)];
  CuratedTopN curator(applier, [&](std::int32_t item, std::string& id, std::string& category) {
    id = ids.itemExt[static_cast<std::size_t>(item)];
    category = ids.itemCategory[static_cast<std::size_t>(item)];
  });
  UserRanking ranked(nItems);
  const CuratedTopN::TopProvider top = [&](std::size_t m, std::vector<ScoredItem>& out) { ranked.top(m, out); };
  std::vector<ScoredItem> base;
  UserLists lists;
  std::vector<double> row(names.size());
  std::vector<char> member(nSeg, 0);
  const auto& evaluated = heldOut.evaluated;
  for (std::size_t e = 0; e < evaluated.size(); ++e) {
    hooks.checkCancel();
    if (e % 64 == 0)
      hooks.report("ranking and curating " + std::to_string(evaluated.size()) + " test users",
             0.3 + 0.7 * static_cast<double>(e) / static_cast<double>(evaluated.size()));
    const auto u = evaluated[e];
    const auto uu = static_cast<std::size_t>(u);
    ranked.rank(model, train, heldOut, u);
    request.userId = ids.userExt[uu];
    request.attributes = std::move(attributes[uu]);
    const CurationResult curated = curator.curate(request, top, base);
    lists.without.clear();
    for (std::size_t j = 0; j < std::min(base.size(), request.n); ++j) lists.without.push_back(base[j].item);
    lists.with.clear();
    for (const auto& entry : curated.entries) {
      auto it = ids.itemDense.find(entry.item);
      lists.with.push_back(it == ids.itemDense.end() ? -1 : it->second);
    }
    member[0] = 1;
    for (std::size_t s = 1; s < nSeg; ++s) member[s] = segments[s - 1].contains(request.userId, request.attributes);
    addUserToSegments(acc, member, lists, ranking, heldOut.relevant[uu], iNdcg, iRecall, row);
  }
  return acc;
}

// Aggregate step: per-segment means, and coverage and Gini over the candidate catalogue, without and with.
std::vector<SegmentImpact> summariseSegments(const std::vector<SegmentAccumulator>& acc,
                                             const std::vector<Segment>& segments, const std::vector<char>& candidate) {
  std::vector<SegmentImpact> result;
  std::vector<double> catalogueExposure;
  for (std::size_t s = 0; s < acc.size(); ++s) {
    const auto& a = acc[s];
    SegmentImpact out;
    out.segment = s == 0 ? std::string(Segment::kAllUsers) : segments[s - 1].name();
    out.users = a.users;
    out.changedLists = a.changed;
    for (int w = 0; w < 2; ++w) {
      // Exposure over the candidate catalogue only, as the evaluation measures coverage.
      catalogueExposure.clear();
      for (std::size_t i = 0; i < candidate.size(); ++i)
        if (candidate[i]) catalogueExposure.push_back(a.exposure[w][i]);
      const double users = static_cast<double>(a.users);
      std::vector<double> values = {a.users ? a.ndcg[w] / users : kNaN, a.users ? a.recall[w] / users : kNaN,
                                    a.users ? catalogueCoverage(catalogueExposure) : kNaN,
                                    a.users ? giniIndex(catalogueExposure) : kNaN};
      (w == 0 ? out.without : out.with) = std::move(values);
    }
    result.push_back(std::move(out));
  }
  return result;
}

}  // namespace

CurationImpact::CurationImpact(CurationImpactProgress progress, const std::atomic<bool>* cancel)
    : progress_(std::move(progress)), cancel_(cancel) {}

void CurationImpact::report(const std::string& stage, double fraction) const {
  RunHooks{progress_, cancel_}.report(stage, fraction);
}

void CurationImpact::checkCancel() const { RunHooks{progress_, cancel_}.checkCancel(); }

std::size_t CurationImpact::metricIndex(const CurationImpactResult& result, const std::string& prefix) {
  for (std::size_t i = 0; i < result.metricNames.size(); ++i)
    if (result.metricNames[i].rfind(prefix, 0) == 0) return i;
  return static_cast<std::size_t>(-1);
}

CurationImpactResult CurationImpact::run(Project& project, const RuleSet& rules, const CurationImpactConfig& config) const {
  const auto t0 = std::chrono::steady_clock::now();
  if (config.k < 1) throw std::invalid_argument("the impact cut-off k must be at least 1, got " + std::to_string(config.k));
  auto model = createRecommender(config.algorithm);  // throws std::invalid_argument for unknown algorithms
  const RuleApplier applier(rules);                   // throws std::invalid_argument for unknown segments
  const RunHooks hooks{progress_, cancel_};
  const RankingMetrics ranking({config.k});
  const std::string kText = std::to_string(config.k);

  CurationImpactResult result;
  result.metricNames = {"ndcg@" + kText, "recall@" + kText, "coverage", "gini"};
  result.algorithm = config.algorithm;
  result.split = config.split.toString();
  result.seed = config.seed;
  result.k = config.k;
  result.time = config.time;

  // Data, split and the ids the rules speak in.
  report("loading interactions", 0.0);
  const InteractionList data = loadInteractions(project, config.loading);
  checkCancel();
  const auto nUsers = static_cast<std::size_t>(data.users);
  const auto nItems = static_cast<std::size_t>(data.items);
  const ExternalIds ids = readExternalIds(project, data);

  report("splitting " + result.split, 0.02);
  const DataSplit split = splitInteractions(data, config.split, config.seed);
  const InteractionMatrix train = toMatrix(split.train);
  result.trainInteractions = static_cast<std::int64_t>(split.train.interactions.size());
  result.testInteractions = static_cast<std::int64_t>(split.test.size());
  checkCancel();

  result.fitSeconds = trainModel(*model, config, train, hooks);
  result.params = model->params();
  checkCancel();

  HeldOut heldOut = describeHeldOut(split, train, nUsers, nItems);
  result.catalogueItems = std::count(heldOut.candidate.begin(), heldOut.candidate.end(), 1);
  if (heldOut.evaluated.empty())
    throw std::runtime_error("the split (" + result.split + ") leaves no user with held-out interactions in '" +
                             project.path() + "'");
  if (result.catalogueItems == 0) throw std::runtime_error("the split leaves no training interactions");

  report("reading user attributes", 0.3);
  std::vector<UserAttributes> attributes = readEvaluatedAttributes(project, heldOut, ids);
  std::vector<SegmentAccumulator> acc =
      rankAndCurate(*model, train, applier, config, ids, heldOut, std::move(attributes), ranking, hooks);
  checkCancel();

  result.segments = summariseSegments(acc, applier.ruleSet().segments, heldOut.candidate);
  result.seconds = secondsSince(t0);
  report("done", 1.0);
  return result;
}

}  // namespace reco

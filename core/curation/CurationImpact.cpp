#include "core/curation/CurationImpact.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "core/curation/CuratedTopN.h"
#include "core/curation/ItemCatalogue.h"
#include "core/curation/RuleApplier.h"
#include "core/curation/UserDirectory.h"
#include "core/evaluation/DataSplit.h"
#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/ExposureMetrics.h"
#include "core/evaluation/RankingMetrics.h"

namespace reco {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double secondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Running sums of one segment, without (0) and with (1) the rules.
struct SegmentAccumulator {
  std::int64_t users = 0;
  std::int64_t changed = 0;
  double ndcg[2] = {0, 0};
  double recall[2] = {0, 0};
  std::vector<double> exposure[2];  // per dense item: lists containing it
};

}  // namespace

CurationImpact::CurationImpact(CurationImpactProgress progress, const std::atomic<bool>* cancel)
    : progress_(std::move(progress)), cancel_(cancel) {}

void CurationImpact::report(const std::string& stage, double fraction) const {
  if (progress_) progress_(stage, std::clamp(fraction, 0.0, 1.0));
}

void CurationImpact::checkCancel() const {
  if (cancel_ && cancel_->load(std::memory_order_relaxed)) throw EvaluationCancelled();
}

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
  const RankingMetrics ranking({config.k});
  const std::string kText = std::to_string(config.k);
  const auto& names = ranking.names();
  const auto iNdcg = static_cast<std::size_t>(std::find(names.begin(), names.end(), "ndcg@" + kText) - names.begin());
  const auto iRecall = static_cast<std::size_t>(std::find(names.begin(), names.end(), "recall@" + kText) - names.begin());

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
  std::vector<std::string> itemExt(nItems), itemCategory(nItems), userExt(nUsers);
  std::unordered_map<std::string, std::int32_t> itemDense;
  {
    const ItemCatalogue catalogue(project);
    for (std::size_t i = 0; i < nItems; ++i)
      if (const auto* item = catalogue.findById(data.itemIds[i])) {
        itemExt[i] = item->extId;
        itemCategory[i] = item->category;
      }
    itemDense.reserve(nItems);
    for (std::size_t i = 0; i < nItems; ++i) itemDense.emplace(itemExt[i], static_cast<std::int32_t>(i));
  }
  {
    std::unordered_map<std::int64_t, std::size_t> index;
    for (std::size_t u = 0; u < nUsers; ++u) index.emplace(data.userIds[u], u);
    auto st = project.db().prepare("SELECT id, ext_id FROM users");
    while (st.step())
      if (auto it = index.find(st.columnInt(0)); it != index.end()) userExt[it->second] = st.columnText(1);
  }

  report("splitting " + result.split, 0.02);
  const DataSplit split = splitInteractions(data, config.split, config.seed);
  const InteractionMatrix train = toMatrix(split.train);
  result.trainInteractions = static_cast<std::int64_t>(split.train.interactions.size());
  result.testInteractions = static_cast<std::int64_t>(split.test.size());
  checkCancel();

  // Train as the evaluation does (the split seed seeds the model unless given).
  ModelParams params = config.params;
  for (const auto& p : model->info().params)
    if (p.name == "seed" && !params.count("seed")) params["seed"] = static_cast<double>(config.seed % 1000000007ULL);
  report("training " + config.algorithm, 0.05);
  const auto tFit = std::chrono::steady_clock::now();
  try {
    model->fit(
        train, params,
        [&](const FitProgress& p) {
          if (p.iterations > 0)
            report("training " + config.algorithm + " " + std::to_string(p.iteration) + "/" + std::to_string(p.iterations),
                   0.05 + 0.25 * p.iteration / p.iterations);
        },
        cancel_);
  } catch (const FitCancelled&) {
    throw EvaluationCancelled();
  }
  result.fitSeconds = secondsSince(tFit);
  result.params = model->params();
  checkCancel();

  // Candidates and relevant held-out items, exactly as EvaluationRunner (every held-out interaction is relevant).
  std::vector<double> itemUsers(nItems, 0.0);
  for (auto c : train.indices()) itemUsers[static_cast<std::size_t>(c)] += 1;
  std::vector<char> candidate(nItems, 0);
  for (std::size_t i = 0; i < nItems; ++i) candidate[i] = itemUsers[i] > 0;
  result.catalogueItems = std::count(candidate.begin(), candidate.end(), 1);
  std::vector<std::vector<std::int32_t>> relevant(nUsers);
  for (const auto& x : split.test) relevant[static_cast<std::size_t>(x.user)].push_back(x.item);
  std::vector<std::int32_t> evaluated;
  for (std::size_t u = 0; u < nUsers; ++u) {
    auto& list = relevant[u];
    if (list.empty()) continue;
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    evaluated.push_back(static_cast<std::int32_t>(u));
  }
  if (evaluated.empty())
    throw std::runtime_error("the split (" + result.split + ") leaves no user with held-out interactions in '" +
                             project.path() + "'");
  if (result.catalogueItems == 0) throw std::runtime_error("the split leaves no training interactions");

  // Segment membership of the evaluated users.
  report("reading user attributes", 0.3);
  const auto& segments = applier.ruleSet().segments;
  const std::size_t nSeg = segments.size() + 1;  // [0] = all users
  std::vector<UserAttributes> attributes(nUsers);
  {
    std::unordered_map<std::string, std::size_t> byExt;
    for (auto u : evaluated) byExt.emplace(userExt[static_cast<std::size_t>(u)], static_cast<std::size_t>(u));
    UserDirectory(project).forEachUser([&](const std::string& ext, const UserAttributes& attrs) {
      if (auto it = byExt.find(ext); it != byExt.end()) attributes[it->second] = attrs;
    });
  }
  std::vector<SegmentAccumulator> acc(nSeg);
  for (auto& a : acc)
    for (auto& e : a.exposure) e.assign(nItems, 0.0);

  // Rank, curate and score every evaluated user.
  CurationRequest request;
  request.time = config.time;
  request.n = static_cast<std::size_t>(config.k);
  for (const auto& r : applier.ruleSet().rules)
    if (r.kind == RuleKind::PinItem)
      if (auto it = itemDense.find(r.item); it != itemDense.end())
        request.itemCategories[r.item] = itemCategory[static_cast<std::size_t>(it->second)];
  CuratedTopN curator(applier, [&](std::int32_t item, std::string& id, std::string& category) {
    id = itemExt[static_cast<std::size_t>(item)];
    category = itemCategory[static_cast<std::size_t>(item)];
  });
  std::vector<float> scores(nItems);
  std::vector<char> seen(nItems, 0);
  std::vector<std::int32_t> cand, order;
  std::vector<ScoredItem> base;
  std::vector<std::int32_t> without, with;
  std::vector<double> row(names.size());
  std::vector<char> member(nSeg, 0);
  const auto better = [&](std::int32_t a, std::int32_t b) {
    const float sa = scores[static_cast<std::size_t>(a)], sb = scores[static_cast<std::size_t>(b)];
    return sa != sb ? sa > sb : a < b;
  };
  const CuratedTopN::TopProvider top = [&](std::size_t m, std::vector<ScoredItem>& out) {
    order = cand;
    const std::size_t kk = std::min(m, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(kk), order.end(), better);
    out.resize(kk);
    for (std::size_t j = 0; j < kk; ++j) out[j] = {order[j], scores[static_cast<std::size_t>(order[j])]};
  };
  for (std::size_t e = 0; e < evaluated.size(); ++e) {
    checkCancel();
    if (e % 64 == 0)
      report("ranking and curating " + std::to_string(evaluated.size()) + " test users",
             0.3 + 0.7 * static_cast<double>(e) / static_cast<double>(evaluated.size()));
    const auto u = evaluated[e];
    const auto uu = static_cast<std::size_t>(u);
    const auto history = train.rowIndices(u);
    if (history.empty()) {
      for (std::size_t i = 0; i < nItems; ++i) scores[i] = static_cast<float>(itemUsers[i]);
    } else {
      model->scoreItems(u, scores);
    }
    for (auto& s : scores)
      if (std::isnan(s)) s = -std::numeric_limits<float>::infinity();
    for (auto i : history) seen[static_cast<std::size_t>(i)] = 1;
    cand.clear();
    for (std::size_t i = 0; i < nItems; ++i)
      if (candidate[i] && !seen[i]) cand.push_back(static_cast<std::int32_t>(i));
    for (auto i : history) seen[static_cast<std::size_t>(i)] = 0;

    request.userId = userExt[uu];
    request.attributes = std::move(attributes[uu]);
    const CurationResult curated = curator.curate(request, top, base);
    without.clear();
    for (std::size_t j = 0; j < std::min(base.size(), request.n); ++j) without.push_back(base[j].item);
    with.clear();
    for (const auto& entry : curated.entries) {
      auto it = itemDense.find(entry.item);
      with.push_back(it == itemDense.end() ? -1 : it->second);
    }
    member[0] = 1;
    for (std::size_t s = 1; s < nSeg; ++s) member[s] = segments[s - 1].contains(request.userId, request.attributes);

    const bool changed = with != without;
    double nd[2], rc[2];
    ranking.compute(without, relevant[uu], row);
    nd[0] = row[iNdcg];
    rc[0] = row[iRecall];
    ranking.compute(with, relevant[uu], row);
    nd[1] = row[iNdcg];
    rc[1] = row[iRecall];
    for (std::size_t s = 0; s < nSeg; ++s) {
      if (!member[s]) continue;
      auto& a = acc[s];
      ++a.users;
      a.changed += changed ? 1 : 0;
      for (int w = 0; w < 2; ++w) {
        a.ndcg[w] += nd[w];
        a.recall[w] += rc[w];
        for (auto item : w == 0 ? without : with)
          if (item >= 0) a.exposure[w][static_cast<std::size_t>(item)] += 1;
      }
    }
  }
  checkCancel();

  std::vector<double> catalogueExposure;
  for (std::size_t s = 0; s < nSeg; ++s) {
    auto& a = acc[s];
    SegmentImpact out;
    out.segment = s == 0 ? std::string(Segment::kAllUsers) : segments[s - 1].name();
    out.users = a.users;
    out.changedLists = a.changed;
    for (int w = 0; w < 2; ++w) {
      // Exposure over the candidate catalogue only, as the evaluation measures coverage.
      catalogueExposure.clear();
      for (std::size_t i = 0; i < nItems; ++i)
        if (candidate[i]) catalogueExposure.push_back(a.exposure[w][i]);
      const double users = static_cast<double>(a.users);
      std::vector<double> values = {a.users ? a.ndcg[w] / users : kNaN, a.users ? a.recall[w] / users : kNaN,
                                    a.users ? catalogueCoverage(catalogueExposure) : kNaN,
                                    a.users ? giniIndex(catalogueExposure) : kNaN};
      (w == 0 ? out.without : out.with) = std::move(values);
    }
    result.segments.push_back(std::move(out));
  }
  result.seconds = secondsSince(t0);
  report("done", 1.0);
  return result;
}

}  // namespace reco

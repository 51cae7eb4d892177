#include "core/evaluation/EvaluationRunner.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <set>
#include <thread>

#include "core/evaluation/ExposureMetrics.h"
#include "core/evaluation/RankingMetrics.h"

namespace reco {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double secondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Everything about one split that all models share.
struct SplitContext {
  const InteractionMatrix* train = nullptr;
  std::vector<char> candidate;                       // per item: may be recommended at all
  std::vector<double> itemUsers;                     // per item: training users who interacted
  double trainUsers = 0;                             // users with at least one training interaction
  std::vector<std::int32_t> users;                   // evaluated users (with relevant held-out items)
  std::vector<std::vector<std::int32_t>> relevant;   // per evaluated user: sorted, unique relevant items
  std::size_t catalogue = 0;                         // number of candidate items
  std::size_t coldStart = 0;
};

// One model's outcome on one split.
struct ModelOutcome {
  std::vector<std::vector<double>> values;  // [metric][evaluated user]
  std::vector<std::int32_t> tops;           // evaluated user e's primary top-k at [e * k, (e + 1) * k), -1 padded
  std::vector<double> exposure;             // per item: lists containing it (primary k)
  double fitSeconds = 0, scoreSeconds = 0;
};

std::string activitySegment(std::int64_t trainCount, const EvaluationConfig& c) {
  if (trainCount <= c.coldMaxInteractions) return "cold";
  if (trainCount >= c.heavyMinInteractions) return "heavy";
  return "regular";
}

}  // namespace

struct EvaluationRunner::Repetition {
  std::uint64_t seed = 0;
  int fold = 0;
  std::string label;
  const DataSplit* prepared = nullptr;  // runOnSplit: the caller's split; otherwise made from the data
};

const ModelEvaluation& EvaluationResult::model(const std::string& label) const {
  for (const auto& m : models)
    if (m.model.label == label) return m;
  throw std::out_of_range("no evaluated model named '" + label + "'");
}

EvaluationRunner::EvaluationRunner(RecommenderFactory factory) : factory_(std::move(factory)) {
  if (!factory_) throw std::invalid_argument("EvaluationRunner needs a recommender factory");
}

void EvaluationRunner::setUserSegments(std::string attribute, std::vector<std::string> labels) {
  segmentAttribute_ = std::move(attribute);
  segmentLabels_ = std::move(labels);
}

void EvaluationRunner::report(const std::string& stage, double fraction) const {
  if (progress_) progress_({stage, std::clamp(fraction, 0.0, 1.0)});
}

void EvaluationRunner::checkCancel() const {
  if (cancel_ && cancel_->load(std::memory_order_relaxed)) throw EvaluationCancelled();
}

EvaluationResult EvaluationRunner::run(const InteractionList& data, const EvaluationConfig& config) {
  if (config.seeds < 1) throw std::invalid_argument("evaluation needs at least one seed");
  std::vector<Repetition> reps;
  const int folds = config.split.kind == SplitKind::KFold ? config.split.folds : 1;
  for (int s = 0; s < config.seeds; ++s)
    for (int f = 0; f < folds; ++f) {
      Repetition r;
      r.seed = config.seed + static_cast<std::uint64_t>(s);
      r.fold = f;
      r.label = "seed " + std::to_string(r.seed) +
                (folds > 1 ? ", fold " + std::to_string(f + 1) + "/" + std::to_string(folds) : std::string());
      reps.push_back(r);
    }
  return evaluate(reps, config, &data);
}

EvaluationResult EvaluationRunner::runOnSplit(const DataSplit& split, const EvaluationConfig& config, std::uint64_t seed) {
  Repetition r;
  r.seed = seed;
  r.label = "seed " + std::to_string(seed);
  r.prepared = &split;
  return evaluate({r}, config, nullptr);
}

EvaluationResult EvaluationRunner::evaluate(const std::vector<Repetition>& reps, const EvaluationConfig& config,
                                            const InteractionList* data) {
  const auto t0 = std::chrono::steady_clock::now();
  if (config.models.empty()) throw std::invalid_argument("evaluation needs at least one model");
  if (config.threads < 1) throw std::invalid_argument("evaluation needs at least one thread");
  if (config.bootstrapReplicates < 1) throw std::invalid_argument("evaluation needs at least one bootstrap replicate");
  RankingMetrics ranking(config.ks);
  const int kPrimary = ranking.primaryK();

  EvaluationResult result;
  result.config = config;
  result.repetitions = static_cast<int>(reps.size());
  result.userMetricNames = ranking.names();
  for (const char* n : {"auc", "novelty", "avgpop"}) result.userMetricNames.emplace_back(n);
  result.metricNames = result.userMetricNames;
  result.metricNames.emplace_back("coverage");
  result.metricNames.emplace_back("gini");
  const std::size_t nRank = ranking.names().size();
  const std::size_t nUserMetrics = result.userMetricNames.size();
  const std::size_t iAuc = nRank, iNovelty = nRank + 1, iAvgPop = nRank + 2;

  // Unique labels; create every model once up front so that unknown algorithms fail before any work.
  std::set<std::string> labels;
  for (const auto& spec : config.models) {
    ModelEvaluation me;
    me.model = spec;
    if (me.model.label.empty()) me.model.label = spec.algorithm;
    std::string base = me.model.label;
    for (int n = 2; labels.count(me.model.label); ++n) me.model.label = base + "#" + std::to_string(n);
    labels.insert(me.model.label);
    if (!factory_(spec.algorithm)) throw std::invalid_argument("unknown algorithm '" + spec.algorithm + "'");
    result.models.push_back(std::move(me));
  }
  const std::size_t nModels = result.models.size();
  const std::size_t nUsersAll = data ? static_cast<std::size_t>(data->users)
                                     : static_cast<std::size_t>(reps.front().prepared->train.users);
  std::vector<std::vector<std::vector<double>>> userSum(
      nModels, std::vector<std::vector<double>>(nUserMetrics, std::vector<double>(nUsersAll, 0.0)));
  std::vector<std::vector<std::vector<int>>> userCount(
      nModels, std::vector<std::vector<int>>(nUserMetrics, std::vector<int>(nUsersAll, 0)));
  // Segment accumulators: [model][group/segment] -> per-metric sums and counts (NaN values left out), users
  struct SegmentAccumulator {
    std::vector<double> sum, count;
    double users = 0;
  };
  std::vector<std::map<std::pair<std::string, std::string>, SegmentAccumulator>> segAcc(nModels);
  std::vector<std::map<std::string, double>> boundLow(nModels), boundHigh(nModels);

  const double stepsTotal = static_cast<double>(reps.size() * nModels);
  double stepsDone = 0;
  DataSplit storage;
  for (std::size_t r = 0; r < reps.size(); ++r) {
    const auto& rep = reps[r];
    checkCancel();
    report(rep.label + ": splitting", stepsDone / stepsTotal);
    const DataSplit* split = rep.prepared;
    if (!split) {
      SplitSpec spec = config.split;
      spec.fold = rep.fold;
      storage = splitInteractions(*data, spec, rep.seed);
      split = &storage;
    }
    const InteractionMatrix train = toMatrix(split->train);
    SplitContext ctx;
    ctx.train = &train;
    ctx.itemUsers.assign(static_cast<std::size_t>(train.cols()), 0.0);
    for (auto c : train.indices()) ctx.itemUsers[static_cast<std::size_t>(c)] += 1;
    for (std::int32_t u = 0; u < train.rows(); ++u) ctx.trainUsers += train.rowIndices(u).empty() ? 0 : 1;
    ctx.candidate.assign(static_cast<std::size_t>(train.cols()), 1);
    if (config.candidatesTrainedItemsOnly)
      for (std::size_t i = 0; i < ctx.candidate.size(); ++i) ctx.candidate[i] = ctx.itemUsers[i] > 0;
    for (char c : ctx.candidate) ctx.catalogue += c ? 1 : 0;
    {
      std::vector<std::vector<std::int32_t>> rel(static_cast<std::size_t>(train.rows()));
      for (const auto& x : split->test) {
        const double v = std::isnan(x.rating) ? x.weight : x.rating;
        if (config.relevantThreshold && !(v >= *config.relevantThreshold)) continue;
        rel[static_cast<std::size_t>(x.user)].push_back(x.item);
      }
      for (std::int32_t u = 0; u < train.rows(); ++u) {
        auto& list = rel[static_cast<std::size_t>(u)];
        if (list.empty()) continue;
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        ctx.users.push_back(u);
        ctx.relevant.push_back(std::move(list));
        if (train.rowIndices(u).empty()) ++ctx.coldStart;
      }
    }
    if (ctx.users.empty())
      throw std::invalid_argument("the split (" + config.split.toString() + ", " + rep.label +
                                  ") leaves no user with relevant held-out interactions" +
                                  (config.relevantThreshold ? " at or above the relevance threshold" : ""));
    if (ctx.catalogue == 0) throw std::invalid_argument("the split leaves no training interactions");
    result.evaluatedUsers += static_cast<double>(ctx.users.size());
    result.coldStartUsers += static_cast<double>(ctx.coldStart);
    result.trainInteractions += static_cast<double>(split->train.interactions.size());
    result.testInteractions += static_cast<double>(split->test.size());
    result.catalogueItems += static_cast<double>(ctx.catalogue);
    const std::size_t nEval = ctx.users.size();
    std::vector<std::string> activity(nEval), attribute(nEval);
    for (std::size_t e = 0; e < nEval; ++e) {
      const auto u = ctx.users[e];
      activity[e] = activitySegment(static_cast<std::int64_t>(train.rowIndices(u).size()), config);
      if (!segmentAttribute_.empty()) {
        const auto uu = static_cast<std::size_t>(u);
        attribute[e] = uu < segmentLabels_.size() && !segmentLabels_[uu].empty() ? segmentLabels_[uu] : "(none)";
      }
    }

    for (std::size_t m = 0; m < nModels; ++m) {
      auto& me = result.models[m];
      const std::string stage = rep.label + ": " + me.model.label;
      ModelOutcome out;
      // Train.
      auto model = factory_(me.model.algorithm);
      ModelParams params = me.model.params;
      for (const auto& p : model->info().params)
        if (p.name == "seed" && !params.count("seed")) params["seed"] = static_cast<double>(rep.seed % 1000000007ULL);
      const double base = stepsDone / stepsTotal, span = 1.0 / stepsTotal;
      report(stage + ": training", base);
      auto tFit = std::chrono::steady_clock::now();
      try {
        model->fit(
            train, params,
            [&](const FitProgress& p) {
              if (p.iterations > 0)
                report(stage + ": training " + std::to_string(p.iteration) + "/" + std::to_string(p.iterations),
                       base + span * 0.7 * p.iteration / p.iterations);
            },
            cancel_);
      } catch (const FitCancelled&) {
        throw EvaluationCancelled();
      }
      out.fitSeconds = secondsSince(tFit);
      checkCancel();

      // Rank the full catalogue for every evaluated user, in parallel.
      report(stage + ": ranking", base + span * 0.7);
      auto tScore = std::chrono::steady_clock::now();
      out.values.assign(nUserMetrics, std::vector<double>(nEval, kNaN));
      out.tops.assign(nEval * static_cast<std::size_t>(kPrimary), -1);
      const Recommender& rec = *model;
      std::atomic<std::size_t> nextUser{0};
      std::atomic<bool> stop{false};
      std::exception_ptr failure;
      std::mutex failureMutex;
      const std::size_t nItems = static_cast<std::size_t>(train.cols());
      auto worker = [&]() {
        try {
          std::vector<float> scores(nItems);
          std::vector<char> seen(nItems, 0);
          std::vector<std::int32_t> cand;
          std::vector<float> candScores;
          std::vector<char> candRel;
          std::vector<std::uint32_t> order;
          std::vector<std::int32_t> top;
          std::vector<double> row(nRank);
          cand.reserve(nItems);
          for (;;) {
            const std::size_t e = nextUser.fetch_add(16);
            if (e >= nEval || stop.load(std::memory_order_relaxed)) return;
            for (std::size_t ee = e; ee < std::min(nEval, e + 16); ++ee) {
              if (cancel_ && cancel_->load(std::memory_order_relaxed)) {
                stop = true;
                return;
              }
              const auto u = ctx.users[ee];
              const auto history = train.rowIndices(u);
              if (history.empty()) {
                for (std::size_t i = 0; i < nItems; ++i) scores[i] = static_cast<float>(ctx.itemUsers[i]);
              } else {
                rec.scoreItems(u, scores);
              }
              for (auto i : history) seen[static_cast<std::size_t>(i)] = 1;
              cand.clear();
              for (std::size_t i = 0; i < nItems; ++i)
                if (ctx.candidate[i] && !seen[i]) cand.push_back(static_cast<std::int32_t>(i));
              for (auto i : history) seen[static_cast<std::size_t>(i)] = 0;
              candScores.resize(cand.size());
              candRel.resize(cand.size());
              const auto& rel = ctx.relevant[ee];
              for (std::size_t j = 0; j < cand.size(); ++j) {
                float s = scores[static_cast<std::size_t>(cand[j])];
                candScores[j] = std::isnan(s) ? -std::numeric_limits<float>::infinity() : s;
                candRel[j] = std::binary_search(rel.begin(), rel.end(), cand[j]) ? 1 : 0;
              }
              // Top maxK by score, ties by item index.
              const std::size_t kk = std::min(cand.size(), static_cast<std::size_t>(ranking.maxK()));
              order.resize(cand.size());
              for (std::size_t j = 0; j < cand.size(); ++j) order[j] = static_cast<std::uint32_t>(j);
              std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(kk), order.end(),
                                [&](std::uint32_t a, std::uint32_t b) {
                                  return candScores[a] != candScores[b] ? candScores[a] > candScores[b] : a < b;
                                });
              top.resize(kk);
              for (std::size_t j = 0; j < kk; ++j) top[j] = cand[order[j]];
              ranking.compute(top, rel, row);
              for (std::size_t mm = 0; mm < nRank; ++mm) out.values[mm][ee] = row[mm];
              out.values[iAuc][ee] = RankingMetrics::auc(candScores, candRel, order);
              const std::size_t kp = std::min(kk, static_cast<std::size_t>(kPrimary));
              double novelty = 0, pop = 0;
              for (std::size_t j = 0; j < kp; ++j) {
                const auto item = static_cast<std::size_t>(top[j]);
                out.tops[ee * static_cast<std::size_t>(kPrimary) + j] = top[j];
                pop += ctx.itemUsers[item];
                novelty += ctx.itemUsers[item] > 0 ? selfInformation(ctx.itemUsers[item], std::max(1.0, ctx.trainUsers))
                                                   : std::log2(std::max(1.0, ctx.trainUsers));
              }
              out.values[iNovelty][ee] = kp ? novelty / static_cast<double>(kp) : kNaN;
              out.values[iAvgPop][ee] = kp ? pop / static_cast<double>(kp) : kNaN;
            }
          }
        } catch (...) {
          std::lock_guard<std::mutex> lock(failureMutex);
          if (!failure) failure = std::current_exception();
          stop = true;
        }
      };
      {
        std::vector<std::thread> pool;
        const int nThreads = std::max(1, std::min<int>(config.threads, static_cast<int>(nEval / 16) + 1));
        for (int t = 1; t < nThreads; ++t) pool.emplace_back(worker);
        worker();
        for (auto& t : pool) t.join();
      }
      if (failure) std::rethrow_exception(failure);
      checkCancel();

      // Catalogue-level metrics over the primary top-k lists.
      auto exposureOf = [&](std::span<const std::uint32_t> sample, std::vector<double>& exposure, std::vector<double>& catalogueExposure) {
        std::fill(exposure.begin(), exposure.end(), 0.0);
        for (auto e : sample)
          for (int j = 0; j < kPrimary; ++j) {
            const auto item = out.tops[static_cast<std::size_t>(e) * static_cast<std::size_t>(kPrimary) + static_cast<std::size_t>(j)];
            if (item >= 0) exposure[static_cast<std::size_t>(item)] += 1;
          }
        catalogueExposure.clear();
        for (std::size_t i = 0; i < nItems; ++i)
          if (ctx.candidate[i]) catalogueExposure.push_back(exposure[i]);
      };
      std::vector<double> exposure(nItems), catExposure;
      std::vector<std::uint32_t> everyone(nEval);
      for (std::size_t e = 0; e < nEval; ++e) everyone[e] = static_cast<std::uint32_t>(e);
      exposureOf(everyone, exposure, catExposure);
      std::map<std::string, double> point;
      for (std::size_t mm = 0; mm < nUserMetrics; ++mm) point[result.userMetricNames[mm]] = meanIgnoringNaN(out.values[mm]);
      point["coverage"] = catalogueCoverage(catExposure);
      point["gini"] = giniIndex(catExposure);

      // Bootstrap over users: every per-user mean plus coverage and Gini of the resampled users' lists.
      report(stage + ": confidence intervals", base + span * 0.9);
      std::vector<double> bootExposure(nItems), bootCat;
      auto ci = bootstrapIntervals(
          nEval, nUserMetrics + 2, config.bootstrapReplicates, config.confidence,
          rep.seed * 0x9E3779B97F4A7C15ULL + m * 7919 + r,
          [&](std::span<const std::uint32_t> sample, std::span<double> o) {
            for (std::size_t mm = 0; mm < nUserMetrics; ++mm) {
              double sum = 0;
              std::size_t cnt = 0;
              for (auto e : sample) {
                const double v = out.values[mm][e];
                if (!std::isnan(v)) {
                  sum += v;
                  ++cnt;
                }
              }
              o[mm] = cnt ? sum / static_cast<double>(cnt) : kNaN;
            }
            exposureOf(sample, bootExposure, bootCat);
            o[nUserMetrics] = catalogueCoverage(bootCat);
            o[nUserMetrics + 1] = giniIndex(bootCat);
          });
      // Coverage and Gini are not means: a resample holds fewer distinct users, which lowers coverage and raises
      // Gini systematically. Their percentile intervals are shifted by that bootstrap bias so they are centred on
      // the full-sample estimate.
      for (std::size_t mm = nUserMetrics; mm < nUserMetrics + 2; ++mm) {
        const double bias = ci[mm].bootstrapMean - point[result.metricNames[mm]];
        if (std::isfinite(bias)) {
          ci[mm].low -= bias;
          ci[mm].high -= bias;
        }
      }
      out.scoreSeconds = secondsSince(tScore);

      // Accumulate.
      for (std::size_t mm = 0; mm < result.metricNames.size(); ++mm) {
        const auto& name = result.metricNames[mm];
        auto& est = me.metrics[name];
        if (r == 0) est = MetricEstimate{0, 0, 0};
        est.value += point[name];
        boundLow[m][name] += ci[mm].low;
        boundHigh[m][name] += ci[mm].high;
      }
      me.perRepetition.push_back(point);
      me.fitSeconds += out.fitSeconds;
      me.scoreSeconds += out.scoreSeconds;
      for (std::size_t e = 0; e < nEval; ++e) {
        const auto u = static_cast<std::size_t>(ctx.users[e]);
        for (std::size_t mm = 0; mm < nUserMetrics; ++mm) {
          const double v = out.values[mm][e];
          if (!std::isnan(v)) {
            userSum[m][mm][u] += v;
            ++userCount[m][mm][u];
          }
        }
        auto addSegment = [&](const std::string& group, const std::string& seg) {
          auto& acc = segAcc[m][{group, seg}];
          if (acc.sum.empty()) {
            acc.sum.assign(nUserMetrics, 0.0);
            acc.count.assign(nUserMetrics, 0.0);
          }
          for (std::size_t mm = 0; mm < nUserMetrics; ++mm)
            if (!std::isnan(out.values[mm][e])) {
              acc.sum[mm] += out.values[mm][e];
              acc.count[mm] += 1;
            }
          acc.users += 1;
        };
        addSegment("activity", activity[e]);
        if (!segmentAttribute_.empty()) addSegment(segmentAttribute_, attribute[e]);
      }
      stepsDone += 1;
      report(stage + ": done", stepsDone / stepsTotal);
    }
  }

  const double nReps = static_cast<double>(reps.size());
  result.evaluatedUsers /= nReps;
  result.coldStartUsers /= nReps;
  result.trainInteractions /= nReps;
  result.testInteractions /= nReps;
  result.catalogueItems /= nReps;
  result.segmentAttribute = segmentAttribute_;
  for (std::size_t m = 0; m < nModels; ++m) {
    auto& me = result.models[m];
    for (auto& [name, est] : me.metrics) {
      est.value /= nReps;
      est.low = boundLow[m][name] / nReps;
      est.high = boundHigh[m][name] / nReps;
    }
    me.fitSeconds /= nReps;
    me.scoreSeconds /= nReps;
    me.userValues.assign(nUserMetrics, std::vector<double>(nUsersAll, kNaN));
    for (std::size_t mm = 0; mm < nUserMetrics; ++mm)
      for (std::size_t u = 0; u < nUsersAll; ++u)
        if (userCount[m][mm][u] > 0) me.userValues[mm][u] = userSum[m][mm][u] / userCount[m][mm][u];
    for (const auto& [key, acc] : segAcc[m]) {
      SegmentMetrics s;
      s.group = key.first;
      s.segment = key.second;
      s.users = acc.users / nReps;
      for (std::size_t mm = 0; mm < nUserMetrics; ++mm)
        s.metrics[result.userMetricNames[mm]] = acc.count[mm] > 0 ? acc.sum[mm] / acc.count[mm] : kNaN;
      me.segments.push_back(std::move(s));
    }
  }
  for (std::size_t a = 0; a < nModels; ++a)
    for (std::size_t b = a + 1; b < nModels; ++b)
      for (std::size_t mm = 0; mm < nUserMetrics; ++mm) {
        ModelComparison c;
        c.modelA = a;
        c.modelB = b;
        c.metric = result.userMetricNames[mm];
        c.tTest = pairedTTest(result.models[a].userValues[mm], result.models[b].userValues[mm]);
        c.wilcoxon = wilcoxonSignedRank(result.models[a].userValues[mm], result.models[b].userValues[mm]);
        result.comparisons.push_back(c);
      }
  result.seconds = secondsSince(t0);
  report("done", 1.0);
  return result;
}

}  // namespace reco

#include "core/evaluation/EvaluationRunner.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <set>
#include <thread>

#include "core/base/Time.h"
#include "core/evaluation/ExposureMetrics.h"
#include "core/evaluation/RankingMetrics.h"

namespace reco {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

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

// The runner's progress callback and cancel flag, as the steps below see them.
struct RunHooks {
  const EvaluationProgressFn& progress;
  const std::atomic<bool>* cancel;

  void report(const std::string& stage, double fraction) const {
    if (progress) progress({stage, std::clamp(fraction, 0.0, 1.0)});
  }
  bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
  void checkCancel() const {
    if (cancelled()) throw EvaluationCancelled();
  }
};

// Where each per-user metric sits in a row of values: the ranking metrics first, then auc, novelty, avgpop
// (the order of startResult()'s userMetricNames).
struct MetricLayout {
  std::size_t nRank = 0, nUser = 0;
  std::size_t auc = 0, novelty = 0, avgPop = 0;
  int kPrimary = 0;
};

MetricLayout layoutOf(const RankingMetrics& ranking) {
  MetricLayout layout;
  layout.nRank = ranking.names().size();
  layout.nUser = layout.nRank + 3;
  layout.auc = layout.nRank;
  layout.novelty = layout.nRank + 1;
  layout.avgPop = layout.nRank + 2;
  layout.kPrimary = ranking.primaryK();
  return layout;
}

void validateConfig(const EvaluationConfig& config) {
  if (config.models.empty()) throw std::invalid_argument("evaluation needs at least one model");
  if (config.threads < 1) throw std::invalid_argument("evaluation needs at least one thread");
  if (config.bootstrapReplicates < 1) throw std::invalid_argument("evaluation needs at least one bootstrap replicate");
}

// The result's metric names and one ModelEvaluation per model with a unique label. Every model is created once up
// front so that unknown algorithms fail before any work.
EvaluationResult startResult(const EvaluationConfig& config, const RankingMetrics& ranking, std::size_t repetitions,
                             const RecommenderFactory& factory) {
  EvaluationResult result;
  result.config = config;
  result.repetitions = static_cast<int>(repetitions);
  result.userMetricNames = ranking.names();
  for (const char* n : {"auc", "novelty", "avgpop"}) result.userMetricNames.emplace_back(n);
  result.metricNames = result.userMetricNames;
  result.metricNames.emplace_back("coverage");
  result.metricNames.emplace_back("gini");
  std::set<std::string> labels;
  for (const auto& spec : config.models) {
    ModelEvaluation me;
    me.model = spec;
    if (me.model.label.empty()) me.model.label = spec.algorithm;
    std::string base = me.model.label;
    for (int n = 2; labels.count(me.model.label); ++n) me.model.label = base + "#" + std::to_string(n);
    labels.insert(me.model.label);
    if (!factory(spec.algorithm)) throw std::invalid_argument("unknown algorithm '" + spec.algorithm + "'");
    result.models.push_back(std::move(me));
  }
  return result;
}

// Split step: candidates, item popularity and the evaluated users with their relevant held-out items.
// Throws std::invalid_argument when the split leaves nothing to evaluate.
SplitContext describeSplit(const DataSplit& split, const InteractionMatrix& train, const EvaluationConfig& config,
                           const std::string& repetitionLabel) {
  SplitContext ctx;
  ctx.train = &train;
  ctx.itemUsers.assign(static_cast<std::size_t>(train.cols()), 0.0);
  for (auto c : train.indices()) ctx.itemUsers[static_cast<std::size_t>(c)] += 1;
  for (std::int32_t u = 0; u < train.rows(); ++u) ctx.trainUsers += train.rowIndices(u).empty() ? 0 : 1;
  ctx.candidate.assign(static_cast<std::size_t>(train.cols()), 1);
  if (config.candidatesTrainedItemsOnly)
    for (std::size_t i = 0; i < ctx.candidate.size(); ++i) ctx.candidate[i] = ctx.itemUsers[i] > 0;
  for (char c : ctx.candidate) ctx.catalogue += c ? 1 : 0;
  std::vector<std::vector<std::int32_t>> rel(static_cast<std::size_t>(train.rows()));
  for (const auto& x : split.test) {
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
  if (ctx.users.empty())
    throw std::invalid_argument("the split (" + config.split.toString() + ", " + repetitionLabel +
                                ") leaves no user with relevant held-out interactions" +
                                (config.relevantThreshold ? " at or above the relevance threshold" : ""));
  if (ctx.catalogue == 0) throw std::invalid_argument("the split leaves no training interactions");
  return ctx;
}

// Each evaluated user's activity segment and attribute label ("" when there is no attribute breakdown).
struct UserSegments {
  std::vector<std::string> activity, attribute;
};

UserSegments segmentUsers(const SplitContext& ctx, const EvaluationConfig& config, const std::string& attributeName,
                          const std::vector<std::string>& attributeLabels) {
  const std::size_t nEval = ctx.users.size();
  UserSegments s;
  s.activity.resize(nEval);
  s.attribute.resize(nEval);
  for (std::size_t e = 0; e < nEval; ++e) {
    const auto u = ctx.users[e];
    s.activity[e] = activitySegment(static_cast<std::int64_t>(ctx.train->rowIndices(u).size()), config);
    if (!attributeName.empty()) {
      const auto uu = static_cast<std::size_t>(u);
      s.attribute[e] = uu < attributeLabels.size() && !attributeLabels[uu].empty() ? attributeLabels[uu] : "(none)";
    }
  }
  return s;
}

// Train step: fits `model` on the split's training matrix; the model's seed (unless given) follows the repetition.
// Progress covers [base, base + 0.7 span). Returns the fit time in seconds.
double trainModel(Recommender& model, const ModelSpec& spec, const InteractionMatrix& train, std::uint64_t seed,
                  const RunHooks& hooks, const std::string& stage, double base, double span) {
  ModelParams params = spec.params;
  for (const auto& p : model.info().params)
    if (p.name == "seed" && !params.count("seed")) params["seed"] = static_cast<double>(seed % 1000000007ULL);
  hooks.report(stage + ": training", base);
  auto tFit = std::chrono::steady_clock::now();
  try {
    model.fit(
        train, params,
        [&](const FitProgress& p) {
          if (p.iterations > 0)
            hooks.report(stage + ": training " + std::to_string(p.iteration) + "/" + std::to_string(p.iterations),
                         base + span * 0.7 * p.iteration / p.iterations);
        },
        hooks.cancel);
  } catch (const FitCancelled&) {
    throw EvaluationCancelled();
  }
  return secondsSince(tFit);
}

// One scoring thread's buffers, reused across its users.
struct ScoringScratch {
  std::vector<char> seen;
  std::vector<std::int32_t> cand;
  std::vector<float> candScores;
  std::vector<char> candRel;
  std::vector<std::uint32_t> order;
  std::vector<float> relevantScores;
  std::vector<std::int32_t> top;
  std::vector<double> row;

  ScoringScratch(std::size_t nItems, std::size_t nRank) : seen(nItems, 0), row(nRank) {
    cand.reserve(nItems);
  }
};

// Ranking step for evaluated user ee given its scores of every item: ranks the candidates (top maxK by score, ties by
// item index) and writes the user's per-user metrics into out.values[*][ee] and primary top-k into out.tops.
void rankUser(std::size_t ee, std::span<const float> scores, const SplitContext& ctx, const RankingMetrics& ranking,
              const MetricLayout& layout, ScoringScratch& s, ModelOutcome& out) {
  const InteractionMatrix& train = *ctx.train;
  const std::size_t nItems = scores.size();
  const auto u = ctx.users[ee];
  const auto history = train.rowIndices(u);
  for (auto i : history) s.seen[static_cast<std::size_t>(i)] = 1;
  s.cand.clear();
  for (std::size_t i = 0; i < nItems; ++i)
    if (ctx.candidate[i] && !s.seen[i]) s.cand.push_back(static_cast<std::int32_t>(i));
  for (auto i : history) s.seen[static_cast<std::size_t>(i)] = 0;
  s.candScores.resize(s.cand.size());
  s.candRel.resize(s.cand.size());
  const auto& rel = ctx.relevant[ee];
  for (std::size_t j = 0; j < s.cand.size(); ++j) {
    float v = scores[static_cast<std::size_t>(s.cand[j])];
    s.candScores[j] = std::isnan(v) ? -std::numeric_limits<float>::infinity() : v;
    s.candRel[j] = std::binary_search(rel.begin(), rel.end(), s.cand[j]) ? 1 : 0;
  }
  const std::size_t kk = std::min(s.cand.size(), static_cast<std::size_t>(ranking.maxK()));
  s.order.resize(s.cand.size());
  for (std::size_t j = 0; j < s.cand.size(); ++j) s.order[j] = static_cast<std::uint32_t>(j);
  const auto& candScores = s.candScores;
  std::partial_sort(s.order.begin(), s.order.begin() + static_cast<std::ptrdiff_t>(kk), s.order.end(),
                    [&](std::uint32_t a, std::uint32_t b) {
                      return candScores[a] != candScores[b] ? candScores[a] > candScores[b] : a < b;
                    });
  s.top.resize(kk);
  for (std::size_t j = 0; j < kk; ++j) s.top[j] = s.cand[s.order[j]];
  ranking.compute(s.top, rel, s.row);
  for (std::size_t mm = 0; mm < layout.nRank; ++mm) out.values[mm][ee] = s.row[mm];
  out.values[layout.auc][ee] = RankingMetrics::auc(s.candScores, s.candRel, s.relevantScores);
  const auto kPrimary = static_cast<std::size_t>(layout.kPrimary);
  const std::size_t kp = std::min(kk, kPrimary);
  double novelty = 0, pop = 0;
  for (std::size_t j = 0; j < kp; ++j) {
    const auto item = static_cast<std::size_t>(s.top[j]);
    out.tops[ee * kPrimary + j] = s.top[j];
    pop += ctx.itemUsers[item];
    novelty += ctx.itemUsers[item] > 0 ? selfInformation(ctx.itemUsers[item], std::max(1.0, ctx.trainUsers))
                                       : std::log2(std::max(1.0, ctx.trainUsers));
  }
  out.values[layout.novelty][ee] = kp ? novelty / static_cast<double>(kp) : kNaN;
  out.values[layout.avgPop][ee] = kp ? pop / static_cast<double>(kp) : kNaN;
}

// Score step for every evaluated user, in batches of kBatch users over up to `threads` threads: the batch's users with
// history are scored together (one matrix product for the factor models), cold ones get the item popularity, then
// each user is ranked. On cancel the threads stop early (the caller checks the flag afterwards); the first exception
// of any thread is rethrown.
void scoreUsers(const Recommender& rec, const SplitContext& ctx, const RankingMetrics& ranking,
                const MetricLayout& layout, int threads, const RunHooks& hooks, ModelOutcome& out) {
  // 16 users x 41k items of scores is 2.6 MB: the block stays in the last-level cache while it is ranked.
  constexpr std::size_t kBatch = 16;
  const std::size_t nEval = ctx.users.size();
  const std::size_t nItems = static_cast<std::size_t>(ctx.train->cols());
  out.values.assign(layout.nUser, std::vector<double>(nEval, kNaN));
  out.tops.assign(nEval * static_cast<std::size_t>(layout.kPrimary), -1);
  std::atomic<std::size_t> nextUser{0};
  std::atomic<bool> stop{false};
  std::exception_ptr failure;
  std::mutex failureMutex;
  auto worker = [&]() {
    try {
      ScoringScratch scratch(nItems, layout.nRank);
      std::vector<float> popularity(nItems);
      for (std::size_t i = 0; i < nItems; ++i) popularity[i] = static_cast<float>(ctx.itemUsers[i]);
      std::vector<std::int32_t> warm;
      std::vector<float> block;
      for (;;) {
        const std::size_t e = nextUser.fetch_add(kBatch);
        if (e >= nEval || stop.load(std::memory_order_relaxed)) return;
        if (hooks.cancelled()) {
          stop = true;
          return;
        }
        const std::size_t end = std::min(nEval, e + kBatch);
        warm.clear();
        for (std::size_t ee = e; ee < end; ++ee)
          if (!ctx.train->rowIndices(ctx.users[ee]).empty()) warm.push_back(ctx.users[ee]);
        block.resize(warm.size() * nItems);
        rec.scoreItemsBlock(warm, block);
        // warm holds the batch's users with history in batch order: row r of the block is the r-th of them.
        std::size_t row = 0;
        for (std::size_t ee = e; ee < end; ++ee) {
          const bool scored = row < warm.size() && warm[row] == ctx.users[ee];
          const std::span<const float> scores = scored ? std::span<const float>(block).subspan(row++ * nItems, nItems)
                                                       : std::span<const float>(popularity);
          rankUser(ee, scores, ctx, ranking, layout, scratch, out);
        }
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(failureMutex);
      if (!failure) failure = std::current_exception();
      stop = true;
    }
  };
  std::vector<std::thread> pool;
  const int nThreads = std::max(1, std::min<int>(threads, static_cast<int>(nEval / kBatch) + 1));
  for (int t = 1; t < nThreads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

// Exposure of every item in the primary top-k lists of the `sample` users, and the same restricted to candidates.
void primaryExposure(const ModelOutcome& out, const SplitContext& ctx, int kPrimary,
                     std::span<const std::uint32_t> sample, std::vector<double>& exposure,
                     std::vector<double>& catalogueExposure) {
  std::fill(exposure.begin(), exposure.end(), 0.0);
  for (auto e : sample)
    for (int j = 0; j < kPrimary; ++j) {
      const auto item = out.tops[static_cast<std::size_t>(e) * static_cast<std::size_t>(kPrimary) + static_cast<std::size_t>(j)];
      if (item >= 0) exposure[static_cast<std::size_t>(item)] += 1;
    }
  catalogueExposure.clear();
  for (std::size_t i = 0; i < ctx.candidate.size(); ++i)
    if (ctx.candidate[i]) catalogueExposure.push_back(exposure[i]);
}

// One model's metrics on one split: point values by name and bootstrap intervals in metricNames order.
struct RepetitionEstimates {
  std::map<std::string, double> point;
  std::vector<ConfidenceInterval> ci;
};

// Metrics step: per-user means plus coverage and Gini over the primary top-k lists, with bootstrap intervals over
// users (seeded with `bootstrapSeed`).
RepetitionEstimates estimateMetrics(const ModelOutcome& out, const SplitContext& ctx, const EvaluationResult& result,
                                    const MetricLayout& layout, const EvaluationConfig& config,
                                    std::uint64_t bootstrapSeed) {
  const std::size_t nEval = ctx.users.size();
  const std::size_t nItems = ctx.candidate.size();
  const std::size_t nUserMetrics = layout.nUser;
  RepetitionEstimates est;
  std::vector<double> exposure(nItems), catExposure;
  std::vector<std::uint32_t> everyone(nEval);
  for (std::size_t e = 0; e < nEval; ++e) everyone[e] = static_cast<std::uint32_t>(e);
  primaryExposure(out, ctx, layout.kPrimary, everyone, exposure, catExposure);
  for (std::size_t mm = 0; mm < nUserMetrics; ++mm)
    est.point[result.userMetricNames[mm]] = meanIgnoringNaN(out.values[mm]);
  est.point["coverage"] = catalogueCoverage(catExposure);
  est.point["gini"] = giniIndex(catExposure);

  std::vector<double> bootExposure(nItems), bootCat;
  est.ci = bootstrapIntervals(
      nEval, nUserMetrics + 2, config.bootstrapReplicates, config.confidence, bootstrapSeed,
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
        primaryExposure(out, ctx, layout.kPrimary, sample, bootExposure, bootCat);
        o[nUserMetrics] = catalogueCoverage(bootCat);
        o[nUserMetrics + 1] = giniIndex(bootCat);
      });
  // Coverage and Gini are not means: a resample holds fewer distinct users, which lowers coverage and raises
  // Gini systematically. Their percentile intervals are shifted by that bootstrap bias so they are centred on
  // the full-sample estimate.
  for (std::size_t mm = nUserMetrics; mm < nUserMetrics + 2; ++mm) {
    const double bias = est.ci[mm].bootstrapMean - est.point[result.metricNames[mm]];
    if (std::isfinite(bias)) {
      est.ci[mm].low -= bias;
      est.ci[mm].high -= bias;
    }
  }
  return est;
}

// One model's sums over the repetitions, turned into means by finishModel().
struct ModelTotals {
  struct Segment {
    std::vector<double> sum, count;  // per metric; NaN values left out
    double users = 0;
  };
  std::vector<std::vector<double>> userSum;  // [metric][user]
  std::vector<std::vector<int>> userCount;   // [metric][user]
  std::map<std::pair<std::string, std::string>, Segment> segments;  // (group, segment) ->
  std::map<std::string, double> low, high;  // CI bounds by metric name

  ModelTotals(std::size_t nUserMetrics, std::size_t nUsers)
      : userSum(nUserMetrics, std::vector<double>(nUsers, 0.0)), userCount(nUserMetrics, std::vector<int>(nUsers, 0)) {}

  void addToSegment(const std::string& group, const std::string& segment, const ModelOutcome& out, std::size_t e) {
    auto& acc = segments[{group, segment}];
    const std::size_t nUserMetrics = out.values.size();
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
  }
};

// Aggregate step, per repetition: adds one model's outcome on one split to its sums.
void accumulate(ModelEvaluation& me, ModelTotals& totals, const RepetitionEstimates& est, const ModelOutcome& out,
                const SplitContext& ctx, const UserSegments& segments, const std::vector<std::string>& metricNames,
                bool firstRepetition, const std::string& attributeName) {
  for (std::size_t mm = 0; mm < metricNames.size(); ++mm) {
    const auto& name = metricNames[mm];
    auto& m = me.metrics[name];
    if (firstRepetition) m = MetricEstimate{0, 0, 0};
    m.value += est.point.at(name);
    totals.low[name] += est.ci[mm].low;
    totals.high[name] += est.ci[mm].high;
  }
  me.perRepetition.push_back(est.point);
  me.fitSeconds += out.fitSeconds;
  me.scoreSeconds += out.scoreSeconds;
  const std::size_t nUserMetrics = out.values.size();
  for (std::size_t e = 0; e < ctx.users.size(); ++e) {
    const auto u = static_cast<std::size_t>(ctx.users[e]);
    for (std::size_t mm = 0; mm < nUserMetrics; ++mm) {
      const double v = out.values[mm][e];
      if (!std::isnan(v)) {
        totals.userSum[mm][u] += v;
        ++totals.userCount[mm][u];
      }
    }
    totals.addToSegment("activity", segments.activity[e], out, e);
    if (!attributeName.empty()) totals.addToSegment(attributeName, segments.attribute[e], out, e);
  }
}

// Aggregate step, at the end: means over the repetitions, per-user values and segment breakdowns.
void finishModel(ModelEvaluation& me, const ModelTotals& totals, double nReps,
                 const std::vector<std::string>& userMetricNames) {
  for (auto& [name, est] : me.metrics) {
    est.value /= nReps;
    est.low = totals.low.at(name) / nReps;
    est.high = totals.high.at(name) / nReps;
  }
  me.fitSeconds /= nReps;
  me.scoreSeconds /= nReps;
  const std::size_t nUserMetrics = userMetricNames.size();
  const std::size_t nUsers = nUserMetrics ? totals.userSum.front().size() : 0;
  me.userValues.assign(nUserMetrics, std::vector<double>(nUsers, kNaN));
  for (std::size_t mm = 0; mm < nUserMetrics; ++mm)
    for (std::size_t u = 0; u < nUsers; ++u)
      if (totals.userCount[mm][u] > 0) me.userValues[mm][u] = totals.userSum[mm][u] / totals.userCount[mm][u];
  for (const auto& [key, acc] : totals.segments) {
    SegmentMetrics s;
    s.group = key.first;
    s.segment = key.second;
    s.users = acc.users / nReps;
    for (std::size_t mm = 0; mm < nUserMetrics; ++mm)
      s.metrics[userMetricNames[mm]] = acc.count[mm] > 0 ? acc.sum[mm] / acc.count[mm] : kNaN;
    me.segments.push_back(std::move(s));
  }
}

// Paired tests over users between every pair of models, for every per-user metric.
void compareModels(EvaluationResult& result) {
  const std::size_t nModels = result.models.size();
  for (std::size_t a = 0; a < nModels; ++a)
    for (std::size_t b = a + 1; b < nModels; ++b)
      for (std::size_t mm = 0; mm < result.userMetricNames.size(); ++mm) {
        ModelComparison c;
        c.modelA = a;
        c.modelB = b;
        c.metric = result.userMetricNames[mm];
        c.tTest = pairedTTest(result.models[a].userValues[mm], result.models[b].userValues[mm]);
        c.wilcoxon = wilcoxonSignedRank(result.models[a].userValues[mm], result.models[b].userValues[mm]);
        result.comparisons.push_back(c);
      }
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
  RunHooks{progress_, cancel_}.report(stage, fraction);
}

void EvaluationRunner::checkCancel() const { RunHooks{progress_, cancel_}.checkCancel(); }

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
  validateConfig(config);
  const RunHooks hooks{progress_, cancel_};
  RankingMetrics ranking(config.ks);
  EvaluationResult result = startResult(config, ranking, reps.size(), factory_);
  const MetricLayout layout = layoutOf(ranking);

  const std::size_t nModels = result.models.size();
  const std::size_t nUsersAll = data ? static_cast<std::size_t>(data->users)
                                     : static_cast<std::size_t>(reps.front().prepared->train.users);
  std::vector<ModelTotals> totals(nModels, ModelTotals(layout.nUser, nUsersAll));

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
    const SplitContext ctx = describeSplit(*split, train, config, rep.label);
    result.evaluatedUsers += static_cast<double>(ctx.users.size());
    result.coldStartUsers += static_cast<double>(ctx.coldStart);
    result.trainInteractions += static_cast<double>(split->train.interactions.size());
    result.testInteractions += static_cast<double>(split->test.size());
    result.catalogueItems += static_cast<double>(ctx.catalogue);
    const UserSegments segments = segmentUsers(ctx, config, segmentAttribute_, segmentLabels_);

    for (std::size_t m = 0; m < nModels; ++m) {
      auto& me = result.models[m];
      const std::string stage = rep.label + ": " + me.model.label;
      const double base = stepsDone / stepsTotal, span = 1.0 / stepsTotal;
      ModelOutcome out;
      auto model = factory_(me.model.algorithm);
      out.fitSeconds = trainModel(*model, me.model, train, rep.seed, hooks, stage, base, span);
      checkCancel();

      report(stage + ": ranking", base + span * 0.7);
      auto tScore = std::chrono::steady_clock::now();
      scoreUsers(*model, ctx, ranking, layout, config.threads, hooks, out);
      checkCancel();

      report(stage + ": confidence intervals", base + span * 0.9);
      const RepetitionEstimates est =
          estimateMetrics(out, ctx, result, layout, config, rep.seed * 0x9E3779B97F4A7C15ULL + m * 7919 + r);
      out.scoreSeconds = secondsSince(tScore);

      accumulate(me, totals[m], est, out, ctx, segments, result.metricNames, r == 0, segmentAttribute_);
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
  for (std::size_t m = 0; m < nModels; ++m) finishModel(result.models[m], totals[m], nReps, result.userMetricNames);
  compareModels(result);
  result.seconds = secondsSince(t0);
  report("done", 1.0);
  return result;
}

}  // namespace reco

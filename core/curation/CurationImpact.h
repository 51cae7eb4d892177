// What a rule set costs or gains offline: on the evaluation split, a model's top-k for every test user with and
// without the rules, scored against the held-out interactions (nDCG@k, recall@k, catalogue coverage and Gini of
// exposure), for "all users" and for each segment of the rule set. Uses the evaluation's split, candidates and
// metric code, so "without" matches what `recoengine-cli evaluate` reports for the same model, split and seed.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/curation/RuleSet.h"
#include "core/evaluation/InteractionList.h"
#include "core/evaluation/SplitSpec.h"
#include "core/models/Recommender.h"
#include "core/storage/Project.h"

namespace reco {

struct CurationImpactConfig {
  std::string algorithm;  // a name from algorithmInfos()
  ModelParams params;     // missing parameters take the algorithm's defaults; "seed" defaults to the split seed
  SplitSpec split;        // the evaluation's defaults (stratified-user:0.75); k-fold uses fold `split.fold` only
  std::uint64_t seed = 42;
  int k = 10;
  std::int64_t time = 0;  // when the rules are applied (Unix seconds, UTC)
  InteractionLoadOptions loading;
};

struct SegmentImpact {
  std::string segment;       // "all users" or a segment of the rule set
  std::int64_t users = 0;    // evaluated test users in the segment
  std::int64_t changedLists = 0;  // of those, users whose top-k the rules changed
  std::vector<double> without;  // per CurationImpactResult::metricNames
  std::vector<double> with;
  double change(std::size_t metric) const { return with[metric] - without[metric]; }
};

struct CurationImpactResult {
  std::vector<std::string> metricNames;  // "ndcg@k", "recall@k", "coverage", "gini"
  std::vector<SegmentImpact> segments;   // [0] = all users, then the rule set's segments by name
  std::string algorithm;
  ModelParams params;
  std::string split;  // SplitSpec::toString()
  std::uint64_t seed = 0;
  int k = 10;
  std::int64_t time = 0;
  std::int64_t catalogueItems = 0;  // candidate items (with training interactions): the coverage denominator
  std::int64_t trainInteractions = 0;
  std::int64_t testInteractions = 0;
  double fitSeconds = 0;
  double seconds = 0;
};

using CurationImpactProgress = std::function<void(const std::string& stage, double fraction)>;

class CurationImpact {
 public:
  // progress(stage, 0..1); cancel polled between users and passed to fit() (throws EvaluationCancelled).
  CurationImpact(CurationImpactProgress progress = {}, const std::atomic<bool>* cancel = nullptr);

  // Throws std::invalid_argument for a bad config or a rule set with unknown segments, std::runtime_error when
  // the project has no usable interactions or the split leaves no test users, EvaluationCancelled.
  CurationImpactResult run(Project& project, const RuleSet& rules, const CurationImpactConfig& config) const;

  // Index of a metric in metricNames ("ndcg", "recall", "coverage", "gini"), or npos.
  static std::size_t metricIndex(const CurationImpactResult& result, const std::string& prefix);

 private:
  void report(const std::string& stage, double fraction) const;
  void checkCancel() const;

  CurationImpactProgress progress_;
  const std::atomic<bool>* cancel_;
};

}  // namespace reco

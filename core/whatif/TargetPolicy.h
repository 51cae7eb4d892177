// The policies off-policy evaluation can judge on logged impressions: each gives, for the context of a logged
// impression (user, time, placement, slot), a probability for every item of the log. Four kinds: the logging policy
// itself (the on-policy sanity check), another logged policy (its action distribution per placement and slot,
// estimated from its own logs), and a ranking (a trained model's, optionally curated by a rule set), which is
// deterministic unless epsilon-smoothed.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "core/whatif/ImpressionLog.h"

namespace reco {

struct ItemProbability {
  std::int32_t item = 0;  // ImpressionLog::items index of the evaluated log
  double probability = 0;
};

class TargetPolicy {
 public:
  virtual ~TargetPolicy() = default;
  // The policy's distribution over the log's items for the slot of `row` (may sum to less than 1 when the policy
  // puts probability on items the log never showed; see unloggedMass()).
  virtual void distribution(const LoggedImpression& row, std::vector<ItemProbability>& out) const = 0;
  // pi(logged item | context of row); by default read from distribution().
  virtual double probability(const LoggedImpression& row) const;
  virtual std::string description() const = 0;
  virtual bool deterministic() const { return false; }  // before smoothing
  virtual double epsilon() const { return 0.0; }       // the smoothing applied (0: evaluated as it is)
  // The average probability (over the log's rows) the policy gives to items the evaluated log never showed in that
  // placement: the part of the policy the logs cannot judge.
  virtual double unloggedMass() const { return 0.0; }
};

// The logging policy itself: pi = the logged propensity for the logged item (weights of exactly 1), its action
// distribution for the direct method from the logged exposure frequencies.
class LoggingPolicy : public TargetPolicy {
 public:
  explicit LoggingPolicy(const ImpressionLog& log);
  void distribution(const LoggedImpression& row, std::vector<ItemProbability>& out) const override;
  double probability(const LoggedImpression& row) const override { return row.propensity; }
  std::string description() const override;

 private:
  ActionDistribution frequencies_;
};

// Another logged policy, given by its own logs: its action distribution per placement and slot is the exposure
// frequency of each item in those logs (right for a policy that does not look at the user, e.g. Thompson sampling
// over items; an average over users otherwise). Items and placements are matched by ext id and name.
class LoggedPolicy : public TargetPolicy {
 public:
  // `own` = the evaluated policy's logs; `evaluated` = the logs the estimate is computed on.
  LoggedPolicy(const ImpressionLog& own, const ImpressionLog& evaluated, std::string name);
  void distribution(const LoggedImpression& row, std::vector<ItemProbability>& out) const override;
  std::string description() const override;
  double unloggedMass() const override { return unlogged_; }

 private:
  std::vector<std::vector<std::vector<ItemProbability>>> table_;  // [placement][slot - 1] of the evaluated log
  std::string name_;
  double unlogged_ = 0;
};

// A ranking policy: for each impression, the item the ranking puts in that slot among the placement's candidates
// (the items the log showed in that placement; the ranking's items that are not candidates are skipped, and a
// ranking shorter than the slot is continued with the remaining candidates in the log's item order). Deterministic;
// with epsilon > 0 smoothed to (1 - epsilon) on that item plus epsilon spread uniformly over the candidates.
class RankingPolicy : public TargetPolicy {
 public:
  // Ranked item ext ids, best first, for a user (users.id of the evaluated log's project) at a time.
  using Ranker = std::function<std::vector<std::string>(std::int64_t user, std::int64_t time)>;
  // Asks the ranker here, once per user of the log's rows, or with perDay once per user and UTC day (for rules with
  // time windows); throws WhatIfCancelled when *cancel becomes true. epsilon in [0, 1].
  RankingPolicy(const ImpressionLog& log, const Ranker& ranker, double epsilon, std::string description,
                const std::atomic<bool>* cancel = nullptr, bool perDay = false);
  void distribution(const LoggedImpression& row, std::vector<ItemProbability>& out) const override;
  double probability(const LoggedImpression& row) const override;
  std::string description() const override { return description_; }
  bool deterministic() const override { return true; }
  double epsilon() const override { return epsilon_; }

  // The item chosen for the slot of `row` (ImpressionLog::items index), or -1 when the placement has fewer
  // candidates than the slot number or the row's user (and day) were not in the log.
  std::int32_t choice(const LoggedImpression& row) const;

 private:
  double epsilon_;
  std::string description_;
  bool perDay_;
  std::vector<std::vector<std::int32_t>> candidates_;  // per placement, in item order
  // The chosen items by slot, per (user, UTC day or 0 without perDay, placement) of the log.
  std::map<std::tuple<std::int64_t, std::int64_t, std::int32_t>, std::vector<std::int32_t>> slates_;
};

}  // namespace reco

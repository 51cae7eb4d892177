#include "core/whatif/TargetPolicy.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace reco {

namespace {

std::int64_t dayOf(std::int64_t ts) { return ts >= 0 ? ts / 86400 : (ts - 86399) / 86400; }

}  // namespace

double TargetPolicy::probability(const LoggedImpression& row) const {
  std::vector<ItemProbability> d;
  distribution(row, d);
  for (const auto& e : d)
    if (e.item == row.item) return e.probability;
  return 0.0;
}

// --- LoggingPolicy -------------------------------------------------------------------------------------------
LoggingPolicy::LoggingPolicy(const ImpressionLog& log) : frequencies_(exposureFrequencies(log)) {}

void LoggingPolicy::distribution(const LoggedImpression& row, std::vector<ItemProbability>& out) const {
  out.clear();
  const auto p = static_cast<std::size_t>(row.placement), k = static_cast<std::size_t>(row.position - 1);
  if (p >= frequencies_.size() || k >= frequencies_[p].size()) return;
  const auto& f = frequencies_[p][k];
  for (std::size_t a = 0; a < f.size(); ++a)
    if (f[a] > 0) out.push_back({static_cast<std::int32_t>(a), f[a]});
}

std::string LoggingPolicy::description() const { return "the logging policy itself (on-policy)"; }

// --- LoggedPolicy --------------------------------------------------------------------------------------------
LoggedPolicy::LoggedPolicy(const ImpressionLog& own, const ImpressionLog& evaluated, std::string name)
    : name_(std::move(name)) {
  const ActionDistribution d = exposureFrequencies(own);
  std::vector<std::int32_t> itemMap(own.items.size(), -1);  // own item -> evaluated item
  for (std::size_t a = 0; a < own.items.size(); ++a) itemMap[a] = evaluated.itemIndex(own.items[a]);
  // Items the evaluated log showed per placement: the policy's mass elsewhere cannot be judged.
  std::vector<std::vector<char>> shownIn(evaluated.placements.size(), std::vector<char>(evaluated.items.size(), 0));
  for (const auto& r : evaluated.rows) shownIn[static_cast<std::size_t>(r.placement)][static_cast<std::size_t>(r.item)] = 1;
  table_.assign(evaluated.placements.size(), {});
  std::vector<std::vector<double>> lost(evaluated.placements.size());
  for (std::size_t p = 0; p < evaluated.placements.size(); ++p) {
    table_[p].assign(static_cast<std::size_t>(evaluated.slots), {});
    lost[p].assign(static_cast<std::size_t>(evaluated.slots), 1.0);
    const std::int32_t ownPlacement = own.placementIndex(evaluated.placements[p]);
    if (ownPlacement < 0) continue;  // the policy never served this placement: nothing to judge
    const auto& slots = d[static_cast<std::size_t>(ownPlacement)];
    for (std::size_t k = 0; k < table_[p].size() && k < slots.size(); ++k) {
      double kept = 0;
      for (std::size_t a = 0; a < slots[k].size(); ++a) {
        if (slots[k][a] <= 0 || itemMap[a] < 0 || !shownIn[p][static_cast<std::size_t>(itemMap[a])]) continue;
        table_[p][k].push_back({itemMap[a], slots[k][a]});
        kept += slots[k][a];
      }
      lost[p][k] = kept > 1.0 - 1e-9 ? 0.0 : 1.0 - kept;  // rounding of a full distribution is not a loss
    }
  }
  double sum = 0;
  for (const auto& r : evaluated.rows)
    sum += lost[static_cast<std::size_t>(r.placement)][static_cast<std::size_t>(r.position - 1)];
  unlogged_ = evaluated.rows.empty() ? 0.0 : std::max(0.0, sum / static_cast<double>(evaluated.rows.size()));
}

void LoggedPolicy::distribution(const LoggedImpression& row, std::vector<ItemProbability>& out) const {
  out.clear();
  const auto p = static_cast<std::size_t>(row.placement), k = static_cast<std::size_t>(row.position - 1);
  if (p >= table_.size() || k >= table_[p].size()) return;
  out = table_[p][k];
}

std::string LoggedPolicy::description() const {
  std::string text = "the policy logged in ";
  text.append(name_).append(" (action distribution per placement and slot from its own logs)");
  return text;
}

// --- RankingPolicy -------------------------------------------------------------------------------------------
RankingPolicy::RankingPolicy(const ImpressionLog& log, const Ranker& ranker, double epsilon, std::string description,
                             const std::atomic<bool>* cancel, bool perDay)
    : epsilon_(std::clamp(epsilon, 0.0, 1.0)), description_(std::move(description)), perDay_(perDay) {
  candidates_.assign(log.placements.size(), {});
  {
    std::vector<std::vector<char>> shown(log.placements.size(), std::vector<char>(log.items.size(), 0));
    for (const auto& r : log.rows) shown[static_cast<std::size_t>(r.placement)][static_cast<std::size_t>(r.item)] = 1;
    for (std::size_t p = 0; p < shown.size(); ++p)
      for (std::size_t a = 0; a < shown[p].size(); ++a)
        if (shown[p][a]) candidates_[p].push_back(static_cast<std::int32_t>(a));
  }
  std::unordered_map<std::string, std::int32_t> index;
  for (std::size_t a = 0; a < log.items.size(); ++a) index.emplace(log.items[a], static_cast<std::int32_t>(a));
  // The placements each (user, day) needs, and the time to rank at (its first impression's); one ranking each, kept
  // only while its slates are cut.
  std::map<std::pair<std::int64_t, std::int64_t>, std::pair<std::int64_t, std::vector<std::int32_t>>> needed;
  for (const auto& r : log.rows) {
    auto& [time, placements] = needed.try_emplace({r.user, perDay_ ? dayOf(r.ts) : 0}, r.ts, std::vector<std::int32_t>{})
                                   .first->second;
    time = std::min(time, r.ts);
    if (std::find(placements.begin(), placements.end(), r.placement) == placements.end()) placements.push_back(r.placement);
  }
  std::vector<char> used(log.items.size(), 0);
  for (const auto& [userDay, what] : needed) {
    if (cancel && cancel->load()) throw WhatIfCancelled();
    const std::vector<std::string> ranking = ranker(userDay.first, what.first);
    for (std::int32_t placement : what.second) {
      const auto& cands = candidates_[static_cast<std::size_t>(placement)];
      std::fill(used.begin(), used.end(), 0);
      std::vector<std::int32_t> slate;
      const std::size_t length = std::min(cands.size(), static_cast<std::size_t>(log.slots));
      for (const auto& id : ranking) {
        if (slate.size() >= length) break;
        auto it = index.find(id);
        if (it == index.end() || used[static_cast<std::size_t>(it->second)] ||
            !std::binary_search(cands.begin(), cands.end(), it->second))
          continue;
        used[static_cast<std::size_t>(it->second)] = 1;
        slate.push_back(it->second);
      }
      for (std::size_t c = 0; c < cands.size() && slate.size() < length; ++c)
        if (!used[static_cast<std::size_t>(cands[c])]) {
          used[static_cast<std::size_t>(cands[c])] = 1;
          slate.push_back(cands[c]);
        }
      slates_.emplace(std::make_tuple(userDay.first, userDay.second, placement), std::move(slate));
    }
  }
}

std::int32_t RankingPolicy::choice(const LoggedImpression& row) const {
  auto it = slates_.find(std::make_tuple(row.user, perDay_ ? dayOf(row.ts) : 0, row.placement));
  if (it == slates_.end() || row.position < 1 || static_cast<std::size_t>(row.position) > it->second.size()) return -1;
  return it->second[static_cast<std::size_t>(row.position - 1)];
}

void RankingPolicy::distribution(const LoggedImpression& row, std::vector<ItemProbability>& out) const {
  out.clear();
  const std::int32_t chosen = choice(row);
  const auto p = static_cast<std::size_t>(row.placement);
  if (epsilon_ > 0 && p < candidates_.size() && !candidates_[p].empty()) {
    const auto& cands = candidates_[p];
    const double spread = epsilon_ / static_cast<double>(cands.size());
    for (std::int32_t a : cands) out.push_back({a, spread + (a == chosen ? 1.0 - epsilon_ : 0.0)});
  } else if (chosen >= 0) {
    out.push_back({chosen, 1.0});
  }
}

double RankingPolicy::probability(const LoggedImpression& row) const {
  const std::int32_t chosen = choice(row);
  const auto p = static_cast<std::size_t>(row.placement);
  const double spread = epsilon_ > 0 && p < candidates_.size() && !candidates_[p].empty()
                            ? epsilon_ / static_cast<double>(candidates_[p].size())
                            : 0.0;
  return spread + (chosen >= 0 && chosen == row.item ? 1.0 - epsilon_ : 0.0);
}

}  // namespace reco

#include "core/evaluation/DataSplit.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "core/base/Random.h"

namespace reco {

namespace {

bool byUserTime(const Interaction& a, const Interaction& b) {
  if (a.user != b.user) return a.user < b.user;
  if (a.timestamp != b.timestamp) return a.timestamp < b.timestamp;
  return a.item < b.item;
}

// Number of a group's n interactions that go to training: round(ratio * n), as Microsoft Recommenders does.
std::size_t trainCount(double ratio, std::size_t n) {
  return static_cast<std::size_t>(std::llround(ratio * static_cast<double>(n)));
}

}  // namespace

InteractionList applyKCore(const InteractionList& data, int minUser, int minItem) {
  InteractionList out = data;
  if (minUser <= 0 && minItem <= 0) return out;
  for (;;) {
    std::vector<int> userCount(static_cast<std::size_t>(out.users), 0), itemCount(static_cast<std::size_t>(out.items), 0);
    for (const auto& x : out.interactions) {
      ++userCount[static_cast<std::size_t>(x.user)];
      ++itemCount[static_cast<std::size_t>(x.item)];
    }
    auto before = out.interactions.size();
    std::erase_if(out.interactions, [&](const Interaction& x) {
      return userCount[static_cast<std::size_t>(x.user)] < minUser || itemCount[static_cast<std::size_t>(x.item)] < minItem;
    });
    if (out.interactions.size() == before) break;
  }
  return out;
}

InteractionMatrix toMatrix(const InteractionList& data) {
  std::vector<Triplet> t;
  t.reserve(data.interactions.size());
  for (const auto& x : data.interactions) t.push_back({x.user, x.item, x.weight});
  auto m = InteractionMatrix::fromTriplets(data.users, data.items, std::move(t));
  m.userIds = data.userIds;
  m.itemIds = data.itemIds;
  return m;
}

namespace {

void checkSpec(const SplitSpec& spec) {
  if (spec.kind == SplitKind::KFold && (spec.folds < 2 || spec.fold < 0 || spec.fold >= spec.folds))
    throw std::invalid_argument("k-fold split: fold " + std::to_string(spec.fold) + " outside 0.." +
                                std::to_string(spec.folds - 1));
  if ((spec.kind == SplitKind::StratifiedUser || spec.kind == SplitKind::StratifiedItem ||
       (spec.kind == SplitKind::Temporal && !spec.cutoff)) &&
      !(spec.ratio > 0 && spec.ratio < 1))
    throw std::invalid_argument("split ratio must be between 0 and 1, got " + std::to_string(spec.ratio));
}

// Sorts by (user, time, item), which every marking step below relies on, and checks the index range.
void sortAndCheck(InteractionList& data) {
  auto& v = data.interactions;
  std::sort(v.begin(), v.end(), byUserTime);
  for (const auto& x : v)
    if (x.user < 0 || x.user >= data.users || x.item < 0 || x.item >= data.items)
      throw std::out_of_range("interaction (" + std::to_string(x.user) + ", " + std::to_string(x.item) +
                              ") outside the " + std::to_string(data.users) + " x " + std::to_string(data.items) +
                              " index range");
}

// Per user (stratified-user, leave-last, k-fold): marks the held-out interactions of each user's run in `v`.
void markPerUser(const std::vector<Interaction>& v, const SplitSpec& spec, SeededRandom& rng,
                 std::vector<char>& isTest) {
  const std::size_t n = v.size();
  std::vector<std::size_t> idx;
  for (std::size_t b = 0; b < n;) {
    std::size_t e = b;
    while (e < n && v[e].user == v[b].user) ++e;
    const std::size_t cnt = e - b;
    if (spec.kind == SplitKind::LeaveLast) {
      if (cnt > static_cast<std::size_t>(spec.leaveOut))
        for (std::size_t p = e - static_cast<std::size_t>(spec.leaveOut); p < e; ++p) isTest[p] = 1;
    } else {
      idx.resize(cnt);
      std::iota(idx.begin(), idx.end(), b);
      rng.shuffle(idx);
      if (spec.kind == SplitKind::StratifiedUser) {
        for (std::size_t p = trainCount(spec.ratio, cnt); p < cnt; ++p) isTest[idx[p]] = 1;
      } else {
        // Deal the shuffled interactions round-robin into folds, starting at a random fold so that users with
        // fewer interactions than folds do not all land in the first folds.
        const auto offset = rng.below(static_cast<std::uint64_t>(spec.folds));
        for (std::size_t p = 0; p < cnt; ++p)
          if (static_cast<int>((p + offset) % static_cast<std::uint64_t>(spec.folds)) == spec.fold) isTest[idx[p]] = 1;
      }
    }
    b = e;
  }
}

// Per item (stratified-item): a random share of each item's interactions is held out.
void markPerItem(const std::vector<Interaction>& v, double ratio, SeededRandom& rng, std::vector<char>& isTest) {
  const std::size_t n = v.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[a].item < v[b].item; });
  for (std::size_t b = 0; b < n;) {
    std::size_t e = b;
    while (e < n && v[order[e]].item == v[order[b]].item) ++e;
    rng.shuffle(order.begin() + static_cast<std::ptrdiff_t>(b), order.begin() + static_cast<std::ptrdiff_t>(e));
    for (std::size_t p = b + trainCount(ratio, e - b); p < e; ++p) isTest[order[p]] = 1;
    b = e;
  }
}

// Temporal: everything from the cut-off time on, or the latest share (1 - ratio) of all interactions, is held out.
void markTemporal(const std::vector<Interaction>& v, const SplitSpec& spec, std::vector<char>& isTest) {
  const std::size_t n = v.size();
  if (spec.cutoff) {
    for (std::size_t p = 0; p < n; ++p) isTest[p] = v[p].timestamp >= *spec.cutoff;
    return;
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return v[a].timestamp < v[b].timestamp; });
  for (std::size_t p = trainCount(spec.ratio, n); p < n; ++p) isTest[order[p]] = 1;
}

}  // namespace

DataSplit splitInteractions(const InteractionList& input, const SplitSpec& spec, std::uint64_t seed) {
  checkSpec(spec);
  InteractionList data = applyKCore(input, spec.minUserInteractions, spec.minItemInteractions);
  sortAndCheck(data);
  const auto& v = data.interactions;
  std::vector<char> isTest(v.size(), 0);
  SeededRandom rng(seed);
  switch (spec.kind) {
    case SplitKind::StratifiedUser:
    case SplitKind::LeaveLast:
    case SplitKind::KFold:
      markPerUser(v, spec, rng, isTest);
      break;
    case SplitKind::StratifiedItem:
      markPerItem(v, spec.ratio, rng, isTest);
      break;
    case SplitKind::Temporal:
      markTemporal(v, spec, isTest);
      break;
  }

  DataSplit split;
  split.train.users = data.users;
  split.train.items = data.items;
  split.train.userIds = data.userIds;
  split.train.itemIds = data.itemIds;
  split.train.interactions.reserve(v.size());
  for (std::size_t p = 0; p < v.size(); ++p) (isTest[p] ? split.test : split.train.interactions).push_back(v[p]);
  return split;
}

}  // namespace reco

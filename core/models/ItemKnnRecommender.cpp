#include "core/models/ItemKnnRecommender.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "core/base/Time.h"
#include "core/models/ParallelFor.h"

namespace reco {

namespace {

// The users of every item (the transpose's pattern only, 4 bytes per interaction: the weight of (user, item) is
// looked up in the user's row, which is scanned anyway), and the items' norms straight from the rows.
struct ItemColumns {
  std::vector<std::int64_t> ptr;    // item j's users are users[ptr[j] .. ptr[j + 1]]
  std::vector<std::int32_t> users;
  std::vector<float> norms;
};

ItemColumns itemColumns(const InteractionMatrix& matrix, std::int32_t users, std::int32_t items) {
  ItemColumns c;
  c.ptr.assign(static_cast<std::size_t>(items) + 1, 0);
  c.users.resize(static_cast<std::size_t>(matrix.nnz()));
  c.norms.assign(static_cast<std::size_t>(items), 0.0f);
  std::vector<double> sq(static_cast<std::size_t>(items), 0.0);
  for (std::size_t p = 0; p < matrix.indices().size(); ++p) {
    const auto j = static_cast<std::size_t>(matrix.indices()[p]);
    ++c.ptr[j + 1];
    sq[j] += static_cast<double>(matrix.values()[p]) * matrix.values()[p];
  }
  for (std::size_t j = 0; j < static_cast<std::size_t>(items); ++j) {
    c.ptr[j + 1] += c.ptr[j];
    c.norms[j] = static_cast<float>(std::sqrt(sq[j]));
  }
  std::vector<std::int64_t> next(c.ptr.begin(), c.ptr.end() - 1);
  for (std::int32_t u = 0; u < users; ++u)
    for (auto j : matrix.rowIndices(u)) c.users[static_cast<std::size_t>(next[static_cast<std::size_t>(j)]++)] = u;
  return c;
}

// The per-item neighbour lists as flat CSR arrays; each list is released as soon as it is copied.
void flattenNeighbours(std::vector<std::vector<ScoredItem>>& lists, std::vector<std::int64_t>& ptr,
                       std::vector<std::int32_t>& idx, std::vector<float>& sim) {
  const auto items = lists.size();
  ptr.assign(items + 1, 0);
  for (std::size_t i = 0; i < items; ++i) ptr[i + 1] = ptr[i] + static_cast<std::int64_t>(lists[i].size());
  idx.resize(static_cast<std::size_t>(ptr.back()));
  sim.resize(static_cast<std::size_t>(ptr.back()));
  for (std::size_t i = 0; i < items; ++i) {
    auto p = static_cast<std::size_t>(ptr[i]);
    for (const auto& si : lists[i]) {
      idx[p] = si.item;
      sim[p++] = si.score;
    }
    std::vector<ScoredItem>().swap(lists[i]);
  }
}

}  // namespace

ItemKnnRecommender::ItemKnnRecommender() : RecommenderBase(algorithmInfo()) {}

const AlgorithmInfo& ItemKnnRecommender::algorithmInfo() {
  static const AlgorithmInfo info{
      "itemknn",
      "Item-kNN",
      "Item-based nearest neighbours: recommends items similar (cosine with shrinkage) to what the user interacted with.",
      {
          {"neighbours", 100, 1, 10000, true, true, "Neighbours kept per item (K)."},
          {"shrinkage", 10, 0, 1e6, false, true, "Added to the cosine denominator; damps rare co-occurrences."},
          {"threads", 0, 0, 256, true, false, "Worker threads; 0 = all cores."},
      }};
  return info;
}

void ItemKnnRecommender::fitModel(const InteractionMatrix& matrix, const FitCallback& progress,
                                  const std::atomic<bool>* cancel) {
  const auto start = std::chrono::steady_clock::now();
  const int K = intParam("neighbours");
  const auto shrink = static_cast<float>(param("shrinkage"));
  const int threads = threadCount();
  ItemColumns columns = itemColumns(matrix, users_, items_);
  const std::vector<std::int64_t>& itemPtr = columns.ptr;
  const std::vector<std::int32_t>& itemUsers = columns.users;
  const std::vector<float>& norms = columns.norms;
  std::vector<std::vector<ScoredItem>> lists(static_cast<std::size_t>(items_));
  struct Scratch {
    std::vector<float> acc;
    std::vector<std::int32_t> stamp;
    std::vector<std::int32_t> touched;
    TopN select;
  };
  std::vector<Scratch> scratch(static_cast<std::size_t>(threads));
  parallelFor(items_, 16, threads, [&](std::int64_t, std::int64_t b, std::int64_t e, int w) {
    throwIfCancelled(cancel);
    auto& s = scratch[static_cast<std::size_t>(w)];
    if (s.acc.empty()) {
      s.acc.assign(static_cast<std::size_t>(items_), 0.0f);
      s.stamp.assign(static_cast<std::size_t>(items_), -1);
    }
    for (auto i = static_cast<std::int32_t>(b); i < e; ++i) {
      s.touched.clear();
      const auto ub = static_cast<std::size_t>(itemPtr[static_cast<std::size_t>(i)]);
      const auto ue = static_cast<std::size_t>(itemPtr[static_cast<std::size_t>(i) + 1]);
      for (std::size_t p = ub; p < ue; ++p) {
        auto row = matrix.rowIndices(itemUsers[p]);
        auto vals = matrix.rowValues(itemUsers[p]);
        const float wi = vals[static_cast<std::size_t>(std::lower_bound(row.begin(), row.end(), i) - row.begin())];
        for (std::size_t q = 0; q < row.size(); ++q) {
          const auto j = static_cast<std::size_t>(row[q]);
          if (s.stamp[j] != i) {
            s.stamp[j] = i;
            s.acc[j] = 0.0f;
            s.touched.push_back(row[q]);
          }
          s.acc[j] += wi * vals[q];
        }
      }
      s.select.reset(K);
      const float ni = norms[static_cast<std::size_t>(i)];
      for (auto j : s.touched) {
        if (j == i) continue;
        const float denom = ni * norms[static_cast<std::size_t>(j)] + shrink;
        const float sim = denom > 0 ? s.acc[static_cast<std::size_t>(j)] / denom : 0.0f;
        if (sim > 0) s.select.push(j, sim);
      }
      lists[static_cast<std::size_t>(i)] = s.select.take();
    }
  });
  // The item-user lists are the largest scratch: released before the neighbour lists are flattened, so that they,
  // the lists and the flat arrays never coexist (peak memory well within 1.5x of the matrix).
  std::vector<std::int32_t>().swap(columns.users);
  flattenNeighbours(lists, nbrPtr_, nbrIdx_, nbrSim_);
  if (progress)
    progress({1, 1, std::numeric_limits<double>::quiet_NaN(),
              secondsSince(start)});
}

void ItemKnnRecommender::scoreUser(std::int32_t user, std::span<float> out) const {
  std::fill(out.begin(), out.end(), 0.0f);
  auto items = seenItems(user);
  auto weights = seenValues(user);
  for (std::size_t p = 0; p < items.size(); ++p) {
    const auto i = static_cast<std::size_t>(items[p]);
    for (auto q = nbrPtr_[i]; q < nbrPtr_[i + 1]; ++q)
      out[static_cast<std::size_t>(nbrIdx_[static_cast<std::size_t>(q)])] +=
          weights[p] * nbrSim_[static_cast<std::size_t>(q)];
  }
}

std::vector<ScoredItem> ItemKnnRecommender::similarItems(std::int32_t item, int n) const {
  checkItem(item);
  std::vector<ScoredItem> out;
  const auto i = static_cast<std::size_t>(item);
  for (auto q = nbrPtr_[i]; q < nbrPtr_[i + 1] && static_cast<int>(out.size()) < n; ++q)
    out.push_back({nbrIdx_[static_cast<std::size_t>(q)], nbrSim_[static_cast<std::size_t>(q)]});
  return out;
}

void ItemKnnRecommender::saveModel(BlobWriter& out) const {
  out.putVector(nbrPtr_);
  out.putVector(nbrIdx_);
  out.putVector(nbrSim_);
}

void ItemKnnRecommender::loadModel(BlobReader& in) {
  nbrPtr_ = in.getVector<std::int64_t>("neighbour pointers", static_cast<std::uint64_t>(items_) + 1);
  if (nbrPtr_.size() != static_cast<std::size_t>(items_) + 1 || nbrPtr_.front() != 0)
    in.fail("neighbour pointers are malformed");
  for (std::size_t i = 0; i + 1 < nbrPtr_.size(); ++i)
    if (nbrPtr_[i + 1] < nbrPtr_[i]) in.fail("neighbour pointers decrease at item " + std::to_string(i));
  nbrIdx_ = in.getVector<std::int32_t>("neighbours", static_cast<std::uint64_t>(nbrPtr_.back()));
  nbrSim_ = in.getVector<float>("similarities", static_cast<std::uint64_t>(nbrPtr_.back()));
  if (nbrIdx_.size() != static_cast<std::size_t>(nbrPtr_.back()) || nbrSim_.size() != nbrIdx_.size())
    in.fail("neighbour lists have the wrong length");
  for (auto j : nbrIdx_)
    if (j < 0 || j >= items_) in.fail("neighbour index " + std::to_string(j) + " out of range");
}

}  // namespace reco

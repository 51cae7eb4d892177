#include "core/models/BprRecommender.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

#include "core/base/Time.h"
#include "core/kernels/KernelTable.h"
#include "core/models/ParallelFor.h"
#include "core/models/Rng.h"

namespace reco {

namespace {

// For every bucket of 2^kBprBucketShift CSR positions, the row that holds the bucket's first position (the last row
// when it lies at or past the end); the table has one extra entry so that bucket b + 1 bounds the search of bucket b.
std::vector<std::int32_t> bucketRows(const std::vector<std::int64_t>& indptr) {
  const std::int64_t nnz = indptr.back();
  const std::int64_t buckets = (nnz >> kBprBucketShift) + 2;
  const auto rows = static_cast<std::int32_t>(indptr.size() - 1);
  std::vector<std::int32_t> table(static_cast<std::size_t>(buckets));
  std::int32_t r = 0;
  for (std::int64_t b = 0; b < buckets; ++b) {
    const std::int64_t q = b << kBprBucketShift;
    while (r + 1 < rows && indptr[static_cast<std::size_t>(r) + 1] <= q) ++r;
    table[static_cast<std::size_t>(b)] = r;
  }
  return table;
}

// T user blocks: contiguous row ranges with about nnz / T interactions each (block t is cut[t] .. cut[t + 1]).
// Each block's positions must fit the strata's 4-byte entries.
std::vector<std::int32_t> userBlocks(const std::vector<std::int64_t>& indptr, std::int32_t users, int T) {
  const std::int64_t nnz = indptr.back();
  std::vector<std::int32_t> userCut(static_cast<std::size_t>(T) + 1, users);
  userCut[0] = 0;
  for (int t = 1; t < T; ++t) {
    auto target = nnz * t / T;
    userCut[static_cast<std::size_t>(t)] =
        static_cast<std::int32_t>(std::lower_bound(indptr.begin(), indptr.end(), target) - indptr.begin());
    userCut[static_cast<std::size_t>(t)] = std::clamp(userCut[static_cast<std::size_t>(t)],
                                                      userCut[static_cast<std::size_t>(t) - 1], users);
  }
  for (int t = 0; t < T; ++t) {
    const std::int64_t blockNnz = indptr[static_cast<std::size_t>(userCut[static_cast<std::size_t>(t) + 1])] -
                                  indptr[static_cast<std::size_t>(userCut[static_cast<std::size_t>(t)])];
    if (blockNnz > static_cast<std::int64_t>(UINT32_MAX))
      throw std::runtime_error("BPR: " + std::to_string(blockNnz) +
                               " interactions in one thread's block exceed 4,294,967,295; use more threads");
  }
  return userCut;
}

// Negative checks by bitmap when it is small (ML-1M size: 2.8 MB); a binary search per check costs ~10 cache misses.
// Empty when the bitmap would be too large.
std::vector<std::uint64_t> seenBitmap(const InteractionMatrix& matrix, std::int32_t users, std::int32_t items) {
  std::vector<std::uint64_t> seen;
  const auto cells = static_cast<std::uint64_t>(users) * static_cast<std::uint64_t>(items);
  if (cells <= (std::uint64_t{1} << 30)) {
    seen.assign(static_cast<std::size_t>(cells / 64 + 1), 0);
    for (std::int32_t u = 0; u < users; ++u)
      for (auto i : matrix.rowIndices(u)) {
        const std::uint64_t bit = static_cast<std::uint64_t>(u) * static_cast<std::uint64_t>(items) + static_cast<std::uint64_t>(i);
        seen[static_cast<std::size_t>(bit / 64)] |= std::uint64_t{1} << (bit % 64);
      }
  }
  return seen;
}

// One epoch's item blocks: the items in popularity order, dealt T at a time into the T blocks by a random
// permutation (itemBlock[i]); blockItems lists the items block by block, block b at blockStart[b] .. blockStart[b + 1].
void dealItemBlocks(const std::vector<std::int32_t>& byPopularity, int T, Rng& deal, std::vector<int>& perm,
                    std::vector<std::int32_t>& itemBlock, std::vector<std::int32_t>& blockItems,
                    std::vector<std::int64_t>& blockStart) {
  for (std::size_t g = 0; g < byPopularity.size(); g += static_cast<std::size_t>(T)) {
    std::iota(perm.begin(), perm.end(), 0);
    for (int a = T - 1; a > 0; --a) std::swap(perm[static_cast<std::size_t>(a)], perm[deal.below(static_cast<std::uint32_t>(a + 1))]);
    for (std::size_t q = 0; q < static_cast<std::size_t>(T) && g + q < byPopularity.size(); ++q)
      itemBlock[static_cast<std::size_t>(byPopularity[g + q])] = perm[q];
  }
  std::fill(blockStart.begin(), blockStart.end(), 0);
  for (auto b : itemBlock) ++blockStart[static_cast<std::size_t>(b) + 1];
  for (int b = 0; b < T; ++b) blockStart[static_cast<std::size_t>(b) + 1] += blockStart[static_cast<std::size_t>(b)];
  std::vector<std::int64_t> next(blockStart.begin(), blockStart.end() - 1);
  for (std::int32_t i = 0; i < static_cast<std::int32_t>(itemBlock.size()); ++i)
    blockItems[static_cast<std::size_t>(next[static_cast<std::size_t>(itemBlock[static_cast<std::size_t>(i)])]++)] = i;
}

}  // namespace

BprRecommender::BprRecommender() : FactorRecommender(algorithmInfo()) {}

const AlgorithmInfo& BprRecommender::algorithmInfo() {
  static const AlgorithmInfo info{
      "bpr",
      "BPR",
      "Bayesian personalised ranking: factors trained by SGD so that seen items outrank uniformly sampled unseen ones.",
      {
          {"factors", 64, 1, 1024, true, true, "Number of latent factors per user and item."},
          {"learning_rate", 0.01, 1e-6, 10, false, true, "SGD step size."},
          {"regularization", 0.01, 0, 100, false, true, "L2 penalty applied at every update."},
          {"epochs", 100, 1, 10000, true, false, "Passes; each draws as many samples as there are interactions."},
          {"seed", 42, 0, 2147483647, true, false, "Seed of initialisation, block assignment and sampling."},
          {"threads", 0, 0, 256, true, false, "Worker threads; 0 = all cores. Results depend on seed and threads."},
      }};
  return info;
}

void BprRecommender::fitModel(const InteractionMatrix& matrix, const FitCallback& progress,
                              const std::atomic<bool>* cancel) {
  const int k = intParam("factors");
  const int epochs = intParam("epochs");
  const auto lr = static_cast<float>(param("learning_rate"));
  const auto reg = static_cast<float>(param("regularization"));
  const auto seed = static_cast<std::uint64_t>(intParam("seed"));
  const int T = std::max(1, std::min({threadCount(), std::max(1, users_), std::max(1, items_)}));

  factors_ = k;
  userFactors_.resize(static_cast<std::size_t>(users_) * k);
  itemFactors_.resize(static_cast<std::size_t>(items_) * k);
  itemBias_.assign(static_cast<std::size_t>(items_), 0.0f);
  Rng init(seed, 0);
  for (auto& v : userFactors_) v = (init.uniform() - 0.5f) / static_cast<float>(k);
  for (auto& v : itemFactors_) v = (init.uniform() - 0.5f) / static_cast<float>(k);

  const auto& indptr = matrix.indptr();
  const std::int64_t nnz = matrix.nnz();
  const std::vector<std::int32_t> userCut = userBlocks(indptr, users_, T);
  // Items in popularity order, dealt T at a time into the T blocks by a per-epoch permutation.
  std::vector<std::int32_t> byPopularity(static_cast<std::size_t>(items_));
  std::iota(byPopularity.begin(), byPopularity.end(), 0);
  std::stable_sort(byPopularity.begin(), byPopularity.end(), [this](std::int32_t a, std::int32_t b) {
    return popularity()[static_cast<std::size_t>(a)] > popularity()[static_cast<std::size_t>(b)];
  });
  std::vector<std::int32_t> itemBlock(static_cast<std::size_t>(items_), 0);
  std::vector<std::int32_t> blockItems(static_cast<std::size_t>(items_));
  std::vector<std::int64_t> blockStart(static_cast<std::size_t>(T) + 1, 0);
  std::vector<int> perm(static_cast<std::size_t>(T));
  // 4 bytes per interaction (a position within the user block), not 8 for a (user, item) pair: the strata are the
  // largest scratch of the fit and keep the peak memory within 1.5x of the matrix's own size.
  std::vector<std::vector<std::uint32_t>> strata(static_cast<std::size_t>(T) * T);
  const std::vector<std::int32_t> rowOfBucket = bucketRows(indptr);
  const std::vector<std::uint64_t> seen = seenBitmap(matrix, users_, items_);
  for (auto& list : strata) list.reserve(static_cast<std::size_t>(nnz / (T * T) + nnz / (8 * T * T) + 16));

  const KernelTable& simd = kernelTable();
  const BprStep step{k, lr, reg, userFactors_.data(), itemFactors_.data(), itemBias_.data()};
  const auto start = std::chrono::steady_clock::now();
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    throwIfCancelled(cancel);
    Rng deal(seed, 1000003ULL * static_cast<std::uint64_t>(epoch));
    dealItemBlocks(byPopularity, T, deal, perm, itemBlock, blockItems, blockStart);
    // Sort this epoch's interactions into the T x T strata (each worker fills the lists of its user block).
    parallelFor(T, 1, T, [&](std::int64_t t, std::int64_t, std::int64_t, int) {
      for (int b = 0; b < T; ++b) strata[static_cast<std::size_t>(t * T + b)].clear();
      const std::int64_t first = indptr[static_cast<std::size_t>(userCut[static_cast<std::size_t>(t)])];
      const std::int64_t last = indptr[static_cast<std::size_t>(userCut[static_cast<std::size_t>(t) + 1])];
      for (auto p = first; p < last; ++p) {
        const auto i = matrix.indices()[static_cast<std::size_t>(p)];
        strata[static_cast<std::size_t>(t * T + itemBlock[static_cast<std::size_t>(i)])].push_back(
            static_cast<std::uint32_t>(p - first));
      }
    });
    std::vector<BprStratumResult> results(static_cast<std::size_t>(T) * T);
    for (int s = 0; s < T; ++s) {
      parallelFor(T, 1, T, [&](std::int64_t t, std::int64_t, std::int64_t, int) {
        const auto b = static_cast<std::int32_t>((t + s) % T);
        const auto& list = strata[static_cast<std::size_t>(t * T + b)];
        BprStratum st{indptr.data(),
                      matrix.indices().data(),
                      list.data(),
                      static_cast<std::uint32_t>(list.size()),
                      indptr[static_cast<std::size_t>(userCut[static_cast<std::size_t>(t)])],
                      rowOfBucket.data(),
                      blockItems.data() + blockStart[static_cast<std::size_t>(b)],
                      static_cast<std::uint32_t>(blockStart[static_cast<std::size_t>(b) + 1] - blockStart[static_cast<std::size_t>(b)]),
                      seen.empty() ? nullptr : seen.data(),
                      static_cast<std::uint64_t>(items_)};
        Rng rng(seed, (static_cast<std::uint64_t>(epoch) * 4099 + static_cast<std::uint64_t>(s)) * 4099 +
                          static_cast<std::uint64_t>(t) + 17);
        const BprStratumResult r = simd.bprStratum(st, step, rng, cancel);
        results[static_cast<std::size_t>(s * T + t)] = r;
      });
      throwIfCancelled(cancel);
    }
    double loss = 0;
    std::int64_t count = 0;
    for (const auto& r : results) {
      loss += r.loss;
      count += r.lossSamples;
    }
    if (progress)
      progress({epoch, epochs, count ? loss / static_cast<double>(count) : std::nan(""),
                secondsSince(start)});
  }
}

}  // namespace reco

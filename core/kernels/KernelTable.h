// The hot numeric kernels (iALS row solves, BPR strata, factor scoring and all-users top-n, EASE's inverse and
// scoring, column decoding) behind one table of function pointers, compiled once per CPU level
// (core/kernels/variant, see core/CMakeLists.txt) and chosen at start-up (CpuLevel.h). Everything that crosses the
// table is plain pointers, sizes and standard-library types: no Eigen object is shared between levels, because each
// level's Eigen has its own packet size and alignment.
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

#include "core/kernels/CpuLevel.h"
#include "core/models/Recommender.h"
#include "core/models/Rng.h"
#include "core/models/TopN.h"

namespace reco {

// iALS: solves rows [begin, end) of R for `out` given the fixed side.
struct IalsSolveJob {
  const std::int64_t* indptr;
  const std::int32_t* indices;
  const float* values;
  const float* yty;    // k x k, Y^T Y + reg I (symmetric)
  const float* fixed;  // R.cols() x k, row-major
  float* out;          // R.rows() x k, row-major
  int k;
  float alpha;
  bool exact;  // Cholesky; otherwise cgSteps conjugate-gradient steps warm-started from out
  int cgSteps;
};

// BPR: positions per bucket of the row lookup: small enough that a bucket rarely spans more than one row boundary
// (the table costs 4 / 64 bytes per interaction), so finding a position's user is one or two comparisons.
inline constexpr int kBprBucketShift = 6;

// One (user block, item block) stratum of a BPR epoch.
struct BprStratum {
  const std::int64_t* indptr;
  const std::int32_t* indices;
  // Interactions of this (user block, item block) as 4-byte CSR positions relative to the user block's first one;
  // the item is indices[base + p], the user is found from the row pointers through `rowOfBucket`.
  const std::uint32_t* positions;
  std::uint32_t positionCount;
  std::int64_t base;
  const std::int32_t* rowOfBucket;  // row holding CSR position (b << kBprBucketShift), for every bucket b (+ one)
  const std::int32_t* blockItems;   // the items of the item block (negatives are drawn from them)
  std::uint32_t blockSize;
  const std::uint64_t* seen;  // users x items bitmap of interactions, or null (then binary search in the row)
  std::uint64_t items;
};

struct BprStratumResult {
  double loss = 0;
  std::int64_t lossSamples = 0;
};

struct BprStep {
  int k;
  float learningRate;
  float regularization;
  float* X;     // users x k
  float* Y;     // items x k
  float* bias;  // items
};

// Factor models' all-users top-n: users [begin, end) scored by one GEMM per block, results[u] filled.
struct FactorTopNJob {
  const float* userFactors;  // users x factors
  const float* itemFactors;  // items x factors
  const float* itemBias;     // items, or null
  int factors;
  std::int32_t items;
  const std::int64_t* seenPtr;
  const std::int32_t* seenIdx;
  const std::vector<ScoredItem>* fallback;  // for users without training interactions
  int n;
  bool excludeSeen;
  std::vector<ScoredItem>* results;  // one per user
};

struct KernelTable {
  CpuLevel level;
  // yty (k x k) = F^T F + reg I for the fixed side F (rows x k, row-major).
  void (*ialsGram)(const float* fixed, std::int64_t rows, int k, float reg, float* yty);
  void (*ialsSolveRows)(const IalsSolveJob& job, std::int64_t begin, std::int64_t end);
  BprStratumResult (*bprStratum)(const BprStratum& stratum, const BprStep& step, Rng& rng,
                                 const std::atomic<bool>* cancel);
  // out[r * items + i] = y_i . x_r (+ bias_i) for every item and each of the `rows` user rows x (rows x factors,
  // row-major): one matrix-vector product for a single row, one matrix product for a block, so the item factors are
  // read once per block instead of once per user.
  void (*factorScores)(const float* itemFactors, const float* itemBias, std::int32_t items, int factors,
                       const float* x, std::int64_t rows, float* out);
  // `scratch` and `select` are the calling worker's (reused between blocks).
  void (*factorTopN)(const FactorTopNJob& job, std::int64_t begin, std::int64_t end, std::vector<float>& scratch,
                     TopN& select);
  // EASE: g (n x n, X^T X + lambda I) is overwritten by its Cholesky factor and p receives the inverse, solved in
  // column blocks on `threads` workers. False when g is not positive definite; returns early when cancelled.
  bool (*easeInverse)(float* g, float* p, std::int64_t n, int threads, const std::atomic<bool>* cancel);
  // out = sum over the user's items of weight * B row (out has `items` entries and is overwritten).
  void (*easeScores)(const float* b, std::int32_t items, const std::int32_t* seen, const float* weights,
                     std::size_t count, float* out);
  // Column codec: offsets of `width` bytes from `base`; deltas of `width` bytes after `first`; float or double reals
  // at the present positions of `bitmap` (null: all present), NaN elsewhere. Inputs are bounds-checked by the caller.
  void (*decodeOffsets)(const char* src, int width, std::uint64_t base, std::uint32_t n, std::int64_t* dst);
  void (*decodeDeltas)(const char* src, int width, std::uint64_t first, std::uint32_t n, std::int64_t* dst);
  void (*decodeReals)(const char* src, int width, const unsigned char* bitmap, std::uint32_t n, double* dst);
};

// The table of the current level (cpuLevel()).
const KernelTable& kernelTable();
// The table of a runnable level; throws std::invalid_argument otherwise.
const KernelTable& kernelTableFor(CpuLevel level);

}  // namespace reco

// Training and serving speed of the recommender core on a binary COO matrix (shared/data/synthetic, the same file
// other libraries are benchmarked on) plus ranking quality on MovieLens 100K (random 80/20 split, precision@10).
// Every fit prints its peak extra resident memory (VmHWM after a reset, minus the RSS before the fit: scratch plus
// the trained model) as a multiple of the matrix's own CSR size; the target is 1.5x for every algorithm.
// Usage: bench_models MATRIX.coo ML100K_U_DATA [--threads N] [--factors K] [--skip-exact] [--skip-ease] [--only ALGO] [--quality-only]
// GCC 12 reports a false -Wmaybe-uninitialized inside Eigen's AVX-512 kernels (GCC bug 105593).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <Eigen/Dense>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <malloc.h>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/data/CooFile.h"
#include "core/kernels/CpuLevel.h"
#include "core/models/IalsRecommender.h"
#include "core/models/ParallelFor.h"
#include "core/models/Recommender.h"
#include "core/models/Rng.h"

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }
// CPU seconds used by the whole process: on a machine shared with other jobs, cpu / threads is the wall time the
// same work would take with the cores to itself.
double cpuNow() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long procStatusKb(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(key, 0) == 0) return std::atol(line.c_str() + std::strlen(key));
  return -1;
}
// Resets VmHWM to the current RSS (Linux >= 4.0), so each phase's peak is measured on its own. Memory freed by the
// previous phase is first handed back to the system (glibc keeps freed heap pages resident, and a later fit reusing
// them would not show up in its peak).
void resetPeak() {
  malloc_trim(0);
  std::ofstream f("/proc/self/clear_refs");
  f << "5";
}

double gemmRate(int threads) {
  const int n = 1024;
  std::vector<Eigen::MatrixXf> A(static_cast<std::size_t>(threads), Eigen::MatrixXf::Random(n, n)),
      B(A), C(static_cast<std::size_t>(threads), Eigen::MatrixXf::Zero(n, n));
  const int reps = 6;
  auto run = [&]() {
    reco::parallelFor(threads, 1, threads, [&](std::int64_t t, std::int64_t, std::int64_t, int) {
      for (int r = 0; r < reps; ++r) C[static_cast<std::size_t>(t)].noalias() += A[static_cast<std::size_t>(t)] * B[static_cast<std::size_t>(t)];
    });
  };
  run();  // warm-up
  const double c0 = cpuNow();
  run();
  // Per CPU-second x threads: the rate of `threads` cores that are not shared with other jobs.
  return 2.0 * n * n * double(n) * reps * threads / ((cpuNow() - c0) / threads) / 1e9;
}

reco::InteractionMatrix readMovieLens(const std::string& path, std::vector<reco::Triplet>& all) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::unordered_map<long, int> users, items;
  long u, i, r, ts;
  while (in >> u >> i >> r >> ts) {
    auto ui = users.emplace(u, static_cast<int>(users.size())).first->second;
    auto ii = items.emplace(i, static_cast<int>(items.size())).first->second;
    all.push_back({ui, ii, static_cast<float>(r)});
  }
  return reco::InteractionMatrix::fromTriplets(static_cast<int>(users.size()), static_cast<int>(items.size()), all);
}

struct Quality {
  double precision = 0, recall = 0, ndcg = 0;
};

Quality evaluate(const reco::Recommender& model, const reco::InteractionMatrix& test, int threads) {
  auto recs = model.recommendAll(10, true, threads);
  Quality q;
  int users = 0;
  for (std::int32_t u = 0; u < test.rows(); ++u) {
    auto rel = test.rowIndices(u);
    if (rel.empty()) continue;
    ++users;
    int hits = 0;
    double dcg = 0, idcg = 0;
    for (std::size_t k = 0; k < recs[static_cast<std::size_t>(u)].size(); ++k)
      if (std::binary_search(rel.begin(), rel.end(), recs[static_cast<std::size_t>(u)][k].item)) {
        ++hits;
        dcg += 1.0 / std::log2(static_cast<double>(k) + 2);
      }
    for (std::size_t k = 0; k < std::min<std::size_t>(10, rel.size()); ++k) idcg += 1.0 / std::log2(static_cast<double>(k) + 2);
    q.precision += hits / 10.0;
    q.recall += static_cast<double>(hits) / static_cast<double>(std::min<std::size_t>(10, rel.size()));
    q.ndcg += dcg / idcg;
  }
  q.precision /= users;
  q.recall /= users;
  q.ndcg /= users;
  return q;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: bench_models MATRIX.coo ML100K_U_DATA [--threads N] [--factors K] [--skip-exact] [--skip-ease] [--only ALGO] [--quality-only]\n";
    return 2;
  }
  int threads = 2, factors = 64;
  bool skipExact = false, skipEase = false;
  std::string only;  // run just this algorithm's speed figure (and skip the quality table)
  bool qualityOnly = false;
  for (int a = 3; a < argc; ++a) {
    std::string s = argv[a];
    if (s == "--threads" && a + 1 < argc) threads = std::atoi(argv[++a]);
    else if (s == "--factors" && a + 1 < argc) factors = std::atoi(argv[++a]);
    else if (s == "--skip-exact") skipExact = true;
    else if (s == "--skip-ease") skipEase = true;
    else if (s == "--only" && a + 1 < argc) only = argv[++a];
    else if (s == "--quality-only") qualityOnly = true;
    else {
      std::cerr << "unknown argument " << s << "\n";
      return 2;
    }
  }
  try {
    std::printf("command:");
    for (int a = 0; a < argc; ++a) std::printf(" %s", argv[a]);
    // The kernels run at the CPU level chosen at start-up (RECO_CPU=baseline|v3|v4 forces a lower one); the SIMD
    // list is that of the code outside the kernels (this file's GEMM reference included).
    std::printf("\nthreads %d, factors %d, Eigen %d.%d.%d, kernels %s, SIMD outside the kernels %s\n\n", threads, factors,
                EIGEN_WORLD_VERSION, EIGEN_MAJOR_VERSION, EIGEN_MINOR_VERSION, reco::cpuLevelName(),
                Eigen::SimdInstructionSetsInUse());
    auto t0 = Clock::now();
    const reco::InteractionMatrix m = qualityOnly ? reco::InteractionMatrix() : reco::readCooFile(argv[1]);
    const double matrixMb =
        static_cast<double>(m.indptr().size() * 8 + m.indices().size() * 4 + m.values().size() * 4) / 1048576.0;
    std::printf("matrix %s: %d x %d, %lld interactions, CSR %.1f MB, read in %.2f s\n", argv[1], m.rows(), m.cols(),
                static_cast<long long>(m.nnz()), matrixMb, since(t0));

    if (qualityOnly) only = "-";
    const double gemm1 = gemmRate(1), gemmN = gemmRate(threads);
    std::printf("Eigen dense float GEMM (1024^3, per CPU-second): %.1f GFLOP/s on 1 thread, %.1f GFLOP/s on %d threads\n\n", gemm1,
                gemmN, threads);

    auto hasParam = [](const std::string& algo, const std::string& name) {
      for (const auto& info : reco::algorithmInfos())
        if (info.name == algo)
          for (const auto& p : info.params)
            if (p.name == name) return true;
      return false;
    };
    auto timeFit = [&](const std::string& algo, reco::ModelParams params, const char* label, const char* target) {
      if (hasParam(algo, "threads")) params["threads"] = threads;
      if (!only.empty() && only != algo) return std::unique_ptr<reco::Recommender>();
      auto model = reco::createRecommender(algo);
      resetPeak();
      const long base = procStatusKb("VmRSS:");
      auto t = Clock::now();
      const double c0 = cpuNow();
      model->fit(m, params);
      const double secs = since(t), cpu = cpuNow() - c0;
      const long peak = procStatusKb("VmHWM:");
      const double extraMb = static_cast<double>(peak - base) / 1024.0;
      std::printf("%-26s wall %6.2f s, cpu %6.2f s (cpu/threads %5.2f s; target %s s)  peak extra RSS %.1f MB = %.2fx matrix",
                  label, secs, cpu, cpu / threads, target, extraMb, extraMb / matrixMb);
      if (auto* ials = dynamic_cast<reco::IalsRecommender*>(model.get())) {
        const auto& st = ials->solveStats();
        const double rate = st.flops / (cpu / threads) / 1e9;  // all fit CPU time charged to the solves
        std::printf("\n%28s iALS solve %.1f GFLOP/s (%.0f%% of Eigen GEMM on %d threads)", "", rate,
                    100.0 * rate / gemmN, threads);
      }
      std::printf("\n");
      return model;
    };
    auto cg = timeFit("ials", {{"factors", factors}, {"iterations", 15}, {"solver", 1}, {"loss", 0}},
                      "iALS CG, 15 iterations", "<= 1.2");
    timeFit("ials", {{"factors", factors}, {"iterations", 15}, {"solver", 1}, {"loss", 1}},
            "iALS CG, 15 it. + loss", "-");
    if (!skipExact)
      timeFit("ials", {{"factors", factors}, {"iterations", 15}, {"solver", 0}, {"loss", 0}},
              "iALS exact, 15 iterations", "<= 5");
    timeFit("bpr", {{"factors", factors}, {"epochs", 100}}, "BPR, 100 epochs", "<= 10");
    timeFit("itemknn", {{"neighbours", 100}}, "item-kNN, K=100", "-");
    timeFit("popular", {}, "most popular", "-");
    if (!skipEase) timeFit("ease", {{"lambda", 500}}, "EASE, lambda=500", "-");

    for (int rep = 0; cg && rep < 2; ++rep) {
      resetPeak();
      auto t = Clock::now();
      const double c0 = cpuNow();
      auto recs = cg->recommendAll(10, true, threads);
      const double secs = since(t), cpu = cpuNow() - c0;
      std::printf("iALS top-10 for all %d users, seen filtered: wall %.3f s, cpu %.3f s (cpu/threads %.3f s; target <= 0.15 s)\n",
                  m.rows(), secs, cpu, cpu / threads);
    }

    if (!only.empty() && !qualityOnly) return 0;
    // Quality: MovieLens 100K, every rating an implicit positive, random 80/20 split of interactions (seed 7).
    std::vector<reco::Triplet> all;
    const auto full = readMovieLens(argv[2], all);
    std::vector<reco::Triplet> train, test;
    reco::Rng rng(7);
    for (const auto& t : all) {
      reco::Triplet b{t.row, t.col, 1.0f};
      (rng.uniform() < 0.8f ? train : test).push_back(b);
    }
    const auto trainM = reco::InteractionMatrix::fromTriplets(full.rows(), full.cols(), train);
    const auto testM = reco::InteractionMatrix::fromTriplets(full.rows(), full.cols(), test);
    std::printf("\nMovieLens 100K %s: %d users x %d items, train %lld / test %lld (random 80/20, seed 7)\n", argv[2],
                full.rows(), full.cols(), static_cast<long long>(trainM.nnz()), static_cast<long long>(testM.nnz()));
    struct Run {
      std::string algo, label;
      reco::ModelParams params;
    };
    std::vector<Run> runs = {
        {"popular", "popular", {}},
        {"itemknn", "itemknn K=100 shrink=10", {{"neighbours", 100}, {"shrinkage", 10}}},
        // iALS defaults (factors 64, alpha 7, regularization 50: the MovieLens 100K tuning).
        {"ials", "ials CG defaults", {{"loss", 0}}},
        {"ials", "ials exact defaults", {{"solver", 0}, {"loss", 0}}},
        {"bpr", "bpr f=64 lr=0.05 100 ep", {{"factors", 64}, {"learning_rate", 0.05}, {"epochs", 100}}},
        {"ease", "ease lambda=500", {{"lambda", 500}}},
    };
    std::printf("%-30s %8s %8s %8s %8s\n", "model", "P@10", "R@10", "NDCG@10", "fit s");
    for (auto& r : runs) {
      if (hasParam(r.algo, "threads")) r.params["threads"] = threads;
      auto model = reco::createRecommender(r.algo);
      auto t = Clock::now();
      model->fit(trainM, r.params);
      const double secs = since(t);
      auto q = evaluate(*model, testM, threads);
      std::printf("%-30s %8.4f %8.4f %8.4f %8.2f\n", r.label.c_str(), q.precision, q.recall, q.ndcg, secs);
    }
  } catch (const std::exception& e) {
    std::cerr << "bench_models: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

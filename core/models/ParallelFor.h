// A minimal fork-join loop for the model kernels: splits [0, n) into fixed-size chunks handed out in order through
// an atomic counter to `threads` workers (the caller is worker 0). Results must not depend on which worker ran a
// chunk; per-chunk partial sums reduced in chunk order keep floating-point results independent of scheduling.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace reco {

// 0 or negative = all hardware threads.
inline int resolveThreadCount(int requested) {
  if (requested > 0) return requested;
  unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : static_cast<int>(hw);
}

// body(chunkIndex, begin, end, worker). The first exception thrown by any worker stops the hand-out of further
// chunks and is rethrown in the caller after all workers joined.
template <class Body>
void parallelFor(std::int64_t n, std::int64_t chunk, int threads, Body&& body) {
  if (n <= 0) return;
  chunk = std::max<std::int64_t>(1, chunk);
  const std::int64_t chunks = (n + chunk - 1) / chunk;
  const int workers = static_cast<int>(std::min<std::int64_t>(std::max(1, threads), chunks));
  std::atomic<std::int64_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr error;
  std::mutex errorMutex;
  auto run = [&](int worker) {
    try {
      for (;;) {
        if (failed.load(std::memory_order_relaxed)) return;
        std::int64_t c = next.fetch_add(1, std::memory_order_relaxed);
        if (c >= chunks) return;
        std::int64_t b = c * chunk;
        body(c, b, std::min(n, b + chunk), worker);
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(errorMutex);
      if (!error) error = std::current_exception();
      failed.store(true);
    }
  };
  if (workers == 1) {
    run(0);
  } else {
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(workers - 1));
    for (int w = 1; w < workers; ++w) pool.emplace_back(run, w);
    run(0);
    for (auto& t : pool) t.join();
  }
  if (error) std::rethrow_exception(error);
}

}  // namespace reco

// Selects the n best (item, score) pairs from a stream of candidates without sorting everything: a bounded
// min-heap with a threshold test, so a pass over thousands of items costs one comparison per item.
// Ties are broken by the lower item index, so rankings are deterministic.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/models/Recommender.h"

namespace reco {

class TopN {
 public:
  explicit TopN(int n = 10) { reset(n); }
  void reset(int n) {
    n_ = static_cast<std::size_t>(std::max(0, n));
    heap_.clear();
    heap_.reserve(n_);
  }
  // a ranks before b.
  static bool better(const ScoredItem& a, const ScoredItem& b) {
    return a.score > b.score || (a.score == b.score && a.item < b.item);
  }
  // NaN scores are never kept.
  void push(std::int32_t item, float score) {
    if (n_ == 0 || !(score == score)) return;
    ScoredItem c{item, score};
    if (heap_.size() < n_) {
      heap_.push_back(c);
      std::push_heap(heap_.begin(), heap_.end(), better);  // heap top = worst kept
      return;
    }
    if (!better(c, heap_.front())) return;
    std::pop_heap(heap_.begin(), heap_.end(), better);
    heap_.back() = c;
    std::push_heap(heap_.begin(), heap_.end(), better);
  }
  bool full() const { return heap_.size() >= n_; }
  // Lowest kept score when full (candidates at or below it cannot enter, except ties with a lower index).
  float threshold() const { return heap_.front().score; }
  // Best first; leaves the selector empty.
  std::vector<ScoredItem> take() {
    std::sort(heap_.begin(), heap_.end(), better);
    std::vector<ScoredItem> out;
    out.swap(heap_);
    heap_.reserve(n_);
    return out;
  }

 private:
  std::size_t n_ = 0;
  std::vector<ScoredItem> heap_;
};

}  // namespace reco

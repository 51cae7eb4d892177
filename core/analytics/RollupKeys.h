// Hashable keys of the rollup tables, used while aggregating events in memory before they are written.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/analytics/Calendar.h"

namespace reco {

struct FactKey {
  std::int64_t segment, day, placement, variant, category, position;
  bool operator==(const FactKey&) const = default;
};
struct PairKey {
  std::int64_t valueA, valueB, day, placement, variant, category;
  bool operator==(const PairKey&) const = default;
};
struct ItemKey {
  std::int64_t day, item, placement, variant;
  bool operator==(const ItemKey&) const = default;
};
struct ActivityKey {
  std::int64_t user, block, placement, variant, category;
  bool operator==(const ActivityKey&) const = default;
};

struct RollupKeyHash {
  static std::size_t mix(std::size_t h, std::int64_t v) {
    std::uint64_t x = static_cast<std::uint64_t>(v) + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 29;
    return h ^ static_cast<std::size_t>(x);
  }
  std::size_t operator()(const FactKey& k) const {
    return mix(mix(mix(mix(mix(mix(0, k.segment), k.day), k.placement), k.variant), k.category), k.position);
  }
  std::size_t operator()(const PairKey& k) const {
    return mix(mix(mix(mix(mix(mix(0, k.valueA), k.valueB), k.day), k.placement), k.variant), k.category);
  }
  std::size_t operator()(const ItemKey& k) const { return mix(mix(mix(mix(0, k.day), k.item), k.placement), k.variant); }
  std::size_t operator()(const ActivityKey& k) const {
    return mix(mix(mix(mix(mix(0, k.user), k.block), k.placement), k.variant), k.category);
  }
};

}  // namespace reco

// The built-in demo dataset: a realistic e-commerce recommendation log generated deterministically from a seed.
// Users with attributes (country, device, new/returning), items with categories and prices, N days of impressions
// in two placements served by two variants (an A/B test where variant B is genuinely better), clicks with position
// bias, add-to-carts and purchases with revenue, weekly seasonality.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>

#include "core/storage/Project.h"

namespace reco {

struct DemoOptions {
  std::uint64_t seed = 42;
  int users = 5000;
  int items = 2000;
  int days = 90;
  std::int64_t startTimestamp = 1704067200;  // 2024-01-01T00:00:00Z, the first day's midnight
  // Average impressions per user per day; the default gives about 1,000,000 events for 5,000 users over 90 days.
  double impressionsPerUserDay = 2.25;
};

struct DemoResult {
  std::int64_t users = 0;
  std::int64_t items = 0;
  std::int64_t events = 0;
  bool cancelled = false;  // then the project is unchanged
};

// Fills an empty project (throws ProjectError if it already holds events). progress(fraction 0..1).
DemoResult generateDemo(Project& project, const DemoOptions& options,
                        const std::function<void(double)>& progress = {}, const std::atomic<bool>* cancel = nullptr);

}  // namespace reco

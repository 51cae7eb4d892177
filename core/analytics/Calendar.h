// The analytics rollups' day blocks. Day numbers, weeks, months and their text forms are core/base/Time.h's.
#pragma once

#include <cstdint>

#include "core/base/Time.h"

namespace reco {

// Activity is stored as 64-day blocks with one bit per day.
constexpr std::int64_t blockOf(std::int64_t day) { return day >= 0 ? day / 64 : -((-day + 63) / 64); }
constexpr int bitOf(std::int64_t day) { return static_cast<int>(day - blockOf(day) * 64); }

}  // namespace reco

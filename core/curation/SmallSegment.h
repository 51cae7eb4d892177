// When a segment is too small for its figures to be trusted. Below kFewUsers users an average over the segment
// (an impact metric, what a preview's sample shows) rests on so few people that one user more or less moves it by
// several percent; the GUI marks such segments in the segment list, the preview and the impact tables.
#pragma once

#include <cstdint>

namespace reco {

inline constexpr std::int64_t kFewUsers = 30;
inline constexpr bool isSmallSample(std::int64_t users) {
  return users < kFewUsers;
}

}  // namespace reco

// The value loops of the column codec's decoder (core/storage/ColumnCodec.cpp reads and checks the headers), one CPU
// level's copy.
#include <cstring>
#include <limits>

#include "core/kernels/variant/KernelVariant.h"

namespace reco::RECO_KERNEL_NS {

void decodeOffsets(const char* src, int width, std::uint64_t base, std::uint32_t n, std::int64_t* dst) {
  switch (width) {
    case 1:
      for (std::uint32_t i = 0; i < n; ++i)
        dst[i] = static_cast<std::int64_t>(base + static_cast<unsigned char>(src[i]));
      break;
    case 2:
      for (std::uint32_t i = 0; i < n; ++i) {
        std::uint16_t o;
        std::memcpy(&o, src + 2 * i, 2);
        dst[i] = static_cast<std::int64_t>(base + o);
      }
      break;
    case 4:
      for (std::uint32_t i = 0; i < n; ++i) {
        std::uint32_t o;
        std::memcpy(&o, src + 4 * i, 4);
        dst[i] = static_cast<std::int64_t>(base + o);
      }
      break;
    default:
      for (std::uint32_t i = 0; i < n; ++i) {
        std::uint64_t o;
        std::memcpy(&o, src + 8 * i, 8);
        dst[i] = static_cast<std::int64_t>(base + o);
      }
  }
}

void decodeDeltas(const char* src, int width, std::uint64_t first, std::uint32_t n, std::int64_t* dst) {
  std::uint64_t value = first;
  if (n) dst[0] = static_cast<std::int64_t>(value);
  for (std::uint32_t i = 1; i < n; ++i) {
    std::uint64_t d = 0;
    std::memcpy(&d, src + static_cast<std::size_t>(i - 1) * static_cast<std::size_t>(width),
                static_cast<std::size_t>(width));
    value += d;
    dst[i] = static_cast<std::int64_t>(value);
  }
}

void decodeReals(const char* src, int width, const unsigned char* bitmap, std::uint32_t n, double* dst) {
  std::uint32_t j = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (bitmap && !((bitmap[i >> 3] >> (i & 7)) & 1)) {
      dst[i] = std::numeric_limits<double>::quiet_NaN();
      continue;
    }
    if (width == 4) {
      float f;
      std::memcpy(&f, src + 4 * j, 4);
      dst[i] = static_cast<double>(f);
    } else {
      std::memcpy(&dst[i], src + 8 * j, 8);
    }
    ++j;
  }
}

}  // namespace reco::RECO_KERNEL_NS

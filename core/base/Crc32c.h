// CRC32C (Castagnoli, polynomial 0x1EDC6F41 reflected as 0x82F63B78), the checksum of event blocks and rollup blobs.
// Table-driven (slicing by 8); Debian packages no C/C++ CRC32C library. Check value: crc32c("123456789") = 0xE3069283.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace reco {

// The CRC32C of `size` bytes, continuing from `crc` (the CRC of the bytes before; 0 to start).
std::uint32_t crc32c(const void* data, std::size_t size, std::uint32_t crc = 0);
inline std::uint32_t crc32c(std::string_view bytes, std::uint32_t crc = 0) {
  return crc32c(bytes.data(), bytes.size(), crc);
}

}  // namespace reco

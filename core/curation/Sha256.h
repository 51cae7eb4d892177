// SHA-256 (FIPS 180-4), implemented here so rule-set checksums need no crypto library.
// Incremental: update() any number of times, then hexDigest() or digest().
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace reco {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view data);
  void update(const void* data, std::size_t size);
  // Finishes the hash; the object must not be updated afterwards (a new hash needs a new object).
  std::array<std::uint8_t, 32> digest();
  std::string hexDigest();  // 64 lowercase hex digits

  static std::string hex(std::string_view data) {
    Sha256 h;
    h.update(data);
    return h.hexDigest();
  }

 private:
  void compress(const std::uint8_t* block);
  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t totalBytes_ = 0;
  bool finished_ = false;
};

}  // namespace reco

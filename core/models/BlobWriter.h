// Serialises a model into the binary layout every RecoEngine model blob shares: a fixed header (magic, format
// version, algorithm name, payload size, FNV-1a 64 checksum of the payload) followed by the little-endian payload.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace reco {

inline constexpr char kModelBlobMagic[8] = {'R', 'E', 'C', 'O', 'M', 'D', 'L', '\0'};
inline constexpr std::uint32_t kModelBlobVersion = 1;

// FNV-1a 64-bit over a byte range.
std::uint64_t fnv1a64(const void* data, std::size_t size);

class BlobWriter {
 public:
  template <class T>
  void put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto* p = reinterpret_cast<const char*>(&value);
    payload_.append(p, sizeof(T));
  }
  void putString(std::string_view s) {
    put<std::uint64_t>(s.size());
    payload_.append(s.data(), s.size());
  }
  template <class T>
  void putArray(std::span<const T> values) {
    static_assert(std::is_trivially_copyable_v<T>);
    put<std::uint64_t>(values.size());
    if (!values.empty()) payload_.append(reinterpret_cast<const char*>(values.data()), values.size_bytes());
  }
  template <class T>
  void putVector(const std::vector<T>& values) {
    putArray(std::span<const T>(values));
  }

  // The complete blob: header + payload.
  std::string finish(std::string_view algorithm) const;

 private:
  std::string payload_;
};

}  // namespace reco

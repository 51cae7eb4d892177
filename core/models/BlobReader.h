// Reads a model blob written by BlobWriter: validates magic, version, sizes and checksum up front, then hands out
// payload fields with bounds checks. Every defect becomes a std::runtime_error naming what is wrong; never a crash.
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace reco {

class BlobReader {
 public:
  // Parses and verifies the header and checksum. Throws std::runtime_error for anything that is not an intact blob.
  explicit BlobReader(std::string_view blob);

  const std::string& algorithm() const { return algorithm_; }
  std::uint32_t version() const { return version_; }

  template <class T>
  T get(const char* what) {
    static_assert(std::is_trivially_copyable_v<T>);
    need(sizeof(T), what);
    T v;
    std::memcpy(&v, payload_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string getString(const char* what);
  // Reads an array; maxCount bounds the element count (a corrupt length must not trigger a huge allocation).
  template <class T>
  std::vector<T> getVector(const char* what, std::uint64_t maxCount) {
    static_assert(std::is_trivially_copyable_v<T>);
    auto n = get<std::uint64_t>(what);
    if (n > maxCount) fail(std::string(what) + " has " + std::to_string(n) + " elements, expected at most " +
                           std::to_string(maxCount));
    if (n > (payload_.size() - pos_) / sizeof(T)) fail(std::string(what) + " runs past the end of the blob");
    std::vector<T> out(static_cast<std::size_t>(n));
    if (n) std::memcpy(out.data(), payload_.data() + pos_, static_cast<std::size_t>(n) * sizeof(T));
    pos_ += static_cast<std::size_t>(n) * sizeof(T);
    return out;
  }
  // Throws unless the whole payload was consumed.
  void expectEnd() const;
  [[noreturn]] void fail(const std::string& reason) const;

 private:
  void need(std::size_t bytes, const char* what) const;
  std::string_view payload_;
  std::size_t pos_ = 0;
  std::string algorithm_;
  std::uint32_t version_ = 0;
};

}  // namespace reco

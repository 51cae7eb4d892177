// The column codec shared by event blocks and rollup blobs. Integer columns are frame-of-reference encoded: the
// minimum, then each value's offset at the narrowest width that fits (1, 2, 4 or 8 bytes), with a null bitmap when
// some values are kNullInt64. Real columns are stored as float when every value converts exactly, else as double,
// with a null bitmap for NaN. A column of nulls takes one byte. Little-endian.
#pragma once

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/storage/Database.h"

namespace reco {

inline constexpr std::int64_t kNullInt64 = std::numeric_limits<std::int64_t>::min();

template <class T>
void putRaw(std::string& out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out.append(b, sizeof(T));
}

void encodeIntColumn(std::string& out, const std::vector<std::int64_t>& v);
void encodeRealColumn(std::string& out, const std::vector<double>& v);

// Reads raw values and columns; every read is bounds-checked and a malformed blob throws DatabaseError
// "<context> is damaged: <reason>".
class ColumnReader {
 public:
  ColumnReader(std::string_view data, std::string context);
  template <class T>
  T get() {
    T v;
    std::memcpy(&v, take(sizeof(T)), sizeof(T));
    return v;
  }
  const char* take(std::size_t n);
  void ints(std::uint32_t n, std::vector<std::int64_t>& out);
  void reals(std::uint32_t n, std::vector<double>& out);
  bool atEnd() const { return p_ == end_; }
  [[noreturn]] void fail(const std::string& why) const;
  const std::string& context() const { return context_; }

 private:
  void need(std::size_t n) const;
  const char* p_;
  const char* end_;
  std::string context_;
};

}  // namespace reco

#include "core/storage/ColumnCodec.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

#include "core/kernels/KernelTable.h"

namespace reco {

namespace {
enum : std::uint8_t { kAllNull = 0, kIntFor = 1, kReal = 2, kIntDelta = 3 };

bool present(const unsigned char* bitmap, std::uint32_t i) { return (bitmap[i >> 3] >> (i & 7)) & 1; }

// Over 80 lines with a reason: it chooses between the integer encodings (all null, frame of reference, delta) from
// the statistics of one pass and writes the chosen one; a split would pass those statistics through several calls.
void encodeIntsImpl(std::string& out, const std::vector<std::int64_t>& v) {
  std::uint64_t lo = 0, hi = 0;
  std::size_t nulls = 0;
  bool any = false;
  for (std::int64_t x : v) {
    if (x == kNullInt64) {
      ++nulls;
      continue;
    }
    const std::uint64_t u = static_cast<std::uint64_t>(x) ^ (std::uint64_t{1} << 63);  // order-preserving
    if (!any) lo = hi = u;
    lo = std::min(lo, u);
    hi = std::max(hi, u);
    any = true;
  }
  if (!any) {
    out.push_back(static_cast<char>(kAllNull));
    return;
  }
  auto widthFor = [](std::uint64_t range) -> std::uint8_t {
    return range < (1u << 8) ? 1 : range < (1u << 16) ? 2 : range < (std::uint64_t{1} << 32) ? 4 : 8;
  };
  const std::uint64_t range = hi - lo;
  const std::uint8_t width = widthFor(range);
  const std::size_t n = v.size();
  // Non-decreasing columns without nulls (timestamps of a log in time order): differences are smaller than values.
  if (nulls == 0 && n > 1 && width > 1) {
    bool sorted = true;
    std::uint64_t maxDelta = 0;
    for (std::size_t i = 1; i < n && sorted; ++i) {
      if (v[i] < v[i - 1]) sorted = false;
      else maxDelta = std::max(maxDelta, static_cast<std::uint64_t>(v[i]) - static_cast<std::uint64_t>(v[i - 1]));
    }
    const std::uint8_t deltaWidth = sorted ? widthFor(maxDelta) : width;
    if (deltaWidth < width) {
      out.push_back(static_cast<char>(kIntDelta));
      out.push_back(static_cast<char>(deltaWidth));
      out.push_back(0);
      putRaw(out, v[0]);
      const std::size_t at = out.size();
      out.resize(at + (n - 1) * deltaWidth);
      char* dst = out.data() + at;
      for (std::size_t i = 1; i < n; ++i) {
        const std::uint64_t d = static_cast<std::uint64_t>(v[i]) - static_cast<std::uint64_t>(v[i - 1]);
        std::memcpy(dst + (i - 1) * deltaWidth, &d, deltaWidth);  // little-endian: the low bytes
      }
      return;
    }
  }
  const std::int64_t base = static_cast<std::int64_t>(lo ^ (std::uint64_t{1} << 63));
  out.push_back(static_cast<char>(kIntFor));
  out.push_back(static_cast<char>(width));
  out.push_back(static_cast<char>(nulls ? 1 : 0));
  putRaw(out, base);
  if (nulls) {
    std::string bitmap((n + 7) / 8, '\0');
    for (std::size_t i = 0; i < n; ++i)
      if (v[i] != kNullInt64) bitmap[i >> 3] = static_cast<char>(bitmap[i >> 3] | (1 << (i & 7)));
    out += bitmap;
  }
  const std::size_t at = out.size();
  out.resize(at + n * width);
  char* dst = out.data() + at;
  auto offset = [&](std::int64_t x) -> std::uint64_t {
    return x == kNullInt64 ? 0 : static_cast<std::uint64_t>(x) - static_cast<std::uint64_t>(base);
  };
  switch (width) {
    case 1:
      for (std::size_t i = 0; i < n; ++i) dst[i] = static_cast<char>(offset(v[i]));
      break;
    case 2:
      for (std::size_t i = 0; i < n; ++i) {
        const auto o = static_cast<std::uint16_t>(offset(v[i]));
        std::memcpy(dst + 2 * i, &o, 2);
      }
      break;
    case 4:
      for (std::size_t i = 0; i < n; ++i) {
        const auto o = static_cast<std::uint32_t>(offset(v[i]));
        std::memcpy(dst + 4 * i, &o, 4);
      }
      break;
    default:
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t o = offset(v[i]);
        std::memcpy(dst + 8 * i, &o, 8);
      }
  }
}

void encodeRealsImpl(std::string& out, const std::vector<double>& v) {
  std::size_t nulls = 0;
  bool fitsFloat = true;
  for (double x : v) {
    if (std::isnan(x)) {
      ++nulls;
      continue;
    }
    if (fitsFloat && (std::fabs(x) > FLT_MAX || static_cast<double>(static_cast<float>(x)) != x)) fitsFloat = false;
  }
  const std::size_t n = v.size();
  if (nulls == n) {
    out.push_back(static_cast<char>(kAllNull));
    return;
  }
  out.push_back(static_cast<char>(kReal));
  out.push_back(static_cast<char>(fitsFloat ? 4 : 8));
  out.push_back(static_cast<char>(nulls ? 1 : 0));
  if (nulls) {
    std::string bitmap((n + 7) / 8, '\0');
    for (std::size_t i = 0; i < n; ++i)
      if (!std::isnan(v[i])) bitmap[i >> 3] = static_cast<char>(bitmap[i >> 3] | (1 << (i & 7)));
    out += bitmap;
  }
  out.reserve(out.size() + (n - nulls) * 8);
  for (double x : v) {
    if (std::isnan(x)) continue;
    if (fitsFloat) putRaw(out, static_cast<float>(x));
    else putRaw(out, x);
  }
}

void decodeIntsImpl(ColumnReader& r, std::uint32_t n, std::vector<std::int64_t>& v) {
  const auto kind = r.get<std::uint8_t>();
  v.resize(n);
  if (kind == kAllNull) {
    std::fill(v.begin(), v.end(), kNullInt64);
    return;
  }
  if (kind == kIntDelta) {
    const auto width = r.get<std::uint8_t>();
    r.get<std::uint8_t>();
    if (width != 1 && width != 2 && width != 4) r.fail("bad delta width " + std::to_string(width));
    const auto first = static_cast<std::uint64_t>(r.get<std::int64_t>());
    const char* src = r.take(n ? static_cast<std::size_t>(n - 1) * width : 0);
    kernelTable().decodeDeltas(src, width, first, n, v.data());
    return;
  }
  if (kind != kIntFor) r.fail("unknown integer encoding " + std::to_string(kind));
  const auto width = r.get<std::uint8_t>();
  const bool hasNulls = r.get<std::uint8_t>() != 0;
  const auto base = static_cast<std::uint64_t>(r.get<std::int64_t>());
  if (width != 1 && width != 2 && width != 4 && width != 8) r.fail("bad integer width " + std::to_string(width));
  const unsigned char* bitmap = hasNulls ? reinterpret_cast<const unsigned char*>(r.take((n + 7) / 8)) : nullptr;
  const char* src = r.take(static_cast<std::size_t>(n) * width);
  std::int64_t* dst = v.data();
  kernelTable().decodeOffsets(src, width, base, n, dst);
  if (bitmap)
    for (std::uint32_t i = 0; i < n; ++i)
      if (!present(bitmap, i)) dst[i] = kNullInt64;
}

void decodeRealsImpl(ColumnReader& r, std::uint32_t n, std::vector<double>& v) {
  const auto kind = r.get<std::uint8_t>();
  v.resize(n);
  if (kind == kAllNull) {
    std::fill(v.begin(), v.end(), std::numeric_limits<double>::quiet_NaN());
    return;
  }
  if (kind != kReal) r.fail("unknown real encoding " + std::to_string(kind));
  const auto width = r.get<std::uint8_t>();
  const bool hasNulls = r.get<std::uint8_t>() != 0;
  if (width != 4 && width != 8) r.fail("bad real width " + std::to_string(width));
  const unsigned char* bitmap = hasNulls ? reinterpret_cast<const unsigned char*>(r.take((n + 7) / 8)) : nullptr;
  std::uint32_t k = n;
  if (bitmap) {
    k = 0;
    for (std::uint32_t i = 0; i < n; ++i) k += present(bitmap, i);
  }
  const char* src = r.take(static_cast<std::size_t>(k) * width);
  kernelTable().decodeReals(src, width, bitmap, n, v.data());
}

}  // namespace

void encodeIntColumn(std::string& out, const std::vector<std::int64_t>& v) { encodeIntsImpl(out, v); }
void encodeRealColumn(std::string& out, const std::vector<double>& v) { encodeRealsImpl(out, v); }

ColumnReader::ColumnReader(std::string_view data, std::string context)
    : p_(data.data()), end_(data.data() + data.size()), context_(std::move(context)) {}

const char* ColumnReader::take(std::size_t n) {
  need(n);
  const char* at = p_;
  p_ += n;
  return at;
}

void ColumnReader::fail(const std::string& why) const { throw DatabaseError(context_ + " is damaged: " + why); }

void ColumnReader::need(std::size_t n) const {
  if (static_cast<std::size_t>(end_ - p_) < n) fail("truncated");
}

void ColumnReader::ints(std::uint32_t n, std::vector<std::int64_t>& out) { decodeIntsImpl(*this, n, out); }
void ColumnReader::reals(std::uint32_t n, std::vector<double>& out) { decodeRealsImpl(*this, n, out); }

}  // namespace reco

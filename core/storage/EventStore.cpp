#include "core/storage/EventStore.h"

#include <algorithm>
#include <cfloat>
#include <cstring>

#include <sqlite3.h>

namespace reco {

namespace {

constexpr char kMagic[4] = {'R', 'E', 'B', '1'};
enum : std::uint8_t { kAllNull = 0, kIntFor = 1, kReal = 2 };

template <class T>
void put(std::string& out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out.append(b, sizeof(T));
}

class Reader {
 public:
  Reader(std::string_view data, std::int64_t block) : p_(data.data()), end_(data.data() + data.size()), block_(block) {}
  template <class T>
  T get() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, p_, sizeof(T));
    p_ += sizeof(T);
    return v;
  }
  const char* take(std::size_t n) {
    need(n);
    const char* at = p_;
    p_ += n;
    return at;
  }
  [[noreturn]] void fail(const std::string& why) const {
    throw DatabaseError("event block " + std::to_string(block_) + " is damaged: " + why);
  }
  void need(std::size_t n) const {
    if (static_cast<std::size_t>(end_ - p_) < n) fail("truncated");
  }
  bool atEnd() const { return p_ == end_; }

 private:
  const char* p_;
  const char* end_;
  std::int64_t block_;
};

bool present(const unsigned char* bitmap, std::uint32_t i) { return (bitmap[i >> 3] >> (i & 7)) & 1; }

void encodeInts(std::string& out, const std::vector<std::int64_t>& v) {
  std::uint64_t lo = 0, hi = 0;
  std::size_t nulls = 0;
  bool any = false;
  for (std::int64_t x : v) {
    if (x == EventRow::kNullInt) {
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
  const std::uint64_t range = hi - lo;
  const std::uint8_t width = range < (1u << 8) ? 1 : range < (1u << 16) ? 2 : range < (std::uint64_t{1} << 32) ? 4 : 8;
  const std::int64_t base = static_cast<std::int64_t>(lo ^ (std::uint64_t{1} << 63));
  out.push_back(static_cast<char>(kIntFor));
  out.push_back(static_cast<char>(width));
  out.push_back(static_cast<char>(nulls ? 1 : 0));
  put(out, base);
  const std::size_t n = v.size();
  if (nulls) {
    std::string bitmap((n + 7) / 8, '\0');
    for (std::size_t i = 0; i < n; ++i)
      if (v[i] != EventRow::kNullInt) bitmap[i >> 3] = static_cast<char>(bitmap[i >> 3] | (1 << (i & 7)));
    out += bitmap;
  }
  const std::size_t at = out.size();
  out.resize(at + n * width);
  char* dst = out.data() + at;
  auto offset = [&](std::int64_t x) -> std::uint64_t {
    return x == EventRow::kNullInt ? 0 : static_cast<std::uint64_t>(x) - static_cast<std::uint64_t>(base);
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

void encodeReals(std::string& out, const std::vector<double>& v) {
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
    if (fitsFloat) put(out, static_cast<float>(x));
    else put(out, x);
  }
}

void decodeInts(Reader& r, std::uint32_t n, std::vector<std::int64_t>& v) {
  const auto kind = r.get<std::uint8_t>();
  v.resize(n);
  if (kind == kAllNull) {
    std::fill(v.begin(), v.end(), EventRow::kNullInt);
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
  if (bitmap)
    for (std::uint32_t i = 0; i < n; ++i)
      if (!present(bitmap, i)) dst[i] = EventRow::kNullInt;
}

void decodeReals(Reader& r, std::uint32_t n, std::vector<double>& v) {
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
  std::uint32_t j = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (bitmap && !present(bitmap, i)) {
      v[i] = std::numeric_limits<double>::quiet_NaN();
      continue;
    }
    if (width == 4) {
      float f;
      std::memcpy(&f, src + 4 * j, 4);
      v[i] = static_cast<double>(f);
    } else {
      std::memcpy(&v[i], src + 8 * j, 8);
    }
    ++j;
  }
}

}  // namespace

EventRow EventBlock::row(std::uint32_t i) const {
  EventRow e;
  e.user = col(EventColumn::User)[i];
  e.item = col(EventColumn::Item)[i];
  e.type = static_cast<int>(col(EventColumn::Type)[i]);
  e.ts = col(EventColumn::Ts)[i];
  e.value = real(EventColumn::Value)[i];
  e.position = col(EventColumn::Position)[i];
  const std::int64_t placement = col(EventColumn::Placement)[i];
  e.placement = placement == EventRow::kNullInt ? 0 : placement;
  const std::int64_t variant = col(EventColumn::Variant)[i];
  e.variant = variant == EventRow::kNullInt ? 0 : variant;
  e.revenue = real(EventColumn::Revenue)[i];
  e.propensity = real(EventColumn::Propensity)[i];
  return e;
}

void EventBlock::clear() {
  count = 0;
  minTs = maxTs = 0;
  for (auto& v : ints) v.clear();
  for (auto& v : reals) v.clear();
}

void EventBlock::append(const EventRow& e) {
  auto i = [&](EventColumn c) -> std::vector<std::int64_t>& { return ints[static_cast<unsigned>(c)]; };
  auto r = [&](EventColumn c) -> std::vector<double>& { return reals[static_cast<unsigned>(c)]; };
  i(EventColumn::User).push_back(e.user);
  i(EventColumn::Item).push_back(e.item);
  i(EventColumn::Type).push_back(e.type);
  i(EventColumn::Ts).push_back(e.ts);
  r(EventColumn::Value).push_back(e.value);
  i(EventColumn::Position).push_back(e.position);
  i(EventColumn::Placement).push_back(e.placement ? e.placement : EventRow::kNullInt);
  i(EventColumn::Variant).push_back(e.variant ? e.variant : EventRow::kNullInt);
  r(EventColumn::Revenue).push_back(e.revenue);
  r(EventColumn::Propensity).push_back(e.propensity);
  if (count == 0 || e.ts < minTs) minTs = e.ts;
  if (count == 0 || e.ts > maxTs) maxTs = e.ts;
  ++count;
}

std::string encodeEventBlock(const EventBlock& block) {
  std::string out;
  out.reserve(static_cast<std::size_t>(block.count) * 24 + 256);
  out.append(kMagic, 4);
  put(out, block.count);
  for (unsigned c = 0; c < kEventColumnCount; ++c) {
    const std::size_t lenAt = out.size();
    put(out, std::uint32_t{0});
    if (isRealColumn(static_cast<EventColumn>(c))) encodeReals(out, block.reals[c]);
    else encodeInts(out, block.ints[c]);
    const auto len = static_cast<std::uint32_t>(out.size() - lenAt - 4);
    std::memcpy(out.data() + lenAt, &len, 4);
  }
  return out;
}

void decodeEventBlock(std::string_view blob, EventColumnMask columns, EventBlock& out) {
  Reader r(blob, out.firstId);
  const char* magic = r.take(4);
  if (std::memcmp(magic, kMagic, 4) != 0) r.fail("not an event block (bad magic)");
  const auto n = r.get<std::uint32_t>();
  if (n != out.count) r.fail("holds " + std::to_string(n) + " events, the block table says " + std::to_string(out.count));
  for (unsigned c = 0; c < kEventColumnCount; ++c) {
    const auto len = r.get<std::uint32_t>();
    const char* section = r.take(len);
    if (!(columns & (EventColumnMask{1} << c))) continue;
    Reader s(std::string_view(section, len), out.firstId);
    if (isRealColumn(static_cast<EventColumn>(c))) decodeReals(s, n, out.reals[c]);
    else decodeInts(s, n, out.ints[c]);
    if (!s.atEnd()) s.fail("column " + std::to_string(c) + " has trailing bytes");
  }
  if (!r.atEnd()) r.fail("trailing bytes");
}

std::int64_t eventCount(Database& db) { return db.queryInt("SELECT coalesce(sum(count), 0) FROM event_blocks"); }

std::int64_t maxEventId(Database& db) {
  return db.queryInt("SELECT first_event + count - 1 FROM event_blocks ORDER BY first_event DESC LIMIT 1");
}

// ---------------------------------------------------------------------------------------------------------------

EventScanner::EventScanner(Database& db, EventColumnMask columns, std::int64_t fromId, std::int64_t toId,
                           bool reverse)
    : columns_(columns), fromId_(std::max<std::int64_t>(fromId, 1)), toId_(toId) {
  // Blocks hold at most kCapacity events, so a block intersecting [from, to] starts after from - kCapacity.
  st_ = db.prepare(std::string("SELECT first_event, count, min_ts, max_ts, data FROM event_blocks"
                               " WHERE first_event > ?1 AND first_event <= ?2 ORDER BY first_event") +
                   (reverse ? " DESC" : ""));
  const std::int64_t lower =
      fromId_ > std::numeric_limits<std::int64_t>::min() + EventBlock::kCapacity ? fromId_ - EventBlock::kCapacity
                                                                                  : fromId_;
  st_.bind(1, lower).bind(2, toId_);
}

bool EventScanner::next() {
  while (st_.step()) {
    block_.firstId = st_.columnInt(0);
    block_.blockId = block_.firstId;
    block_.count = static_cast<std::uint32_t>(st_.columnInt(1));
    if (block_.firstId + block_.count <= fromId_) continue;
    block_.minTs = st_.columnInt(2);
    block_.maxTs = st_.columnInt(3);
    blob_ = st_.columnBlob(4);
    for (unsigned c = 0; c < kEventColumnCount; ++c)
      if (!(columns_ & (EventColumnMask{1} << c))) {
        block_.ints[c].clear();
        block_.reals[c].clear();
      }
    decodeEventBlock(blob_, columns_, block_);
    return true;
  }
  return false;
}

void EventScanner::decodeMore(EventColumnMask columns) {
  const EventColumnMask missing = columns & ~columns_;
  if (missing) decodeEventBlock(blob_, missing, block_);
}

std::uint32_t EventScanner::rowBegin() const {
  return fromId_ > block_.firstId ? static_cast<std::uint32_t>(fromId_ - block_.firstId) : 0;
}

std::uint32_t EventScanner::rowEnd() const {
  if (toId_ >= block_.firstId + block_.count) return block_.count;
  return toId_ < block_.firstId ? 0 : static_cast<std::uint32_t>(toId_ - block_.firstId + 1);
}

// ---------------------------------------------------------------------------------------------------------------

EventWriter::EventWriter(Database& db) : db_(db) {
  auto st = db.prepare(
      "SELECT first_event, count, min_ts, max_ts, data FROM event_blocks ORDER BY first_event DESC LIMIT 1");
  if (st.step()) {
    block_.firstId = st.columnInt(0);
    block_.count = static_cast<std::uint32_t>(st.columnInt(1));
    block_.minTs = st.columnInt(2);
    block_.maxTs = st.columnInt(3);
    if (block_.count < EventBlock::kCapacity) {
      decodeEventBlock(st.columnBlob(4), kAllEventColumns, block_);
      preexisting_ = block_.count;
    } else {
      block_.firstId += block_.count;
      block_.clear();
    }
  } else {
    block_.firstId = 1;
  }
  block_.blockId = block_.firstId;
  for (auto& v : block_.ints) v.reserve(EventBlock::kCapacity);
  for (auto& v : block_.reals) v.reserve(EventBlock::kCapacity);
  insert_ = db.prepare(
      "INSERT OR REPLACE INTO event_blocks(first_event, count, min_ts, max_ts, data) VALUES(?, ?, ?, ?, ?)");
}

void EventWriter::write() {
  const std::string blob = encodeEventBlock(block_);
  insert_.bind(1, block_.firstId)
      .bind(2, static_cast<std::int64_t>(block_.count))
      .bind(3, block_.minTs)
      .bind(4, block_.maxTs);
  // The blob outlives the statement's execution: bind it without a copy.
  if (sqlite3_bind_blob64(insert_.handle(), 5, blob.data(), blob.size(), SQLITE_STATIC) != SQLITE_OK)
    throw DatabaseError(std::string("cannot bind an event block: ") + sqlite3_errmsg(db_.handle()));
  insert_.exec();
  if (sink_) sink_(sinkContext_, block_, preexisting_);
}

void EventWriter::flushFull() {
  write();
  block_.firstId += block_.count;
  block_.blockId = block_.firstId;
  block_.clear();
  preexisting_ = 0;
}

void EventWriter::finish() {
  if (block_.count <= preexisting_) return;
  write();
  preexisting_ = block_.count;
}

}  // namespace reco

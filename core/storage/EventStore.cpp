#include "core/storage/EventStore.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

#include "core/storage/BlobChecksum.h"
#include "core/storage/ColumnCodec.h"

namespace reco {

namespace {

constexpr char kMagic[4] = {'R', 'E', 'B', '1'};
static_assert(EventRow::kNullInt == kNullInt64, "event blocks store NULL integers as the codec's null");

// The file a connection reads, for error messages: the path it was opened with, else SQLite's (a borrowed handle).
std::string fileOf(const Database& db) {
  if (!db.path().empty() || !db.handle()) return db.path();
  const char* file = sqlite3_db_filename(db.handle(), "main");
  return file ? file : "";
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
  encodeEventBlock(block, out);
  return out;
}

void encodeEventBlock(const EventBlock& block, std::string& out) {
  out.clear();
  out.reserve(static_cast<std::size_t>(block.count) * 24 + 256);
  out.append(kMagic, 4);
  putRaw(out, block.count);
  for (unsigned c = 0; c < kEventColumnCount; ++c) {
    const std::size_t lenAt = out.size();
    putRaw(out, std::uint32_t{0});
    if (isRealColumn(static_cast<EventColumn>(c))) encodeRealColumn(out, block.reals[c]);
    else encodeIntColumn(out, block.ints[c]);
    const auto len = static_cast<std::uint32_t>(out.size() - lenAt - 4);
    std::memcpy(out.data() + lenAt, &len, 4);
  }
}

void decodeEventBlock(std::string_view blob, EventColumnMask columns, EventBlock& out) {
  const std::string context = "event block " + std::to_string(out.firstId);
  ColumnReader r(blob, context);
  const char* magic = r.take(4);
  if (std::memcmp(magic, kMagic, 4) != 0) r.fail("not an event block (bad magic)");
  const auto n = r.get<std::uint32_t>();
  if (n != out.count) r.fail("holds " + std::to_string(n) + " events, the block table says " + std::to_string(out.count));
  for (unsigned c = 0; c < kEventColumnCount; ++c) {
    const auto len = r.get<std::uint32_t>();
    const char* section = r.take(len);
    if (!(columns & (EventColumnMask{1} << c))) continue;
    ColumnReader s(std::string_view(section, len), context);
    if (isRealColumn(static_cast<EventColumn>(c))) s.reals(n, out.reals[c]);
    else s.ints(n, out.ints[c]);
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
    : columns_(columns), fromId_(std::max<std::int64_t>(fromId, 1)), toId_(toId), file_(fileOf(db)) {
  // Blocks hold at most kCapacity events, so a block intersecting [from, to] starts after from - kCapacity.
  st_ = db.prepare(std::string("SELECT first_event, count, min_ts, max_ts, data, crc32c FROM event_blocks"
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
    verifyBlobChecksum(blob_, st_.columnOptInt(5), "event_blocks", "block", block_.firstId, file_);
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
  // Projects before schema 9 (the event-block migration 6 writes blocks) have no checksum column yet; migration 9
  // computes the checksums of the blocks written without one.
  withChecksum_ = db.queryInt("SELECT count(*) FROM pragma_table_info('event_blocks') WHERE name = 'crc32c'") == 1;
  auto st = db.prepare(std::string("SELECT first_event, count, min_ts, max_ts, data") +
                       (withChecksum_ ? ", crc32c" : "") + " FROM event_blocks ORDER BY first_event DESC LIMIT 1");
  if (st.step()) {
    block_.firstId = st.columnInt(0);
    block_.count = static_cast<std::uint32_t>(st.columnInt(1));
    block_.minTs = st.columnInt(2);
    block_.maxTs = st.columnInt(3);
    if (block_.count < EventBlock::kCapacity) {
      if (withChecksum_)
        verifyBlobChecksum(st.columnBlob(4), st.columnOptInt(5), "event_blocks", "block", block_.firstId, fileOf(db));
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
  insert_ = db.prepare(withChecksum_ ? "INSERT OR REPLACE INTO event_blocks(first_event, count, min_ts, max_ts, data,"
                                       " crc32c) VALUES(?, ?, ?, ?, ?, ?)"
                                     : "INSERT OR REPLACE INTO event_blocks(first_event, count, min_ts, max_ts, data)"
                                       " VALUES(?, ?, ?, ?, ?)");
}

void EventWriter::write() {
  encodeEventBlock(block_, blob_);
  {
    std::unique_lock<std::mutex> lock;
    if (lock_) lock = std::unique_lock<std::mutex>(*lock_);
    insert_.bind(1, block_.firstId)
        .bind(2, static_cast<std::int64_t>(block_.count))
        .bind(3, block_.minTs)
        .bind(4, block_.maxTs);
    // The blob outlives the statement's execution: bind it without a copy.
    if (sqlite3_bind_blob64(insert_.handle(), 5, blob_.data(), blob_.size(), SQLITE_STATIC) != SQLITE_OK)
      throw DatabaseError(std::string("cannot bind an event block: ") + sqlite3_errmsg(db_.handle()));
    if (withChecksum_) insert_.bind(6, blobChecksum(blob_));
    insert_.exec();
  }
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

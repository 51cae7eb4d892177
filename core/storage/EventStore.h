// The events of a project, stored column-wise in blocks of up to 65,536 events (table event_blocks): each block is one
// row whose blob holds the ten event columns, each frame-of-reference encoded at the narrowest byte width that fits.
// Event ids are contiguous: block b holds ids first_event .. first_event + count - 1. Appending writes one SQLite row
// per block instead of one per event, and scans decode only the columns they ask for. SQL sees the same data through
// the `events` virtual table (EventsVirtualTable.h); hot paths (import, rollups, matrices, evaluation) use this API.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/storage/Database.h"

namespace reco {

// One event with surrogate keys resolved. NaN / kNullInt / 0 ids (placement, variant) mean NULL.
struct EventRow {
  static constexpr std::int64_t kNullInt = std::numeric_limits<std::int64_t>::min();
  std::int64_t user = 0;
  std::int64_t item = 0;
  int type = 0;
  std::int64_t ts = 0;
  double value = std::numeric_limits<double>::quiet_NaN();
  std::int64_t position = kNullInt;
  std::int64_t placement = 0;
  std::int64_t variant = 0;
  double revenue = std::numeric_limits<double>::quiet_NaN();
  double propensity = std::numeric_limits<double>::quiet_NaN();
};

// Column numbers, in the order of the `events` table (after id) and of a block's encoding.
enum class EventColumn : unsigned {
  User = 0, Item, Type, Ts, Value, Position, Placement, Variant, Revenue, Propensity
};
inline constexpr unsigned kEventColumnCount = 10;
using EventColumnMask = std::uint32_t;
constexpr EventColumnMask columnBit(EventColumn c) { return EventColumnMask{1} << static_cast<unsigned>(c); }
inline constexpr EventColumnMask kAllEventColumns = (EventColumnMask{1} << kEventColumnCount) - 1;
// Integer columns use EventRow::kNullInt for NULL (placement and variant too, unlike EventRow); real columns NaN.
constexpr bool isRealColumn(EventColumn c) {
  return c == EventColumn::Value || c == EventColumn::Revenue || c == EventColumn::Propensity;
}

// A decoded block. Only the columns asked for are filled; the others are empty vectors.
struct EventBlock {
  static constexpr std::uint32_t kCapacity = 65536;
  std::int64_t blockId = 0;
  std::int64_t firstId = 0;  // id of row 0
  std::uint32_t count = 0;
  std::int64_t minTs = 0, maxTs = 0;
  std::array<std::vector<std::int64_t>, kEventColumnCount> ints;  // integer columns, indexed by EventColumn
  std::array<std::vector<double>, kEventColumnCount> reals;       // real columns, indexed by EventColumn

  const std::vector<std::int64_t>& col(EventColumn c) const { return ints[static_cast<unsigned>(c)]; }
  const std::vector<double>& real(EventColumn c) const { return reals[static_cast<unsigned>(c)]; }
  // Row i as an EventRow (all columns must have been decoded).
  EventRow row(std::uint32_t i) const;
  void clear();
  void append(const EventRow& e);  // into a block that holds every column
};

// Block codec. encode() needs every column; decode() throws DatabaseError naming the block on a malformed blob.
// Each stored block carries the CRC32C of its blob (column crc32c); EventScanner and EventWriter verify it before
// decoding and throw DatabaseError "'<project>': event_blocks block <first id> is damaged: checksum mismatch ..."
// (BlobChecksum.h).
std::string encodeEventBlock(const EventBlock& block);
void encodeEventBlock(const EventBlock& block, std::string& out);  // into a reused buffer
void decodeEventBlock(std::string_view blob, EventColumnMask columns, EventBlock& out);

// Cheap facts from the block table (no decoding).
std::int64_t eventCount(Database& db);
std::int64_t maxEventId(Database& db);  // 0 when there are no events

// Reads blocks in id order (or reverse), decoding the requested columns. rowBegin()/rowEnd() restrict each block to
// the requested id range [fromId, toId].
class EventScanner {
 public:
  EventScanner(Database& db, EventColumnMask columns, std::int64_t fromId = 1,
               std::int64_t toId = std::numeric_limits<std::int64_t>::max(), bool reverse = false);
  bool next();  // advances to the next block that intersects the range; false at the end
  const EventBlock& block() const { return block_; }
  EventBlock& block() { return block_; }
  std::uint32_t rowBegin() const;
  std::uint32_t rowEnd() const;
  // Decodes further columns of the current block (for scans that first filter on one column).
  void decodeMore(EventColumnMask columns);

 private:
  Statement st_;
  EventColumnMask columns_;
  std::int64_t fromId_, toId_;
  EventBlock block_;
  std::string_view blob_;
  std::string file_;  // the project file, named in errors
};

// Appends events at the end of the store, continuing the last block if it is not full. Call finish() to write the
// last partial block; nothing is written for events appended after the last finish() if the writer is destroyed
// without it (the caller's transaction decides what persists).
class EventWriter {
 public:
  explicit EventWriter(Database& db);
  std::int64_t nextId() const { return block_.firstId + block_.count; }
  void append(const EventRow& e) {
    block_.append(e);
    if (block_.count == EventBlock::kCapacity) flushFull();
  }
  void finish();
  // Called with each block as it is written complete (full, or the final partial one in finish()); the block holds
  // only the rows appended through this writer from rowOffset on (earlier rows belong to an older append).
  using BlockSink = void (*)(void* context, const EventBlock& block, std::uint32_t rowOffset);
  void setBlockSink(BlockSink sink, void* context) {
    sink_ = sink;
    sinkContext_ = context;
  }
  // A mutex held while the writer uses the connection (when other threads share it).
  void setConnectionLock(std::mutex* lock) { lock_ = lock; }

 private:
  void write();
  void flushFull();
  Database& db_;
  EventBlock block_;
  std::uint32_t preexisting_ = 0;  // rows of block_ that were stored before this writer
  Statement insert_;
  std::string blob_;  // reused encoding buffer
  BlockSink sink_ = nullptr;
  void* sinkContext_ = nullptr;
  std::mutex* lock_ = nullptr;
  bool withChecksum_ = true;  // event_blocks has its crc32c column (schema 9 on)
};

}  // namespace reco

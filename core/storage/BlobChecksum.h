// Checksums of the project's column blobs (event blocks and rollup blobs): a CRC32C of the blob is stored beside it
// (column crc32c) when it is written and verified when it is read, so a flipped bit on disk is an error naming the
// table, the row and the reason instead of a wrong event or figure.
//
// Event blocks are checked by core/storage/EventStore. The rollup blob tables (rollup_item_days,
// rollup_segment_item_days, rollup_activity_chunks) are virtual tables (module reco_checked_blobs, schema migration 9)
// over <table>_stored: reading a row's `data` verifies its checksum and writing stores it, so every reader and writer
// of those tables gets both, and statements that do not read `data` (DELETE, count) do not pay for it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;

namespace reco {

// Returns "" when `blob` matches `stored`, else the reason ("checksum mismatch (stored 0x..., computed 0x...)" or
// "no checksum stored").
std::string blobChecksumProblem(std::string_view blob, std::optional<std::int64_t> stored);

// Throws DatabaseError "'<file>': <table> <keyName> <key> is damaged: <reason>" when blobChecksumProblem() finds one
// (without the file's part when `file` is empty).
void verifyBlobChecksum(std::string_view blob, std::optional<std::int64_t> stored, std::string_view table,
                        std::string_view keyName, std::int64_t key, std::string_view file = {});

// The stored form of a blob's checksum (an SQLite integer).
std::int64_t blobChecksum(std::string_view blob);

// Registers the SQL function reco_crc32c(blob) and the virtual-table module reco_checked_blobs on a connection
// (Database does it for every connection it opens).
void registerBlobChecksumFunctions(sqlite3* db);

// The tables whose blobs carry checksums: the name readers use, the table that stores the rows, and its key column.
struct ChecksummedTable {
  const char* name;
  const char* storedIn;
  const char* keyColumn;
};
inline constexpr ChecksummedTable kChecksummedTables[] = {
    {"event_blocks", "event_blocks", "first_event"},
    {"rollup_item_days", "rollup_item_days_stored", "day"},
    {"rollup_segment_item_days", "rollup_segment_item_days_stored", "day"},
    {"rollup_activity_chunks", "rollup_activity_chunks_stored", "chunk"},
};

}  // namespace reco

// Verification of a whole project file for `recoengine-cli check`: SQLite's integrity check, every event block's and
// rollup blob's checksum, and the event blocks' structure. Reads only. The rollups' recount from the events is
// core/analytics/RollupCheck's (storage cannot see analytics).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/storage/Database.h"

namespace reco {

// One thing found wrong: which check found it, where (a table and row, or empty), and why.
struct CheckFinding {
  std::string check;  // "integrity", "checksum", "event_blocks", "rollups"
  std::string where;  // e.g. "event_blocks block 65537"
  std::string reason;
};

struct ProjectCheckReport {
  std::vector<CheckFinding> problems;
  std::vector<std::string> notes;       // facts that are not damage (e.g. rollups not built yet)
  std::int64_t eventBlocks = 0;         // event blocks whose checksum and encoding were verified
  std::int64_t events = 0;              // events in those blocks
  std::int64_t rollupBlobs = 0;         // rollup blobs whose checksum was verified
  std::int64_t rollupRowsCompared = 0;  // rollup rows compared with a recount (RollupCheck)
  bool clean() const { return problems.empty(); }
};

// PRAGMA integrity_check (its first 100 messages), the checksum of every blob in kChecksummedTables, and that every
// event block decodes, holds its count of events, and that block ids are contiguous. Findings go to `report`.
void checkProjectStorage(Database& db, ProjectCheckReport& report);

}  // namespace reco

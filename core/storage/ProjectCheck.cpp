#include "core/storage/ProjectCheck.h"

#include "core/storage/BlobChecksum.h"
#include "core/storage/EventStore.h"

namespace reco {

void checkProjectStorage(Database& db, ProjectCheckReport& report) {
  {
    auto st = db.prepare("PRAGMA integrity_check(100)");
    while (st.step()) {
      const std::string message = st.columnText(0);
      if (message != "ok") report.problems.push_back({"integrity", "", message});
    }
  }

  for (const ChecksummedTable& t : kChecksummedTables) {
    const bool events = std::string_view(t.name) == "event_blocks";
    auto st = db.prepare(std::string("SELECT ") + t.keyColumn + ", data, crc32c" + (events ? ", count" : "") +
                         " FROM " + t.storedIn + " ORDER BY " + t.keyColumn);
    std::int64_t expectedFirst = 1;
    EventBlock block;
    while (st.step()) {
      const std::int64_t key = st.columnInt(0);
      const std::string where = std::string(t.name) + (events ? " block " : std::string(" ") + t.keyColumn + " ") +
                                std::to_string(key);
      const std::string problem = blobChecksumProblem(st.columnBlob(1), st.columnOptInt(2));
      if (!problem.empty()) report.problems.push_back({"checksum", where, problem});
      if (!events) {
        ++report.rollupBlobs;
        continue;
      }
      ++report.eventBlocks;
      const std::int64_t count = st.columnInt(3);
      if (key != expectedFirst)
        report.problems.push_back({"event_blocks", where,
                                   "event ids are not contiguous (the block should start at " +
                                       std::to_string(expectedFirst) + ")"});
      expectedFirst = key + count;
      report.events += count;
      if (!problem.empty()) continue;  // decoding a block whose bytes are known to be wrong tells nothing more
      block.firstId = block.blockId = key;
      block.count = static_cast<std::uint32_t>(count);
      try {
        decodeEventBlock(st.columnBlob(1), kAllEventColumns, block);
      } catch (const DatabaseError& e) {
        report.problems.push_back({"event_blocks", where, e.what()});
      }
    }
  }
}

}  // namespace reco

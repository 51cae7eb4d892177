// Checksums of event blocks and rollup blobs (issue 13, G): stored on write, verified on read with an error naming
// the table, the row and the reason, computed for existing projects by migration 9; `check`'s storage part.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <functional>

#include "core/base/Crc32c.h"
#include "core/storage/BlobChecksum.h"
#include "core/storage/EventStore.h"
#include "core/storage/Project.h"
#include "core/storage/ProjectCheck.h"
#include "core/storage/Schema.h"
#include "tests/common/TempDir.h"

namespace fs = std::filesystem;
using namespace reco;

namespace {

using reco_test::TempDir;
using reco_test::errorOf;
constexpr const char* kDirPrefix = "reco_checksum_";  // this file's scratch folders

void appendEvents(Database& db, int n) {
  db.exec("INSERT INTO users(ext_id) VALUES ('u1'); INSERT INTO items(ext_id) VALUES ('i1')");
  EventWriter writer(db);
  for (int i = 0; i < n; ++i) {
    EventRow e;
    e.user = 1;
    e.item = 1;
    e.type = i % 4;
    e.ts = 1'700'000'000 + i;
    writer.append(e);
  }
  writer.finish();
}

std::int64_t scanAll(Database& db) {
  std::int64_t n = 0;
  EventScanner scan(db, kAllEventColumns);
  while (scan.next()) n += scan.block().count;
  return n;
}

// Flips one bit of a stored blob without touching its checksum, as a bad disk sector would.
void flipBit(Database& db, const std::string& table, const std::string& key, std::int64_t row, std::size_t byte) {
  auto st = db.prepare("SELECT data FROM " + table + " WHERE " + key + " = ?");
  st.bind(1, row);
  ASSERT_TRUE(st.step());
  std::string blob(st.columnBlob(0));
  st = Statement();
  if (byte == std::string::npos) byte = blob.size() / 2;
  ASSERT_LT(byte, blob.size());
  blob[byte] = static_cast<char>(blob[byte] ^ 0x04);
  auto up = db.prepare("UPDATE " + table + " SET data = ? WHERE " + key + " = ?");
  up.bindBlob(1, blob.data(), blob.size()).bind(2, row).exec();
}

}  // namespace

TEST(BlobChecksum, EventBlocksCarryTheirCrc32c) {
  TempDir dir(kDirPrefix);
  Project p = Project::create(dir.file("a.reco"));
  appendEvents(p.db(), 1000);
  auto st = p.db().prepare("SELECT data, crc32c FROM event_blocks");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.columnInt(1), static_cast<std::int64_t>(crc32c(st.columnBlob(0))));
  st = Statement();
  EXPECT_EQ(scanAll(p.db()), 1000);
}

TEST(BlobChecksum, FlippedBitInAnEventBlockIsAnErrorNotAWrongEvent) {
  TempDir dir(kDirPrefix);
  Project p = Project::create(dir.file("a.reco"));
  appendEvents(p.db(), 1000);
  // A bit in the middle of the block's values: without a checksum this decodes as a different event.
  flipBit(p.db(), "event_blocks", "first_event", 1, std::string::npos);
  const std::string err = errorOf([&] { scanAll(p.db()); });
  EXPECT_NE(err.find("event_blocks block 1 is damaged: checksum mismatch (stored 0x"), std::string::npos) << err;
  EXPECT_NE(errorOf([&] { EventWriter w(p.db()); }).find("event_blocks block 1 is damaged"), std::string::npos);
  EXPECT_NE(errorOf([&] { p.db().queryInt("SELECT count(*) FROM events WHERE type = 1"); }).find("checksum mismatch"),
            std::string::npos);

  ProjectCheckReport report;
  checkProjectStorage(p.db(), report);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].check, "checksum");
  EXPECT_EQ(report.problems[0].where, "event_blocks block 1");
}

TEST(BlobChecksum, RollupBlobsAreCheckedThroughTheirViews) {
  TempDir dir(kDirPrefix);
  Project p = Project::create(dir.file("a.reco"));
  const std::string blob = "\x01\x02\x03\x04rollup";
  for (const char* table : {"rollup_item_days", "rollup_segment_item_days", "rollup_activity_chunks"}) {
    const std::string key = std::string(table) == "rollup_activity_chunks" ? "chunk" : "day";
    auto put = p.db().prepare(std::string("INSERT OR REPLACE INTO ") + table + "(" + key + ", entries, data) VALUES(?, 1, ?)");
    put.bind(1, 19000).bindBlob(2, blob.data(), blob.size()).exec();
    put.bind(1, 19000).bindBlob(2, blob.data(), blob.size()).exec();  // replaced, not duplicated
    EXPECT_EQ(p.db().queryInt(std::string("SELECT count(*) FROM ") + table), 1);
    EXPECT_EQ(p.db().queryInt(std::string("SELECT crc32c FROM ") + table + "_stored"),
              static_cast<std::int64_t>(crc32c(blob)));
    auto get = p.db().prepare(std::string("SELECT data FROM ") + table + " WHERE " + key + " = 19000");
    ASSERT_TRUE(get.step());
    EXPECT_EQ(get.columnBlob(0), blob);
    get = Statement();

    flipBit(p.db(), std::string(table) + "_stored", key, 19000, 2);
    const std::string err = errorOf([&] { p.db().queryInt(std::string("SELECT length(data) FROM ") + table); });
    EXPECT_NE(err.find(std::string(table) + " " + key + " 19000 is damaged: checksum mismatch"), std::string::npos)
        << err;
    ProjectCheckReport report;
    checkProjectStorage(p.db(), report);
    ASSERT_EQ(report.problems.size(), 1u) << table;
    EXPECT_EQ(report.problems[0].where, std::string(table) + " " + key + " 19000");
    p.db().exec(std::string("DELETE FROM ") + table);
    EXPECT_EQ(p.db().queryInt(std::string("SELECT count(*) FROM ") + table + "_stored"), 0);
  }
}

TEST(BlobChecksum, MigrationComputesChecksumsOfExistingBlocks) {
  TempDir dir(kDirPrefix);
  {
    // A schema-8 project, as the release before checksums wrote it, with events and a rollup blob.
    Database db(dir.file("old.reco"), Database::Mode::ReadWriteCreate);
    for (int v = 0; v < 8; ++v) {
      db.exec(schemaMigrations()[static_cast<std::size_t>(v)].sql);
      runMigrationCode(db, v + 1);
    }
    db.exec("PRAGMA user_version=8; PRAGMA application_id=" + std::to_string(kProjectApplicationId));
    appendEvents(db, 70'000);  // two blocks
    db.exec("INSERT INTO rollup_item_days(day, entries, data) VALUES (19000, 1, x'0a0b0c')");
  }
  Project p = Project::open(dir.file("old.reco"));
  EXPECT_EQ(p.schemaVersion(), currentSchemaVersion());
  EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM event_blocks WHERE crc32c = reco_crc32c(data)"), 2);
  EXPECT_EQ(scanAll(p.db()), 70'000);
  EXPECT_EQ(p.db().queryInt("SELECT length(data) FROM rollup_item_days WHERE day = 19000"), 3);
  ProjectCheckReport report;
  checkProjectStorage(p.db(), report);
  EXPECT_TRUE(report.clean()) << report.problems[0].where << ": " << report.problems[0].reason;
  EXPECT_EQ(report.eventBlocks, 2);
  EXPECT_EQ(report.events, 70'000);
  EXPECT_EQ(report.rollupBlobs, 1);
}

TEST(BlobChecksum, CheckFindsGapsAndUndecodableBlocks) {
  TempDir dir(kDirPrefix);
  Project p = Project::create(dir.file("a.reco"));
  appendEvents(p.db(), 100);
  // A block whose bytes match its checksum but do not decode (written wrong), and a gap in the event ids.
  p.db().exec("INSERT INTO event_blocks(first_event, count, min_ts, max_ts, data, crc32c)"
              " VALUES (500, 3, 0, 0, x'52454231', reco_crc32c(x'52454231'))");
  ProjectCheckReport report;
  checkProjectStorage(p.db(), report);
  ASSERT_EQ(report.problems.size(), 2u);
  EXPECT_NE(report.problems[0].reason.find("not contiguous (the block should start at 101)"), std::string::npos);
  EXPECT_EQ(report.problems[1].where, "event_blocks block 500");
  EXPECT_NE(report.problems[1].reason.find("event block 500 is damaged"), std::string::npos)
      << report.problems[1].reason;
}

// recoengine-cli check: clean projects pass (exit 0), damaged ones are named with the reason (exit 1), usage errors
// exit 2, and the project is never modified by checking it (issue 13).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CliRun.h"
#include "core/storage/Database.h"

namespace {

using nlohmann::json;
using reco::test::ProcessResult;
using reco::test::TempFolder;
namespace fs = std::filesystem;

class CliCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    ProcessResult demo = cli({"demo", "p.reco", "--users", "120", "--items", "40", "--days", "8"});
    ASSERT_EQ(demo.exitCode, 0) << demo.err;
  }
  ProcessResult cli(const std::vector<std::string>& args) {
    return reco::test::runProcess(RECO_CLI_PROGRAM, args, dir_.path());
  }
  std::string bytes(const std::string& name) {
    std::ifstream in(dir_.file(name), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  // Every file of the folder with a hash of its bytes (printable when a test fails).
  std::map<std::string, std::size_t> snapshot() {
    std::map<std::string, std::size_t> files;
    for (const auto& e : fs::directory_iterator(dir_.path()))
      files[e.path().filename().string()] = std::hash<std::string>{}(bytes(e.path().filename().string()));
    return files;
  }
  TempFolder dir_;
};

TEST_F(CliCheck, CleanProjectPassesAndIsNotModified) {
  const auto before = snapshot();
  ProcessResult r = cli({"check", "p.reco"});
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("p.reco: ok"), std::string::npos) << r.out;
  EXPECT_EQ(snapshot(), before);

  ProcessResult j = cli({"check", "p.reco", "--json"});
  ASSERT_EQ(j.exitCode, 0) << j.err;
  const json report = json::parse(j.out);
  EXPECT_TRUE(report["clean"].get<bool>());
  EXPECT_TRUE(report["problems"].empty());
  EXPECT_GE(report["event_blocks"].get<int>(), 1);
  EXPECT_GT(report["events"].get<long long>(), 1000);
  EXPECT_GT(report["rollup_blobs"].get<int>(), 0);
  EXPECT_GT(report["rollup_rows_compared"].get<long long>(), 0);
  EXPECT_EQ(snapshot(), before);
}

TEST_F(CliCheck, FlippedBitInAnEventBlockIsNamed) {
  // Flip one bit inside the first event block's bytes in the file, as a bad disk would: find the block's first 64
  // bytes (magic, count, column lengths and values) in the file and flip a bit of a value after them.
  std::string head;
  {
    reco::Database db(dir_.file("p.reco"), reco::Database::Mode::ReadOnly);
    auto st = db.prepare("SELECT data FROM event_blocks WHERE first_event = 1");
    ASSERT_TRUE(st.step());
    head = std::string(st.columnBlob(0).substr(0, 64));
  }
  // The read-only connection above left an empty -wal and a -shm (SQLite's way); nothing is connected any more.
  fs::remove(dir_.file("p.reco-wal"));
  fs::remove(dir_.file("p.reco-shm"));
  std::string file = bytes("p.reco");
  const auto at = file.find(head);
  ASSERT_NE(at, std::string::npos);
  ASSERT_EQ(file.find(head, at + 1), std::string::npos) << "the block's bytes appear twice in the file";
  file[at + 70] = static_cast<char>(file[at + 70] ^ 0x10);
  { std::ofstream(dir_.file("p.reco"), std::ios::binary | std::ios::trunc) << file; }
  const auto before = snapshot();

  ProcessResult r = cli({"check", "p.reco"});
  EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("event_blocks block 1: checksum mismatch"), std::string::npos) << r.out;
  ProcessResult j = cli({"check", "p.reco", "--json"});
  EXPECT_EQ(j.exitCode, 1);
  const json report = json::parse(j.out);
  EXPECT_FALSE(report["clean"].get<bool>());
  ASSERT_FALSE(report["problems"].empty());
  EXPECT_EQ(report["problems"][0]["check"], "checksum");
  EXPECT_EQ(report["problems"][0]["where"], "event_blocks block 1");
  EXPECT_EQ(snapshot(), before);

  // Reading the events is refused with the same reason instead of showing an event of a made-up type.
  ProcessResult stats = cli({"stats", "p.reco"});
  EXPECT_EQ(stats.exitCode, 1);
  EXPECT_NE(stats.err.find("event_blocks block 1 is damaged: checksum mismatch"), std::string::npos) << stats.err;
}

TEST_F(CliCheck, RollupThatDisagreesWithTheEventsIsNamed) {
  {
    reco::Database db(dir_.file("p.reco"), reco::Database::Mode::ReadWrite);
    db.exec("UPDATE rollup_fact SET clicks = clicks + 1 WHERE (segment_value_id, day, placement_id, variant_id,"
            " category_id, position) = (SELECT segment_value_id, day, placement_id, variant_id, category_id, position"
            " FROM rollup_fact LIMIT 1)");
  }
  ProcessResult r = cli({"check", "p.reco"});
  EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("DAMAGED rollups rollup_fact: 1 entries differ from a recount"), std::string::npos) << r.out;
}

// The column-blob rollups are compared one day (one chunk of users) at a time: a day missing from the stored table,
// and a day whose blob (with a valid checksum) holds another day's entries, are still counted entry by entry.
TEST_F(CliCheck, RollupDaysThatDisagreeWithTheEventsAreCountedEntryByEntry) {
  long long missing = 0;
  {
    reco::Database db(dir_.file("p.reco"), reco::Database::Mode::ReadWrite);
    missing = db.queryInt("SELECT entries FROM rollup_item_days ORDER BY day LIMIT 1");
    db.exec("DELETE FROM rollup_item_days WHERE day = (SELECT min(day) FROM rollup_item_days)");
    ASSERT_GE(db.queryInt("SELECT count(*) FROM rollup_segment_item_days"), 2);
    db.exec("UPDATE rollup_segment_item_days SET (entries, data) = (SELECT entries, data FROM rollup_segment_item_days"
            " ORDER BY day LIMIT 1) WHERE day = (SELECT max(day) FROM rollup_segment_item_days)");
  }
  ASSERT_GT(missing, 0);
  ProcessResult r = cli({"check", "p.reco"});
  EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("DAMAGED rollups rollup_item_days: 0 entries differ from a recount of the events, " +
                       std::to_string(missing) + " are missing, 0 should not exist"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("DAMAGED rollups rollup_segment_item_days: "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("DAMAGED checksum"), std::string::npos) << r.out;
}

TEST_F(CliCheck, FilesThatAreNotProjectsAndUsageErrors) {
  std::ofstream(dir_.file("empty.reco")).close();
  ProcessResult empty = cli({"check", "empty.reco"});
  EXPECT_EQ(empty.exitCode, 1);
  EXPECT_NE(empty.err.find("empty.reco"), std::string::npos) << empty.err;
  EXPECT_NE(empty.err.find("empty (0 bytes)"), std::string::npos) << empty.err;
  EXPECT_EQ(fs::file_size(dir_.file("empty.reco")), 0u);

  ProcessResult missing = cli({"check", "missing.reco"});
  EXPECT_EQ(missing.exitCode, 1);
  EXPECT_NE(missing.err.find("missing.reco"), std::string::npos);

  ProcessResult none = cli({"check"});
  EXPECT_EQ(none.exitCode, 2);
  EXPECT_NE(none.err.find("PROJECT"), std::string::npos) << none.err;
  ProcessResult extra = cli({"check", "p.reco", "q.reco"});
  EXPECT_EQ(extra.exitCode, 2);
  ProcessResult option = cli({"check", "p.reco", "--fast"});
  EXPECT_EQ(option.exitCode, 2);
}

}  // namespace

// The bounds of an import and its answers to hostile input (issue 13): timestamps outside 1970..2100, numbers out of
// range, NUL bytes in ids, duplicate header names, overlong text in messages, an import whose every row is rejected,
// a FIFO as input, and a second import while one is running.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/import/Importer.h"
#include "core/storage/DatasetSummary.h"
#include "core/storage/Project.h"

namespace {

namespace fs = std::filesystem;
using namespace reco;

class ImportLimits : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("reco_import_limits_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string projectPath() const { return (dir_ / "p.reco").string(); }
  std::string temp(const std::string& name, const std::string& content) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  static std::int64_t count(Project& p, const std::string& sql) { return p.db().queryInt(sql); }

  fs::path dir_;
};

std::string reasonAt(const ImportResult& r, std::int64_t line) {
  for (const auto& x : r.rejects)
    if (x.line == line) return x.reason;
  return "<not rejected>";
}

TEST_F(ImportLimits, TimestampsOutsideTheDocumentedRangeAreRejectedPerRow) {
  const std::string path = temp("t.csv",
                                "user,item,timestamp\n"
                                "u1,i1,100000000000000000\n"    // 1e17 ms: the year 5138
                                "u2,i2,9300000000000000000\n"   // 9.3e18: beyond int64
                                "u3,i3,-1\n"                    // 1969-12-31T23:59:59Z
                                "u4,i4,-9223372036854775808\n"  // the lowest int64 (its ms conversion must not overflow)
                                "u5,i5,4102444800\n"            // 2100-01-01T00:00:00Z, the first second outside
                                "u6,i6,2100-01-01T00:00:00Z\n"
                                "u7,i7,1e17\n"
                                "u8,i8,0\n"            // 1970-01-01T00:00:00Z: the first second inside
                                "u9,i9,4102444799\n"   // 2099-12-31T23:59:59Z: the last
                                "u10,i10,2099-12-31T23:59:59Z\n");
  Project p = Project::create(projectPath());
  const ImportResult r = importFiles(p, {path}, {});
  ASSERT_TRUE(r.committed) << r.error;
  EXPECT_EQ(r.rowsImported, 3u);
  EXPECT_EQ(r.rowsRejected, 7u);
  for (std::int64_t line = 2; line <= 8; ++line) {
    const std::string reason = reasonAt(r, line);
    EXPECT_NE(reason.find("out of range"), std::string::npos) << line << ": " << reason;
    EXPECT_NE(reason.find("1970-01-01"), std::string::npos) << line << ": " << reason;
    EXPECT_NE(reason.find("2100-01-01"), std::string::npos) << line << ": " << reason;
    EXPECT_NE(reason.find("'timestamp'"), std::string::npos) << line << ": " << reason;
  }
  for (const auto& x : r.rejects) EXPECT_EQ(x.file, path);
  const DatasetSummary s = summarizeDataset(p);
  ASSERT_TRUE(s.firstTimestamp && s.lastTimestamp);
  EXPECT_EQ(*s.firstTimestamp, 0);
  EXPECT_EQ(*s.lastTimestamp, 4102444799);
}

TEST_F(ImportLimits, NumbersOutOfRangeGetAClearReason) {
  const std::string path = temp("n.csv",
                                "user,item,timestamp,price,position\n"
                                "u1,i1,1700000000,1e400,1\n"
                                "u2,i2,1700000000,3,99999999999999999999\n"
                                "u3,i3,1700000000,-1e400,1\n"
                                "u4,i4,1700000000,3,abc\n"
                                "u5,i5,1700000000,3,2\n");
  Project p = Project::create(projectPath());
  const ImportResult r = importFiles(p, {path}, {});
  ASSERT_TRUE(r.committed) << r.error;
  EXPECT_EQ(r.rowsImported, 1u);
  EXPECT_EQ(reasonAt(r, 2), "number '1e400' in column 'price' is out of range");
  EXPECT_EQ(reasonAt(r, 3),
            "integer '99999999999999999999' in column 'position' is out of range (a 64-bit integer holds at most "
            "9223372036854775807)");
  EXPECT_EQ(reasonAt(r, 4), "number '-1e400' in column 'price' is out of range");
  EXPECT_EQ(reasonAt(r, 5), "unparsable number 'abc' in column 'position'");
}

TEST_F(ImportLimits, EveryRowRejectedCommitsNothing) {
  const std::string path = temp("bad.csv", "user,item,timestamp\nu1,i1,yesterday\nu2,i2,-5\n");
  Project p = Project::create(projectPath());
  const ImportResult r = importFiles(p, {path}, {});
  EXPECT_FALSE(r.committed);
  EXPECT_EQ(r.rowsRead, 2u);
  EXPECT_EQ(r.rowsRejected, 2u);
  EXPECT_NE(r.error.find("all 2 rows were rejected"), std::string::npos) << r.error;
  EXPECT_NE(r.error.find(path + ":2: unparsable timestamp 'yesterday'"), std::string::npos) << r.error;
  EXPECT_EQ(count(p, "SELECT count(*) FROM imports"), 0);
  EXPECT_EQ(count(p, "SELECT count(*) FROM users"), 0);
  // A file with a header and no rows is not a failure: nothing to reject.
  const ImportResult empty = importFiles(p, {temp("empty.csv", "user,item,timestamp\n")}, {});
  EXPECT_TRUE(empty.committed) << empty.error;
}

TEST_F(ImportLimits, OverlongTextIsEchoedTruncated) {
  const std::string longName(5'000'000, 'a');
  const std::string path = temp("h.csv", longName + ",item,timestamp\nu1,i1,1700000000\n");
  Project p = Project::create(projectPath());
  try {
    importFiles(p, {path}, {});
    FAIL() << "a file without a user column imported";
  } catch (const std::runtime_error& e) {
    const std::string what = e.what();
    EXPECT_LT(what.size(), 1000u) << what.substr(0, 300);
    EXPECT_NE(what.find("\xE2\x80\xA6' (5000000 bytes), 'item', 'timestamp'"), std::string::npos)
        << what.substr(0, 300);
    EXPECT_NE(what.find("no column for field 'user'"), std::string::npos) << what.substr(0, 300);
  }
  // A long value in a reject reason is cut on a UTF-8 character boundary, so the reason stays valid UTF-8.
  std::string type = "x";
  for (int i = 0; i < 100; ++i) type += "\xC3\xA9";  // 'x' and 100 x U+00E9: 201 bytes; byte 60 is inside one
  const ImportResult r = importFiles(
      p, {temp("t.csv", "user,item,type,timestamp\nu1,i1," + type + ",1700000000\nu2,i2,view,1700000000\n")}, {});
  ASSERT_TRUE(r.committed) << r.error;
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_EQ(r.rejects[0].reason, "unknown event type '" + type.substr(0, 59) + "\xE2\x80\xA6' (201 bytes)");
}

TEST_F(ImportLimits, NulBytesInIdsAreRejectedPerRow) {
  const std::string nul(1, '\0');
  const std::string path = temp("z.csv", "user,item,timestamp,placement\n"
                                         "u1" + nul + "x,i1,1700000000,home\n"
                                         "u2,i" + nul + ",1700000000,home\n"
                                         "u3,i3,1700000000,ho" + nul + "me\n"
                                         "u4,i4,1700000000,home\n");
  Project p = Project::create(projectPath());
  const ImportResult r = importFiles(p, {path}, {});
  ASSERT_TRUE(r.committed) << r.error;
  EXPECT_EQ(r.rowsImported, 1u);
  EXPECT_EQ(reasonAt(r, 2), "NUL byte in field 'user'");
  EXPECT_EQ(reasonAt(r, 3), "NUL byte in field 'item'");
  EXPECT_EQ(reasonAt(r, 4), "NUL byte in field 'placement'");
  EXPECT_EQ(count(p, "SELECT count(*) FROM users WHERE instr(ext_id, char(0)) > 0"), 0);
}

TEST_F(ImportLimits, DuplicateHeaderNamesAreAnErrorNamingBothColumns) {
  const std::string path = temp("d.csv", "user,item,timestamp,item\nu1,i1,1700000000,i2\n");
  Project p = Project::create(projectPath());
  try {
    importFiles(p, {path}, {});
    FAIL() << "a header with a duplicate name imported";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), path + ":1: the header names 'item' twice (columns 2 and 4)");
  }
  EXPECT_EQ(count(p, "SELECT count(*) FROM imports"), 0);
}

TEST_F(ImportLimits, ASecondImportFailsAtOnceWhileOneIsRunning) {
  const std::string path = temp("e.csv", "user,item,timestamp\nu1,i1,1700000000\n");
  Project first = Project::create(projectPath());
  bool tried = false;
  std::string secondError;
  double secondSeconds = -1;
  // The first import's progress callback runs inside its transaction: start the second one from there.
  const ImportResult r = importFiles(first, {path}, {}, [&](const ImportProgress&) {
    if (tried) return;
    tried = true;
    Project second = Project::open(projectPath());
    const auto start = std::chrono::steady_clock::now();
    try {
      importFiles(second, {path}, {});
    } catch (const std::runtime_error& e) {
      secondError = e.what();
    }
    secondSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  });
  ASSERT_TRUE(tried);
  EXPECT_TRUE(r.committed) << r.error;
  EXPECT_NE(secondError.find("another import is running on project '" + projectPath() + "'"), std::string::npos)
      << secondError;
  EXPECT_NE(secondError.find("(process " + std::to_string(::getpid()) + ")"), std::string::npos) << secondError;
  EXPECT_LT(secondSeconds, 1.0);
  EXPECT_FALSE(fs::exists(projectPath() + ".import-lock")) << "the lock file goes with the import";
  // Afterwards the project takes imports again.
  EXPECT_TRUE(importFiles(first, {path}, {}).committed);
}

TEST_F(ImportLimits, AFifoIsReadOnceByDetectionHeaderCheckAndRows) {
  const std::string fifo = (dir_ / "events.csv").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // More than the reader's 4 MB block and the kept 16 MB prefix, so the rows stream past what is kept.
  std::string content = "user_id,item_id,event_type,timestamp\n";
  const int rows = 600'000;
  for (int i = 0; i < rows; ++i)
    content += "user" + std::to_string(i % 977) + ",item" + std::to_string(i % 1511) + ",view," +
               std::to_string(1700000000 + i) + "\n";
  ASSERT_GT(content.size(), std::size_t{17} << 20);
  const pid_t writer = ::fork();
  ASSERT_GE(writer, 0);
  if (writer == 0) {
    const int fd = ::open(fifo.c_str(), O_WRONLY);
    std::size_t done = 0;
    while (fd >= 0 && done < content.size()) {
      const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    ::_exit(done == content.size() ? 0 : 1);
  }
  ::alarm(120);  // before the fix the reader reopened the FIFO after the writer had gone and waited forever
  Project p = Project::create(projectPath());
  const ImportResult r = importFiles(p, {fifo}, {});
  ::alarm(0);
  int status = 0;
  ::waitpid(writer, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ASSERT_TRUE(r.committed) << r.error;
  EXPECT_EQ(r.rowsRead, static_cast<std::uint64_t>(rows));
  EXPECT_EQ(r.rowsImported, static_cast<std::uint64_t>(rows));
  EXPECT_EQ(r.rowsRejected, 0u);
  EXPECT_EQ(count(p, "SELECT count(*) FROM users"), 977);
}

}  // namespace

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

}  // namespace

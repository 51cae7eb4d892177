// Files on disk: whole-file reads, atomic replacement, and a project file's SQLite siblings.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "core/base/Files.h"

namespace fs = std::filesystem;

namespace {

class FilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("reco_files_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  void touch(const std::string& p, const std::string& text = "x") const { std::ofstream(p, std::ios::binary) << text; }
  fs::path dir_;
};

TEST_F(FilesTest, WritesAtomicallyAndReadsBack) {
  const std::string p = path("rules.json");
  reco::writeTextFileAtomically(p, "first");
  reco::writeTextFileAtomically(p, "second\nline");
  EXPECT_EQ(reco::readTextFile(p), "second\nline");
  EXPECT_FALSE(fs::exists(p + ".tmp"));
  EXPECT_THROW(reco::readTextFile(path("missing.json")), std::runtime_error);
  EXPECT_THROW(reco::writeTextFileAtomically(path("no/such/folder/x.json"), "x"), std::runtime_error);
}

TEST_F(FilesTest, RemovesAProjectWithItsSiblings) {
  const std::string p = path("p.reco");
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) touch(p + suffix);
  touch(path("p.reco.bak"));
  EXPECT_FALSE(reco::removeProjectFiles(p));
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) EXPECT_FALSE(fs::exists(p + suffix)) << suffix;
  EXPECT_TRUE(fs::exists(path("p.reco.bak")));       // not a sibling
  EXPECT_FALSE(reco::removeProjectFiles(p));          // nothing there: fine
}

TEST_F(FilesTest, ReplacesAProjectAndDropsTheOldSiblings) {
  const std::string target = path("demo.reco"), part = path("demo.reco.part");
  touch(target, "old");
  touch(target + "-wal", "stale");
  touch(part, "new");
  reco::replaceProjectFile(part, target);
  EXPECT_EQ(reco::readTextFile(target), "new");
  EXPECT_FALSE(fs::exists(target + "-wal"));
  EXPECT_FALSE(fs::exists(part));
}

}  // namespace

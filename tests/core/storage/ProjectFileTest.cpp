// Opening files that are not (usable) projects, and projects in read-only places: refused or opened read-only with a
// clear reason, and the file and its folder left byte-identical (issue 13, F and G).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "core/storage/DatasetSummary.h"
#include "core/storage/Project.h"
#include "core/storage/Schema.h"
#include "tests/common/TempDir.h"

namespace fs = std::filesystem;
using namespace reco;

namespace {

using reco_test::TempDir;
using reco_test::errorOf;
constexpr const char* kDirPrefix = "reco_projectfile_";  // this file's scratch folders

// Every file of a folder with a hash of its bytes: equal snapshots mean nothing was written, created or deleted there.
std::map<std::string, std::size_t> snapshot(const fs::path& folder) {
  std::map<std::string, std::size_t> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    files[entry.path().filename().string()] = std::hash<std::string>{}(bytes.str());
  }
  return files;
}

void expectRefusedUntouched(const TempDir& dir, const std::string& name, const std::string& reason) {
  const auto before = snapshot(dir.path);
  for (bool readOnly : {false, true}) {
    const std::string err = errorOf([&] {
      if (readOnly) Project::openReadOnly(dir.file(name));
      else Project::open(dir.file(name));
    });
    EXPECT_NE(err.find(dir.file(name)), std::string::npos) << err;
    EXPECT_NE(err.find(reason), std::string::npos) << err;
  }
  EXPECT_EQ(snapshot(dir.path), before) << name << " or its folder changed";
}

// Runs `body` as an unprivileged user when the test runs as root (root ignores folder permissions), in a child.
void asUnprivileged(const TempDir& dir, const std::function<void()>& body) {
  if (::geteuid() == 0) {
    for (const auto& entry : fs::recursive_directory_iterator(dir.path))
      ASSERT_EQ(::chown(entry.path().c_str(), 65534, 65534), 0);
    ASSERT_EQ(::chown(dir.path.c_str(), 65534, 65534), 0);
  }
  ::chmod(dir.path.c_str(), 0555);
  EXPECT_EXIT(
      {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) std::_Exit(3);
        try {
          body();
        } catch (const std::exception& e) {
          std::fprintf(stderr, "%s\n", e.what());
          std::_Exit(1);
        }
        std::_Exit(0);
      },
      ::testing::ExitedWithCode(0), "");
}

void makeProjectWithUsers(const std::string& path, int users) {
  Project p = Project::create(path);
  for (int u = 0; u < users; ++u) p.db().exec("INSERT INTO users(ext_id) VALUES ('u" + std::to_string(u) + "')");
}

}  // namespace

TEST(ProjectFile, EmptyFileIsRefusedNotTurnedIntoAProject) {
  TempDir dir(kDirPrefix);
  { std::ofstream(dir.file("empty.reco")); }
  expectRefusedUntouched(dir, "empty.reco", "empty (0 bytes)");
}

TEST(ProjectFile, NonSqliteFileIsRefusedUntouched) {
  TempDir dir(kDirPrefix);
  { std::ofstream(dir.file("text.reco")) << "user,item\n1,2\n"; }
  expectRefusedUntouched(dir, "text.reco", "not an SQLite file");
}

TEST(ProjectFile, ForeignSqliteDatabaseIsRefusedWithoutWalFiles) {
  TempDir dir(kDirPrefix);
  {
    Database other(dir.file("other.db"), Database::Mode::ReadWriteCreate);
    other.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
  }
  expectRefusedUntouched(dir, "other.db", "another application");
  EXPECT_FALSE(fs::exists(dir.file("other.db-wal")));
  EXPECT_FALSE(fs::exists(dir.file("other.db-shm")));
}

TEST(ProjectFile, EmptySqliteDatabaseIsRefused) {
  TempDir dir(kDirPrefix);
  {
    Database other(dir.file("blank.db"), Database::Mode::ReadWriteCreate);
    other.exec("PRAGMA user_version=0; VACUUM");
  }
  expectRefusedUntouched(dir, "blank.db", "another application");
}

TEST(ProjectFile, NewerSchemaIsRefusedUntouched) {
  TempDir dir(kDirPrefix);
  makeProjectWithUsers(dir.file("new.reco"), 1);
  {
    Database db(dir.file("new.reco"), Database::Mode::ReadWrite);
    db.exec("PRAGMA user_version=" + std::to_string(currentSchemaVersion() + 3));
  }
  expectRefusedUntouched(dir, "new.reco", "newer RecoEngine");
}

TEST(ProjectFile, TruncatedProjectIsRefusedUntouched) {
  TempDir dir(kDirPrefix);
  makeProjectWithUsers(dir.file("cut.reco"), 50);
  fs::resize_file(dir.file("cut.reco"), fs::file_size(dir.file("cut.reco")) / 2);
  expectRefusedUntouched(dir, "cut.reco", "truncated");
}

TEST(ProjectFile, ReadOnlyOpenLeavesTheFolderAsItWas) {
  TempDir dir(kDirPrefix);
  makeProjectWithUsers(dir.file("a.reco"), 3);
  const auto before = snapshot(dir.path);
  {
    Project p = Project::openReadOnly(dir.file("a.reco"));
    EXPECT_TRUE(p.db().readOnly());
    EXPECT_EQ(summarizeDataset(p).users, 3);
    EXPECT_THROW(p.db().exec("INSERT INTO users(ext_id) VALUES ('x')"), DatabaseError);
  }
  EXPECT_EQ(snapshot(dir.path), before) << "no -wal or -shm left beside the project";
}

TEST(ProjectFile, ProjectInReadOnlyFolderOpensReadOnly) {
  TempDir dir(kDirPrefix);
  makeProjectWithUsers(dir.file("a.reco"), 3);
  ASSERT_FALSE(fs::exists(dir.file("a.reco-wal")));
  asUnprivileged(dir, [&] {
    const auto before = snapshot(dir.path);
    {
      Project p = Project::open(dir.file("a.reco"));
      if (!p.db().readOnly()) throw std::runtime_error("opened read-write");
      if (summarizeDataset(p).users != 3) throw std::runtime_error("wrong user count");
    }
    if (snapshot(dir.path) != before) throw std::runtime_error("the read-only folder changed");
  });
}

TEST(ProjectFile, ReadOnlyFolderWithLiveWalReadsTheLog) {
  TempDir dir(kDirPrefix), copy(kDirPrefix, "_copy");
  {
    // Copy the file with its -wal and -shm while a connection holds committed changes only in the log.
    makeProjectWithUsers(dir.file("a.reco"), 2);
    Project p = Project::open(dir.file("a.reco"));
    p.db().exec("PRAGMA wal_autocheckpoint=0; INSERT INTO users(ext_id) VALUES ('only-in-wal')");
    for (const char* suffix : {"", "-wal", "-shm"})
      fs::copy_file(dir.file("a.reco") + suffix, copy.file("a.reco") + suffix);
  }
  ASSERT_GT(fs::file_size(copy.file("a.reco-wal")), 0u);
  asUnprivileged(copy, [&] {
    Project p = Project::open(copy.file("a.reco"));
    if (!p.db().readOnly()) throw std::runtime_error("opened read-write");
    if (p.db().queryInt("SELECT count(*) FROM users WHERE ext_id = 'only-in-wal'") != 1)
      throw std::runtime_error("the change in the -wal is missing");
  });
}

TEST(ProjectFile, ReadOnlyFolderWithWalButNoShmIsAClearError) {
  TempDir dir(kDirPrefix), copy(kDirPrefix, "_copy");
  {
    makeProjectWithUsers(dir.file("a.reco"), 2);
    Project p = Project::open(dir.file("a.reco"));
    p.db().exec("PRAGMA wal_autocheckpoint=0; INSERT INTO users(ext_id) VALUES ('only-in-wal')");
    for (const char* suffix : {"", "-wal"}) fs::copy_file(dir.file("a.reco") + suffix, copy.file("a.reco") + suffix);
  }
  asUnprivileged(copy, [&] {
    const std::string err = errorOf([&] { Project::open(copy.file("a.reco")); });
    if (err.find("write-ahead log") == std::string::npos || err.find(copy.file("a.reco")) == std::string::npos)
      throw std::runtime_error("unexpected error: '" + err + "'");
  });
}

// Durable writes and owner-only files (issue 13, G): an import never runs with synchronous=OFF and commits with
// synchronous=FULL; project files and exported files are created 0600.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <cctype>
#include <string>
#include <vector>

#include "core/base/Files.h"
#include "core/import/Importer.h"
#include "core/storage/Project.h"
#include "tests/common/TempDir.h"

namespace fs = std::filesystem;
using namespace reco;

namespace {

using reco_test::TempDir;
constexpr const char* kDirPrefix = "reco_durability_";  // this file's scratch folders

int traceStatement(unsigned, void* context, void*, void* sql) {
  static_cast<std::vector<std::string>*>(context)->push_back(static_cast<const char*>(sql));
  return 0;
}

unsigned modeOf(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return st.st_mode & 07777;
}

}  // namespace

TEST(Durability, ImportNeverTurnsSyncsOffAndCommitsWithFull) {
  TempDir dir(kDirPrefix);
  Project p = Project::create(dir.file("a.reco"));
  std::vector<std::string> statements;
  sqlite3_trace_v2(p.db().handle(), SQLITE_TRACE_STMT, traceStatement, &statements);
  const ImportResult r =
      importFiles(p, {std::string(RECO_TEST_DATA_DIR) + "/import/events_mixed.csv"}, {});
  sqlite3_trace_v2(p.db().handle(), 0, nullptr, nullptr);
  ASSERT_TRUE(r.committed) << r.error;

  // Replay the synchronous settings in order; at COMMIT the last one must be FULL, and none may be OFF.
  // No std::regex: GCC 12 gives a false -Wmaybe-uninitialized in <regex> under the sanitizer flags.
  std::string level = "NORMAL";  // Project::configure's
  bool committed = false;
  for (const std::string& sql : statements) {
    std::string lower = sql;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (const auto at = lower.find("synchronous"); at != std::string::npos) {
      std::size_t i = at + 11;
      while (i < lower.size() && std::isspace(static_cast<unsigned char>(lower[i]))) ++i;
      if (i < lower.size() && lower[i] == '=') {
        ++i;
        while (i < lower.size() && std::isspace(static_cast<unsigned char>(lower[i]))) ++i;
        std::size_t end = i;
        while (end < lower.size() && std::isalnum(static_cast<unsigned char>(lower[end]))) ++end;
        level = sql.substr(i, end - i);
        for (char& c : level) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        EXPECT_TRUE(level != "OFF" && level != "0") << "import ran: " << sql;
      }
    }
    if (sql == "COMMIT") {
      committed = true;
      EXPECT_TRUE(level == "FULL" || level == "2" || level == "EXTRA" || level == "3")
          << "the import committed with synchronous=" << level;
    }
  }
  EXPECT_TRUE(committed);
  EXPECT_EQ(p.db().queryInt("PRAGMA synchronous"), 1) << "NORMAL again after the import";
}

TEST(Durability, ProjectFilesAreOwnerOnly) {
  TempDir dir(kDirPrefix);
  const mode_t old = ::umask(022);
  {
    Project p = Project::create(dir.file("a.reco"));
    p.db().exec("PRAGMA wal_autocheckpoint=0; INSERT INTO users(ext_id) VALUES ('u')");
    EXPECT_EQ(modeOf(dir.file("a.reco")), 0600u);
    EXPECT_EQ(modeOf(dir.file("a.reco-wal")), 0600u);
    EXPECT_EQ(modeOf(dir.file("a.reco-shm")), 0600u);
  }
  { Project p = Project::create(dir.file("a.reco"), true); }
  EXPECT_EQ(modeOf(dir.file("a.reco")), 0600u) << "a replaced project";
  ::umask(old);
}

TEST(Durability, ExportedFilesAreOwnerOnly) {
  TempDir dir(kDirPrefix);
  const mode_t old = ::umask(022);
  writeTextFileAtomically(dir.file("rules.json"), "{}\n");
  EXPECT_EQ(modeOf(dir.file("rules.json")), 0600u);
  writeTextFileAtomically(dir.file("rules.json"), "{\"a\": 1}\n");
  EXPECT_EQ(modeOf(dir.file("rules.json")), 0600u) << "a replaced export";
  EXPECT_EQ(readTextFile(dir.file("rules.json")), "{\"a\": 1}\n");
  ::umask(old);
}

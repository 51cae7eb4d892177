// Project files: creation, reopening, schema versioning and the errors users see for wrong files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "core/storage/DatasetSummary.h"
#include "core/storage/EventType.h"
#include "core/storage/Project.h"
#include "core/storage/Schema.h"
#include "tests/common/TempDir.h"

namespace fs = std::filesystem;
using namespace reco;

namespace {
using reco_test::TempDir;
using reco_test::errorOf;
constexpr const char* kDirPrefix = "reco_storage_";  // this file's scratch folders

}  // namespace

TEST(Project, CreateSetsSchemaWalAndForeignKeys) {
  TempDir dir(kDirPrefix);
  Project p = Project::create(dir.file("a.reco"));
  EXPECT_EQ(p.schemaVersion(), currentSchemaVersion());
  EXPECT_EQ(p.db().queryInt("PRAGMA application_id"), kProjectApplicationId);
  EXPECT_EQ(p.db().queryInt("PRAGMA foreign_keys"), 1);
  auto st = p.db().prepare("PRAGMA journal_mode");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.columnText(0), "wal");
  EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM event_types"), kEventTypeCount);
}

TEST(Project, CreateRefusesExistingFileUnlessOverwrite) {
  TempDir dir(kDirPrefix);
  { Project::create(dir.file("a.reco")); }
  EXPECT_NE(errorOf([&] { Project::create(dir.file("a.reco")); }).find("already exists"), std::string::npos);
  Project p = Project::create(dir.file("a.reco"), true);
  EXPECT_EQ(p.schemaVersion(), currentSchemaVersion());
}

TEST(Project, ReopenKeepsDataAndMeta) {
  TempDir dir(kDirPrefix);
  {
    Project p = Project::create(dir.file("a.reco"));
    p.db().exec("INSERT INTO users(ext_id, country) VALUES ('u1', 'DE')");
    p.setMeta("dataset", "unit");
  }
  Project p = Project::open(dir.file("a.reco"));
  EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM users"), 1);
  EXPECT_EQ(p.meta("dataset"), "unit");
  EXPECT_EQ(p.meta("missing", "fallback"), "fallback");
}

TEST(Project, ForeignKeysAreEnforced) {
  TempDir dir(kDirPrefix);
  Project p = Project::create(dir.file("a.reco"));
  EXPECT_THROW(p.db().exec("INSERT INTO events(user_id, item_id, type, ts) VALUES (7, 8, 0, 0)"), DatabaseError);
}

TEST(Project, ClearErrorsForWrongFiles) {
  TempDir dir(kDirPrefix);
  EXPECT_NE(errorOf([&] { Project::open(dir.file("missing.reco")); }).find("does not exist"), std::string::npos);
  {
    std::ofstream(dir.file("text.reco")) << "user,item\n1,2\n";
  }
  EXPECT_NE(errorOf([&] { Project::open(dir.file("text.reco")); }).find("not an SQLite file"), std::string::npos);
  {
    Database other(dir.file("other.db"), Database::Mode::ReadWriteCreate);
    other.exec("CREATE TABLE t(x)");
  }
  EXPECT_NE(errorOf([&] { Project::open(dir.file("other.db")); }).find("not a RecoEngine project"), std::string::npos);
  EXPECT_NE(errorOf([&] { Project::open(dir.path.string()); }).find("folder"), std::string::npos);
}

TEST(Project, NewerSchemaIsRefusedAndFileUntouched) {
  TempDir dir(kDirPrefix);
  { Project::create(dir.file("a.reco")); }
  {
    Database db(dir.file("a.reco"), Database::Mode::ReadWrite);
    db.exec("PRAGMA user_version=" + std::to_string(currentSchemaVersion() + 5));
  }
  std::string err = errorOf([&] { Project::open(dir.file("a.reco")); });
  EXPECT_NE(err.find("newer RecoEngine"), std::string::npos) << err;
  Database db(dir.file("a.reco"), Database::Mode::ReadOnly);
  EXPECT_EQ(db.queryInt("PRAGMA user_version"), currentSchemaVersion() + 5);
}

TEST(Project, OlderSchemaIsMigratedForward) {
  TempDir dir(kDirPrefix);
  {
    // A version-1 project, as the first release wrote it.
    Database db(dir.file("old.reco"), Database::Mode::ReadWriteCreate);
    db.exec(schemaMigrations()[0].sql);
    db.exec("PRAGMA user_version=1; PRAGMA application_id=" + std::to_string(kProjectApplicationId));
    db.exec("INSERT INTO users(ext_id) VALUES ('kept')");
  }
  Project p = Project::open(dir.file("old.reco"));
  EXPECT_EQ(p.schemaVersion(), currentSchemaVersion());
  EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM users WHERE ext_id='kept'"), 1);
}

TEST(Project, TransactionRollsBackUnlessCommitted) {
  TempDir dir(kDirPrefix);
  Project p = Project::create(dir.file("a.reco"));
  {
    Transaction tx(p.db());
    p.db().exec("INSERT INTO users(ext_id) VALUES ('gone')");
  }
  EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM users"), 0);
  {
    Transaction tx(p.db());
    p.db().exec("INSERT INTO users(ext_id) VALUES ('kept')");
    tx.commit();
  }
  EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM users"), 1);
}

TEST(Project, FingerprintChangesWithData) {
  TempDir dir(kDirPrefix);
  Project p = Project::create(dir.file("a.reco"));
  std::string before = p.dataFingerprint();
  EXPECT_EQ(before, p.dataFingerprint());
  p.db().exec("INSERT INTO users(ext_id) VALUES ('u'); INSERT INTO items(ext_id) VALUES ('i');"
              "INSERT INTO events(user_id, item_id, type, ts) VALUES (1, 1, 1, 100)");
  EXPECT_NE(before, p.dataFingerprint());
}

TEST(Statement, BindsAndReadsEveryType) {
  TempDir dir(kDirPrefix);
  Database db(dir.file("x.db"), Database::Mode::ReadWriteCreate);
  db.exec("CREATE TABLE t(i INTEGER, d REAL, s TEXT, b BLOB, n)");
  auto ins = db.prepare("INSERT INTO t VALUES (?,?,?,?,?)");
  std::string blob("\0\1\2", 3);
  ins.bind(1, std::int64_t{1} << 40).bind(2, 2.5).bind(3, "héllo").bindBlob(4, blob.data(), blob.size()).bindNull(5).exec();
  auto q = db.prepare("SELECT i, d, s, b, n FROM t");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.columnInt(0), std::int64_t{1} << 40);
  EXPECT_DOUBLE_EQ(q.columnDouble(1), 2.5);
  EXPECT_EQ(q.columnText(2), "héllo");
  EXPECT_EQ(std::string(q.columnBlob(3)), blob);
  EXPECT_TRUE(q.isNull(4));
  EXPECT_FALSE(q.columnOptInt(4).has_value());
  EXPECT_FALSE(q.step());
  EXPECT_THROW(db.prepare("SELECT nonsense FROM nowhere"), DatabaseError);
}

TEST(EventTypes, ParseAliases) {
  EXPECT_EQ(parseEventType("Add-To-Cart"), EventType::AddToCart);
  EXPECT_EQ(parseEventType("buy"), EventType::Purchase);
  EXPECT_EQ(parseEventType("impression"), EventType::Impression);
  EXPECT_FALSE(parseEventType("teleport").has_value());
}


#include "core/storage/Project.h"

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/base/Files.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/Schema.h"

namespace reco {

namespace fs = std::filesystem;

Project::Project(std::unique_ptr<Database> db, std::string path) : db_(std::move(db)), path_(std::move(path)) {}

void Project::configure(Database& db, bool readOnly) {
  if (!readOnly) db.exec("PRAGMA journal_mode=WAL");
  db.exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536");
}

void Project::migrate(Database& db, const std::string& path) {
  const auto& migrations = schemaMigrations();
  int version = static_cast<int>(db.queryInt("PRAGMA user_version"));
  int appId = static_cast<int>(db.queryInt("PRAGMA application_id"));
  bool empty = db.queryInt("SELECT count(*) FROM sqlite_schema") == 0;
  if (!empty && appId != kProjectApplicationId)
    throw ProjectError("'" + path + "' is an SQLite database but not a RecoEngine project");
  if (version > static_cast<int>(migrations.size()))
    throw ProjectError("'" + path + "' was written by a newer RecoEngine (schema version " + std::to_string(version) +
                       "; this build reads up to " + std::to_string(migrations.size()) + ")");
  for (int v = version; v < static_cast<int>(migrations.size()); ++v) {
    Transaction tx(db);
    try {
      db.exec(migrations[static_cast<std::size_t>(v)].sql);
      runMigrationCode(db, v + 1);
    } catch (const DatabaseError& e) {
      throw ProjectError("'" + path + "': migration to schema version " + std::to_string(v + 1) + " (" +
                         std::string(migrations[static_cast<std::size_t>(v)].description) + ") failed: " + e.what());
    }
    db.exec("PRAGMA user_version=" + std::to_string(v + 1));
    db.exec("PRAGMA application_id=" + std::to_string(kProjectApplicationId));
    tx.commit();
  }
}

Project Project::openWriting(const std::string& path, Database::Mode mode) {
  auto db = std::make_unique<Database>(path, mode);
  configure(*db, false);
  migrate(*db, path);
  return Project(std::move(db), path);
}

Project Project::create(const std::string& path, bool overwrite) {
  std::error_code ec;
  if (fs::exists(path, ec)) {
    if (!overwrite) throw ProjectError("'" + path + "' already exists");
    if (const auto error = removeProjectFiles(path))
      throw ProjectError("cannot replace '" + path + "': " + error.message());
  }
  try {
    createOwnerOnlyFile(path);  // 0600: SQLite gives the -wal and -shm the same mode
  } catch (const std::runtime_error& e) {
    throw ProjectError(e.what());
  }
  try {
    return openWriting(path, Database::Mode::ReadWriteCreate);
  } catch (const DatabaseError& e) {
    removeProjectFiles(path);  // no empty or half-made file left behind
    throw ProjectError("cannot create project '" + path + "': " + e.what());
  }
}

Project Project::open(const std::string& path) {
  // Everything is checked from the file's bytes before SQLite may change it (WAL switch, -wal/-shm beside it).
  const ProjectFileState file = inspectProjectFile(path, currentSchemaVersion());
  if (!file.writable()) return openReadOnly(path);
  try {
    return openWriting(path, Database::Mode::ReadWrite);
  } catch (const DatabaseError& e) {
    throw ProjectError("cannot open project '" + path + "': " + e.what());
  }
}

Project Project::openReadOnly(const std::string& path) {
  const ProjectFileState file = inspectProjectFile(path, currentSchemaVersion());
  // SQLite cannot open a WAL database read-only where it cannot create -shm unless it is immutable, and an immutable
  // open does not read the -wal: committed data living only there would silently be missing.
  Database::Mode mode = Database::Mode::ReadOnly;
  // An SQLITE_OPEN_READONLY connection leaves -wal and -shm behind (only a writing connection may delete them); where
  // we may write, a read-write connection with query_only reads the same and, when it is the last one, removes them.
  const bool queryOnly = file.walMode && file.writable() && !file.liveWal;
  if (queryOnly) mode = Database::Mode::ReadWrite;
  if (file.walMode && !file.folderWritable) {
    if (!file.liveWal) mode = Database::Mode::ReadOnlyImmutable;
    else if (!file.shmPresent)
      throw ProjectError("cannot open project '" + path + "' read-only: its write-ahead log ('" + path +
                         "-wal') holds changes not yet in the file, and its folder is read-only; open it once where "
                         "the folder is writable");
  }
  try {
    auto db = std::make_unique<Database>(path, mode);
    if (queryOnly) db->exec("PRAGMA query_only=1");
    configure(*db, true);
    if (db->queryInt("PRAGMA application_id") != kProjectApplicationId)
      throw ProjectError("'" + path + "' is an SQLite database but not a RecoEngine project");
    if (db->queryInt("PRAGMA user_version") != currentSchemaVersion())
      throw ProjectError("'" + path + "' has schema version " + std::to_string(db->queryInt("PRAGMA user_version")) +
                         "; open it read-write once to migrate it");
    return Project(std::move(db), path);
  } catch (const DatabaseError& e) {
    throw ProjectError("cannot open project '" + path + "': " + e.what());
  }
}

int Project::schemaVersion() { return static_cast<int>(db_->queryInt("PRAGMA user_version")); }

std::string Project::meta(const std::string& key, const std::string& fallback) {
  auto st = db_->prepare("SELECT value FROM meta WHERE key=?");
  st.bind(1, key);
  return st.step() ? st.columnText(0) : fallback;
}

void Project::setMeta(const std::string& key, const std::string& value) {
  auto st = db_->prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
  st.bind(1, key).bind(2, value).exec();
}

std::string Project::dataFingerprint() {
  // Counts plus max ids and an aggregate over the event stream: cheap (indexes/rowids) yet changes with any import.
  auto st = db_->prepare(
      "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM items),"
      " (SELECT coalesce(sum(count),0) FROM event_blocks),"
      " (SELECT coalesce(max(first_event+count-1),0) FROM event_blocks), (SELECT coalesce(max(id),0) FROM users),"
      " (SELECT coalesce(max(id),0) FROM items), (SELECT count(*) FROM imports)");
  st.step();
  std::uint64_t h = 1469598103934665603ULL;
  for (int c = 0; c < 7; ++c) {
    std::uint64_t v = static_cast<std::uint64_t>(st.columnInt(c));
    for (int b = 0; b < 8; ++b) {
      h ^= (v >> (8 * b)) & 0xFF;
      h *= 1099511628211ULL;
    }
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string("u") + std::to_string(st.columnInt(0)) + "-i" + std::to_string(st.columnInt(1)) + "-e" +
         std::to_string(st.columnInt(2)) + "-" + buf;
}

}  // namespace reco

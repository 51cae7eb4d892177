#include "core/storage/Database.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "core/storage/BlobChecksum.h"
#include "core/storage/EventsVirtualTable.h"
#include "core/storage/ProjectFile.h"

namespace reco {

namespace {
// The operating system's error of the failed call: SQLite's copy of errno, else what the database file or its -wal
// recorded (the copy is taken when the error is reported, and calls made in between may have replaced errno).
int lastSystemError(sqlite3* db) {
  if (const int e = sqlite3_system_errno(db); e != 0) return e;
  int e = 0;
  if (sqlite3_file_control(db, "main", SQLITE_FCNTL_LAST_ERRNO, &e) == SQLITE_OK && e != 0) return e;
  sqlite3_file* journal = nullptr;
  if (sqlite3_file_control(db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &journal) == SQLITE_OK && journal &&
      journal->pMethods && journal->pMethods->xFileControl(journal, SQLITE_FCNTL_LAST_ERRNO, &e) == SQLITE_OK)
    return e;
  return 0;
}

// SQLite says only "disk I/O error" or "database or disk is full" when a write fails; add the file and the system's
// reason ("File too large" when a file size limit stops the write, "No space left on device", ...).
std::string withFileAndCause(sqlite3* db, std::string msg) {
  if (!db) return msg;
  const int primary = sqlite3_extended_errcode(db) & 0xff;
  if (primary != SQLITE_IOERR && primary != SQLITE_FULL) return msg;
  const char* file = sqlite3_db_filename(db, "main");
  const int cause = lastSystemError(db);
  if (file && *file) msg = std::string("'").append(file).append("': ").append(msg);  // appends: GCC 12 -Wrestrict
  if (cause != 0) {
    msg.append(": ").append(std::strerror(cause));
    if (cause == EFBIG || cause == ENOSPC || cause == EDQUOT)
      msg += " (the disk is full or a file size limit was reached)";
  } else if (primary == SQLITE_FULL) {
    msg += " (the disk is full or a file size limit was reached)";
  }
  return msg;
}

std::string describe(sqlite3* db, int rc, std::string_view context) {
  std::string msg = db ? withFileAndCause(db, sqlite3_errmsg(db)) : sqlite3_errstr(rc);
  if (!context.empty()) {
    msg += " (in: ";
    msg += context.substr(0, 200);
    msg += ")";
  }
  return msg;
}
}  // namespace

Statement::Statement(Database& db, std::string_view sql) : db_(db.handle()) {
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                              nullptr);
  if (rc != SQLITE_OK) throw DatabaseError(describe(db_, rc, sql));
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(std::exchange(other.db_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = std::exchange(other.db_, nullptr);
  }
  return *this;
}

void Statement::check(int rc) const {
  if (rc != SQLITE_OK) throw DatabaseError(describe(db_, rc, stmt_ ? sqlite3_sql(stmt_) : ""));
}

Statement& Statement::bind(int index, std::int64_t value) {
  check(sqlite3_bind_int64(stmt_, index, value));
  return *this;
}
Statement& Statement::bind(int index, double value) {
  check(sqlite3_bind_double(stmt_, index, value));
  return *this;
}
Statement& Statement::bind(int index, std::string_view text) {
  check(sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  return *this;
}
Statement& Statement::bindStatic(int index, std::string_view text) {
  check(sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8));
  return *this;
}
Statement& Statement::bindBlob(int index, const void* data, std::size_t size) {
  check(sqlite3_bind_blob64(stmt_, index, data, size, SQLITE_TRANSIENT));
  return *this;
}
Statement& Statement::bindNull(int index) {
  check(sqlite3_bind_null(stmt_, index));
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  std::string msg = describe(db_, rc, sqlite3_sql(stmt_));
  sqlite3_reset(stmt_);
  throw DatabaseError(msg);
}

void Statement::exec() {
  while (step()) {
  }
  sqlite3_reset(stmt_);
}

void Statement::reset() { sqlite3_reset(stmt_); }
void Statement::clearBindings() { sqlite3_clear_bindings(stmt_); }

bool Statement::isNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
std::int64_t Statement::columnInt(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::columnDouble(int col) const { return sqlite3_column_double(stmt_, col); }
std::string Statement::columnText(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)));
}
std::optional<std::string> Statement::columnOptText(int col) const {
  if (isNull(col)) return std::nullopt;
  return columnText(col);
}
std::optional<double> Statement::columnOptDouble(int col) const {
  if (isNull(col)) return std::nullopt;
  return columnDouble(col);
}
std::optional<std::int64_t> Statement::columnOptInt(int col) const {
  if (isNull(col)) return std::nullopt;
  return columnInt(col);
}
std::string_view Statement::columnBlob(int col) const {
  const void* p = sqlite3_column_blob(stmt_, col);
  if (!p) return {};
  return std::string_view(static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)));
}
int Statement::columnCount() const { return sqlite3_column_count(stmt_); }
std::string Statement::columnName(int col) const {
  const char* n = sqlite3_column_name(stmt_, col);
  return n ? n : "";
}

Database::Database(const std::string& path, Mode mode) : path_(path) {
  int flags = SQLITE_OPEN_NOMUTEX;
  switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadOnlyImmutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
  }
  const std::string name = mode == Mode::ReadOnlyImmutable ? sqliteFileUri(path, "immutable=1") : path;
  int rc = sqlite3_open_v2(name.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = describe(db_, rc, "");
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw DatabaseError("cannot open '" + path + "': " + msg);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, 5000);
  registerEventsVirtualTable(db_);
  registerBlobChecksumFunctions(db_);
}

Database::Database(sqlite3* borrowed) : db_(borrowed), owned_(false) {}

Database::~Database() { close(); }

void Database::close() {
  if (db_ && owned_) sqlite3_close_v2(db_);
  db_ = nullptr;
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)), owned_(other.owned_) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    close();
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
    owned_ = other.owned_;
  }
  return *this;
}

void Database::exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = withFileAndCause(db_, err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    throw DatabaseError(msg + " (in: " + s.substr(0, 200) + ")");
  }
}

std::int64_t Database::queryInt(std::string_view sql) {
  Statement st(*this, sql);
  return st.step() ? st.columnInt(0) : 0;
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
std::int64_t Database::changes() const { return sqlite3_changes64(db_); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

void Database::setSynchronous(Synchronous level) {
  exec(level == Synchronous::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
}

bool Database::readOnly() const {
  if (!db_) return false;
  if (sqlite3_db_readonly(db_, "main") == 1) return true;
  sqlite3_stmt* st = nullptr;
  bool queryOnly = false;
  if (sqlite3_prepare_v2(db_, "PRAGMA query_only", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    queryOnly = sqlite3_column_int(st, 0) != 0;
  sqlite3_finalize(st);
  return queryOnly;
}

Transaction::Transaction(Database& db, bool immediate) : db_(db) {
  db_.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
  open_ = true;
}

Transaction::~Transaction() {
  if (open_) {
    try {
      db_.exec("ROLLBACK");
    } catch (...) {
      // The connection may already have rolled back (e.g. after SQLITE_FULL); nothing more to do.
    }
  }
}

void Transaction::commit() {
  db_.exec("COMMIT");
  open_ = false;
}

void Transaction::rollback() {
  if (open_) db_.exec("ROLLBACK");
  open_ = false;
}

}  // namespace reco

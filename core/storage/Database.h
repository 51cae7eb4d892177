// Thin RAII layer over SQLite's C API: a connection, prepared statements and transactions.
// Errors are thrown as reco::DatabaseError carrying SQLite's message and the SQL involved.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace reco {

class DatabaseError : public std::runtime_error {
 public:
  explicit DatabaseError(const std::string& what) : std::runtime_error(what) {}
};

class Database;

// A prepared statement. Bind indexes are 1-based, column indexes 0-based (as in SQLite).
class Statement {
 public:
  Statement() = default;
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);  // copied by SQLite (SQLITE_TRANSIENT)
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bindStatic(int index, std::string_view text);  // caller keeps text alive until reset
  Statement& bindBlob(int index, const void* data, std::size_t size);
  Statement& bindNull(int index);
  template <class T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bindNull(index);
  }

  // Advances; true while a row is available.
  bool step();
  // Runs to completion (for statements that return no rows).
  void exec();
  void reset();  // keeps bindings
  void clearBindings();

  bool isNull(int col) const;
  std::int64_t columnInt(int col) const;
  double columnDouble(int col) const;
  std::string columnText(int col) const;  // empty for NULL
  std::optional<std::string> columnOptText(int col) const;
  std::optional<double> columnOptDouble(int col) const;
  std::optional<std::int64_t> columnOptInt(int col) const;
  std::string_view columnBlob(int col) const;
  int columnCount() const;
  std::string columnName(int col) const;

  sqlite3_stmt* handle() const { return stmt_; }

 private:
  void check(int rc) const;
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

class Database {
 public:
  // ReadOnlyImmutable: read-only without locks or a -shm file (SQLite's immutable=1), for a WAL project in a folder this
  // process cannot write; only safe when no -wal holds committed data (the log is not read) and nobody writes it.
  enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, ReadOnlyImmutable };
  // PRAGMA synchronous levels used by the project: NORMAL for ordinary writes in WAL mode (a power cut may lose the
  // last commits but never corrupts), FULL when a commit must survive one (an import). SQLite accepts a change only
  // outside a transaction: set it before BEGIN.
  enum class Synchronous { Normal = 1, Full = 2 };
  Database() = default;
  Database(const std::string& path, Mode mode);
  // A non-owning handle on a connection opened elsewhere (e.g. inside an SQLite callback); never closes it.
  explicit Database(sqlite3* borrowed);
  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(std::string_view sql);  // one or more statements, no results
  Statement prepare(std::string_view sql) { return Statement(*this, sql); }
  std::int64_t queryInt(std::string_view sql);  // first column of the first row; 0 if none
  std::int64_t lastInsertRowId() const;
  std::int64_t changes() const;
  bool inTransaction() const;
  void setSynchronous(Synchronous level);
  bool readOnly() const;  // the connection cannot write (opened read-only or immutable, or PRAGMA query_only)
  const std::string& path() const { return path_; }
  bool isOpen() const { return db_ != nullptr; }
  void close();

  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  bool owned_ = true;
};

// RAII transaction: rolls back unless commit() was called. Nested use is not supported.
class Transaction {
 public:
  explicit Transaction(Database& db, bool immediate = true);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();
  void rollback();

 private:
  Database& db_;
  bool open_ = false;
};

}  // namespace reco

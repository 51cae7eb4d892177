#include "core/storage/BlobChecksum.h"

#include <sqlite3.h>

#include <cctype>
#include <cstdio>
#include <functional>
#include <memory>

#include "core/base/Crc32c.h"
#include "core/storage/Database.h"

namespace reco {

namespace {

std::string hex(std::uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%08x", v);
  return buf;
}

std::string_view blobArgument(sqlite3_value* v) {
  const void* p = sqlite3_value_blob(v);
  return p ? std::string_view(static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_value_bytes(v)))
           : std::string_view();
}

void sqlCrc32c(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(ctx);
  sqlite3_result_int64(ctx, blobChecksum(blobArgument(argv[0])));
}



// --- reco_checked_blobs: the virtual table through which the rollup blob tables are read and written.
// CREATE VIRTUAL TABLE name USING reco_checked_blobs(stored_table, key_column) declares (key, entries, data) over
// stored_table(key, entries, data, crc32c): `data` is verified when read, crc32c computed when written. Only the
// columns a statement asks for are read, so DELETE and count(*) neither read nor verify blobs.

struct CheckedTable : sqlite3_vtab {
  sqlite3* db = nullptr;
  std::string name, stored, key;
  int error(const std::string& message, int rc = SQLITE_ERROR) {
    sqlite3_free(zErrMsg);
    zErrMsg = sqlite3_mprintf("%s", message.c_str());
    return rc;
  }
};

struct CheckedCursor : sqlite3_vtab_cursor {
  sqlite3_stmt* st = nullptr;
  bool eof = true;
  ~CheckedCursor() { sqlite3_finalize(st); }
};

enum : int { kKeyEq = 1, kDescending = 2 };

int connectChecked(sqlite3* db, void*, int argc, const char* const* argv, sqlite3_vtab** out, char** err) {
  if (argc != 5) {
    *err = sqlite3_mprintf("reco_checked_blobs needs (stored_table, key_column)");
    return SQLITE_ERROR;
  }
  auto table = std::make_unique<CheckedTable>();
  table->db = db;
  table->name = argv[2];
  table->stored = argv[3];
  table->key = argv[4];
  for (const std::string* id : {&table->stored, &table->key})
    for (char c : *id)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) {
        *err = sqlite3_mprintf("reco_checked_blobs: bad name '%s'", id->c_str());
        return SQLITE_ERROR;
      }
  const std::string decl = "CREATE TABLE x(" + table->key + " INTEGER, entries INTEGER, data BLOB)";
  if (int rc = sqlite3_declare_vtab(db, decl.c_str()); rc != SQLITE_OK) return rc;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  table->pModule = nullptr;
  table->nRef = 0;
  table->zErrMsg = nullptr;
  *out = table.release();
  return SQLITE_OK;
}

int disconnectChecked(sqlite3_vtab* vtab) {
  auto* table = static_cast<CheckedTable*>(vtab);
  sqlite3_free(table->zErrMsg);
  delete table;
  return SQLITE_OK;
}

int bestIndexChecked(sqlite3_vtab*, sqlite3_index_info* info) {
  int flags = 0;
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& c = info->aConstraint[i];
    if (c.usable && c.iColumn == 0 && c.op == SQLITE_INDEX_CONSTRAINT_EQ && !(flags & kKeyEq)) {
      flags |= kKeyEq;
      info->aConstraintUsage[i].argvIndex = 1;
      info->aConstraintUsage[i].omit = 1;
    }
  }
  if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn == 0) {
    info->orderByConsumed = 1;
    if (info->aOrderBy[0].desc) flags |= kDescending;
  }
  info->idxNum = flags;
  if (flags & kKeyEq) {
    info->estimatedCost = 1;
    info->estimatedRows = 1;
    info->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
  } else {
    info->estimatedCost = 1000;
    info->estimatedRows = 1000;
  }
  return SQLITE_OK;
}

int openChecked(sqlite3_vtab*, sqlite3_vtab_cursor** out) {
  *out = new CheckedCursor();
  return SQLITE_OK;
}

int closeChecked(sqlite3_vtab_cursor* cursor) {
  delete static_cast<CheckedCursor*>(cursor);
  return SQLITE_OK;
}

int nextChecked(sqlite3_vtab_cursor* c) {
  auto* cursor = static_cast<CheckedCursor*>(c);
  const int rc = sqlite3_step(cursor->st);
  cursor->eof = rc != SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE) return SQLITE_OK;
  auto* table = static_cast<CheckedTable*>(c->pVtab);
  return table->error(sqlite3_errmsg(table->db), rc);
}

int filterChecked(sqlite3_vtab_cursor* c, int idxNum, const char*, int argc, sqlite3_value** argv) {
  auto* cursor = static_cast<CheckedCursor*>(c);
  auto* table = static_cast<CheckedTable*>(c->pVtab);
  sqlite3_finalize(cursor->st);
  cursor->st = nullptr;
  const std::string sql = "SELECT " + table->key + ", entries, data, crc32c FROM " + table->stored +
                          ((idxNum & kKeyEq) ? " WHERE " + table->key + " = ?1" : std::string()) + " ORDER BY " +
                          table->key + ((idxNum & kDescending) ? " DESC" : "");
  if (sqlite3_prepare_v2(table->db, sql.c_str(), -1, &cursor->st, nullptr) != SQLITE_OK)
    return table->error(sqlite3_errmsg(table->db));
  if ((idxNum & kKeyEq) && argc >= 1) sqlite3_bind_value(cursor->st, 1, argv[0]);
  return nextChecked(c);
}

int eofChecked(sqlite3_vtab_cursor* c) { return static_cast<CheckedCursor*>(c)->eof ? 1 : 0; }

int columnChecked(sqlite3_vtab_cursor* c, sqlite3_context* ctx, int column) {
  auto* cursor = static_cast<CheckedCursor*>(c);
  if (column != 2) {
    sqlite3_result_value(ctx, sqlite3_column_value(cursor->st, column));
    return SQLITE_OK;
  }
  const void* p = sqlite3_column_blob(cursor->st, 2);
  const std::string_view blob = p ? std::string_view(static_cast<const char*>(p),
                                                     static_cast<std::size_t>(sqlite3_column_bytes(cursor->st, 2)))
                                  : std::string_view();
  std::optional<std::int64_t> stored;
  if (sqlite3_column_type(cursor->st, 3) != SQLITE_NULL) stored = sqlite3_column_int64(cursor->st, 3);
  const std::string problem = blobChecksumProblem(blob, stored);
  if (!problem.empty()) {
    auto* table = static_cast<CheckedTable*>(c->pVtab);
    std::string what;
    if (const char* file = sqlite3_db_filename(table->db, "main"); file && *file) what.append("'").append(file).append("': ");
    what.append(table->name).append(" ").append(table->key).append(" ");
    what.append(std::to_string(sqlite3_column_int64(cursor->st, 0))).append(" is damaged: ").append(problem);
    sqlite3_result_error(ctx, what.c_str(), static_cast<int>(what.size()));
    return table->error(what, SQLITE_CORRUPT);
  }
  sqlite3_result_blob64(ctx, blob.data(), blob.size(), SQLITE_TRANSIENT);
  return SQLITE_OK;
}

int rowidChecked(sqlite3_vtab_cursor* c, sqlite3_int64* rowid) {
  *rowid = sqlite3_column_int64(static_cast<CheckedCursor*>(c)->st, 0);
  return SQLITE_OK;
}

int runChecked(CheckedTable* table, const std::string& sql, const std::function<void(sqlite3_stmt*)>& bind) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(table->db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
    return table->error(sqlite3_errmsg(table->db));
  bind(st);
  const int rc = sqlite3_step(st);
  std::string message = rc == SQLITE_DONE ? std::string() : sqlite3_errmsg(table->db);
  sqlite3_finalize(st);
  return rc == SQLITE_DONE ? SQLITE_OK : table->error(message, rc == SQLITE_CONSTRAINT ? SQLITE_CONSTRAINT : rc);
}

// Writes: argc 1 deletes argv[0]; argv[0] NULL inserts argv[2..4]; otherwise updates row argv[0].
int updateChecked(sqlite3_vtab* vtab, int argc, sqlite3_value** argv, sqlite3_int64* rowid) {
  auto* table = static_cast<CheckedTable*>(vtab);
  if (argc == 1)
    return runChecked(table, "DELETE FROM " + table->stored + " WHERE " + table->key + " = ?1",
                      [&](sqlite3_stmt* st) { sqlite3_bind_value(st, 1, argv[0]); });
  const bool insert = sqlite3_value_type(argv[0]) == SQLITE_NULL;
  if (sqlite3_value_type(argv[2]) == SQLITE_NULL) return table->error(table->name + "." + table->key + " may not be NULL");
  const std::string_view blob = blobArgument(argv[4]);
  const std::int64_t crc = blobChecksum(blob);
  auto bindRow = [&](sqlite3_stmt* st) {
    sqlite3_bind_value(st, 1, argv[2]);
    sqlite3_bind_value(st, 2, argv[3]);
    sqlite3_bind_value(st, 3, argv[4]);
    sqlite3_bind_int64(st, 4, crc);
    if (!insert) sqlite3_bind_value(st, 5, argv[0]);
  };
  const std::string columns = "(" + table->key + ", entries, data, crc32c)";
  int rc;
  if (insert) {
    const bool replace = sqlite3_vtab_on_conflict(table->db) == SQLITE_REPLACE;
    rc = runChecked(table, std::string(replace ? "INSERT OR REPLACE" : "INSERT") + " INTO " + table->stored + columns +
                               " VALUES (?1, ?2, ?3, ?4)", bindRow);
  } else {
    rc = runChecked(table, "UPDATE " + table->stored + " SET " + table->key + " = ?1, entries = ?2, data = ?3," +
                               " crc32c = ?4 WHERE " + table->key + " = ?5", bindRow);
  }
  if (rc == SQLITE_OK) *rowid = sqlite3_value_int64(argv[2]);
  return rc;
}

const sqlite3_module kCheckedModule = {
    /* iVersion */ 1,
    /* xCreate */ connectChecked,  // the rows live in the stored table, which the schema migration creates
    /* xConnect */ connectChecked,
    /* xBestIndex */ bestIndexChecked,
    /* xDisconnect */ disconnectChecked,
    /* xDestroy */ disconnectChecked,
    /* xOpen */ openChecked,
    /* xClose */ closeChecked,
    /* xFilter */ filterChecked,
    /* xNext */ nextChecked,
    /* xEof */ eofChecked,
    /* xColumn */ columnChecked,
    /* xRowid */ rowidChecked,
    /* xUpdate */ updateChecked,
    /* xBegin */ nullptr,
    /* xSync */ nullptr,
    /* xCommit */ nullptr,
    /* xRollback */ nullptr,
    /* xFindFunction */ nullptr,
    /* xRename */ nullptr,
    /* xSavepoint */ nullptr,
    /* xRelease */ nullptr,
    /* xRollbackTo */ nullptr,
    /* xShadowName */ nullptr,
};

}  // namespace

std::int64_t blobChecksum(std::string_view blob) { return static_cast<std::int64_t>(crc32c(blob)); }

std::string blobChecksumProblem(std::string_view blob, std::optional<std::int64_t> stored) {
  if (!stored) return "no checksum stored";
  const std::uint32_t computed = crc32c(blob);
  if (*stored == static_cast<std::int64_t>(computed)) return {};
  return "checksum mismatch (stored " + hex(static_cast<std::uint32_t>(*stored)) + ", computed " + hex(computed) +
         ")";
}

void verifyBlobChecksum(std::string_view blob, std::optional<std::int64_t> stored, std::string_view table,
                        std::string_view keyName, std::int64_t key, std::string_view file) {
  const std::string problem = blobChecksumProblem(blob, stored);
  if (problem.empty()) return;
  std::string what;
  if (!file.empty()) what.append("'").append(file).append("': ");
  what.append(table).append(" ").append(keyName).append(" ").append(std::to_string(key));
  throw DatabaseError(what.append(" is damaged: ").append(problem));
}

void registerBlobChecksumFunctions(sqlite3* db) {
  // Innocuous: allowed in the schema's views and triggers even where the schema is not trusted.
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  sqlite3_create_function_v2(db, "reco_crc32c", 1, flags, nullptr, sqlCrc32c, nullptr, nullptr, nullptr);
  sqlite3_create_module_v2(db, "reco_checked_blobs", &kCheckedModule, nullptr, nullptr);
}

}  // namespace reco

#include "core/storage/EventsVirtualTable.h"

#include <sqlite3.h>

#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/storage/EventStore.h"

namespace reco {

namespace {

enum IndexFlags : int {
  kIdEq = 1,
  kIdLower = 2,
  kIdLowerStrict = 4,
  kIdUpper = 8,
  kIdUpperStrict = 16,
  kUserEq = 32,
  kItemEq = 64,
  kTypeEq = 128,
  kReverse = 256,
};

// Declared column number (0 = id) -> EventColumn.
EventColumn eventColumn(int declared) { return static_cast<EventColumn>(declared - 1); }

struct EventsTable : sqlite3_vtab {
  sqlite3* db = nullptr;
  Database borrowed;  // non-owning wrapper for EventStore
  std::vector<EventRow> pending;  // inserted, not yet written as blocks
  std::int64_t nextId = -1;       // next id to assign; -1 = read from the store
  sqlite3_stmt* userExists = nullptr;
  sqlite3_stmt* itemExists = nullptr;
  sqlite3_stmt* typeExists = nullptr;
  sqlite3_stmt* placementExists = nullptr;
  sqlite3_stmt* variantExists = nullptr;

  explicit EventsTable(sqlite3* connection) : db(connection), borrowed(connection) {
    pModule = nullptr;
    nRef = 0;
    zErrMsg = nullptr;
  }
  ~EventsTable() {
    finalizeChecks();
    sqlite3_free(zErrMsg);
  }
  void finalizeChecks() {
    sqlite3_finalize(userExists);
    sqlite3_finalize(itemExists);
    sqlite3_finalize(typeExists);
    sqlite3_finalize(placementExists);
    sqlite3_finalize(variantExists);
    userExists = itemExists = typeExists = placementExists = variantExists = nullptr;
  }
  int error(const std::string& message, int rc = SQLITE_ERROR) {
    sqlite3_free(zErrMsg);
    zErrMsg = sqlite3_mprintf("%s", message.c_str());
    return rc;
  }
  int flush() {
    if (pending.empty()) return SQLITE_OK;
    try {
      EventWriter writer(borrowed);
      for (const EventRow& e : pending) writer.append(e);
      writer.finish();
      pending.clear();
      return SQLITE_OK;
    } catch (const std::exception& e) {
      pending.clear();
      return error(std::string("cannot write events: ") + e.what());
    }
  }
};

struct EventsCursor : sqlite3_vtab_cursor {
  std::unique_ptr<EventScanner> scanner;
  bool reverse = false;
  bool eof = true;
  bool haveBlock = false;
  std::int64_t row = 0, begin = 0, end = 0;
  std::optional<std::int64_t> user, item, type;

  EventsCursor() { pVtab = nullptr; }

  bool matches(std::int64_t i) const {
    const EventBlock& b = scanner->block();
    const auto k = static_cast<std::size_t>(i);
    if (user && b.col(EventColumn::User)[k] != *user) return false;
    if (item && b.col(EventColumn::Item)[k] != *item) return false;
    if (type && b.col(EventColumn::Type)[k] != *type) return false;
    return true;
  }
  bool filtered() const { return user || item || type; }

  // Moves to the next matching row (the first one when no block is loaded yet).
  void advance() {
    for (;;) {
      if (haveBlock) {
        row += reverse ? -1 : 1;
        while (row >= begin && row < end) {
          if (matches(row)) return;
          row += reverse ? -1 : 1;
        }
        haveBlock = false;
      }
      if (!scanner->next()) {
        eof = true;
        return;
      }
      begin = scanner->rowBegin();
      end = scanner->rowEnd();
      if (begin >= end) continue;
      if (filtered()) {
        bool any = false;
        for (std::int64_t i = begin; i < end && !any; ++i) any = matches(i);
        if (!any) continue;
        scanner->decodeMore(kAllEventColumns);
      }
      haveBlock = true;
      row = reverse ? end : begin - 1;  // the loop above steps onto the first row
    }
  }
};

std::optional<std::int64_t> integerArg(sqlite3_value* v) {
  const int t = sqlite3_value_numeric_type(v);
  if (t == SQLITE_INTEGER) return sqlite3_value_int64(v);
  if (t == SQLITE_FLOAT) {
    const double d = sqlite3_value_double(v);
    if (std::floor(d) == d && std::fabs(d) < 9.0e18) return static_cast<std::int64_t>(d);
  }
  return std::nullopt;
}

int xConnect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** out, char** err) {
  int rc = sqlite3_declare_vtab(
      db,
      "CREATE TABLE x(id INTEGER, user_id INTEGER, item_id INTEGER, type INTEGER, ts INTEGER, value REAL,"
      " position INTEGER, placement_id INTEGER, variant_id INTEGER, revenue REAL, propensity REAL)");
  if (rc != SQLITE_OK) {
    *err = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    return rc;
  }
  *out = new EventsTable(db);
  return SQLITE_OK;
}

int xDisconnect(sqlite3_vtab* vtab) {
  delete static_cast<EventsTable*>(vtab);
  return SQLITE_OK;
}

int xBestIndex(sqlite3_vtab* vtab, sqlite3_index_info* info) {
  int flags = 0;
  int eqId = -1, lower = -1, upper = -1, user = -1, item = -1, type = -1;
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& c = info->aConstraint[i];
    if (!c.usable) continue;
    if (c.iColumn <= 0) {
      switch (c.op) {
        case SQLITE_INDEX_CONSTRAINT_EQ:
          if (eqId < 0) eqId = i;
          break;
        case SQLITE_INDEX_CONSTRAINT_GT:
        case SQLITE_INDEX_CONSTRAINT_GE:
          if (lower < 0) {
            lower = i;
            if (c.op == SQLITE_INDEX_CONSTRAINT_GT) flags |= kIdLowerStrict;
          }
          break;
        case SQLITE_INDEX_CONSTRAINT_LT:
        case SQLITE_INDEX_CONSTRAINT_LE:
          if (upper < 0) {
            upper = i;
            if (c.op == SQLITE_INDEX_CONSTRAINT_LT) flags |= kIdUpperStrict;
          }
          break;
        default:
          break;
      }
    } else if (c.op == SQLITE_INDEX_CONSTRAINT_EQ) {
      if (c.iColumn == 1 && user < 0) user = i;
      if (c.iColumn == 2 && item < 0) item = i;
      if (c.iColumn == 3 && type < 0) type = i;
    }
  }
  // Arguments in a fixed order; SQLite re-checks every constraint (omit stays 0), so narrowing only has to be
  // conservative for values that are not integers.
  int arg = 0;
  auto use = [&](int constraint, int flag) {
    if (constraint < 0) return;
    info->aConstraintUsage[constraint].argvIndex = ++arg;
    flags |= flag;
  };
  if (eqId >= 0) {
    use(eqId, kIdEq);
    flags &= ~(kIdLowerStrict | kIdUpperStrict);
  } else {
    use(lower, kIdLower);
    use(upper, kIdUpper);
    if (lower < 0) flags &= ~kIdLowerStrict;
    if (upper < 0) flags &= ~kIdUpperStrict;
  }
  use(user, kUserEq);
  use(item, kItemEq);
  use(type, kTypeEq);
  if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn <= 0) {
    info->orderByConsumed = 1;
    if (info->aOrderBy[0].desc) flags |= kReverse;
  }
  auto* table = static_cast<EventsTable*>(vtab);
  double rows = 1e6;
  try {
    rows = static_cast<double>(eventCount(table->borrowed) + static_cast<std::int64_t>(table->pending.size())) + 1;
  } catch (const std::exception&) {
  }
  double cost = rows;
  if (flags & kIdEq) {
    rows = 1;
    cost = 10;
    info->idxFlags |= SQLITE_INDEX_SCAN_UNIQUE;
  } else {
    if (flags & (kIdLower | kIdUpper)) rows /= 4, cost /= 4;
    if (flags & (kUserEq | kItemEq)) rows /= 1000, cost /= 3;
    if (flags & kTypeEq) rows /= 4;
  }
  info->idxNum = flags;
  info->estimatedRows = static_cast<sqlite3_int64>(std::max(rows, 1.0));
  info->estimatedCost = std::max(cost, 1.0);
  return SQLITE_OK;
}

int xOpen(sqlite3_vtab*, sqlite3_vtab_cursor** out) {
  *out = new EventsCursor;
  return SQLITE_OK;
}

int xClose(sqlite3_vtab_cursor* cursor) {
  delete static_cast<EventsCursor*>(cursor);
  return SQLITE_OK;
}

int xFilter(sqlite3_vtab_cursor* base, int flags, const char*, int argc, sqlite3_value** argv) {
  auto* cursor = static_cast<EventsCursor*>(base);
  auto* table = static_cast<EventsTable*>(base->pVtab);
  if (int rc = table->flush(); rc != SQLITE_OK) return rc;
  std::int64_t from = 1, to = std::numeric_limits<std::int64_t>::max();
  int a = 0;
  auto next = [&]() -> sqlite3_value* { return a < argc ? argv[a++] : nullptr; };
  auto numeric = [](sqlite3_value* v) -> std::optional<double> {
    const int t = sqlite3_value_numeric_type(v);
    if (t == SQLITE_INTEGER || t == SQLITE_FLOAT) return sqlite3_value_double(v);
    return std::nullopt;
  };
  if (flags & kIdEq) {
    if (auto v = integerArg(next())) from = to = *v;
  } else {
    if (flags & kIdLower) {
      sqlite3_value* v = next();
      if (auto i = integerArg(v)) from = (flags & kIdLowerStrict) ? *i + 1 : *i;
      else if (auto d = numeric(v); d && std::fabs(*d) < 9.0e18)
        from = static_cast<std::int64_t>((flags & kIdLowerStrict) ? std::floor(*d) + 1 : std::ceil(*d));
    }
    if (flags & kIdUpper) {
      sqlite3_value* v = next();
      if (auto i = integerArg(v)) to = (flags & kIdUpperStrict) ? *i - 1 : *i;
      else if (auto d = numeric(v); d && std::fabs(*d) < 9.0e18)
        to = static_cast<std::int64_t>((flags & kIdUpperStrict) ? std::ceil(*d) - 1 : std::floor(*d));
    }
  }
  cursor->user.reset();
  cursor->item.reset();
  cursor->type.reset();
  if (flags & kUserEq) cursor->user = integerArg(next());
  if (flags & kItemEq) cursor->item = integerArg(next());
  if (flags & kTypeEq) cursor->type = integerArg(next());
  EventColumnMask columns = kAllEventColumns;
  if (cursor->filtered()) {
    columns = 0;
    if (cursor->user) columns |= columnBit(EventColumn::User);
    if (cursor->item) columns |= columnBit(EventColumn::Item);
    if (cursor->type) columns |= columnBit(EventColumn::Type);
  }
  cursor->reverse = (flags & kReverse) != 0;
  cursor->haveBlock = false;
  cursor->eof = false;
  try {
    cursor->scanner = std::make_unique<EventScanner>(table->borrowed, columns, from, to, cursor->reverse);
    if (from > to) cursor->eof = true;
    else cursor->advance();
  } catch (const std::exception& e) {
    cursor->eof = true;
    return table->error(e.what());
  }
  return SQLITE_OK;
}

int xNext(sqlite3_vtab_cursor* base) {
  auto* cursor = static_cast<EventsCursor*>(base);
  try {
    cursor->advance();
  } catch (const std::exception& e) {
    cursor->eof = true;
    return static_cast<EventsTable*>(base->pVtab)->error(e.what());
  }
  return SQLITE_OK;
}

int xEof(sqlite3_vtab_cursor* base) { return static_cast<EventsCursor*>(base)->eof ? 1 : 0; }

int xColumn(sqlite3_vtab_cursor* base, sqlite3_context* ctx, int column) {
  auto* cursor = static_cast<EventsCursor*>(base);
  const EventBlock& b = cursor->scanner->block();
  const auto i = static_cast<std::size_t>(cursor->row);
  if (column == 0) {
    sqlite3_result_int64(ctx, b.firstId + cursor->row);
    return SQLITE_OK;
  }
  const EventColumn c = eventColumn(column);
  if (isRealColumn(c)) {
    const double v = b.real(c)[i];
    if (std::isnan(v)) sqlite3_result_null(ctx);
    else sqlite3_result_double(ctx, v);
  } else {
    const std::int64_t v = b.col(c)[i];
    if (v == EventRow::kNullInt) sqlite3_result_null(ctx);
    else sqlite3_result_int64(ctx, v);
  }
  return SQLITE_OK;
}

int xRowid(sqlite3_vtab_cursor* base, sqlite3_int64* rowid) {
  auto* cursor = static_cast<EventsCursor*>(base);
  *rowid = cursor->scanner->block().firstId + cursor->row;
  return SQLITE_OK;
}

bool exists(sqlite3* db, sqlite3_stmt*& st, const char* sql, std::int64_t id) {
  if (!st && sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return false;
  sqlite3_reset(st);
  sqlite3_bind_int64(st, 1, id);
  const bool found = sqlite3_step(st) == SQLITE_ROW;
  sqlite3_reset(st);
  return found;
}

// Over 80 lines with a reason: SQLite's xUpdate contract in one place (refuse delete and update, then check and
// convert each inserted column in the order of the table declaration, naming the column in every error).
int xUpdate(sqlite3_vtab* vtab, int argc, sqlite3_value** argv, sqlite3_int64* rowid) {
  auto* table = static_cast<EventsTable*>(vtab);
  if (argc == 1) return table->error("events are append-only: they cannot be deleted");
  if (sqlite3_value_type(argv[0]) != SQLITE_NULL) return table->error("events are append-only: they cannot be updated");
  static const char* const names[] = {"id",       "user_id",      "item_id",    "type",    "ts",        "value",
                                      "position", "placement_id", "variant_id", "revenue", "propensity"};
  auto value = [&](int declared) { return argv[2 + declared]; };
  // Each returns SQLITE_OK or the error code (with the message set).
  auto mismatch = [&](int declared, const char* what) {
    return table->error(std::string("datatype mismatch: events.") + names[declared] + " must be " + what,
                        SQLITE_MISMATCH);
  };
  auto requiredInt = [&](int declared, std::int64_t& out) -> int {
    sqlite3_value* v = value(declared);
    if (sqlite3_value_type(v) == SQLITE_NULL)
      return table->error(std::string("NOT NULL constraint failed: events.") + names[declared], SQLITE_CONSTRAINT);
    auto i = integerArg(v);
    if (!i) return mismatch(declared, "an integer");
    out = *i;
    return SQLITE_OK;
  };
  auto optionalInt = [&](int declared, std::int64_t& out) -> int {
    sqlite3_value* v = value(declared);
    if (sqlite3_value_type(v) == SQLITE_NULL) return SQLITE_OK;
    auto i = integerArg(v);
    if (!i) return mismatch(declared, "an integer");
    out = *i;
    return SQLITE_OK;
  };
  auto optionalReal = [&](int declared, double& out) -> int {
    sqlite3_value* v = value(declared);
    if (sqlite3_value_type(v) == SQLITE_NULL) return SQLITE_OK;
    const int t = sqlite3_value_numeric_type(v);
    if (t != SQLITE_INTEGER && t != SQLITE_FLOAT) return mismatch(declared, "a number");
    out = sqlite3_value_double(v);
    return SQLITE_OK;
  };

  EventRow e;
  std::int64_t type = 0;
  int rc = SQLITE_OK;
  if ((rc = requiredInt(1, e.user)) || (rc = requiredInt(2, e.item)) || (rc = requiredInt(3, type)) ||
      (rc = requiredInt(4, e.ts)) || (rc = optionalReal(5, e.value)) || (rc = optionalInt(6, e.position)) ||
      (rc = optionalInt(7, e.placement)) || (rc = optionalInt(8, e.variant)) || (rc = optionalReal(9, e.revenue)) ||
      (rc = optionalReal(10, e.propensity)))
    return rc;
  e.type = static_cast<int>(type);
  if (e.placement == EventRow::kNullInt) e.placement = 0;
  if (e.variant == EventRow::kNullInt) e.variant = 0;

  int foreignKeys = 0;
  sqlite3_db_config(table->db, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &foreignKeys);
  if (foreignKeys) {
    if (!exists(table->db, table->userExists, "SELECT 1 FROM users WHERE id = ?", e.user) ||
        !exists(table->db, table->itemExists, "SELECT 1 FROM items WHERE id = ?", e.item) ||
        !exists(table->db, table->typeExists, "SELECT 1 FROM event_types WHERE id = ?", e.type) ||
        (e.placement && !exists(table->db, table->placementExists, "SELECT 1 FROM placements WHERE id = ?",
                                e.placement)) ||
        (e.variant && !exists(table->db, table->variantExists, "SELECT 1 FROM variants WHERE id = ?", e.variant)))
      return table->error("FOREIGN KEY constraint failed", SQLITE_CONSTRAINT);
  }

  try {
    if (table->nextId < 0) table->nextId = maxEventId(table->borrowed) + 1;
  } catch (const std::exception& ex) {
    return table->error(ex.what());
  }
  std::int64_t id = table->nextId;
  sqlite3_value* explicitId = sqlite3_value_type(value(0)) != SQLITE_NULL ? value(0) : argv[1];
  if (sqlite3_value_type(explicitId) != SQLITE_NULL) {
    auto requested = integerArg(explicitId);
    if (!requested || *requested != id)
      return table->error("events are append-only: the next event id is " + std::to_string(id),
                          SQLITE_CONSTRAINT);
  }
  table->pending.push_back(e);
  table->nextId = id + 1;
  *rowid = id;
  if (table->pending.size() >= EventBlock::kCapacity) return table->flush();
  return SQLITE_OK;
}

int xBegin(sqlite3_vtab* vtab) {
  static_cast<EventsTable*>(vtab)->nextId = -1;
  return SQLITE_OK;
}

int xSync(sqlite3_vtab* vtab) { return static_cast<EventsTable*>(vtab)->flush(); }

int xCommit(sqlite3_vtab* vtab) {
  auto* table = static_cast<EventsTable*>(vtab);
  table->nextId = -1;
  table->finalizeChecks();
  return SQLITE_OK;
}

int xRollback(sqlite3_vtab* vtab) {
  auto* table = static_cast<EventsTable*>(vtab);
  table->pending.clear();
  table->nextId = -1;
  table->finalizeChecks();
  return SQLITE_OK;
}

const sqlite3_module kModule = {
    /* iVersion */ 1,
    /* xCreate */ nullptr,  // eponymous-only: `events` exists on every connection without CREATE VIRTUAL TABLE
    /* xConnect */ xConnect,
    /* xBestIndex */ xBestIndex,
    /* xDisconnect */ xDisconnect,
    /* xDestroy */ nullptr,
    /* xOpen */ xOpen,
    /* xClose */ xClose,
    /* xFilter */ xFilter,
    /* xNext */ xNext,
    /* xEof */ xEof,
    /* xColumn */ xColumn,
    /* xRowid */ xRowid,
    /* xUpdate */ xUpdate,
    /* xBegin */ xBegin,
    /* xSync */ xSync,
    /* xCommit */ xCommit,
    /* xRollback */ xRollback,
    /* xFindFunction */ nullptr,
    /* xRename */ nullptr,
    /* xSavepoint */ nullptr,
    /* xRelease */ nullptr,
    /* xRollbackTo */ nullptr,
    /* xShadowName */ nullptr,
};

}  // namespace

void registerEventsVirtualTable(sqlite3* db) { sqlite3_create_module_v2(db, "events", &kModule, nullptr, nullptr); }

}  // namespace reco

#include "core/browse/DataBrowser.h"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <unordered_map>

#include "core/storage/EventStore.h"
#include "core/storage/EventType.h"

namespace reco {

namespace {

using K = BrowseColumnKind;

// Column order here is the order of the SELECT lists below.
const std::vector<BrowseColumn> kUserColumns = {
    {"id", K::Integer, true},         {"ext_id", K::Text, true},     {"country", K::Text, true},
    {"device", K::Text, true},        {"age_band", K::Text, true},   {"gender", K::Text, true},
    {"occupation", K::Text, true},    {"is_new", K::Integer, true},  {"signup_ts", K::Timestamp, true},
    {"event_count", K::Integer, false},
};
const std::vector<BrowseColumn> kItemColumns = {
    {"id", K::Integer, true},   {"ext_id", K::Text, true},          {"title", K::Text, true},
    {"category", K::Text, true}, {"price", K::Real, true},          {"event_count", K::Integer, false},
};
// Events: id order comes straight from the event blocks (either direction). User (then time) and item orders are a
// top-N sort over one pass of the blocks: 70-175 ms a page on the 1M-event demo (bench_browse). Other columns are
// not offered: the same sort per page would be as slow and of little use.
const std::vector<BrowseColumn> kEventColumns = {
    {"id", K::Integer, true},         {"user", K::Text, true},          {"item", K::Text, true},
    {"item_title", K::Text, false},   {"type", K::Text, false},         {"time", K::Timestamp, false},
    {"value", K::Real, false},        {"position", K::Integer, false},  {"placement", K::Text, false},
    {"variant", K::Text, false},      {"revenue", K::Real, false},      {"propensity", K::Real, false},
};

// ORDER BY keys (ascending form) per sortable column, ties broken by id so paging is stable.
std::string orderKeys(BrowseTable table, int column) {
  const auto& cols = DataBrowser::columns(table);
  const std::string& name = cols[static_cast<std::size_t>(column)].name;
  if (table == BrowseTable::Events) {
    if (name == "id") return "id";
    if (name == "user") return "user_id,ts,id";  // each user's history in time order
    if (name == "item") return "item_id,id";
  } else {
    if (name == "id") return "id";
    return name + ",id";
  }
  throw std::invalid_argument("column '" + name + "' cannot be sorted");
}

std::string orderBy(BrowseTable table, int column, bool ascending) {
  std::string keys = orderKeys(table, column);
  if (ascending) return keys;
  std::string out;
  std::size_t start = 0;
  while (start <= keys.size()) {
    std::size_t comma = keys.find(',', start);
    if (comma == std::string::npos) comma = keys.size();
    if (!out.empty()) out += ',';
    out += keys.substr(start, comma - start) + " DESC";
    start = comma + 1;
  }
  return out;
}

// "%text%" with LIKE's wildcards escaped by backslash.
std::string likeSubstring(const std::string& text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  out += '%';
  return out;
}

// The WHERE clause for a search; parameters ?1 = prefix, ?2 = prefix upper bound, ?3 = LIKE pattern.
std::string whereClause(BrowseTable table, const std::string& search) {
  if (search.empty()) return {};
  bool hasUpper = !DataBrowser::prefixUpperBound(search).empty();
  std::string ext = hasUpper ? "(ext_id >= ?1 AND ext_id < ?2)" : "(ext_id >= ?1)";
  switch (table) {
    case BrowseTable::Users: return " WHERE " + ext;
    case BrowseTable::Items: return " WHERE " + ext + " OR title LIKE ?3 ESCAPE '\\'";
    case BrowseTable::Events:
      return " WHERE user_id IN (SELECT id FROM users WHERE " + ext + ") OR item_id IN (SELECT id FROM items WHERE " +
             ext + " OR title LIKE ?3 ESCAPE '\\')";
  }
  return {};
}

void bindSearch(Statement& st, BrowseTable table, const std::string& search) {
  if (search.empty()) return;
  st.bind(1, search);
  std::string upper = DataBrowser::prefixUpperBound(search);
  if (!upper.empty()) st.bind(2, upper);
  if (table != BrowseTable::Users) st.bind(3, likeSubstring(search));
}

const char* tableName(BrowseTable table) {
  switch (table) {
    case BrowseTable::Users: return "users";
    case BrowseTable::Items: return "items";
    case BrowseTable::Events: return "events";
  }
  return "events";
}

BrowseValue intOrNull(const Statement& st, int col) {
  if (st.isNull(col)) return std::monostate{};
  return st.columnInt(col);
}
BrowseValue realOrNull(const Statement& st, int col) {
  if (st.isNull(col)) return std::monostate{};
  return st.columnDouble(col);
}
BrowseValue textOrNull(const Statement& st, int col) {
  if (st.isNull(col)) return std::monostate{};
  return st.columnText(col);
}

std::unordered_map<std::int64_t, std::string> loadNames(Database& db, const char* sql) {
  std::unordered_map<std::int64_t, std::string> names;
  auto st = db.prepare(sql);
  while (st.step()) names.emplace(st.columnInt(0), st.columnText(1));
  return names;
}

}  // namespace

const std::vector<BrowseColumn>& DataBrowser::columns(BrowseTable table) {
  switch (table) {
    case BrowseTable::Users: return kUserColumns;
    case BrowseTable::Items: return kItemColumns;
    case BrowseTable::Events: return kEventColumns;
  }
  return kEventColumns;
}

bool DataBrowser::isSortable(BrowseTable table, int column) {
  const auto& cols = columns(table);
  return column >= 0 && column < static_cast<int>(cols.size()) && cols[static_cast<std::size_t>(column)].sortable;
}

std::string DataBrowser::prefixUpperBound(const std::string& prefix) {
  std::string upper = prefix;
  while (!upper.empty()) {
    unsigned char last = static_cast<unsigned char>(upper.back());
    if (last < 0xFF) {
      upper.back() = static_cast<char>(last + 1);
      return upper;
    }
    upper.pop_back();
  }
  return upper;
}

const DataBrowser::EventCounts& DataBrowser::eventCounts() {
  Database& db = project_.db();
  const std::int64_t maxId = maxEventId(db);
  const std::int64_t total = eventCount(db);
  if (counts_.valid && counts_.maxEventId == maxId && counts_.events == total) return counts_;
  // One pass over two columns of the event blocks (tens of milliseconds for 10M events) instead of a scan per row.
  counts_ = {};
  EventScanner scan(db, columnBit(EventColumn::User) | columnBit(EventColumn::Item));
  auto bump = [](std::vector<std::int64_t>& counts, std::int64_t id) {
    if (id < 0 || id > (std::int64_t{1} << 31)) return;
    const auto i = static_cast<std::size_t>(id);
    if (i >= counts.size()) counts.resize(std::max(i + 1, counts.size() * 2), 0);
    ++counts[i];
  };
  while (scan.next()) {
    for (std::int64_t u : scan.block().col(EventColumn::User)) bump(counts_.users, u);
    for (std::int64_t i : scan.block().col(EventColumn::Item)) bump(counts_.items, i);
  }
  counts_.maxEventId = maxId;
  counts_.events = total;
  counts_.valid = true;
  return counts_;
}

std::int64_t DataBrowser::eventsOf(const std::vector<std::int64_t>& counts, std::int64_t id) {
  return id >= 0 && static_cast<std::size_t>(id) < counts.size() ? counts[static_cast<std::size_t>(id)] : 0;
}

std::int64_t DataBrowser::count(BrowseTable table, const std::string& search) {
  if (table == BrowseTable::Events && search.empty()) return eventCount(project_.db());
  std::string sql = std::string("SELECT count(*) FROM ") + tableName(table) + whereClause(table, search);
  auto st = project_.db().prepare(sql);
  bindSearch(st, table, search);
  return st.step() ? st.columnInt(0) : 0;
}

std::vector<BrowseRow> DataBrowser::page(BrowseTable table, const BrowseQuery& query, std::int64_t offset,
                                         std::int64_t limit) {
  if (!isSortable(table, query.sortColumn))
    throw std::invalid_argument("column " + std::to_string(query.sortColumn) + " of " + tableName(table) +
                                " cannot be sorted");
  if (offset < 0 || limit < 0) throw std::invalid_argument("negative offset or limit");
  std::vector<BrowseRow> rows;
  rows.reserve(static_cast<std::size_t>(std::min<std::int64_t>(limit, 4096)));
  switch (table) {
    case BrowseTable::Users:
      readPage(table, "id, ext_id, country, device, age_band, gender, occupation, is_new, signup_ts", query, offset,
               limit, [&](const Statement& st) {
                 BrowseRow r;
                 r.reserve(10);
                 r.push_back(st.columnInt(0));
                 for (int c = 1; c <= 6; ++c) r.push_back(textOrNull(st, c));
                 r.push_back(intOrNull(st, 7));
                 r.push_back(intOrNull(st, 8));
                 r.push_back(eventsOf(eventCounts().users, st.columnInt(0)));
                 rows.push_back(std::move(r));
               });
      break;
    case BrowseTable::Items:
      readPage(table, "id, ext_id, title, category, price", query, offset, limit, [&](const Statement& st) {
        BrowseRow r;
        r.reserve(6);
        r.push_back(st.columnInt(0));
        for (int c = 1; c <= 3; ++c) r.push_back(textOrNull(st, c));
        r.push_back(realOrNull(st, 4));
        r.push_back(eventsOf(eventCounts().items, st.columnInt(0)));
        rows.push_back(std::move(r));
      });
      break;
    case BrowseTable::Events: readEventsPage(query, offset, limit, rows); break;
  }
  return rows;
}

void DataBrowser::readPage(BrowseTable table, const char* columns, const BrowseQuery& query, std::int64_t offset,
                           std::int64_t limit, const std::function<void(const Statement&)>& readRow) {
  // Page first, then count events for the page's rows only (a correlated count over every row before the sort would
  // cost one index probe per row on every page).
  const std::string order = orderBy(table, query.sortColumn, query.ascending);
  auto st = project_.db().prepare(std::string("SELECT ") + columns + " FROM (SELECT * FROM " + tableName(table) +
                                  whereClause(table, query.search) + " ORDER BY " + order +
                                  " LIMIT ?4 OFFSET ?5) AS p ORDER BY " + order);
  bindSearch(st, table, query.search);
  st.bind(4, limit).bind(5, offset);
  while (st.step()) readRow(st);
}

void DataBrowser::readEventsPage(const BrowseQuery& query, std::int64_t offset, std::int64_t limit,
                                 std::vector<BrowseRow>& rows) {
  // Page over the events table alone (so the planner keeps the index order), then resolve names by key: only the
  // page's users and items are looked up.
  Database& db = project_.db();
  auto placements = loadNames(db, "SELECT id, name FROM placements");
  auto variants = loadNames(db, "SELECT id, name FROM variants");
  auto userSt = db.prepare("SELECT ext_id FROM users WHERE id = ?");
  auto itemSt = db.prepare("SELECT ext_id, title FROM items WHERE id = ?");
  std::unordered_map<std::int64_t, std::string> userExt;
  std::unordered_map<std::int64_t, std::pair<std::string, BrowseValue>> itemInfo;

  auto st = db.prepare(
      "SELECT id, user_id, item_id, type, ts, value, position, placement_id, variant_id, revenue, propensity"
      " FROM events" +
      whereClause(BrowseTable::Events, query.search) + " ORDER BY " +
      orderBy(BrowseTable::Events, query.sortColumn, query.ascending) + " LIMIT ?4 OFFSET ?5");
  bindSearch(st, BrowseTable::Events, query.search);
  st.bind(4, limit).bind(5, offset);
  while (st.step()) {
    std::int64_t userId = st.columnInt(1);
    std::int64_t itemId = st.columnInt(2);
    auto u = userExt.find(userId);
    if (u == userExt.end()) {
      userSt.reset();
      userSt.bind(1, userId);
      u = userExt.emplace(userId, userSt.step() ? userSt.columnText(0) : std::string()).first;
    }
    auto it = itemInfo.find(itemId);
    if (it == itemInfo.end()) {
      itemSt.reset();
      itemSt.bind(1, itemId);
      std::pair<std::string, BrowseValue> info{std::string(), std::monostate{}};
      if (itemSt.step()) info = {itemSt.columnText(0), textOrNull(itemSt, 1)};
      it = itemInfo.emplace(itemId, std::move(info)).first;
    }
    BrowseRow r;
    r.reserve(12);
    r.push_back(st.columnInt(0));
    r.push_back(u->second);
    r.push_back(it->second.first);
    r.push_back(it->second.second);
    int type = static_cast<int>(st.columnInt(3));
    r.push_back(type >= 0 && type < kEventTypeCount ? std::string(kEventTypeNames[static_cast<std::size_t>(type)])
                                                     : std::string("type ").append(std::to_string(type)));
    r.push_back(st.columnInt(4));
    r.push_back(realOrNull(st, 5));
    r.push_back(intOrNull(st, 6));
    auto nameOf = [&](const std::unordered_map<std::int64_t, std::string>& names, int col) -> BrowseValue {
      if (st.isNull(col)) return std::monostate{};
      auto n = names.find(st.columnInt(col));
      if (n == names.end()) return std::string("#").append(std::to_string(st.columnInt(col)));
      return n->second;
    };
    r.push_back(nameOf(placements, 7));
    r.push_back(nameOf(variants, 8));
    r.push_back(realOrNull(st, 9));
    r.push_back(realOrNull(st, 10));
    rows.push_back(std::move(r));
  }
}

}  // namespace reco

#include "core/analytics/Rollups.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <cmath>
#include <map>
#include <limits>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "core/analytics/Measures.h"
#include "core/analytics/RollupKeys.h"
#include "core/analytics/SegmentAttributes.h"
#include "core/storage/ColumnCodec.h"
#include "core/storage/EventStore.h"

namespace reco {

namespace {

constexpr const char* kLastEventKey = "rollup.last_event_id";
constexpr std::int64_t kChunkEvents = 2'000'000;  // events aggregated in memory before flushing to the tables

// The measures of one rollup key while events are aggregated.
struct Counts : Measures {
  void add(int type, double rev) {
    switch (type) {
      case 0: ++impressions; break;
      case 1: ++clicks; break;
      case 2: ++addToCarts; break;
      case 3:
        ++purchases;
        revenue += rev;
        break;
      default: break;
    }
  }
};


void writeLastEventId(Database& db, std::int64_t id) {
  auto st = db.prepare(
      "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
  st.bind(1, kLastEventKey).bind(2, std::to_string(id)).exec();
}

void clearRollups(Database& db) {
  db.exec(
      "DELETE FROM rollup_fact; DELETE FROM rollup_segment_pair; DELETE FROM rollup_item_days;"
      "DELETE FROM rollup_segment_item_days;"
      "DELETE FROM rollup_activity_chunks; DELETE FROM rollup_user_segment; DELETE FROM rollup_segment_value;"
      "DELETE FROM rollup_item_category; DELETE FROM rollup_category;");
  writeLastEventId(db, 0);
}

// The dictionaries (segment values per user, category per item) as stored, and as they should be now.
struct Dictionaries {
  std::vector<std::string> attributes;                        // segmentable attributes, in column order
  std::map<std::pair<std::string, std::string>, std::int64_t> valueIds;  // (attr, value) -> id
  std::unordered_map<std::int64_t, std::vector<std::int64_t>> userValues;  // user -> value id per attribute
  std::map<std::string, std::int64_t> categoryIds;
  std::unordered_map<std::int64_t, std::int64_t> itemCategory;  // item -> category id
};

Dictionaries loadStored(Database& db) {
  Dictionaries d;
  std::map<std::int64_t, std::string> attrOfValue;
  {
    auto st = db.prepare("SELECT id, attr, value FROM rollup_segment_value");
    while (st.step()) {
      d.valueIds[{st.columnText(1), st.columnText(2)}] = st.columnInt(0);
      attrOfValue[st.columnInt(0)] = st.columnText(1);
    }
  }
  {
    auto st = db.prepare("SELECT user_id, value_id FROM rollup_user_segment ORDER BY user_id, value_id");
    while (st.step()) d.userValues[st.columnInt(0)].push_back(st.columnInt(1));
  }
  {
    auto st = db.prepare("SELECT id, name FROM rollup_category");
    while (st.step()) d.categoryIds[st.columnText(1)] = st.columnInt(0);
  }
  {
    auto st = db.prepare("SELECT item_id, category_id FROM rollup_item_category");
    while (st.step()) d.itemCategory[st.columnInt(0)] = st.columnInt(1);
  }
  return d;
}

// Assigns ids to the current segment values and categories, reusing stored ids. Returns false when the stored
// dictionaries disagree with the data for users or items already rolled up (then everything must be rebuilt).
bool reconcile(Database& db, const SegmentAttributes& attrs, Dictionaries& d, bool full) {
  // Attribute set: stored attributes must equal the current ones.
  if (!full) {
    std::vector<std::string> stored;
    for (const auto& [key, id] : d.valueIds)
      if (stored.empty() || stored.back() != key.first) stored.push_back(key.first);
    std::vector<std::string> now = attrs.names;
    std::sort(now.begin(), now.end());
    if (!d.valueIds.empty() && stored != now) return false;
  }
  auto insValue = db.prepare("INSERT INTO rollup_segment_value(attr, value) VALUES(?, ?)");
  auto insUser = db.prepare("INSERT INTO rollup_user_segment(user_id, value_id) VALUES(?, ?)");
  for (const auto& [userId, values] : attrs.userValues) {
    std::vector<std::int64_t> ids;
    ids.reserve(values.size());
    for (std::size_t a = 0; a < values.size(); ++a) {
      auto key = std::make_pair(attrs.names[a], values[a]);
      auto it = d.valueIds.find(key);
      if (it == d.valueIds.end()) {
        insValue.bind(1, key.first).bind(2, key.second).exec();
        it = d.valueIds.emplace(key, db.lastInsertRowId()).first;
      }
      ids.push_back(it->second);
    }
    std::vector<std::int64_t> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    auto stored = d.userValues.find(userId);
    if (stored != d.userValues.end()) {
      if (stored->second != sorted) return false;
    } else {
      for (std::int64_t id : sorted) insUser.bind(1, userId).bind(2, id).exec();
    }
    d.userValues[userId] = ids;  // from here on: value ids in attribute order
  }
  // Users that vanished while their events stay rolled up: rebuild.
  if (d.userValues.size() != attrs.userValues.size()) return false;

  auto insCat = db.prepare("INSERT INTO rollup_category(name) VALUES(?)");
  auto insItem = db.prepare("INSERT INTO rollup_item_category(item_id, category_id) VALUES(?, ?)");
  auto st = db.prepare("SELECT id, coalesce(category, '') FROM items");
  std::size_t items = 0;
  while (st.step()) {
    ++items;
    std::int64_t item = st.columnInt(0);
    std::string cat = st.columnText(1);
    auto it = d.categoryIds.find(cat);
    if (it == d.categoryIds.end()) {
      insCat.bind(1, cat).exec();
      it = d.categoryIds.emplace(cat, db.lastInsertRowId()).first;
    }
    auto stored = d.itemCategory.find(item);
    if (stored != d.itemCategory.end()) {
      if (stored->second != it->second) return false;
    } else {
      insItem.bind(1, item).bind(2, it->second).exec();
      d.itemCategory.emplace(item, it->second);
    }
  }
  return d.itemCategory.size() == items;
}

template <class Key>
using CountMap = std::unordered_map<Key, Counts, RollupKeyHash>;

// --- Table descriptions. Each rollup table is described once (its name, its key columns and the fields they come
// from, its measures); the generic writer and reader of its kind do the rest. The keys themselves are computed from
// each event in RollupAggregator::add.

// Counted tables (rollup_fact, rollup_segment_pair): one SQL row per key with the five measures of Counts.
template <class Key, std::size_t N>
struct CountTable {
  const char* name;
  const char* keyWords;                          // the key in words, for messages
  std::array<RollupColumn, N> keyColumns;        // the primary key, in order
  std::array<std::int64_t Key::*, N> keyFields;  // the field of each key column
};
constexpr std::array<RollupColumn, 5> kCountColumns{{{"impressions", RollupColumnRole::Count},
                                                     {"clicks", RollupColumnRole::Count},
                                                     {"add_to_carts", RollupColumnRole::Count},
                                                     {"purchases", RollupColumnRole::Count},
                                                     {"revenue", RollupColumnRole::Revenue}}};

constexpr CountTable<FactKey, 6> kFactTable{
    "rollup_fact",
    "segment value, day, placement, variant, category, position",
    {{{"segment_value_id", RollupColumnRole::SegmentValueKey},
      {"day", RollupColumnRole::Key},
      {"placement_id", RollupColumnRole::Key},
      {"variant_id", RollupColumnRole::Key},
      {"category_id", RollupColumnRole::CategoryKey},
      {"position", RollupColumnRole::Key}}},
    {&FactKey::segment, &FactKey::day, &FactKey::placement, &FactKey::variant, &FactKey::category, &FactKey::position}};
constexpr CountTable<PairKey, 6> kPairTable{
    "rollup_segment_pair",
    "segment value a, segment value b, day, placement, variant, category",
    {{{"value_a", RollupColumnRole::SegmentValueKey},
      {"value_b", RollupColumnRole::SegmentValueKey},
      {"day", RollupColumnRole::Key},
      {"placement_id", RollupColumnRole::Key},
      {"variant_id", RollupColumnRole::Key},
      {"category_id", RollupColumnRole::CategoryKey}}},
    {&PairKey::valueA, &PairKey::valueB, &PairKey::day, &PairKey::placement, &PairKey::variant, &PairKey::category}};

// Column-blob tables (rollup_item_days, rollup_segment_item_days, rollup_activity_chunks): entries sorted by key and
// stored as column blobs, one SQL row per group (a day, or 2^14 user ids): far fewer SQLite rows than entries, and
// an appended import merges into the rows it touches. A blob holds the key columns, the integer measures, then the
// revenue column when there is one.
template <class Row, class Keys, class IntMeasures>
struct BlobTable {
  using RowType = Row;
  const char* name;
  const char* groupColumn;             // the SQL row's key
  const char* context;                 // names a group in decoding errors, before its number
  const char* keyWords;                // the key in words, for messages
  Keys keys;                           // member pointers of the key fields, in sort order
  IntMeasures measures;                // member pointers of the integer measures
  double Row::*revenue;                // a summed revenue column (stored as null where 0), or nullptr
  std::int64_t (*groupOf)(const Row&);
  void (*setGroup)(Row&, std::int64_t);    // what a decoded entry knows from its group beyond its columns
  void (*merge)(Row& into, const Row& from);  // combines the measures of two entries with equal keys
};
// Spelled out for compilers without class template argument deduction for aggregates (clang before 17).
template <class Row, class Keys, class IntMeasures>
BlobTable(const char*, const char*, const char*, const char*, Keys, IntMeasures, double Row::*, std::int64_t (*)(const Row&),
          void (*)(Row&, std::int64_t), void (*)(Row&, const Row&)) -> BlobTable<Row, Keys, IntMeasures>;

constexpr int kActivityChunkShift = 14;

void addItemMeasures(ItemRollupRow& to, const ItemRollupRow& from) { addMeasures(to, from); }
constexpr auto kItemMeasures = std::tuple{&ItemRollupRow::impressions, &ItemRollupRow::clicks,
                                          &ItemRollupRow::addToCarts, &ItemRollupRow::purchases};
constexpr std::int64_t itemGroup(const ItemRollupRow& r) { return r.day; }
constexpr void setItemGroup(ItemRollupRow& r, std::int64_t day) { r.day = day; }

// Items of all users: segment is 0 throughout and not stored.
constexpr BlobTable kItemDays{"rollup_item_days",
                              "day",
                              "item rollup of day ",
                              "day, item, placement, variant",
                              std::tuple{&ItemRollupRow::item, &ItemRollupRow::placement, &ItemRollupRow::variant},
                              kItemMeasures,
                              &ItemRollupRow::revenue,
                              itemGroup,
                              setItemGroup,
                              addItemMeasures};
constexpr BlobTable kSegmentItemDays{
    "rollup_segment_item_days",
    "day",
    "segment item rollup of day ",
    "day, segment value, item, placement, variant",
    std::tuple{&ItemRollupRow::segment, &ItemRollupRow::item, &ItemRollupRow::placement, &ItemRollupRow::variant},
    kItemMeasures,
    &ItemRollupRow::revenue,
    itemGroup,
    setItemGroup,
    addItemMeasures};
constexpr BlobTable kActivityChunks{
    "rollup_activity_chunks",
    "chunk",
    "activity rollup chunk ",
    "user, block, placement, variant, category",
    std::tuple{&ActivityRollupRow::user, &ActivityRollupRow::block, &ActivityRollupRow::placement,
               &ActivityRollupRow::variant, &ActivityRollupRow::category},
    std::tuple{&ActivityRollupRow::dayMask},
    static_cast<double ActivityRollupRow::*>(nullptr),
    +[](const ActivityRollupRow& r) { return r.user >> kActivityChunkShift; },  // monotone in the key order
    +[](ActivityRollupRow&, std::int64_t) {},
    +[](ActivityRollupRow& to, const ActivityRollupRow& from) { to.dayMask |= from.dayMask; }};

// --- The generic writer and reader of counted tables.

template <class Key, std::size_t N>
bool keyLess(const CountTable<Key, N>& t, const Key& a, const Key& b) {
  for (auto field : t.keyFields)
    if (a.*field != b.*field) return a.*field < b.*field;
  return false;
}

// Appended counts add to those stored under the same key.
template <class Key, std::size_t N>
std::string upsertSql(const CountTable<Key, N>& t) {
  std::string keys, measures, params = "?", updates;
  for (const RollupColumn& k : t.keyColumns) keys += std::string(keys.empty() ? "" : ", ") + k.name;
  for (const RollupColumn& m : kCountColumns) {
    const std::string c = m.name;
    measures += ", " + c;
    updates += (updates.empty() ? "" : ", ") + c + "=" + c + "+excluded." + c;
  }
  for (std::size_t i = 1; i < N + kCountColumns.size(); ++i) params += ",?";
  return "INSERT INTO " + std::string(t.name) + "(" + keys + measures + ") VALUES(" + params + ") ON CONFLICT(" +
         keys + ") DO UPDATE SET " + updates;
}

// Writes in primary-key order: inserting into the WITHOUT ROWID tables sequentially instead of in hash order keeps
// B-tree page writes local (several times faster on large rollups).
template <class Key, std::size_t N>
void flushCounts(Database& db, const CountTable<Key, N>& t, const CountMap<Key>& counts) {
  std::vector<const typename CountMap<Key>::value_type*> entries;
  entries.reserve(counts.size());
  for (const auto& e : counts) entries.push_back(&e);
  std::sort(entries.begin(), entries.end(), [&](const auto* a, const auto* b) { return keyLess(t, a->first, b->first); });
  auto st = db.prepare(upsertSql(t));
  for (const auto* e : entries) {
    const auto& [k, c] = *e;
    int i = 1;
    for (auto field : t.keyFields) st.bind(i++, k.*field);
    st.bind(i, c.impressions).bind(i + 1, c.clicks).bind(i + 2, c.addToCarts).bind(i + 3, c.purchases)
        .bind(i + 4, c.revenue).exec();
  }
}

// --- The generic writer and reader of column-blob tables.

template <class Table, class Row = typename Table::RowType>
bool keyLess(const Table& t, const Row& a, const Row& b) {
  return std::apply([&](auto... f) { return std::tie(a.*f...) < std::tie(b.*f...); }, t.keys);
}
template <class Table, class Row = typename Table::RowType>
bool sameKey(const Table& t, const Row& a, const Row& b) {
  return std::apply([&](auto... f) { return ((a.*f == b.*f) && ...); }, t.keys);
}

// Most entries have no revenue: stored as nulls (a bitmap) instead of a column of zeros.
double revenueOrNull(double revenue) { return revenue == 0.0 ? std::numeric_limits<double>::quiet_NaN() : revenue; }

template <class Table, class Row = typename Table::RowType>
std::string encodeRows(const Table& t, const std::vector<Row>& rows) {
  std::vector<std::int64_t> col(rows.size());
  std::string out;
  auto ints = [&](auto... fields) {
    auto one = [&](auto field) {
      for (std::size_t i = 0; i < rows.size(); ++i) col[i] = static_cast<std::int64_t>(rows[i].*field);
      encodeIntColumn(out, col);
    };
    (one(fields), ...);
  };
  std::apply(ints, t.keys);
  std::apply(ints, t.measures);
  if (t.revenue) {
    std::vector<double> revenue(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) revenue[i] = revenueOrNull(rows[i].*t.revenue);
    encodeRealColumn(out, revenue);
  }
  return out;
}

// Appends the n entries of a group's blob to out.
template <class Table, class Row = typename Table::RowType>
void decodeRows(const Table& t, std::string_view blob, std::int64_t group, std::uint32_t n, std::vector<Row>& out) {
  ColumnReader r(blob, t.context + std::to_string(group));
  std::vector<std::int64_t> col;
  const std::size_t base = out.size();
  out.resize(base + n);
  for (std::size_t i = 0; i < n; ++i) t.setGroup(out[base + i], group);
  auto ints = [&](auto... fields) {
    auto one = [&](auto field) {
      r.ints(n, col);
      for (std::size_t i = 0; i < n; ++i)
        out[base + i].*field = static_cast<std::remove_reference_t<decltype(out[0].*field)>>(col[i]);
    };
    (one(fields), ...);
  };
  std::apply(ints, t.keys);
  std::apply(ints, t.measures);
  if (t.revenue) {
    std::vector<double> revenue;
    r.reals(n, revenue);
    for (std::size_t i = 0; i < n; ++i) out[base + i].*t.revenue = std::isnan(revenue[i]) ? 0.0 : revenue[i];
  }
  if (!r.atEnd()) r.fail("trailing bytes");
}

template <class Table, class Row = typename Table::RowType>
std::vector<Row> readBlobTable(Database& db, const Table& t) {
  std::vector<Row> rows;
  auto st = db.prepare(std::string("SELECT ") + t.groupColumn + ", entries, data FROM " + t.name + " ORDER BY " +
                       t.groupColumn);
  while (st.step()) decodeRows(t, st.columnBlob(2), st.columnInt(0), static_cast<std::uint32_t>(st.columnInt(1)), rows);
  return rows;
}

template <class Table, class Row = typename Table::RowType>
std::vector<Row> readBlobGroup(Database& db, const Table& t, std::int64_t group) {
  std::vector<Row> rows;
  auto st = db.prepare(std::string("SELECT entries, data FROM ") + t.name + " WHERE " + t.groupColumn + " = ?");
  st.bind(1, group);
  if (st.step()) decodeRows(t, st.columnBlob(1), group, static_cast<std::uint32_t>(st.columnInt(0)), rows);
  return rows;
}

// Reads and replaces single groups of a column-blob table.
template <class Table>
class BlobGroupWriter {
 public:
  using Row = typename Table::RowType;
  BlobGroupWriter(Database& db, const Table& t)
      : t_(t),
        get_(db.prepare(std::string("SELECT entries, data FROM ") + t.name + " WHERE " + t.groupColumn + " = ?")),
        put_(db.prepare(std::string("INSERT OR REPLACE INTO ") + t.name + "(" + t.groupColumn +
                        ", entries, data) VALUES(?, ?, ?)")) {}
  // Appends the entries stored for group to out; false when there are none.
  bool readStored(std::int64_t group, std::vector<Row>& out) {
    get_.reset();
    get_.bind(1, group);
    const bool stored = get_.step();
    if (stored) decodeRows(t_, get_.columnBlob(1), group, static_cast<std::uint32_t>(get_.columnInt(0)), out);
    get_.reset();
    return stored;
  }
  void put(std::int64_t group, std::uint32_t entries, const std::string& blob) {
    put_.bind(1, group).bind(2, static_cast<std::int64_t>(entries)).bindBlob(3, blob.data(), blob.size()).exec();
  }
  // Stores rows (sorted by key; equal keys in the order their measures are to be combined) as the group's entries.
  void putMerged(std::int64_t group, const std::vector<Row>& rows) {
    merged_.clear();
    for (const auto& r : rows) {
      if (!merged_.empty() && sameKey(t_, merged_.back(), r)) t_.merge(merged_.back(), r);
      else merged_.push_back(r);
    }
    put(group, static_cast<std::uint32_t>(merged_.size()), encodeRows(t_, merged_));
  }

 private:
  const Table& t_;
  Statement get_, put_;
  std::vector<Row> merged_;
};

// Encoded entries of one group (several when a day's events came in separate runs), each part sorted by key.
struct GroupParts {
  std::vector<std::pair<std::uint32_t, std::string>> parts;  // entries, encodeRows() blob
};

// Writes each group's encoded parts, merging with what the table already holds for that group when needed.
template <class Table>
void storeParts(Database& db, const Table& t, std::map<std::int64_t, GroupParts>& byGroup) {
  BlobGroupWriter writer(db, t);
  std::vector<typename Table::RowType> rows;
  for (auto& [group, g] : byGroup) {
    rows.clear();
    const bool stored = writer.readStored(group, rows);
    if (!stored && g.parts.size() == 1) {  // the common case: a new group in one run, already encoded
      const auto& [n, blob] = g.parts.front();
      writer.put(group, n, blob);
      continue;
    }
    for (const auto& [n, blob] : g.parts) decodeRows(t, blob, group, n, rows);
    std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) { return keyLess(t, a, b); });
    writer.putMerged(group, rows);
  }
  byGroup.clear();
}

// Writes fresh entries (any order, keys may repeat), merging each group with what the table already holds for it.
template <class Table>
void storeRows(Database& db, const Table& t, std::vector<typename Table::RowType>& fresh) {
  if (fresh.empty()) return;
  auto less = [&](const auto& a, const auto& b) { return keyLess(t, a, b); };
  std::sort(fresh.begin(), fresh.end(), less);
  BlobGroupWriter writer(db, t);
  std::vector<typename Table::RowType> rows;
  for (std::size_t i = 0; i < fresh.size();) {
    const std::int64_t group = t.groupOf(fresh[i]);
    std::size_t j = i;
    while (j < fresh.size() && t.groupOf(fresh[j]) == group) ++j;
    rows.assign(fresh.begin() + static_cast<std::ptrdiff_t>(i), fresh.begin() + static_cast<std::ptrdiff_t>(j));
    const auto freshCount = static_cast<std::ptrdiff_t>(rows.size());
    writer.readStored(group, rows);
    std::inplace_merge(rows.begin(), rows.begin() + freshCount, rows.end(), less);
    writer.putMerged(group, rows);
    i = j;
  }
  fresh.clear();
}
// each (placement, variant) pair seen. Events beyond the dense ranges (negative ids, more than kPairSlots pairs, huge
// ids) go through hash maps instead, so any data is aggregated exactly.
constexpr std::int64_t kPairSlots = 16;

struct ItemCell {
  std::uint32_t impressions = 0, clicks = 0, addToCarts = 0, purchases = 0;
  double revenue = 0;
  bool empty() const { return (impressions | clicks | addToCarts | purchases) == 0; }
};
constexpr std::int64_t kMaxItemCells = 1 << 22;      // per (placement, variant) pair: 96 MB of item cells at most
constexpr std::int64_t kMaxActivityCells = 1 << 24;  // per pair: 128 MB of activity masks at most

class PairSlots {
 public:
  // The slot of (placement, variant), or -1 when all slots are taken.
  std::int64_t slot(std::int64_t placement, std::int64_t variant) {
    if (placement == lastPlacement_ && variant == lastVariant_) return lastSlot_;
    std::int64_t found = -1;
    for (std::size_t i = 0; i < pairs_.size(); ++i)
      if (pairs_[i].first == placement && pairs_[i].second == variant) found = static_cast<std::int64_t>(i);
    if (found < 0 && static_cast<std::int64_t>(pairs_.size()) < kPairSlots) {
      pairs_.emplace_back(placement, variant);
      found = static_cast<std::int64_t>(pairs_.size()) - 1;
    }
    lastPlacement_ = placement;
    lastVariant_ = variant;
    lastSlot_ = found;
    return found;
  }
  const std::pair<std::int64_t, std::int64_t>& pair(std::int64_t slot) const {
    return pairs_[static_cast<std::size_t>(slot)];
  }
  // Slot numbers ranked by (placement, variant).
  std::vector<std::int64_t> ranks() const {
    std::vector<std::int64_t> order(pairs_.size()), rank(pairs_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::int64_t>(i);
    std::sort(order.begin(), order.end(), [&](std::int64_t x, std::int64_t y) { return pair(x) < pair(y); });
    for (std::size_t r = 0; r < order.size(); ++r) rank[static_cast<std::size_t>(order[r])] = static_cast<std::int64_t>(r);
    return rank;
  }

 private:
  std::vector<std::pair<std::int64_t, std::int64_t>> pairs_;
  std::int64_t lastPlacement_ = -1, lastVariant_ = -1, lastSlot_ = -1;
};

// Items per day (and per segment value, for the per-segment table: `segment` 0 in the all-users one).
template <class Table>
class ItemAccumulator {
 public:
  explicit ItemAccumulator(const Table& table) : table_(table) {}
  void add(std::int64_t day, std::int64_t segment, std::int64_t item, std::int64_t placement, std::int64_t variant,
           int type, double revenue) {
    const std::int64_t pv = item >= 0 && item < kMaxItemCells && segment >= 0 && segment < kMaxSegments
                                ? slots_.slot(placement, variant)
                                : -1;
    if (pv < 0) {
      overflow_[SegmentItemKey{ItemKey{day, item, placement, variant}, segment}].add(type, revenue);
      return;
    }
    if (day != day_) {
      emit();
      day_ = day;
    }
    // One cell vector per (segment, placement-variant pair), indexed by item: dense and compact.
    const auto seg = static_cast<std::size_t>(segment);
    if (seg >= cells_.size()) cells_.resize(seg + 1);
    auto& cells = cells_[seg][static_cast<std::size_t>(pv)];
    const auto i = static_cast<std::size_t>(item);
    if (i >= cells.size()) cells.resize(std::max(i + 1, cells.size() * 3 / 2));
    ItemCell& c = cells[i];
    if (c.empty()) touched_.push_back({static_cast<std::uint32_t>(segment), static_cast<std::uint32_t>(item),
                                       static_cast<std::uint32_t>(pv)});
    switch (type) {
      case 0: ++c.impressions; break;
      case 1: ++c.clicks; break;
      case 2: ++c.addToCarts; break;
      default:
        ++c.purchases;
        c.revenue += revenue;
    }
  }
  // Memory held for results (encoded days and the exceptional hash-map entries).
  std::size_t heldBytes() const { return pendingBytes_ + overflow_.size() * 96; }
  // Moves everything accumulated into out (by day).
  void drain(std::map<std::int64_t, GroupParts>& out) {
    emit();
    pendingBytes_ = 0;
    for (auto& [day, d] : pending_)
      for (auto& part : d.parts) out[day].parts.push_back(std::move(part));
    pending_.clear();
    std::map<std::int64_t, std::vector<ItemRollupRow>> overflowByDay;
    for (const auto& [k, c] : overflow_)
      overflowByDay[k.key.day].push_back({k.key.day, k.key.item, k.key.placement, k.key.variant, c.impressions,
                                          c.clicks, c.addToCarts, c.purchases, c.revenue, k.segment});
    overflow_.clear();
    for (auto& [day, rows] : overflowByDay) {
      std::sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) { return keyLess(table_, a, b); });
      out[day].parts.emplace_back(static_cast<std::uint32_t>(rows.size()), encodeRows(table_, rows));
    }
  }

 private:
  static constexpr std::int64_t kMaxSegments = 4096;
  struct Touched {
    std::uint32_t segment, item, pv;
  };
  struct SegmentItemKey {
    ItemKey key;
    std::int64_t segment;
    bool operator==(const SegmentItemKey&) const = default;
  };
  struct SegmentItemHash {
    std::size_t operator()(const SegmentItemKey& k) const { return RollupKeyHash::mix(RollupKeyHash()(k.key), k.segment); }
  };

  // Encodes the current day's touched cells in (segment, item, placement, variant) order and clears them.
  void emit() {
    if (touched_.empty()) return;
    const std::vector<std::int64_t> rank = slots_.ranks();
    std::sort(touched_.begin(), touched_.end(), [&](const Touched& a, const Touched& b) {
      return std::tie(a.segment, a.item, rank[a.pv]) < std::tie(b.segment, b.item, rank[b.pv]);
    });
    const std::size_t n = touched_.size();
    rows_.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
      const Touched& t = touched_[k];
      ItemCell& c = cells_[t.segment][t.pv][t.item];
      const auto& [placement, variant] = slots_.pair(t.pv);
      rows_[k] = {day_,     t.item,        placement,   variant,   c.impressions,
                  c.clicks, c.addToCarts, c.purchases, c.revenue, t.segment};
      c = ItemCell{};
    }
    std::string blob = encodeRows(table_, rows_);
    pendingBytes_ += blob.size();
    pending_[day_].parts.emplace_back(static_cast<std::uint32_t>(n), std::move(blob));
    touched_.clear();
  }
  const Table& table_;
  PairSlots slots_;
  std::vector<std::array<std::vector<ItemCell>, kPairSlots>> cells_;  // [segment][pair][item]
  std::vector<Touched> touched_;
  std::vector<ItemRollupRow> rows_;  // the current day's entries, reused
  std::int64_t day_ = std::numeric_limits<std::int64_t>::min();
  std::map<std::int64_t, GroupParts> pending_;
  std::size_t pendingBytes_ = 0;
  std::unordered_map<SegmentItemKey, Counts, SegmentItemHash> overflow_;
};

class ActivityAccumulator {
 public:
  // categories: category ids 0 .. categories - 1 are dense; others go to the hash map.
  explicit ActivityAccumulator(std::int64_t categories) : categories_(std::max<std::int64_t>(categories, 1)) {}
  void add(std::int64_t user, std::int64_t day, std::int64_t placement, std::int64_t variant, std::int64_t category) {
    const std::int64_t block = blockOf(day);
    const std::uint64_t bit = std::uint64_t{1} << bitOf(day);
    const std::int64_t pv =
        user >= 0 && user < kMaxActivityCells / categories_ && category >= 0 && category < categories_
            ? slots_.slot(placement, variant)
            : -1;
    if (pv < 0) {
      overflow_[ActivityKey{user, block, placement, variant, category}] |= bit;
      return;
    }
    if (block != block_) {
      emit();
      block_ = block;
    }
    auto& masks = masks_[static_cast<std::size_t>(pv)];
    const auto i = static_cast<std::size_t>(user * categories_ + category);
    if (i >= masks.size()) masks.resize(std::max(i + 1, masks.size() * 3 / 2));
    std::uint64_t& m = masks[i];
    if (!m) touched_.push_back(i * kPairSlots + static_cast<std::size_t>(pv));
    m |= bit;
  }
  std::size_t heldBytes() const { return rows_.size() * sizeof(ActivityRollupRow) + overflow_.size() * 80; }
  void drain(std::vector<ActivityRollupRow>& out) {
    emit();
    out.insert(out.end(), rows_.begin(), rows_.end());
    rows_.clear();
    for (const auto& [k, mask] : overflow_) out.push_back({k.user, k.block, k.placement, k.variant, k.category, mask});
    overflow_.clear();
  }

 private:
  void emit() {
    for (std::size_t index : touched_) {
      const auto pv = static_cast<std::int64_t>(index % kPairSlots);
      const auto i = static_cast<std::int64_t>(index / kPairSlots);
      const auto& [placement, variant] = slots_.pair(pv);
      std::uint64_t& m = masks_[static_cast<std::size_t>(pv)][static_cast<std::size_t>(i)];
      rows_.push_back({i / categories_, block_, placement, variant, i % categories_, m});
      m = 0;
    }
    touched_.clear();
  }
  std::int64_t categories_;
  PairSlots slots_;
  std::array<std::vector<std::uint64_t>, kPairSlots> masks_;
  std::vector<std::size_t> touched_;
  std::int64_t block_ = std::numeric_limits<std::int64_t>::min();
  std::vector<ActivityRollupRow> rows_;
  std::unordered_map<ActivityKey, std::uint64_t, RollupKeyHash> overflow_;
};

// The columns the rollups read.
constexpr EventColumnMask kRollupColumns = columnBit(EventColumn::User) | columnBit(EventColumn::Item) |
                                           columnBit(EventColumn::Type) | columnBit(EventColumn::Ts) |
                                           columnBit(EventColumn::Position) | columnBit(EventColumn::Placement) |
                                           columnBit(EventColumn::Variant) | columnBit(EventColumn::Revenue);

// Aggregates events given each user's segment value ids and each item's category id. Holds no database handle, so
// it can run on a worker thread; store() writes (and merges) into the rollup tables.
class RollupAggregator {
 public:
  RollupAggregator(const std::unordered_map<std::int64_t, std::vector<std::int64_t>>& userValues,
                   const std::unordered_map<std::int64_t, std::int64_t>& itemCategory, std::int64_t categories,
                   std::int64_t unknownCategory)
      : userValues_(userValues), itemCategory_(itemCategory), unknownCategory_(unknownCategory),
        activity_(categories) {}

  void add(const EventBlock& b, std::uint32_t begin, std::uint32_t end) {
    const auto& userCol = b.col(EventColumn::User);
    const auto& itemCol = b.col(EventColumn::Item);
    const auto& typeCol = b.col(EventColumn::Type);
    const auto& tsCol = b.col(EventColumn::Ts);
    const auto& positionCol = b.col(EventColumn::Position);
    const auto& placementCol = b.col(EventColumn::Placement);
    const auto& variantCol = b.col(EventColumn::Variant);
    const auto& revenueCol = b.real(EventColumn::Revenue);
    auto orZero = [](std::int64_t v) { return v == EventRow::kNullInt ? 0 : v; };
    for (std::uint32_t r = begin; r < end; ++r) {
      const std::int64_t user = userCol[r];
      const std::int64_t item = itemCol[r];
      const int type = static_cast<int>(typeCol[r]);
      const std::int64_t day = dayOf(tsCol[r]);
      const std::int64_t position = orZero(positionCol[r]);
      const std::int64_t placement = orZero(placementCol[r]);
      const std::int64_t variant = orZero(variantCol[r]);
      const double revenue = std::isnan(revenueCol[r]) ? 0.0 : revenueCol[r];
      if (user != lastUser_) {
        auto it = userValues_.find(user);
        values_ = it == userValues_.end() ? &noValues_ : &it->second;
        lastUser_ = user;
      }
      if (item != lastItem_) {
        auto ic = itemCategory_.find(item);
        category_ = ic == itemCategory_.end() ? unknownCategory_ : ic->second;
        lastItem_ = item;
      }
      activity_.add(user, day, placement, variant, category_);
      if (type < 0 || type > 3) continue;  // ratings and views count as activity only
      facts_[FactKey{0, day, placement, variant, category_, position}].add(type, revenue);
      const auto& v = *values_;
      for (std::size_t a = 0; a < v.size(); ++a) {
        facts_[FactKey{v[a], day, placement, variant, category_, position}].add(type, revenue);
        for (std::size_t c = a + 1; c < v.size(); ++c)
          pairs_[PairKey{v[a], v[c], day, placement, variant, category_}].add(type, revenue);
      }
      items_.add(day, 0, item, placement, variant, type, revenue);
      for (std::int64_t value : v) segmentItems_.add(day, value, item, placement, variant, type, revenue);
    }
    pending_ += end - begin;
  }
  std::int64_t pending() const { return pending_; }
  // Approximate memory held by the aggregated results (not the fixed-size dense tables).
  std::size_t heldBytes() const {
    return items_.heldBytes() + segmentItems_.heldBytes() + activity_.heldBytes() +
           (facts_.size() + pairs_.size()) * 112;
  }

  // Writes everything accumulated so far into the rollup tables (category ids equal to `from` become `to`).
  void store(Database& db, std::int64_t from = std::numeric_limits<std::int64_t>::min(), std::int64_t to = 0) {
    if (from != std::numeric_limits<std::int64_t>::min()) remapCategory(from, to);
    flushCounts(db, kFactTable, facts_);
    flushCounts(db, kPairTable, pairs_);
    facts_.clear();
    pairs_.clear();
    items_.drain(itemDays_);
    storeParts(db, kItemDays, itemDays_);
    segmentItems_.drain(itemDays_);
    storeParts(db, kSegmentItemDays, itemDays_);
    activity_.drain(activityRows_);
    if (from != std::numeric_limits<std::int64_t>::min())
      for (auto& r : activityRows_)
        if (r.category == from) r.category = to;
    storeRows(db, kActivityChunks, activityRows_);
    pending_ = 0;
  }

 private:
  void remapCategory(std::int64_t from, std::int64_t to) {
    remapCategoryOf(facts_, from, to);
    remapCategoryOf(pairs_, from, to);
  }
  template <class Key>
  static void remapCategoryOf(CountMap<Key>& map, std::int64_t from, std::int64_t to) {
    CountMap<Key> out;
    for (const auto& [k, c] : map) {
      Key key = k;
      if (key.category == from) key.category = to;
      out[key] += c;
    }
    map.swap(out);
  }

  const std::unordered_map<std::int64_t, std::vector<std::int64_t>>& userValues_;
  const std::unordered_map<std::int64_t, std::int64_t>& itemCategory_;
  const std::int64_t unknownCategory_;
  const std::vector<std::int64_t> noValues_;
  std::int64_t lastUser_ = std::numeric_limits<std::int64_t>::min();
  std::int64_t lastItem_ = std::numeric_limits<std::int64_t>::min();
  const std::vector<std::int64_t>* values_ = &noValues_;
  std::int64_t category_ = 0;
  CountMap<FactKey> facts_;
  CountMap<PairKey> pairs_;
  ItemAccumulator<decltype(kItemDays)> items_{kItemDays};
  ItemAccumulator<decltype(kSegmentItemDays)> segmentItems_{kSegmentItemDays};
  ActivityAccumulator activity_;
  std::map<std::int64_t, GroupParts> itemDays_;
  std::vector<ActivityRollupRow> activityRows_;
  std::int64_t pending_ = 0;
};

void aggregateEvents(Database& db, const Dictionaries& d, std::int64_t afterId, std::int64_t upToId) {
  // Events of users or items missing from their tables (only possible with foreign keys off) count in the totals,
  // with no segment and category id 0.
  RollupAggregator agg(d.userValues, d.itemCategory, db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM rollup_category"),
                       0);
  EventScanner scan(db, kRollupColumns, afterId + 1, upToId);
  while (scan.next()) {
    agg.add(scan.block(), scan.rowBegin(), scan.rowEnd());
    if (agg.pending() >= kChunkEvents) agg.store(db);
  }
  agg.store(db);
}

}  // namespace

std::vector<ItemRollupRow> readItemRollups(Database& db) { return readBlobTable(db, kItemDays); }

std::vector<ItemRollupRow> readSegmentItemRollups(Database& db) { return readBlobTable(db, kSegmentItemDays); }

std::vector<ActivityRollupRow> readActivityRollups(Database& db) { return readBlobTable(db, kActivityChunks); }

namespace {

template <class Key, std::size_t N>
RollupTableInfo countTableInfo(const CountTable<Key, N>& t) {
  RollupTableInfo info{t.name, t.keyWords, std::nullopt, {t.keyColumns.begin(), t.keyColumns.end()}};
  info.columns.insert(info.columns.end(), kCountColumns.begin(), kCountColumns.end());
  return info;
}

template <class Table>
RollupTableInfo blobTableInfo(const Table& t, RollupBlobTable which) {
  return {t.name, t.keyWords, which, {}};
}

}  // namespace

const std::vector<RollupTableInfo>& rollupTableList() {
  static const std::vector<RollupTableInfo> tables = {
      blobTableInfo(kItemDays, RollupBlobTable::ItemDays),
      blobTableInfo(kSegmentItemDays, RollupBlobTable::SegmentItemDays),
      blobTableInfo(kActivityChunks, RollupBlobTable::ActivityChunks),
      countTableInfo(kFactTable),
      countTableInfo(kPairTable),
      // The two maps written by reconcile (one SQL row per user segment value, per item).
      {"rollup_user_segment", "user, segment value", std::nullopt,
       {{"user_id", RollupColumnRole::Key}, {"value_id", RollupColumnRole::SegmentValueKey}}},
      {"rollup_item_category", "item", std::nullopt,
       {{"item_id", RollupColumnRole::Key}, {"category_id", RollupColumnRole::CategoryValue}}},
  };
  return tables;
}

std::vector<std::int64_t> rollupGroups(Database& db, RollupBlobTable table) {
  auto groups = [&](const auto& t) {
    std::vector<std::int64_t> out;
    auto st = db.prepare(std::string("SELECT ") + t.groupColumn + " FROM " + t.name + " ORDER BY " + t.groupColumn);
    while (st.step()) out.push_back(st.columnInt(0));
    return out;
  };
  switch (table) {
    case RollupBlobTable::ItemDays: return groups(kItemDays);
    case RollupBlobTable::SegmentItemDays: return groups(kSegmentItemDays);
    case RollupBlobTable::ActivityChunks: return groups(kActivityChunks);
  }
  return {};
}

std::vector<ItemRollupRow> readItemRollups(Database& db, std::int64_t day) { return readBlobGroup(db, kItemDays, day); }

std::vector<ItemRollupRow> readSegmentItemRollups(Database& db, std::int64_t day) {
  return readBlobGroup(db, kSegmentItemDays, day);
}

std::vector<ActivityRollupRow> readActivityRollups(Database& db, std::int64_t chunk) {
  return readBlobGroup(db, kActivityChunks, chunk);
}

std::int64_t rollupsLastEventId(Database& db) {
  auto st = db.prepare("SELECT value FROM meta WHERE key=?");
  st.bind(1, kLastEventKey);
  if (!st.step()) return 0;
  const std::string text = st.columnText(0);
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || text.empty())
    throw std::runtime_error("'" + db.path() + "': meta '" + kLastEventKey + "' is damaged: '" + text.substr(0, 40) +
                             "' is not an event id");
  return id;
}

bool rollupsUpToDate(Database& db) {
  return rollupsLastEventId(db) == maxEventId(db);
}

void invalidateRollups(Database& db) {
  writeLastEventId(db, -1);
}

// ---------------------------------------------------------------------------------------------------------------

struct StreamingRollups::State {
  static constexpr std::size_t kMaxQueued = 4;
  bool enabled = false;
  std::size_t memoryBudget = 0;
  bool overBudget = false;  // the results outgrew the budget: dropped, finish() rebuilds in bounded chunks
  std::vector<std::string> attributeNames;
  Dictionaries dict;                  // dictionaries in force when the import started (attribute order)
  std::int64_t unknownCategory = 0;  // provisional category of items the import creates
  std::unique_ptr<RollupAggregator> agg;
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::unique_ptr<EventBlock>> queue;
  std::vector<std::unique_ptr<EventBlock>> spare;  // aggregated blocks, reused for the next copies
  bool closing = false;
  std::exception_ptr error;
  std::thread worker;

  void run() {
    for (;;) {
      std::unique_ptr<EventBlock> block;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return closing || !queue.empty(); });
        if (queue.empty()) return;
        block = std::move(queue.front());
        queue.pop_front();
      }
      changed.notify_all();
      try {
        if (!error && !overBudget) {
          agg->add(*block, 0, block->count);
          if (agg->heldBytes() > memoryBudget) {
            overBudget = true;
            agg.reset();
          }
        }
      } catch (...) {
        error = std::current_exception();
      }
      std::lock_guard lock(mutex);
      if (spare.size() < kMaxQueued) spare.push_back(std::move(block));
    }
  }
  void stop() {
    {
      std::lock_guard lock(mutex);
      closing = true;
    }
    changed.notify_all();
    if (worker.joinable()) worker.join();
  }
};

StreamingRollups::StreamingRollups(Database& db, std::size_t memoryBudget) : s_(std::make_unique<State>()) {
  s_->memoryBudget = memoryBudget;
  if (!rollupsUpToDate(db)) return;  // a rebuild is due anyway: finish() does it
  const SegmentAttributes attrs = SegmentAttributes::fromUsers(db);
  s_->dict = loadStored(db);
  if (!reconcile(db, attrs, s_->dict, false)) return;  // dictionaries changed since the last rollup: full rebuild
  s_->attributeNames = attrs.names;
  s_->unknownCategory = db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM rollup_category");
  s_->agg = std::make_unique<RollupAggregator>(s_->dict.userValues, s_->dict.itemCategory, s_->unknownCategory + 1,
                                               s_->unknownCategory);
  s_->enabled = true;
  s_->worker = std::thread([state = s_.get()] { state->run(); });
}

StreamingRollups::~StreamingRollups() { s_->stop(); }

void StreamingRollups::add(const EventBlock& block, std::uint32_t fromRow) {
  if (!s_->enabled || fromRow >= block.count) return;
  std::unique_ptr<EventBlock> copy;
  {
    std::lock_guard lock(s_->mutex);
    if (!s_->spare.empty()) {
      copy = std::move(s_->spare.back());
      s_->spare.pop_back();
    }
  }
  if (!copy) copy = std::make_unique<EventBlock>();
  copy->firstId = block.firstId + fromRow;
  copy->count = block.count - fromRow;
  for (unsigned c = 0; c < kEventColumnCount; ++c) {
    if (!(kRollupColumns & (EventColumnMask{1} << c))) continue;
    if (isRealColumn(static_cast<EventColumn>(c)))
      copy->reals[c].assign(block.reals[c].begin() + fromRow, block.reals[c].end());
    else
      copy->ints[c].assign(block.ints[c].begin() + fromRow, block.ints[c].end());
  }
  std::unique_lock lock(s_->mutex);
  s_->changed.wait(lock, [&] { return s_->queue.size() < State::kMaxQueued; });
  s_->queue.push_back(std::move(copy));
  lock.unlock();
  s_->changed.notify_all();
}

void StreamingRollups::finish(Database& db) {
  s_->stop();
  if (!s_->enabled || s_->error || s_->overBudget) {
    rebuildRollups(db);
    return;
  }
  // The streamed figures hold if the dictionaries still agree: the same segment attributes, users that existed keep
  // their values (reconcile checks), new users have no segment values, and all new items share one category.
  const SegmentAttributes attrs = SegmentAttributes::fromUsers(db);
  Dictionaries now = loadStored(db);
  bool valid = attrs.names == s_->attributeNames && reconcile(db, attrs, now, false);
  std::optional<std::int64_t> newCategory;
  if (valid && !attrs.names.empty())
    for (const auto& [user, values] : now.userValues)
      if (!s_->dict.userValues.count(user)) {
        valid = false;
        break;
      }
  if (valid)
    for (const auto& [item, category] : now.itemCategory) {
      if (s_->dict.itemCategory.count(item)) continue;
      if (newCategory && *newCategory != category) {
        valid = false;
        break;
      }
      newCategory = category;
    }
  if (!valid) {
    rebuildRollups(db);
    return;
  }
  s_->agg->store(db, s_->unknownCategory, newCategory.value_or(0));
  writeLastEventId(db, maxEventId(db));
}

void rebuildRollups(Database& db) {
  std::optional<Transaction> ownTx;
  if (!db.inTransaction()) ownTx.emplace(db);

  const SegmentAttributes attrs = SegmentAttributes::fromUsers(db);
  const std::int64_t maxId = maxEventId(db);
  std::int64_t lastId = rollupsLastEventId(db);
  bool full = lastId < 0 || lastId > maxId;
  if (full) clearRollups(db);
  Dictionaries d = loadStored(db);
  if (!reconcile(db, attrs, d, full)) {
    full = true;
    clearRollups(db);
    d = loadStored(db);
    reconcile(db, attrs, d, true);
  }
  if (full) lastId = 0;
  d.attributes = attrs.names;
  if (maxId > lastId) aggregateEvents(db, d, lastId, maxId);
  writeLastEventId(db, maxId);
  if (ownTx) ownTx->commit();
}

}  // namespace reco

#include "core/analytics/Rollups.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "core/analytics/RollupKeys.h"
#include "core/analytics/SegmentAttributes.h"
#include "core/storage/EventStore.h"

namespace reco {

namespace {

constexpr const char* kLastEventKey = "rollup.last_event_id";
constexpr std::int64_t kChunkEvents = 2'000'000;  // events aggregated in memory before flushing to the tables

struct Counts {
  std::int64_t impressions = 0, clicks = 0, addToCarts = 0, purchases = 0;
  double revenue = 0;
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

std::int64_t readLastEventId(Database& db) {
  auto st = db.prepare("SELECT value FROM meta WHERE key=?");
  st.bind(1, kLastEventKey);
  if (!st.step()) return 0;
  return std::stoll(st.columnText(0));
}

void writeLastEventId(Database& db, std::int64_t id) {
  auto st = db.prepare(
      "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
  st.bind(1, kLastEventKey).bind(2, std::to_string(id)).exec();
}

void clearRollups(Database& db) {
  db.exec(
      "DELETE FROM rollup_fact; DELETE FROM rollup_segment_pair; DELETE FROM rollup_item;"
      "DELETE FROM rollup_user_activity; DELETE FROM rollup_user_segment; DELETE FROM rollup_segment_value;"
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

// Entries in primary-key order: inserting into the WITHOUT ROWID tables sequentially instead of in hash order keeps
// B-tree page writes local (several times faster on large rollups).
template <class Map, class Less>
std::vector<const typename Map::value_type*> sortedEntries(const Map& map, Less less) {
  std::vector<const typename Map::value_type*> out;
  out.reserve(map.size());
  for (const auto& e : map) out.push_back(&e);
  std::sort(out.begin(), out.end(), [&](const auto* a, const auto* b) { return less(a->first, b->first); });
  return out;
}

void flushFacts(Database& db, const CountMap<FactKey>& facts) {
  auto st = db.prepare(
      "INSERT INTO rollup_fact(segment_value_id, day, placement_id, variant_id, category_id, position, impressions,"
      " clicks, add_to_carts, purchases, revenue) VALUES(?,?,?,?,?,?,?,?,?,?,?)"
      " ON CONFLICT(segment_value_id, day, placement_id, variant_id, category_id, position) DO UPDATE SET"
      " impressions=impressions+excluded.impressions, clicks=clicks+excluded.clicks,"
      " add_to_carts=add_to_carts+excluded.add_to_carts, purchases=purchases+excluded.purchases,"
      " revenue=revenue+excluded.revenue");
  for (const auto* e : sortedEntries(facts, [](const FactKey& a, const FactKey& b) {
         return std::tie(a.segment, a.day, a.placement, a.variant, a.category, a.position) <
                std::tie(b.segment, b.day, b.placement, b.variant, b.category, b.position);
       })) {
    const auto& [k, c] = *e;
    st.bind(1, k.segment).bind(2, k.day).bind(3, k.placement).bind(4, k.variant).bind(5, k.category)
        .bind(6, k.position).bind(7, c.impressions).bind(8, c.clicks).bind(9, c.addToCarts).bind(10, c.purchases)
        .bind(11, c.revenue).exec();
  }
}

void flushPairs(Database& db, const CountMap<PairKey>& pairs) {
  auto st = db.prepare(
      "INSERT INTO rollup_segment_pair(value_a, value_b, day, placement_id, variant_id, category_id, impressions,"
      " clicks, add_to_carts, purchases, revenue) VALUES(?,?,?,?,?,?,?,?,?,?,?)"
      " ON CONFLICT(value_a, value_b, day, placement_id, variant_id, category_id) DO UPDATE SET"
      " impressions=impressions+excluded.impressions, clicks=clicks+excluded.clicks,"
      " add_to_carts=add_to_carts+excluded.add_to_carts, purchases=purchases+excluded.purchases,"
      " revenue=revenue+excluded.revenue");
  for (const auto* e : sortedEntries(pairs, [](const PairKey& a, const PairKey& b) {
         return std::tie(a.valueA, a.valueB, a.day, a.placement, a.variant, a.category) <
                std::tie(b.valueA, b.valueB, b.day, b.placement, b.variant, b.category);
       })) {
    const auto& [k, c] = *e;
    st.bind(1, k.valueA).bind(2, k.valueB).bind(3, k.day).bind(4, k.placement).bind(5, k.variant)
        .bind(6, k.category).bind(7, c.impressions).bind(8, c.clicks).bind(9, c.addToCarts).bind(10, c.purchases)
        .bind(11, c.revenue).exec();
  }
}

void flushItems(Database& db, const CountMap<ItemKey>& items) {
  auto st = db.prepare(
      "INSERT INTO rollup_item(day, item_id, placement_id, variant_id, impressions, clicks, add_to_carts, purchases,"
      " revenue) VALUES(?,?,?,?,?,?,?,?,?)"
      " ON CONFLICT(day, item_id, placement_id, variant_id) DO UPDATE SET"
      " impressions=impressions+excluded.impressions, clicks=clicks+excluded.clicks,"
      " add_to_carts=add_to_carts+excluded.add_to_carts, purchases=purchases+excluded.purchases,"
      " revenue=revenue+excluded.revenue");
  for (const auto* e : sortedEntries(items, [](const ItemKey& a, const ItemKey& b) {
         return std::tie(a.day, a.item, a.placement, a.variant) < std::tie(b.day, b.item, b.placement, b.variant);
       })) {
    const auto& [k, c] = *e;
    st.bind(1, k.day).bind(2, k.item).bind(3, k.placement).bind(4, k.variant).bind(5, c.impressions)
        .bind(6, c.clicks).bind(7, c.addToCarts).bind(8, c.purchases).bind(9, c.revenue).exec();
  }
}

void flushActivity(Database& db, const std::unordered_map<ActivityKey, std::uint64_t, RollupKeyHash>& activity) {
  auto st = db.prepare(
      "INSERT INTO rollup_user_activity(user_id, block, placement_id, variant_id, category_id, day_mask)"
      " VALUES(?,?,?,?,?,?) ON CONFLICT(user_id, block, placement_id, variant_id, category_id) DO UPDATE SET"
      " day_mask=day_mask|excluded.day_mask");
  for (const auto* e : sortedEntries(activity, [](const ActivityKey& a, const ActivityKey& b) {
         return std::tie(a.user, a.block, a.placement, a.variant, a.category) <
                std::tie(b.user, b.block, b.placement, b.variant, b.category);
       })) {
    const auto& [k, mask] = *e;
    st.bind(1, k.user).bind(2, k.block).bind(3, k.placement).bind(4, k.variant).bind(5, k.category)
        .bind(6, static_cast<std::int64_t>(mask)).exec();
  }
}

void aggregateEvents(Database& db, const Dictionaries& d, std::int64_t afterId, std::int64_t upToId) {
  // Events of users or items missing from their tables (only possible with foreign keys off) count in the totals,
  // with no segment and category id 0.
  const std::vector<std::int64_t> noValues;
  const std::int64_t noCategory = 0;

  const EventColumnMask columns = columnBit(EventColumn::User) | columnBit(EventColumn::Item) |
                                  columnBit(EventColumn::Type) | columnBit(EventColumn::Ts) |
                                  columnBit(EventColumn::Position) | columnBit(EventColumn::Placement) |
                                  columnBit(EventColumn::Variant) | columnBit(EventColumn::Revenue);
  EventScanner scan(db, columns, afterId + 1, upToId);
  CountMap<FactKey> facts;
  CountMap<PairKey> pairs;
  CountMap<ItemKey> items;
  std::unordered_map<ActivityKey, std::uint64_t, RollupKeyHash> activity;
  std::int64_t sinceFlush = 0;
  auto flush = [&] {
    flushFacts(db, facts);
    flushPairs(db, pairs);
    flushItems(db, items);
    flushActivity(db, activity);
    facts.clear();
    pairs.clear();
    items.clear();
    activity.clear();
    sinceFlush = 0;
  };
  std::int64_t lastUser = -1;
  const std::vector<std::int64_t>* values = &noValues;
  auto orZero = [](std::int64_t v) { return v == EventRow::kNullInt ? 0 : v; };
  while (scan.next()) {
    const EventBlock& blk = scan.block();
    const auto& userCol = blk.col(EventColumn::User);
    const auto& itemCol = blk.col(EventColumn::Item);
    const auto& typeCol = blk.col(EventColumn::Type);
    const auto& tsCol = blk.col(EventColumn::Ts);
    const auto& positionCol = blk.col(EventColumn::Position);
    const auto& placementCol = blk.col(EventColumn::Placement);
    const auto& variantCol = blk.col(EventColumn::Variant);
    const auto& revenueCol = blk.real(EventColumn::Revenue);
    const std::uint32_t end = scan.rowEnd();
    for (std::uint32_t r = scan.rowBegin(); r < end; ++r) {
      const std::int64_t user = userCol[r];
      const std::int64_t item = itemCol[r];
      const int type = static_cast<int>(typeCol[r]);
      const std::int64_t day = dayOf(tsCol[r]);
      const std::int64_t position = orZero(positionCol[r]);
      const std::int64_t placement = orZero(placementCol[r]);
      const std::int64_t variant = orZero(variantCol[r]);
      const double revenue = std::isnan(revenueCol[r]) ? 0.0 : revenueCol[r];
      if (user != lastUser) {
        auto it = d.userValues.find(user);
        values = it == d.userValues.end() ? &noValues : &it->second;
        lastUser = user;
      }
      auto ic = d.itemCategory.find(item);
      const std::int64_t category = ic == d.itemCategory.end() ? noCategory : ic->second;
      ActivityKey ak{user, blockOf(day), placement, variant, category};
      activity[ak] |= std::uint64_t{1} << bitOf(day);
      if (type < 0 || type > 3) continue;  // ratings and views count as activity only
      facts[FactKey{0, day, placement, variant, category, position}].add(type, revenue);
      const auto& v = *values;
      for (std::size_t a = 0; a < v.size(); ++a) {
        facts[FactKey{v[a], day, placement, variant, category, position}].add(type, revenue);
        for (std::size_t b = a + 1; b < v.size(); ++b)
          pairs[PairKey{v[a], v[b], day, placement, variant, category}].add(type, revenue);
      }
      items[ItemKey{day, item, placement, variant}].add(type, revenue);
    }
    sinceFlush += end - scan.rowBegin();
    if (sinceFlush >= kChunkEvents) flush();
  }
  flush();
}

}  // namespace

bool rollupsUpToDate(Database& db) {
  return readLastEventId(db) == maxEventId(db);
}

void invalidateRollups(Database& db) {
  writeLastEventId(db, -1);
}

void rebuildRollups(Database& db) {
  std::optional<Transaction> ownTx;
  if (!db.inTransaction()) ownTx.emplace(db);

  const SegmentAttributes attrs = SegmentAttributes::fromUsers(db);
  const std::int64_t maxId = maxEventId(db);
  std::int64_t lastId = readLastEventId(db);
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

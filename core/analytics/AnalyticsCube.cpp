#include "core/analytics/AnalyticsCube.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <set>
#include <stdexcept>
#include <tuple>

#include "core/analytics/Calendar.h"
#include "core/analytics/Rollups.h"
#include "core/storage/Project.h"
#include "core/storage/UserAttributeColumns.h"

namespace reco {

namespace {

constexpr std::array<const char*, 9> kDimensionNames = {"day",       "week",     "month",    "segment", "category",
                                                        "placement", "position", "variant", "item"};

std::string joinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += n.empty() ? "(not set)" : n;
  }
  return out;
}

// Bits of a 64-day block that fall inside [from, to].
std::uint64_t blockRangeMask(std::int64_t block, std::int64_t from, std::int64_t to) {
  const std::int64_t first = block * 64;
  const std::int64_t lo = std::max(from, first) - first;
  const std::int64_t hi = std::min(to, first + 63) - first;
  if (lo > hi) return 0;
  const std::uint64_t upTo = hi == 63 ? ~std::uint64_t{0} : ((std::uint64_t{1} << (hi + 1)) - 1);
  return upTo & ~((std::uint64_t{1} << lo) - 1);
}

std::int64_t bucketStart(Dimension dim, std::int64_t day) {
  switch (dim) {
    case Dimension::Week: return weekStart(day);
    case Dimension::Month: return monthStart(day);
    default: return day;
  }
}

// Category, placement, variant and segment groups are listed by label.
void sortByLabel(std::vector<Group>& groups) {
  std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) { return a.label < b.label; });
}

std::string bucketLabel(Dimension dim, std::int64_t start) {
  switch (dim) {
    case Dimension::Week: return "week of " + formatDay(start);
    case Dimension::Month: return formatMonth(start);
    default: return formatDay(start);
  }
}

// The steps of AnalyticsCube::load. The cube's row types are private, so the readers that fill them are templates
// over the row type (like addMeasures).

// Segment attributes in the order rebuildRollups uses (profile columns, then free attributes by name) and every
// segment value id -> (attribute index, value).
struct SegmentDictionary {
  std::vector<std::string> attributes;
  std::map<std::int64_t, std::pair<int, std::string>> values;
};

SegmentDictionary readSegmentDictionary(Database& db) {
  SegmentDictionary d;
  std::set<std::string> attrs;
  std::vector<std::tuple<std::int64_t, std::string, std::string>> rows;
  auto st = db.prepare("SELECT id, attr, value FROM rollup_segment_value");
  while (st.step()) {
    rows.emplace_back(st.columnInt(0), st.columnText(1), st.columnText(2));
    attrs.insert(st.columnText(1));
  }
  for (const std::string& col : userAttributeColumns())
    if (attrs.erase(col)) d.attributes.push_back(col);
  d.attributes.insert(d.attributes.end(), attrs.begin(), attrs.end());
  for (auto& [id, attr, value] : rows) {
    int index = static_cast<int>(std::find(d.attributes.begin(), d.attributes.end(), attr) - d.attributes.begin());
    d.values[id] = {index, value};
  }
  return d;
}

// id -> name of a dictionary table (`sql` selects id, name).
std::map<std::int64_t, std::string> readNames(Database& db, const char* sql) {
  std::map<std::int64_t, std::string> names;
  auto st = db.prepare(sql);
  while (st.step()) names[st.columnInt(0)] = st.columnText(1);
  return names;
}

// Every item by id with its rollup category; index = the item's position in the vectors.
struct ItemTable {
  std::vector<std::int64_t> ids;
  std::vector<std::string> keys, titles;
  std::vector<std::int32_t> category;
  std::unordered_map<std::int64_t, std::int32_t> index;  // items.id -> item index
};

ItemTable readItemTable(Database& db) {
  ItemTable t;
  auto st = db.prepare(
      "SELECT i.id, i.ext_id, coalesce(i.title, ''), coalesce(ic.category_id, 0) FROM items i"
      " LEFT JOIN rollup_item_category ic ON ic.item_id = i.id ORDER BY i.id");
  while (st.step()) {
    t.index.emplace(st.columnInt(0), static_cast<std::int32_t>(t.ids.size()));
    t.ids.push_back(st.columnInt(0));
    t.keys.push_back(st.columnText(1));
    t.titles.push_back(st.columnText(2));
    t.category.push_back(static_cast<std::int32_t>(st.columnInt(3)));
  }
  return t;
}

// One rollup row from columns first.. (day, placement, variant, category, impressions, clicks, add_to_carts,
// purchases, revenue); position 0.
template <class RowT>
RowT readRollupRow(Statement& st, int first) {
  RowT r;
  r.day = static_cast<std::int32_t>(st.columnInt(first));
  r.placement = static_cast<std::int32_t>(st.columnInt(first + 1));
  r.variant = static_cast<std::int32_t>(st.columnInt(first + 2));
  r.category = static_cast<std::int32_t>(st.columnInt(first + 3));
  r.position = 0;
  r.impressions = static_cast<std::uint32_t>(st.columnInt(first + 4));
  r.clicks = static_cast<std::uint32_t>(st.columnInt(first + 5));
  r.addToCarts = static_cast<std::uint32_t>(st.columnInt(first + 6));
  r.purchases = static_cast<std::uint32_t>(st.columnInt(first + 7));
  r.revenue = st.columnDouble(first + 8);
  return r;
}

// rollup_fact sorted by (segment value, day, ...), with each segment value's range of rows.
template <class RowT, class RangeT>
void readFacts(Database& db, std::vector<RowT>& facts, std::unordered_map<std::int64_t, RangeT>& ranges) {
  facts.reserve(static_cast<std::size_t>(db.queryInt("SELECT count(*) FROM rollup_fact")));
  auto st = db.prepare(
      "SELECT segment_value_id, position, day, placement_id, variant_id, category_id, impressions, clicks,"
      " add_to_carts, purchases, revenue FROM rollup_fact"
      " ORDER BY segment_value_id, day, placement_id, variant_id, category_id, position");
  std::int64_t current = std::numeric_limits<std::int64_t>::min();
  while (st.step()) {
    std::int64_t seg = st.columnInt(0);
    if (seg != current) {
      if (current != std::numeric_limits<std::int64_t>::min()) ranges[current].end = facts.size();
      ranges[seg].begin = facts.size();
      current = seg;
    }
    RowT r = readRollupRow<RowT>(st, 2);
    r.position = static_cast<std::int32_t>(st.columnInt(1));
    facts.push_back(r);
  }
  if (current != std::numeric_limits<std::int64_t>::min()) ranges[current].end = facts.size();
}

// rollup_segment_pair sorted by (value_a, value_b, day, ...), position = value_b, with each pair's range of rows.
template <class RowT, class RangeT>
void readSegmentPairs(Database& db, std::vector<RowT>& pairs,
                      std::map<std::pair<std::int64_t, std::int64_t>, RangeT>& ranges) {
  pairs.reserve(static_cast<std::size_t>(db.queryInt("SELECT count(*) FROM rollup_segment_pair")));
  auto st = db.prepare(
      "SELECT value_a, value_b, day, placement_id, variant_id, category_id, impressions, clicks, add_to_carts,"
      " purchases, revenue FROM rollup_segment_pair ORDER BY value_a, value_b, day, placement_id, variant_id,"
      " category_id");
  std::pair<std::int64_t, std::int64_t> current{-1, -1};
  while (st.step()) {
    std::pair<std::int64_t, std::int64_t> key{st.columnInt(0), st.columnInt(1)};
    if (key != current) {
      if (current.first >= 0) ranges[current].end = pairs.size();
      ranges[key].begin = pairs.size();
      current = key;
    }
    RowT r = readRollupRow<RowT>(st, 2);
    r.position = static_cast<std::int32_t>(key.second);
    pairs.push_back(r);
  }
  if (current.first >= 0) ranges[current].end = pairs.size();
}

// The item rollups (all users, and per segment value) as rows with position = item index, by day.
template <class RowT>
void readItemRows(Database& db, const ItemTable& itemTable, std::vector<RowT>& items,
                  std::unordered_map<std::int64_t, std::vector<RowT>>& segmentItems) {
  auto toRow = [&](const ItemRollupRow& ir, RowT& r) {
    auto it = itemTable.index.find(ir.item);
    if (it == itemTable.index.end()) return false;  // an item deleted since; rebuildRollups would have cleaned it
    r.day = static_cast<std::int32_t>(ir.day);
    r.placement = static_cast<std::int32_t>(ir.placement);
    r.variant = static_cast<std::int32_t>(ir.variant);
    r.position = it->second;
    r.category = itemTable.category[static_cast<std::size_t>(it->second)];
    r.impressions = static_cast<std::uint32_t>(ir.impressions);
    r.clicks = static_cast<std::uint32_t>(ir.clicks);
    r.addToCarts = static_cast<std::uint32_t>(ir.addToCarts);
    r.purchases = static_cast<std::uint32_t>(ir.purchases);
    r.revenue = ir.revenue;
    return true;
  };
  // One day at a time (the same rows in the same order as whole-table reads): the decoded rollups of all days never
  // sit in memory beside the cube's own rows.
  items.reserve(static_cast<std::size_t>(db.queryInt("SELECT coalesce(sum(entries), 0) FROM rollup_item_days")));
  RowT r;
  for (const std::int64_t day : rollupGroups(db, RollupBlobTable::ItemDays))
    for (const ItemRollupRow& ir : readItemRollups(db, day))
      if (toRow(ir, r)) items.push_back(r);
  for (const std::int64_t day : rollupGroups(db, RollupBlobTable::SegmentItemDays))
    for (const ItemRollupRow& ir : readSegmentItemRollups(db, day))  // by segment within the day: lists stay by day
      if (toRow(ir, r)) segmentItems[ir.segment].push_back(r);
}

// The activity rollups with dense user indexes (users.id -> index in `userIndex`, in order of appearance), and the
// first and last day with any activity.
template <class ActivityRowT>
void readActivity(Database& db, std::vector<ActivityRowT>& activity,
                  std::unordered_map<std::int64_t, std::int32_t>& userIndex, std::optional<std::int64_t>& firstDay,
                  std::optional<std::int64_t>& lastDay) {
  auto indexOfUser = [&](std::int64_t user) {
    auto [it, added] = userIndex.emplace(user, static_cast<std::int32_t>(userIndex.size()));
    (void)added;
    return it->second;
  };
  activity.reserve(
      static_cast<std::size_t>(db.queryInt("SELECT coalesce(sum(entries), 0) FROM rollup_activity_chunks")));
  for (const std::int64_t chunk : rollupGroups(db, RollupBlobTable::ActivityChunks))
    for (const ActivityRollupRow& ar : readActivityRollups(db, chunk)) {
      ActivityRowT a;
      a.user = indexOfUser(ar.user);
      a.block = static_cast<std::int32_t>(ar.block);
      a.placement = static_cast<std::int32_t>(ar.placement);
      a.variant = static_cast<std::int32_t>(ar.variant);
      a.category = static_cast<std::int32_t>(ar.category);
      a.mask = ar.dayMask;
      activity.push_back(a);
      if (a.mask != 0) {
        std::int64_t first = static_cast<std::int64_t>(a.block) * 64 + std::countr_zero(a.mask);
        std::int64_t last = static_cast<std::int64_t>(a.block) * 64 + 63 - std::countl_zero(a.mask);
        if (!firstDay || first < *firstDay) firstDay = first;
        if (!lastDay || last > *lastDay) lastDay = last;
      }
    }
}

// attribute index -> user index -> segment value id (0 = none), for the users of `userIndex`.
std::vector<std::vector<std::int64_t>> readUserValues(Database& db, const SegmentDictionary& segments,
                                                      const std::unordered_map<std::int64_t, std::int32_t>& userIndex) {
  std::vector<std::vector<std::int64_t>> userValues(segments.attributes.size(),
                                                    std::vector<std::int64_t>(userIndex.size(), 0));
  auto st = db.prepare("SELECT user_id, value_id FROM rollup_user_segment");
  while (st.step()) {
    auto u = userIndex.find(st.columnInt(0));
    auto v = segments.values.find(st.columnInt(1));
    if (u == userIndex.end() || v == segments.values.end()) continue;  // users without events do not matter here
    userValues[static_cast<std::size_t>(v->second.first)][static_cast<std::size_t>(u->second)] = v->first;
  }
  return userValues;
}

}  // namespace

const char* dimensionName(Dimension d) { return kDimensionNames[static_cast<std::size_t>(d)]; }

bool parseDimension(const std::string& name, Dimension& out) {
  for (std::size_t i = 0; i < kDimensionNames.size(); ++i)
    if (name == kDimensionNames[i]) {
      out = static_cast<Dimension>(i);
      return true;
    }
  return false;
}

namespace {
// True when the project cannot be read as it is: its rollups are behind the events, or opening it read-only fails
// (an older schema, which opening read-write migrates; any other reason Project::open names itself).
bool needsWriter(const std::string& path) {
  try {
    Project check = Project::openReadOnly(path);
    return !rollupsUpToDate(check.db());
  } catch (const ProjectError&) {
    return true;
  }
}
}  // namespace

AnalyticsCube AnalyticsCube::open(const std::string& projectPath, RollupUpdate update,
                                  const std::function<void()>& beforeUpdate) {
  if (update == RollupUpdate::Allowed && needsWriter(projectPath)) {
    Project writer = Project::open(projectPath);
    if (!rollupsUpToDate(writer.db())) {
      if (beforeUpdate) beforeUpdate();
      rebuildRollups(writer.db());
    }
  }
  Project reader = Project::openReadOnly(projectPath);
  return load(reader.db());
}

AnalyticsCube AnalyticsCube::load(Database& db) {
  if (!rollupsUpToDate(db))
    throw std::runtime_error("the analytics rollups of '" + db.path() +
                             "' do not cover all events; open the project read-write so they are rebuilt");
  AnalyticsCube c;
  c.lastEventId_ = rollupsLastEventId(db);
  SegmentDictionary segments = readSegmentDictionary(db);
  c.categories_ = readNames(db, "SELECT id, name FROM rollup_category");
  c.placements_ = readNames(db, "SELECT id, name FROM placements");
  c.variants_ = readNames(db, "SELECT id, name FROM variants");
  ItemTable items = readItemTable(db);
  readFacts(db, c.facts_, c.factRanges_);
  readSegmentPairs(db, c.pairs_, c.pairRanges_);
  readItemRows(db, items, c.items_, c.segmentItems_);
  std::unordered_map<std::int64_t, std::int32_t> userIndex;
  readActivity(db, c.activity_, userIndex, c.firstDay_, c.lastDay_);
  {
    Statement st = db.prepare("SELECT MAX(max_ts) FROM event_blocks");
    if (st.step() && !st.isNull(0)) c.lastEventTime_ = st.columnInt(0);
  }
  c.userValues_ = readUserValues(db, segments, userIndex);
  c.attributes_ = std::move(segments.attributes);
  c.values_ = std::move(segments.values);
  c.itemIds_ = std::move(items.ids);
  c.itemKeys_ = std::move(items.keys);
  c.itemTitles_ = std::move(items.titles);
  c.itemCategory_ = std::move(items.category);
  return c;
}

std::vector<std::string> AnalyticsCube::segmentValues(const std::string& attribute) const {
  std::vector<std::string> out;
  for (const auto& [id, v] : values_)
    if (attributes_[static_cast<std::size_t>(v.first)] == attribute) out.push_back(v.second);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> AnalyticsCube::categories() const {
  std::vector<std::string> out;
  for (const auto& [id, name] : categories_) out.push_back(name);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> AnalyticsCube::placements() const {
  std::vector<std::string> out;
  for (const auto& [id, name] : placements_) out.push_back(name);
  return out;
}

std::vector<std::string> AnalyticsCube::variants() const {
  std::vector<std::string> out;
  for (const auto& [id, name] : variants_) out.push_back(name);
  return out;
}

void AnalyticsCube::validate(const AnalyticsFilter& filter) const {
  if (filter.fromDay && filter.toDay && *filter.fromDay > *filter.toDay)
    throw std::invalid_argument("the date range ends (" + formatDay(*filter.toDay) + ") before it starts (" +
                                formatDay(*filter.fromDay) + ")");
  if (filter.segment) {
    if (std::find(attributes_.begin(), attributes_.end(), filter.segment->attribute) == attributes_.end())
      throw std::invalid_argument("no user attribute '" + filter.segment->attribute +
                                  "' to segment by (attributes: " + joinNames(attributes_) + ")");
    auto values = segmentValues(filter.segment->attribute);
    if (std::find(values.begin(), values.end(), filter.segment->value) == values.end())
      throw std::invalid_argument("no user has " + filter.segment->attribute + " = '" + filter.segment->value +
                                  "' (values: " + joinNames(values) + ")");
  }
  auto check = [](const std::optional<std::string>& v, const std::vector<std::string>& names, const char* what) {
    if (v && std::find(names.begin(), names.end(), *v) == names.end())
      throw std::invalid_argument(std::string("no ") + what + " '" + *v + "' (" + what + "s: " + joinNames(names) +
                                  ")");
  };
  check(filter.category, categories(), "category");
  check(filter.placement, placements(), "placement");
  check(filter.variant, variants(), "variant");
}

AnalyticsCube::ResolvedFilter AnalyticsCube::resolve(const AnalyticsFilter& filter) const {
  ResolvedFilter f;
  f.fromDay = filter.fromDay.value_or(std::numeric_limits<std::int32_t>::min());
  f.toDay = filter.toDay.value_or(std::numeric_limits<std::int32_t>::max());
  if (f.fromDay > f.toDay) f.impossible = true;
  if (filter.segment) {
    f.impossible = true;
    for (const auto& [id, v] : values_)
      if (attributes_[static_cast<std::size_t>(v.first)] == filter.segment->attribute &&
          v.second == filter.segment->value) {
        f.segmentValue = id;
        f.segmentAttr = v.first;
        f.impossible = false;
      }
  }
  auto find = [&](const std::optional<std::string>& name, const std::map<std::int64_t, std::string>& dict,
                  std::int32_t& out) {
    if (!name) return;
    for (const auto& [id, n] : dict)
      if (n == *name) {
        out = static_cast<std::int32_t>(id);
        return;
      }
    f.impossible = true;
  };
  find(filter.category, categories_, f.category);
  find(filter.placement, placements_, f.placement);
  find(filter.variant, variants_, f.variant);
  return f;
}

AnalyticsCube::Range AnalyticsCube::factRange(std::int64_t segmentValue, const ResolvedFilter& f) const {
  auto it = factRanges_.find(segmentValue);
  if (it == factRanges_.end()) return {};
  auto begin = facts_.begin() + static_cast<std::ptrdiff_t>(it->second.begin);
  auto end = facts_.begin() + static_cast<std::ptrdiff_t>(it->second.end);
  auto lo = std::lower_bound(begin, end, f.fromDay, [](const Row& r, std::int64_t d) { return r.day < d; });
  auto hi = std::upper_bound(lo, end, f.toDay, [](std::int64_t d, const Row& r) { return d < r.day; });
  return {static_cast<std::size_t>(lo - facts_.begin()), static_cast<std::size_t>(hi - facts_.begin())};
}

std::string AnalyticsCube::nameOf(const std::map<std::int64_t, std::string>& dict, std::int64_t id,
                                  const char* none) const {
  auto it = dict.find(id);
  if (it == dict.end() || it->second.empty()) return none;
  return it->second;
}

Measures AnalyticsCube::total(const AnalyticsFilter& filter) const {
  Measures m;
  ResolvedFilter f = resolve(filter);
  if (f.impossible) return m;
  Range r = factRange(f.segmentValue, f);
  for (std::size_t i = r.begin; i < r.end; ++i)
    if (f.matches(facts_[i])) addMeasures(m, facts_[i]);
  return m;
}

std::vector<Group> AnalyticsCube::breakdown(const AnalyticsFilter& filter, Dimension dim,
                                            const std::string& attribute) const {
  ResolvedFilter f = resolve(filter);
  const auto attr = std::find(attributes_.begin(), attributes_.end(), attribute);
  if (dim == Dimension::Segment && attr == attributes_.end())
    throw std::invalid_argument("no user attribute '" + attribute + "' to segment by (attributes: " +
                                joinNames(attributes_) + ")");
  if (f.impossible) return {};
  switch (dim) {
    case Dimension::Day:
    case Dimension::Week:
    case Dimension::Month: return byTime(f, dim);
    case Dimension::Category:
    case Dimension::Placement:
    case Dimension::Variant: return byName(f, dim);
    case Dimension::Position: return byPosition(f);
    case Dimension::Segment: return bySegment(f, static_cast<int>(attr - attributes_.begin()));
    case Dimension::Item: return byItem(f);
  }
  return {};
}

template <class KeyOf>
void AnalyticsCube::addFacts(std::int64_t segmentValue, const ResolvedFilter& f, KeyOf keyOf,
                             std::map<std::int64_t, Measures>& groups) const {
  Range r = factRange(segmentValue, f);
  for (std::size_t i = r.begin; i < r.end; ++i) {
    const Row& row = facts_[i];
    if (f.matches(row)) addMeasures(groups[keyOf(row)], row);
  }
}

std::vector<Group> AnalyticsCube::byTime(const ResolvedFilter& f, Dimension dim) const {
  std::map<std::int64_t, Measures> groups;
  std::int64_t lastDay = std::numeric_limits<std::int64_t>::min(), lastBucket = 0;
  addFacts(f.segmentValue, f, [&](const Row& r) {
    if (r.day != lastDay) {
      lastDay = r.day;
      lastBucket = bucketStart(dim, r.day);
    }
    return lastBucket;
  }, groups);
  auto active = activeUsersByBucket(f, dim);
  for (const auto& [bucket, users] : active) groups.try_emplace(bucket);
  std::vector<Group> out;
  for (auto& [bucket, m] : groups) {
    Group g;
    g.id = bucket;
    g.key = formatDay(bucket);
    g.label = bucketLabel(dim, bucket);
    g.m = m;
    auto a = active.find(bucket);
    g.activeUsers = a == active.end() ? 0 : a->second;
    out.push_back(std::move(g));
  }
  return out;
}

std::vector<Group> AnalyticsCube::byName(const ResolvedFilter& f, Dimension dim) const {
  std::map<std::int64_t, Measures> groups;
  const std::map<std::int64_t, std::string>* dict = &categories_;
  if (dim == Dimension::Category) {
    addFacts(f.segmentValue, f, [](const Row& r) { return r.category; }, groups);
  } else if (dim == Dimension::Placement) {
    dict = &placements_;
    addFacts(f.segmentValue, f, [](const Row& r) { return r.placement; }, groups);
  } else {
    dict = &variants_;
    addFacts(f.segmentValue, f, [](const Row& r) { return r.variant; }, groups);
  }
  std::vector<Group> out;
  for (auto& [id, m] : groups) {
    auto it = dict->find(id);
    // Events logged without a category, placement or variant have key "" (not selectable as a filter value).
    std::string key = it == dict->end() ? std::string() : it->second;
    out.push_back(Group{key, nameOf(*dict, id, "(none)"), 0, m, -1, {}});
  }
  sortByLabel(out);
  return out;
}

std::vector<Group> AnalyticsCube::byPosition(const ResolvedFilter& f) const {
  std::map<std::int64_t, Measures> groups;
  addFacts(f.segmentValue, f, [](const Row& r) { return r.position; }, groups);
  std::vector<Group> out;
  for (auto& [pos, m] : groups) {
    if (pos <= 0) continue;  // events logged without a list position
    std::string key = std::to_string(pos);
    out.push_back(Group{key, '#' + key, pos, m, -1, {}});
  }
  return out;
}

std::vector<Group> AnalyticsCube::bySegment(const ResolvedFilter& f, int attr) const {
  std::map<std::int64_t, Measures> groups;
  if (f.segmentAttr < 0 || f.segmentAttr == attr) {
    for (const auto& [id, v] : values_) {
      if (v.first != attr || (f.segmentAttr == attr && id != f.segmentValue)) continue;
      addFacts(id, f, [id = id](const Row&) { return id; }, groups);
    }
  } else {
    addSegmentPairs(f, attr, groups);
  }
  std::vector<Group> out;
  for (auto& [id, m] : groups) {
    const std::string& value = values_.at(id).second;
    out.push_back(Group{value, value.empty() ? "(not set)" : value, 0, m, -1, {}});
  }
  sortByLabel(out);
  return out;
}

// The filter's segment value paired with each value of the breakdown attribute (stored in either order).
void AnalyticsCube::addSegmentPairs(const ResolvedFilter& f, int attr, std::map<std::int64_t, Measures>& groups) const {
  for (const auto& [key, range] : pairRanges_) {
    std::int64_t other;
    if (key.first == f.segmentValue) other = key.second;
    else if (key.second == f.segmentValue) other = key.first;
    else continue;
    auto v = values_.find(other);
    if (v == values_.end() || v->second.first != attr) continue;
    auto begin = pairs_.begin() + static_cast<std::ptrdiff_t>(range.begin);
    auto end = pairs_.begin() + static_cast<std::ptrdiff_t>(range.end);
    auto lo = std::lower_bound(begin, end, f.fromDay, [](const Row& r, std::int64_t d) { return r.day < d; });
    Measures& m = groups[other];
    for (auto it = lo; it != end && it->day <= f.toDay; ++it)
      if (f.matches(*it)) addMeasures(m, *it);
  }
}

std::vector<Group> AnalyticsCube::byItem(const ResolvedFilter& f) const {
  std::vector<Measures> perItem(itemIds_.size());
  std::vector<char> seen(itemIds_.size(), 0);
  // With a segment condition: the per-segment-value item rollup of that value.
  static const std::vector<Row> kNone;
  const std::vector<Row>* rows = &items_;
  if (f.segmentAttr >= 0) {
    auto s = segmentItems_.find(f.segmentValue);
    rows = s == segmentItems_.end() ? &kNone : &s->second;
  }
  auto lo =
      std::lower_bound(rows->begin(), rows->end(), f.fromDay, [](const Row& r, std::int64_t d) { return r.day < d; });
  for (auto it = lo; it != rows->end() && it->day <= f.toDay; ++it) {
    if (!f.matches(*it)) continue;
    auto idx = static_cast<std::size_t>(it->position);
    addMeasures(perItem[idx], *it);
    seen[idx] = 1;
  }
  std::vector<Group> out;
  for (std::size_t i = 0; i < perItem.size(); ++i) {
    if (!seen[i]) continue;
    Group g;
    g.key = itemKeys_[i];
    g.label = itemTitles_[i].empty() ? itemKeys_[i] : itemTitles_[i];
    g.id = itemIds_[i];
    g.m = perItem[i];
    g.category = nameOf(categories_, itemCategory_[i], "(none)");
    out.push_back(std::move(g));
  }
  return out;
}

std::int64_t AnalyticsCube::activeUsers(const AnalyticsFilter& filter) const {
  ResolvedFilter f = resolve(filter);
  if (f.impossible) return 0;
  std::int64_t count = 0;
  std::int32_t lastCounted = -1;
  const std::vector<std::int64_t>* seg =
      f.segmentAttr >= 0 ? &userValues_[static_cast<std::size_t>(f.segmentAttr)] : nullptr;
  for (const ActivityRow& a : activity_) {
    if (a.user == lastCounted) continue;
    if ((f.placement >= 0 && a.placement != f.placement) || (f.variant >= 0 && a.variant != f.variant) ||
        (f.category >= 0 && a.category != f.category))
      continue;
    if (seg && (*seg)[static_cast<std::size_t>(a.user)] != f.segmentValue) continue;
    if ((a.mask & blockRangeMask(a.block, f.fromDay, f.toDay)) == 0) continue;
    ++count;
    lastCounted = a.user;
  }
  return count;
}

std::map<std::int64_t, std::int64_t> AnalyticsCube::activeUsersByBucket(const ResolvedFilter& f,
                                                                       Dimension dim) const {
  std::map<std::int64_t, std::int64_t> out;
  if (!firstDay_) return out;
  // Bucket of each day in the data's span, computed once.
  const std::int64_t spanFirst = std::max(*firstDay_, f.fromDay);
  const std::int64_t spanLast = std::min(*lastDay_, f.toDay);
  if (spanFirst > spanLast) return out;
  std::vector<std::int64_t> bucketOfDay(static_cast<std::size_t>(spanLast - spanFirst + 1));
  for (std::int64_t d = spanFirst; d <= spanLast; ++d)
    bucketOfDay[static_cast<std::size_t>(d - spanFirst)] = bucketStart(dim, d);
  std::vector<std::int64_t> counts(bucketOfDay.size(), 0);  // indexed by the bucket's first day within the span

  const std::vector<std::int64_t>* seg =
      f.segmentAttr >= 0 ? &userValues_[static_cast<std::size_t>(f.segmentAttr)] : nullptr;
  std::int32_t user = -1;
  std::int64_t lastBucket = std::numeric_limits<std::int64_t>::min();
  std::size_t i = 0;
  while (i < activity_.size()) {
    // All rows of one (user, block): OR their masks.
    const ActivityRow& head = activity_[i];
    std::uint64_t mask = 0;
    std::size_t j = i;
    for (; j < activity_.size() && activity_[j].user == head.user && activity_[j].block == head.block; ++j) {
      const ActivityRow& a = activity_[j];
      if ((f.placement >= 0 && a.placement != f.placement) || (f.variant >= 0 && a.variant != f.variant) ||
          (f.category >= 0 && a.category != f.category))
        continue;
      mask |= a.mask;
    }
    i = j;
    if (seg && (*seg)[static_cast<std::size_t>(head.user)] != f.segmentValue) continue;
    mask &= blockRangeMask(head.block, spanFirst, spanLast);
    if (mask == 0) continue;
    if (head.user != user) {
      user = head.user;
      lastBucket = std::numeric_limits<std::int64_t>::min();
    }
    while (mask) {
      const int bit = std::countr_zero(mask);
      mask &= mask - 1;
      const std::int64_t day = static_cast<std::int64_t>(head.block) * 64 + bit;
      const std::int64_t bucket = bucketOfDay[static_cast<std::size_t>(day - spanFirst)];
      if (bucket == lastBucket) continue;
      lastBucket = bucket;
      ++counts[static_cast<std::size_t>(std::max(bucket, spanFirst) - spanFirst)];
    }
  }
  for (std::size_t k = 0; k < counts.size(); ++k) {
    if (counts[k] == 0) continue;
    const std::int64_t day = spanFirst + static_cast<std::int64_t>(k);
    // The first bucket may start before the span (a week or month cut by the date range).
    out[k == 0 ? bucketOfDay[0] : day] = counts[k];
  }
  return out;
}

}  // namespace reco

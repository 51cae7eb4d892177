// The analytics rollups held in memory, column-light and sorted for range scans, with the queries every dashboard
// chart, `report` and `abtest` are built from. Loading reads only rollup_* tables and dictionaries, never events.
// A loaded cube is immutable: it may be queried from several threads at once.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/analytics/AnalyticsFilter.h"
#include "core/analytics/Measures.h"
#include "core/storage/Database.h"

namespace reco {

enum class Dimension { Day, Week, Month, Segment, Category, Placement, Position, Variant, Item };

// "day", "week", ...; parseDimension accepts those names (not "segment:ATTR"; callers split that).
const char* dimensionName(Dimension d);
bool parseDimension(const std::string& name, Dimension& out);

struct Group {
  std::string key;    // stable identifier: ISO date of the bucket start, position number, item ext_id, name
  std::string label;  // what to show ("2024-W05 (Jan 29)", "(not set)", item title)
  std::int64_t id = 0;  // day number for time buckets, position, item id; 0 otherwise
  Measures m;
  std::int64_t activeUsers = -1;  // distinct users with any event; only for time buckets, -1 when not computed
  std::string category;           // items only
};

// What AnalyticsCube::open may do with rollups that do not cover every event.
enum class RollupUpdate {
  Forbidden,  // nothing: load() throws
  Allowed,    // bring them up to date first, on a read-write connection of its own
};

class AnalyticsCube {
 public:
  // Reads the rollups. Throws std::runtime_error when they do not cover every event (call rebuildRollups first).
  static AnalyticsCube load(Database& db);
  // The one way front ends open a project's cube (`report`, `abtest`, the dashboard): on connections of its own,
  // read-only unless writing is needed and allowed. With RollupUpdate::Allowed, a project that cannot be read as it
  // is (rollups behind the events, or an older schema) is first opened read-write, which migrates it, and its
  // rollups are rebuilt when stale (beforeUpdate, if set, is called just before). Throws ProjectError for a file
  // that cannot be opened and std::runtime_error like load() for stale rollups it may not update.
  static AnalyticsCube open(const std::string& projectPath, RollupUpdate update,
                            const std::function<void()>& beforeUpdate = {});

  std::int64_t lastEventId() const { return lastEventId_; }  // identifies the data this cube reflects
  bool empty() const { return !firstDay_.has_value(); }
  std::optional<std::int64_t> firstDay() const { return firstDay_; }  // days with events
  std::optional<std::int64_t> lastDay() const { return lastDay_; }
  // Unix seconds of the newest event (from the event blocks' time ranges, no event is read); none without events.
  std::optional<std::int64_t> lastEventTime() const { return lastEventTime_; }

  const std::vector<std::string>& segmentAttributes() const { return attributes_; }
  std::vector<std::string> segmentValues(const std::string& attribute) const;  // sorted
  std::vector<std::string> categories() const;                                   // sorted
  std::vector<std::string> placements() const;
  std::vector<std::string> variants() const;

  // Throws std::invalid_argument naming the unknown attribute or value and listing the valid ones.
  void validate(const AnalyticsFilter& filter) const;

  Measures total(const AnalyticsFilter& filter) const;
  // Groups with any count, in natural order (time, position, name). Segment needs the attribute. Item returns every
  // item with impressions or events, unsorted (see topItems).
  std::vector<Group> breakdown(const AnalyticsFilter& filter, Dimension dim, const std::string& attribute = {}) const;
  // Distinct users with at least one event of any type under the filter.
  std::int64_t activeUsers(const AnalyticsFilter& filter) const;

 private:
  struct Row {  // one rollup row, dimensions narrowed to what queries need
    std::int32_t day;
    std::int32_t placement;
    std::int32_t variant;
    std::int32_t category;
    std::int32_t position;  // fact rows; for pair rows the other segment value; for item rows the item index
    std::uint32_t impressions, clicks, addToCarts, purchases;
    double revenue;
  };
  struct ActivityRow {
    std::int32_t user;  // dense user index
    std::int32_t block;
    std::int32_t placement;
    std::int32_t variant;
    std::int32_t category;
    std::uint64_t mask;
  };
  struct Range {
    std::size_t begin = 0, end = 0;
  };
  struct ResolvedFilter {
    bool impossible = false;  // a named value that does not exist: nothing matches
    std::int64_t fromDay, toDay;
    std::int64_t segmentValue = 0;  // 0 = all users
    int segmentAttr = -1;
    std::int32_t category = -1, placement = -1, variant = -1;  // -1 = any
    bool matches(const Row& r) const {
      return r.day >= fromDay && r.day <= toDay && (category < 0 || r.category == category) &&
             (placement < 0 || r.placement == placement) && (variant < 0 || r.variant == variant);
    }
  };

  ResolvedFilter resolve(const AnalyticsFilter& filter) const;
  Range factRange(std::int64_t segmentValue, const ResolvedFilter& f) const;
  std::map<std::int64_t, std::int64_t> activeUsersByBucket(const ResolvedFilter& f, Dimension dim) const;
  // breakdown(), one function per kind of dimension.
  template <class KeyOf>  // adds each fact row of segmentValue that f matches to groups[keyOf(row)]
  void addFacts(std::int64_t segmentValue, const ResolvedFilter& f, KeyOf keyOf,
                std::map<std::int64_t, Measures>& groups) const;
  std::vector<Group> byTime(const ResolvedFilter& f, Dimension dim) const;
  std::vector<Group> byName(const ResolvedFilter& f, Dimension dim) const;  // category, placement, variant
  std::vector<Group> byPosition(const ResolvedFilter& f) const;
  std::vector<Group> bySegment(const ResolvedFilter& f, int attr) const;
  void addSegmentPairs(const ResolvedFilter& f, int attr, std::map<std::int64_t, Measures>& groups) const;
  std::vector<Group> byItem(const ResolvedFilter& f) const;
  std::string nameOf(const std::map<std::int64_t, std::string>& dict, std::int64_t id, const char* none) const;

  std::int64_t lastEventId_ = 0;
  std::optional<std::int64_t> firstDay_, lastDay_;
  std::optional<std::int64_t> lastEventTime_;
  std::vector<std::string> attributes_;
  std::map<std::int64_t, std::pair<int, std::string>> values_;  // value id -> (attribute index, value)
  std::map<std::int64_t, std::string> categories_, placements_, variants_;
  std::vector<std::int64_t> itemIds_;  // item index -> items.id
  std::vector<std::string> itemKeys_, itemTitles_;
  std::vector<std::int32_t> itemCategory_;

  std::vector<Row> facts_;  // sorted by (segment value, day, ...)
  std::unordered_map<std::int64_t, Range> factRanges_;  // segment value (0 = all users) -> rows
  std::vector<Row> pairs_;  // position field = value_b; sorted by (value_a, value_b, day, ...)
  std::map<std::pair<std::int64_t, std::int64_t>, Range> pairRanges_;
  std::vector<Row> items_;  // position field = item index; sorted by day
  std::unordered_map<std::int64_t, std::vector<Row>> segmentItems_;  // per segment value id, like items_
  std::vector<ActivityRow> activity_;  // sorted by (user, block)
  std::vector<std::vector<std::int64_t>> userValues_;  // attribute index -> user index -> value id
};

}  // namespace reco

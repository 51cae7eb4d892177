// Pre-aggregated analytics rollups (rollup_* tables) that the dashboards, `report` and `abtest` read instead of the
// events table. Maintained by the importer and the demo generator right after they insert events.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/storage/Database.h"
#include "core/storage/EventStore.h"

namespace reco {

// Brings the rollup tables up to date with the events table. Incremental: only events with an id above the last
// rolled-up id are aggregated, unless user segments or item categories changed, which triggers a full rebuild.
// Either way the rollups afterwards equal a direct aggregation of events. Runs inside the caller's transaction if one
// is open (importer, demo generator), otherwise in its own. Throws DatabaseError on SQLite failures.
void rebuildRollups(Database& db);

// The two large rollups, stored as column blobs (one row per day, per 16,384 user ids) and decoded here.
// Items: measures per (day, item, placement, variant) of impressions, clicks, add-to-carts and purchases.
struct ItemRollupRow {
  std::int64_t day = 0, item = 0, placement = 0, variant = 0;
  std::int64_t impressions = 0, clicks = 0, addToCarts = 0, purchases = 0;
  double revenue = 0;
  std::int64_t segment = 0;  // a rollup_segment_value id in the per-segment table; 0 in the all-users table
};
// Activity: for each (user, 64-day block, placement, variant, category) the days with any event, as bits.
struct ActivityRollupRow {
  std::int64_t user = 0, block = 0, placement = 0, variant = 0, category = 0;
  std::uint64_t dayMask = 0;
};
std::vector<ItemRollupRow> readItemRollups(Database& db);          // by day, item, placement, variant
// The same per segment value (each user's events count once for each of their segment values).
std::vector<ItemRollupRow> readSegmentItemRollups(Database& db);   // by day, segment, item, placement, variant
std::vector<ActivityRollupRow> readActivityRollups(Database& db);  // by user, block, placement, variant, category

// The same one group at a time, for readers that must not hold a whole table (a group is a day of the item rollups,
// a chunk of 16,384 user ids of the activity rollup): the groups stored, ascending, and one group's entries in the
// order above (none when the group is not stored).
enum class RollupBlobTable { ItemDays, SegmentItemDays, ActivityChunks };
std::vector<std::int64_t> rollupGroups(Database& db, RollupBlobTable table);
std::vector<ItemRollupRow> readItemRollups(Database& db, std::int64_t day);
std::vector<ItemRollupRow> readSegmentItemRollups(Database& db, std::int64_t day);
std::vector<ActivityRollupRow> readActivityRollups(Database& db, std::int64_t chunk);

// Rollups computed while an import appends events, on a worker thread, so that the import's commit only has to
// store them. It starts only when the rollups are up to date; finish() checks its assumptions against the final
// users and items (same segment attributes; new users without segment values unless there are no attributes; new
// items all in one category) and otherwise runs rebuildRollups(), so the result always equals a direct aggregation.
// Memory stays bounded: when the aggregated results outgrow memoryBudget they are dropped and finish() rebuilds from
// the stored events in chunks instead.
class StreamingRollups {
 public:
  static constexpr std::size_t kDefaultMemoryBudget = std::size_t{256} << 20;
  explicit StreamingRollups(Database& db, std::size_t memoryBudget = kDefaultMemoryBudget);  // in the import's transaction
  ~StreamingRollups();
  StreamingRollups(const StreamingRollups&) = delete;
  StreamingRollups& operator=(const StreamingRollups&) = delete;
  // Queues rows [fromRow, count) of a block just written (copied; waits while a few blocks are queued).
  void add(const EventBlock& block, std::uint32_t fromRow);
  // After the last add(), in the same transaction: brings the rollups up to date.
  void finish(Database& db);

 private:
  struct State;
  std::unique_ptr<State> s_;
};

// Every rollup table as one list, for readers that go over all of them (RollupCheck, `check`): its name, its key in
// words, and how to read it: the column-blob tables group by group (readItemRollups ... above), the SQL tables by
// their columns. Built from the same table descriptions the writer uses.
enum class RollupColumnRole {
  Key,              // a key column holding a plain value or an id that stays the same (user, item, day, ...)
  SegmentValueKey,  // a key column holding a rollup_segment_value id (a rebuild may number them differently)
  CategoryKey,      // a key column holding a rollup_category id (likewise)
  Count,            // an integer measure
  CategoryValue,    // a measure column holding a rollup_category id
  Revenue,          // the summed revenue
};
struct RollupColumn {
  const char* name;
  RollupColumnRole role;
};
struct RollupTableInfo {
  const char* name;
  const char* keyWords;                 // the key in words, for messages ("day, item, placement, variant")
  std::optional<RollupBlobTable> blob;  // set for the column-blob tables
  std::vector<RollupColumn> columns;    // the SQL tables' columns: keys in key order, then measures
};
const std::vector<RollupTableInfo>& rollupTableList();

// The last event id the rollups cover (0 when never built, -1 when invalidated); a damaged value is a runtime_error
// naming the project.
std::int64_t rollupsLastEventId(Database& db);

// True when the rollups cover every event (cheap: compares ids, no scan).
bool rollupsUpToDate(Database& db);

// Forces the next rebuildRollups() to aggregate everything from scratch.
void invalidateRollups(Database& db);

}  // namespace reco

// Pre-aggregated analytics rollups (rollup_* tables) that the dashboards, `report` and `abtest` read instead of the
// events table. Maintained by the importer and the demo generator right after they insert events.
#pragma once

#include <cstdint>

#include "core/storage/Database.h"

namespace reco {

// Brings the rollup tables up to date with the events table. Incremental: only events with an id above the last
// rolled-up id are aggregated, unless user segments or item categories changed, which triggers a full rebuild.
// Either way the rollups afterwards equal a direct aggregation of events. Runs inside the caller's transaction if one
// is open (importer, demo generator), otherwise in its own. Throws DatabaseError on SQLite failures.
void rebuildRollups(Database& db);

// True when the rollups cover every event (cheap: compares ids, no scan).
bool rollupsUpToDate(Database& db);

// Forces the next rebuildRollups() to aggregate everything from scratch.
void invalidateRollups(Database& db);

}  // namespace reco

// Rollups against a recount from the events, for `recoengine-cli check`: the events are aggregated afresh in a
// temporary copy of the project (Rollups.h's public API) and every rollup table is compared with what is stored.
// The project itself is only read.
#pragma once

#include <string>

#include "core/storage/Database.h"
#include "core/storage/ProjectCheck.h"

namespace reco {

// Compares the stored rollups with a recount; findings (check "rollups") and the number of rows compared go to
// `report`. Rollups that are behind the events (they are brought up to date on next use) are a note, not damage.
// The copy is made in `scratchFolder` (created owner-only, removed afterwards); it needs about the project's size.
void checkRollupsAgainstRecount(Database& db, const std::string& scratchFolder, ProjectCheckReport& report);

}  // namespace reco

#include "core/storage/DatasetSummary.h"

#include <map>

#include "core/storage/EventStore.h"
#include "core/storage/EventType.h"

namespace reco {

DatasetSummary summarizeDataset(Project& project) {
  Database& db = project.db();
  DatasetSummary s;
  s.users = db.queryInt("SELECT count(*) FROM users");
  s.items = db.queryInt("SELECT count(*) FROM items");
  // One pass over the type column of the event blocks; the time range comes from the block headers.
  s.events = eventCount(db);
  std::map<std::int64_t, std::int64_t> byType;
  EventScanner scan(db, columnBit(EventColumn::Type));
  while (scan.next()) {
    for (std::int64_t t : scan.block().col(EventColumn::Type)) ++byType[t];
    const EventBlock& b = scan.block();
    if (!s.firstTimestamp || b.minTs < *s.firstTimestamp) s.firstTimestamp = b.minTs;
    if (!s.lastTimestamp || b.maxTs > *s.lastTimestamp) s.lastTimestamp = b.maxTs;
  }
  for (const auto& [t, n] : byType) {
    std::string name = (t >= 0 && t < kEventTypeCount) ? std::string(kEventTypeNames[static_cast<std::size_t>(t)])
                                                        : "type " + std::to_string(t);
    s.eventsByType[name] = n;
  }
  s.categories = db.queryInt("SELECT count(DISTINCT category) FROM items");
  s.placements = db.queryInt("SELECT count(*) FROM placements");
  s.variants = db.queryInt("SELECT count(*) FROM variants");
  return s;
}

}  // namespace reco

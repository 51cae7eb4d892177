// One user's events, newest first, read page by page: the Try-it history. Found by the user's project id (users.id),
// never by a text search, and complete (no row cap). Events carry no per-user index (they are column blocks, see
// EventStore.h), so construction makes one pass over the blocks' user column and decodes time, item, type and value
// only for the blocks holding the user; it keeps a compact entry per event (40 bytes) and page() resolves names
// for the rows asked for only. Measured on 10M events in tests/bench/bench_browse.cpp (docs in README).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "core/storage/Project.h"

namespace reco {

struct UserHistoryEvent {
  std::int64_t id = 0;  // events.id
  std::int64_t ts = 0;  // Unix seconds, UTC
  std::int64_t itemId = 0;
  std::string itemExtId, title, category;  // title and category "" when the item has none
  std::string type;                        // canonical event type name, e.g. "rating"
  double value = std::numeric_limits<double>::quiet_NaN();  // NaN when NULL
};

class UserHistory {
 public:
  // Every event of project user `userId` (users.id), impressions left out unless includeImpressions.
  // Throws DatabaseError on a damaged block or a database failure.
  UserHistory(Project& project, std::int64_t userId, bool includeImpressions);

  std::int64_t userId() const { return userId_; }
  // Events kept (the history's length) and events of the user seen of any type (impressions included).
  std::size_t size() const { return entries_.size(); }
  std::size_t eventsSeen() const { return seen_; }

  // Events [offset, offset + limit) of the history, newest first (time descending, then id descending), with the
  // item's external id, title and category read for these rows only. Past the end: fewer rows or none.
  std::vector<UserHistoryEvent> page(Project& project, std::size_t offset, std::size_t limit) const;

 private:
  struct Entry {
    std::int64_t id, ts, item;
    double value;
    int type;
  };
  std::int64_t userId_;
  std::vector<Entry> entries_;
  std::size_t seen_ = 0;
};

}  // namespace reco

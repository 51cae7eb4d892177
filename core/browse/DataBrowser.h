// Paged, sorted and filtered reads of a project's users, items and events for table views (lazy loading).
// Sorting is restricted to orders that stay fast on a 1M-event project: indexed columns of users and items, and for
// events id, user and item (see DataBrowser.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "core/storage/Project.h"

namespace reco {

enum class BrowseTable { Users, Items, Events };

enum class BrowseColumnKind {
  Integer,
  Real,
  Text,
  Timestamp,  // Unix seconds (UTC) stored as an integer
};

struct BrowseColumn {
  std::string name;  // stable key, e.g. "ext_id", "item_title"
  BrowseColumnKind kind = BrowseColumnKind::Text;
  bool sortable = false;
};

// One cell: NULL, integer, real or text.
using BrowseValue = std::variant<std::monostate, std::int64_t, double, std::string>;
using BrowseRow = std::vector<BrowseValue>;

struct BrowseQuery {
  int sortColumn = 0;  // index into columns(table); must be sortable
  bool ascending = true;
  // Empty = all rows. Users: external id prefix. Items: external id prefix or title substring (case-insensitive for
  // ASCII). Events: the user's or item's external id prefix, or the item title substring.
  std::string search;
};

class DataBrowser {
 public:
  // The project must outlive the browser. Every call runs on the project's connection (one thread at a time).
  explicit DataBrowser(Project& project) : project_(project) {}

  static const std::vector<BrowseColumn>& columns(BrowseTable table);
  static bool isSortable(BrowseTable table, int column);

  // Rows matching the search text.
  std::int64_t count(BrowseTable table, const std::string& search);

  // Rows [offset, offset + limit) of the matching rows in the requested order (ties broken by id). Throws
  // std::invalid_argument for an unknown or unsortable column, DatabaseError for database failures.
  std::vector<BrowseRow> page(BrowseTable table, const BrowseQuery& query, std::int64_t offset, std::int64_t limit);

  // The smallest string greater than every string starting with prefix ("" when there is none), for index-friendly
  // prefix ranges: ext_id >= prefix AND ext_id < upper.
  static std::string prefixUpperBound(const std::string& prefix);

 private:
  // Events per user and per item id, computed in one pass over the event blocks and reused until events change.
  struct EventCounts {
    bool valid = false;
    std::int64_t maxEventId = 0, events = 0;
    std::vector<std::int64_t> users, items;
  };
  const EventCounts& eventCounts();
  static std::int64_t eventsOf(const std::vector<std::int64_t>& counts, std::int64_t id);

  // The steps of page(): users and items (`columns` of the table, each row handed to readRow), and events.
  void readPage(BrowseTable table, const char* columns, const BrowseQuery& query, std::int64_t offset,
                std::int64_t limit, const std::function<void(const Statement&)>& readRow);
  void readEventsPage(const BrowseQuery& query, std::int64_t offset, std::int64_t limit, std::vector<BrowseRow>& rows);

  Project& project_;
  EventCounts counts_;
};

}  // namespace reco

// The logged impressions off-policy evaluation works on: one row per impression (user, item, slot position, click,
// the logging policy's propensity), read from a project's event store, and the logged action distributions and
// propensity estimates derived from them. Plain data; no Qt.
#pragma once

#include <atomic>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace reco {

class Project;
class Segment;

// Thrown by what-if work when its cancel flag becomes true.
class WhatIfCancelled : public std::runtime_error {
 public:
  WhatIfCancelled() : std::runtime_error("what-if cancelled") {}
};

// One logged impression. `item` and `placement` index ImpressionLog::items / placements.
struct LoggedImpression {
  std::int64_t user = 0;   // users.id of the project the log was read from
  std::int64_t ts = 0;     // Unix seconds, UTC
  std::int32_t item = 0;
  std::int32_t placement = 0;
  std::int32_t position = 1;  // slot, 1-based (an impression without a position counts as slot 1)
  double click = 0;           // 1 when a click on the same user, item, position, placement and variant followed
                              // within 30 minutes (and before that pair's next impression)
  // The logging policy's probability of this item in this slot, in (0, 1]; NaN when the log has none.
  double propensity = std::numeric_limits<double>::quiet_NaN();
  bool propensityEstimated = false;  // filled in by estimatePropensities
};

struct ImpressionLog {
  std::vector<LoggedImpression> rows;      // in event order
  std::vector<std::string> items;          // ext ids, by LoggedImpression::item
  std::vector<std::string> placements;     // names ("" for impressions without one), by LoggedImpression::placement
  std::int32_t slots = 0;                  // the largest position
  // Propensities: how many rows came without one (or with one outside (0, 1]) and had it estimated from exposure
  // frequencies (estimatePropensities); 0 when every row carried its own.
  std::int64_t estimatedPropensities = 0;

  std::int64_t clicks() const;
  double clickRate() const;  // clicks / impressions (NaN for an empty log)
  // Index of an item / placement by name, or -1.
  std::int32_t itemIndex(const std::string& extId) const;
  std::int32_t placementIndex(const std::string& name) const;
};

struct ImpressionFilter {
  std::optional<std::string> placement;  // only impressions of this placement (by name)
  std::optional<std::string> variant;    // only impressions logged under this variant (the logging policy's name)
};

// Reads every impression of `project` that passes `filter`, pairing each click event with the impression it
// follows (the latest earlier one of the same user, item, position, placement and variant, at most 30 minutes
// before; events in id order). Rows without a usable propensity get one from
// estimatePropensities. Throws std::runtime_error naming the project when a filter names an unknown placement or
// variant; cancel (polled between blocks) throws WhatIfCancelled.
ImpressionLog readImpressionLog(Project& project, const ImpressionFilter& filter = {},
                                const std::atomic<bool>* cancel = nullptr);

// Keeps only the rows of the members of `segment` (by the project's users and their attributes), for an estimate
// on one segment's traffic. The items, placements and slots stay as they were.
void restrictToSegment(ImpressionLog& log, Project& project, const Segment& segment);

// Logged exposure frequencies: for each placement and position, the share of impressions that showed each item.
// distribution[placement][position - 1][item] (items in ImpressionLog::items order; zero for items never shown).
using ActionDistribution = std::vector<std::vector<std::vector<double>>>;
ActionDistribution exposureFrequencies(const ImpressionLog& log);

// Fills the propensity of every row whose own is missing (NaN) or outside (0, 1] with the logged exposure frequency
// of its item in its placement and position (the context is placement and position: a policy that looks at the
// user is approximated by its average behaviour). Counts them in log.estimatedPropensities. With force, every row.
void estimatePropensities(ImpressionLog& log, bool force = false);

}  // namespace reco

// Builds the user x item training matrix from a project's events: one streaming pass over the events table with a
// prepared statement, per-event-type weights, rating handling, time window, then minimum-activity filters.
// Rows and columns are the users and items that keep at least one interaction, in ascending project id order;
// InteractionMatrix::userIds / itemIds map them back to users.id / items.id.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <stdexcept>

#include "core/data/InteractionMatrix.h"
#include "core/data/MatrixSettings.h"
#include "core/storage/Project.h"

namespace reco {

class MatrixBuildCancelled : public std::runtime_error {
 public:
  MatrixBuildCancelled() : std::runtime_error("matrix build cancelled") {}
};

struct MatrixBuildStats {
  std::int64_t eventsRead = 0;       // events of the weighted types inside the time window
  std::int64_t eventsUsed = 0;       // of those, the ones that gave a positive weight
  std::int64_t usersDropped = 0;     // by the minimum-interaction filters
  std::int64_t itemsDropped = 0;
  std::int64_t windowFrom = 0;       // effective window [from, to) in Unix seconds; 0/0 when unrestricted
  std::int64_t windowTo = 0;
  double seconds = 0;
};

class MatrixBuilder {
 public:
  explicit MatrixBuilder(MatrixSettings settings = {});

  // progress(fraction 0..1). Throws MatrixBuildCancelled when *cancel becomes true, std::invalid_argument for bad
  // settings, reco::DatabaseError for storage failures.
  InteractionMatrix build(Project& project, const std::function<void(double)>& progress = {},
                          const std::atomic<bool>* cancel = nullptr);

  const MatrixSettings& settings() const { return settings_; }
  const MatrixBuildStats& stats() const { return stats_; }

 private:
  MatrixSettings settings_;
  MatrixBuildStats stats_;
};

}  // namespace reco

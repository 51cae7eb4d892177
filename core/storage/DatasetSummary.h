// Headline facts about a project's dataset: counts, date range and events per type.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "core/storage/Project.h"

namespace reco {

struct DatasetSummary {
  std::int64_t users = 0;
  std::int64_t items = 0;
  std::int64_t events = 0;
  std::map<std::string, std::int64_t> eventsByType;  // type name -> count; only types that occur
  std::optional<std::int64_t> firstTimestamp;        // Unix seconds
  std::optional<std::int64_t> lastTimestamp;
  std::int64_t categories = 0;
  std::int64_t placements = 0;
  std::int64_t variants = 0;
};

DatasetSummary summarizeDataset(Project& project);

}  // namespace reco

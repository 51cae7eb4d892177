// How a project's event log becomes a training matrix: the confidence weight of each event type, what to do with
// ratings, an optional time window and minimum-activity filters. Stored with every trained model as JSON.
#pragma once

#include <array>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

#include "core/storage/EventType.h"

namespace reco {

struct MatrixSettings {
  enum class RatingMode {
    Weight,  // a rating event weighs (its value x the rating type weight)
    Binary,  // a rating event weighs the rating type weight when value >= ratingThreshold, else it is dropped
  };

  // Weight of one event of each type, indexed by EventType; the weights of repeated events on the same (user, item)
  // add up. Defaults: an impression without a click carries no positive signal (0: dropped), click 1, add to cart 2,
  // purchase 4, rating 1 (times the value in Weight mode), view 0.5. Negative weights are not allowed.
  std::array<float, kEventTypeCount> typeWeights = {0.0f, 1.0f, 2.0f, 4.0f, 1.0f, 0.5f};
  RatingMode ratingMode = RatingMode::Weight;
  float ratingThreshold = 4.0f;
  // Only events in the last windowDays days before the newest event (0 = no limit) ...
  int windowDays = 0;
  // ... and/or within [fromTimestamp, toTimestamp) in Unix seconds.
  std::optional<std::int64_t> fromTimestamp;
  std::optional<std::int64_t> toTimestamp;
  // Users with fewer distinct items and items with fewer distinct users are dropped, repeatedly until stable.
  int minUserInteractions = 1;
  int minItemInteractions = 1;
  // Cap on the summed weight of one (user, item) cell; 0 = no cap.
  float maxWeight = 0.0f;

  // Throws std::invalid_argument naming the offending setting.
  void validate() const;
  nlohmann::json toJson() const;
  // Missing keys keep their defaults; unknown keys or bad values throw std::invalid_argument.
  static MatrixSettings fromJson(const nlohmann::json& json);
  // One "key=value" setting as given on the command line: click=1 (or weight.click=1, any event type name),
  // rating=weight|binary, threshold=4, window_days=30, from=UNIX, to=UNIX, min_user=5, min_item=5, max_weight=10.
  void set(const std::string& key, const std::string& value);
};

}  // namespace reco

// The interactions an offline evaluation works on: one entry per (user, item) pair with a weight, an optional
// rating and the time it happened, plus loading that list from a project's events.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "core/storage/EventType.h"
#include "core/storage/Project.h"

namespace reco {

struct Interaction {
  std::int32_t user = 0;  // dense 0-based user index
  std::int32_t item = 0;  // dense 0-based item index
  float weight = 1.0f;    // training weight (confidence)
  float rating = std::numeric_limits<float>::quiet_NaN();  // explicit rating when known (NaN otherwise)
  std::int64_t timestamp = 0;  // Unix seconds of the (latest) event
};

struct InteractionList {
  std::int32_t users = 0;
  std::int32_t items = 0;
  std::vector<Interaction> interactions;  // at most one entry per (user, item)
  std::vector<std::int64_t> userIds;      // dense index -> project users.id (empty when not from a project)
  std::vector<std::int64_t> itemIds;      // dense index -> project items.id

  // Collapses duplicate (user, item) entries: weights summed, rating and timestamp the maximum. Sorted by
  // (user, timestamp, item) afterwards, which the splitters rely on for determinism.
  void normalize();
};

// How project events become evaluation interactions.
struct InteractionLoadOptions {
  // Weight of one event of each type; types missing from the map (by default impressions) are ignored.
  std::map<EventType, double> typeWeights = {{EventType::Click, 1.0}, {EventType::AddToCart, 2.0},
                                             {EventType::Purchase, 4.0}, {EventType::Rating, 1.0},
                                             {EventType::View, 0.5}};
  // true: every kept (user, item) pair weighs 1 (the Microsoft Recommenders protocol for MovieLens);
  // false: the summed per-type weights.
  bool binary = true;
};

// Reads the project's events into a normalized list (dense indices in ascending project-id order, so the same
// project always gives the same indices). Throws std::runtime_error when no events qualify.
InteractionList loadInteractions(Project& project, const InteractionLoadOptions& options = {});

// One label per user of `list` (indexed like list.userIds) for a per-segment breakdown: a users column (country,
// device, age_band, gender, occupation, is_new) or a key of user_attributes. Users without a value get "".
// Throws std::runtime_error naming the attributes that exist when `name` is none of them.
std::vector<std::string> loadUserAttribute(Project& project, const InteractionList& list, const std::string& name);

}  // namespace reco

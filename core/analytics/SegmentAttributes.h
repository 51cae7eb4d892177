// The user attributes that analytics can segment by: the users table's profile columns plus free attributes
// (user_attributes), keeping those with at most kMaxSegmentValues distinct values (so a breakdown stays a chart).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/storage/Database.h"

namespace reco {

class SegmentAttributes {
 public:
  static constexpr std::size_t kMaxSegmentValues = 24;

  // Reads users and user_attributes. A user without a value for an attribute gets "" (shown as "(not set)").
  static SegmentAttributes fromUsers(Database& db);

  std::vector<std::string> names;  // segmentable attributes: profile columns first, then free attributes by name
  std::vector<std::pair<std::string, std::size_t>> tooManyValues;  // left out: attribute, its distinct value count
  std::unordered_map<std::int64_t, std::vector<std::string>> userValues;  // user id -> value per attribute (names order)
};

}  // namespace reco

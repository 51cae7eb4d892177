// What an analytics query looks at: a date range and optional segment, category, placement and variant conditions.
// All conditions combine (AND).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace reco {

struct SegmentCondition {
  std::string attribute;  // a user attribute (country, device, ..., or a free attribute)
  std::string value;      // "" selects users without a value
  bool operator==(const SegmentCondition&) const = default;
};

struct AnalyticsFilter {
  std::optional<std::int64_t> fromDay;  // inclusive day numbers (days since 1970-01-01 UTC)
  std::optional<std::int64_t> toDay;
  std::optional<SegmentCondition> segment;
  std::optional<std::string> category;
  std::optional<std::string> placement;
  std::optional<std::string> variant;
  bool operator==(const AnalyticsFilter&) const = default;

  // Applies "FIELD=VALUE" where FIELD is category, placement, variant or a user attribute (optionally written
  // segment.ATTR). Throws std::invalid_argument with the reason for a malformed condition or a second segment.
  void applyCondition(std::string_view condition);

  // "2024-01-01 to 2024-03-31, country = DE, category = Books" (or "all data").
  std::string describe() const;
};

}  // namespace reco

// The user-attribute schema: the users table's profile columns that act as user attributes (segments, dashboard
// breakdowns, evaluation by segment), in table order. Any other attribute name is a key of user_attributes; where
// a key repeats a column's name, the column wins. Schema.cpp creates these columns.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace reco {

inline const std::vector<std::string>& userAttributeColumns() {
  static const std::vector<std::string> columns = {"country", "device", "age_band", "gender", "occupation", "is_new"};
  return columns;
}

inline bool isUserAttributeColumn(std::string_view name) {
  const auto& c = userAttributeColumns();
  return std::find(c.begin(), c.end(), name) != c.end();
}

// "country, device, age_band, gender, occupation, is_new": the columns for a SELECT list.
inline std::string userAttributeColumnList() {
  std::string out;
  for (const auto& c : userAttributeColumns()) out += (out.empty() ? "" : ", ") + c;
  return out;
}

}  // namespace reco

#include "core/analytics/AnalyticsFilter.h"

#include <stdexcept>

#include "core/analytics/Calendar.h"

namespace reco {

void AnalyticsFilter::applyCondition(std::string_view condition) {
  auto eq = condition.find('=');
  if (eq == std::string_view::npos || eq == 0)
    throw std::invalid_argument("condition '" + std::string(condition) + "' is not FIELD=VALUE");
  std::string field(condition.substr(0, eq));
  std::string value(condition.substr(eq + 1));
  if (field == "category") {
    category = value;
  } else if (field == "placement") {
    placement = value;
  } else if (field == "variant") {
    variant = value;
  } else if (field == "date" || field == "day") {
    fromDay = toDay = parseDay(value);
  } else {
    if (field.rfind("segment.", 0) == 0) field = field.substr(8);
    if (field.empty()) throw std::invalid_argument("condition '" + std::string(condition) + "' names no attribute");
    if (segment && segment->attribute != field)
      throw std::invalid_argument("only one segment condition is supported; already filtering by " +
                                  segment->attribute + "=" + segment->value);
    segment = SegmentCondition{field, value};
  }
}

std::string AnalyticsFilter::describe() const {
  std::string out;
  auto add = [&](const std::string& part) {
    if (!out.empty()) out += ", ";
    out += part;
  };
  if (fromDay && toDay && *fromDay == *toDay) {
    add(formatDay(*fromDay));
  } else if (fromDay || toDay) {
    add((fromDay ? formatDay(*fromDay) : std::string("start")) + " to " +
        (toDay ? formatDay(*toDay) : std::string("end")));
  }
  if (segment) add(segment->attribute + " = " + (segment->value.empty() ? "(not set)" : segment->value));
  if (category) add("category = " + (category->empty() ? std::string("(none)") : *category));
  if (placement) add("placement = " + *placement);
  if (variant) add("variant = " + *variant);
  return out.empty() ? "all data" : out;
}

}  // namespace reco

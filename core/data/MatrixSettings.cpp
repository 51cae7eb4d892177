#include "core/data/MatrixSettings.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace reco {

namespace {

double parseNumber(const std::string& key, const std::string& value) {
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(value.c_str(), &end);
  if (value.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(v))
    throw std::invalid_argument("matrix setting '" + key + "' expects a number, got '" + value + "'");
  return v;
}

std::int64_t parseInteger(const std::string& key, const std::string& value) {
  char* end = nullptr;
  errno = 0;
  long long v = std::strtoll(value.c_str(), &end, 10);
  if (value.empty() || *end != '\0' || errno == ERANGE)
    throw std::invalid_argument("matrix setting '" + key + "' expects a whole number, got '" + value + "'");
  return v;
}

int toInt(const std::string& key, std::int64_t v) {
  if (v < 0 || v > 1'000'000'000)
    throw std::invalid_argument("matrix setting '" + key + "' must be between 0 and 1000000000");
  return static_cast<int>(v);
}

}  // namespace

void MatrixSettings::validate() const {
  for (int t = 0; t < kEventTypeCount; ++t)
    if (!(typeWeights[static_cast<std::size_t>(t)] >= 0) || !std::isfinite(typeWeights[static_cast<std::size_t>(t)]))
      throw std::invalid_argument("weight of event type '" + std::string(kEventTypeNames[static_cast<std::size_t>(t)]) +
                                  "' must be a finite number >= 0");
  bool any = false;
  for (float w : typeWeights) any = any || w > 0;
  if (!any) throw std::invalid_argument("every event type has weight 0: nothing would be used");
  if (!std::isfinite(ratingThreshold)) throw std::invalid_argument("rating threshold must be finite");
  if (windowDays < 0) throw std::invalid_argument("window_days must be >= 0");
  if (fromTimestamp && toTimestamp && *fromTimestamp >= *toTimestamp)
    throw std::invalid_argument("time window is empty: from must be before to");
  if (minUserInteractions < 0 || minItemInteractions < 0)
    throw std::invalid_argument("minimum interaction counts must be >= 0");
  if (!(maxWeight >= 0)) throw std::invalid_argument("max_weight must be >= 0");
}

nlohmann::json MatrixSettings::toJson() const {
  nlohmann::json weights = nlohmann::json::object();
  for (int t = 0; t < kEventTypeCount; ++t)
    weights[std::string(kEventTypeNames[static_cast<std::size_t>(t)])] = typeWeights[static_cast<std::size_t>(t)];
  nlohmann::json j = {{"weights", weights},
                      {"rating_mode", ratingMode == RatingMode::Weight ? "weight" : "binary"},
                      {"rating_threshold", ratingThreshold},
                      {"window_days", windowDays},
                      {"min_user_interactions", minUserInteractions},
                      {"min_item_interactions", minItemInteractions},
                      {"max_weight", maxWeight}};
  j["from"] = fromTimestamp ? nlohmann::json(*fromTimestamp) : nlohmann::json(nullptr);
  j["to"] = toTimestamp ? nlohmann::json(*toTimestamp) : nlohmann::json(nullptr);
  return j;
}

MatrixSettings MatrixSettings::fromJson(const nlohmann::json& j) {
  if (!j.is_object()) throw std::invalid_argument("matrix settings must be a JSON object");
  MatrixSettings s;
  try {
    for (const auto& [key, value] : j.items()) {
      if (key == "weights") {
        if (!value.is_object()) throw std::invalid_argument("'weights' must be an object of event type -> weight");
        for (const auto& [type, w] : value.items()) {
          auto t = parseEventType(type);
          if (!t) throw std::invalid_argument("unknown event type '" + type + "' in weights");
          s.typeWeights[static_cast<std::size_t>(*t)] = w.get<float>();
        }
      } else if (key == "rating_mode") {
        auto m = value.get<std::string>();
        if (m != "weight" && m != "binary")
          throw std::invalid_argument("rating_mode must be 'weight' or 'binary', got '" + m + "'");
        s.ratingMode = m == "weight" ? RatingMode::Weight : RatingMode::Binary;
      } else if (key == "rating_threshold") {
        s.ratingThreshold = value.get<float>();
      } else if (key == "window_days") {
        s.windowDays = value.get<int>();
      } else if (key == "from") {
        if (!value.is_null()) s.fromTimestamp = value.get<std::int64_t>();
      } else if (key == "to") {
        if (!value.is_null()) s.toTimestamp = value.get<std::int64_t>();
      } else if (key == "min_user_interactions") {
        s.minUserInteractions = value.get<int>();
      } else if (key == "min_item_interactions") {
        s.minItemInteractions = value.get<int>();
      } else if (key == "max_weight") {
        s.maxWeight = value.get<float>();
      } else {
        throw std::invalid_argument("unknown matrix setting '" + key + "'");
      }
    }
  } catch (const nlohmann::json::exception& e) {
    throw std::invalid_argument(std::string("matrix settings: ") + e.what());
  }
  s.validate();
  return s;
}

void MatrixSettings::set(const std::string& key, const std::string& value) {
  std::string type = key.rfind("weight.", 0) == 0 ? key.substr(7) : key;
  if (key == "rating") {
    if (value != "weight" && value != "binary")
      throw std::invalid_argument("matrix setting 'rating' must be 'weight' or 'binary', got '" + value + "'");
    ratingMode = value == "weight" ? RatingMode::Weight : RatingMode::Binary;
  } else if (key == "threshold") {
    ratingThreshold = static_cast<float>(parseNumber(key, value));
  } else if (key == "window_days") {
    windowDays = toInt(key, parseInteger(key, value));
  } else if (key == "from") {
    fromTimestamp = parseInteger(key, value);
  } else if (key == "to") {
    toTimestamp = parseInteger(key, value);
  } else if (key == "min_user") {
    minUserInteractions = toInt(key, parseInteger(key, value));
  } else if (key == "min_item") {
    minItemInteractions = toInt(key, parseInteger(key, value));
  } else if (key == "max_weight") {
    maxWeight = static_cast<float>(parseNumber(key, value));
  } else if (auto t = parseEventType(type)) {
    typeWeights[static_cast<std::size_t>(*t)] = static_cast<float>(parseNumber(key, value));
  } else {
    throw std::invalid_argument("unknown matrix setting '" + key +
                                "' (known: an event type such as click, rating, threshold, window_days, from, to, "
                                "min_user, min_item, max_weight)");
  }
  validate();
}

}  // namespace reco

// The fixed vocabulary of interaction event types stored in a project (events.type).
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace reco {

enum class EventType : int {
  Impression = 0,  // the item was shown to the user
  Click = 1,
  AddToCart = 2,
  Purchase = 3,
  Rating = 4,  // explicit feedback; events.value holds the rating
  View = 5,    // the user opened the item page without a logged impression (e.g. organic)
};

inline constexpr int kEventTypeCount = 6;

inline constexpr std::array<std::string_view, kEventTypeCount> kEventTypeNames = {
    "impression", "click", "add_to_cart", "purchase", "rating", "view"};

inline std::string_view eventTypeName(EventType t) { return kEventTypeNames[static_cast<int>(t)]; }

// Accepts the canonical names and common aliases, case-insensitively
// (e.g. "impression"/"imp"/"show", "click", "cart"/"addtocart"/"add-to-cart", "purchase"/"buy"/"order"/"transaction").
std::optional<EventType> parseEventType(std::string_view name);

}  // namespace reco

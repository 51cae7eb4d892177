#include "core/storage/EventType.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace reco {

std::optional<EventType> parseEventType(std::string_view name) {
  std::string s;
  s.reserve(name.size());
  for (char c : name) {
    if (c == '-' || c == ' ' || c == '_') continue;
    s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (s == "impression" || s == "imp" || s == "show" || s == "shown" || s == "exposure") return EventType::Impression;
  if (s == "click" || s == "clicked" || s == "clk") return EventType::Click;
  if (s == "addtocart" || s == "cart" || s == "addtobasket" || s == "atc") return EventType::AddToCart;
  if (s == "purchase" || s == "buy" || s == "order" || s == "transaction" || s == "conversion")
    return EventType::Purchase;
  if (s == "rating" || s == "rate" || s == "rated") return EventType::Rating;
  if (s == "view" || s == "pageview" || s == "detail" || s == "visit") return EventType::View;
  return std::nullopt;
}

}  // namespace reco

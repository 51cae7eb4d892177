#include "core/curation/Rule.h"

#include <array>
#include <cmath>
#include <sstream>

namespace reco {

namespace {
constexpr std::array<std::pair<RuleKind, std::string_view>, 8> kNames = {{
    {RuleKind::BanItem, "ban_item"},
    {RuleKind::BanCategory, "ban_category"},
    {RuleKind::PinItem, "pin_item"},
    {RuleKind::BoostItem, "boost_item"},
    {RuleKind::BoostCategory, "boost_category"},
    {RuleKind::BuryItem, "bury_item"},
    {RuleKind::BuryCategory, "bury_category"},
    {RuleKind::CategoryCap, "category_cap"},
}};

std::string formatFactor(double f) {
  std::ostringstream s;
  s << f;
  return s.str();
}
}  // namespace

std::string_view ruleKindName(RuleKind kind) {
  for (const auto& [k, n] : kNames)
    if (k == kind) return n;
  return "unknown";
}

std::optional<RuleKind> ruleKindFromName(std::string_view name) {
  for (const auto& [k, n] : kNames)
    if (n == name) return k;
  return std::nullopt;
}

const std::vector<RuleKind>& allRuleKinds() {
  static const std::vector<RuleKind> kinds = [] {
    std::vector<RuleKind> v;
    for (const auto& [k, n] : kNames) v.push_back(k);
    return v;
  }();
  return kinds;
}

bool Rule::targetsItem() const {
  return kind == RuleKind::BanItem || kind == RuleKind::PinItem || kind == RuleKind::BoostItem ||
         kind == RuleKind::BuryItem;
}

bool Rule::targetsCategory() const {
  return kind == RuleKind::BanCategory || kind == RuleKind::BoostCategory || kind == RuleKind::BuryCategory ||
         (kind == RuleKind::CategoryCap && !category.empty());
}

std::string itemReference(const std::string& itemId, const ItemTitleLookup& title) {
  const std::string t = title ? title(itemId) : std::string();
  return t.empty() ? "'" + itemId + "'" : "'" + t + "' (" + itemId + ")";
}

std::string Rule::describe() const { return describe(ItemTitleLookup()); }

std::string Rule::describe(const ItemTitleLookup& title) const {
  switch (kind) {
    case RuleKind::BanItem: return "ban item " + itemReference(item, title);
    case RuleKind::BanCategory: return "ban category '" + category + "'";
    case RuleKind::PinItem: return "pin item " + itemReference(item, title) + " at " + std::to_string(position);
    case RuleKind::BoostItem: return "boost item " + itemReference(item, title) + " x" + formatFactor(factor);
    case RuleKind::BoostCategory: return "boost category '" + category + "' x" + formatFactor(factor);
    case RuleKind::BuryItem: return "bury item " + itemReference(item, title) + " x" + formatFactor(factor);
    case RuleKind::BuryCategory: return "bury category '" + category + "' x" + formatFactor(factor);
    case RuleKind::CategoryCap:
      return "at most " + std::to_string(maxItems) + " items " +
             (category.empty() ? std::string("per category") : "of category '" + category + "'");
  }
  return "unknown rule";
}

std::vector<std::string> Rule::problems() const {
  std::vector<std::string> p;
  if (id < 1) p.push_back("id: must be an integer >= 1");
  if (segment.empty()) p.push_back("segment: must name a segment");
  if (targetsItem() && item.empty()) p.push_back("item: must be a non-empty item id");
  bool needsCategory = kind == RuleKind::BanCategory || kind == RuleKind::BoostCategory || kind == RuleKind::BuryCategory;
  if (needsCategory && category.empty()) p.push_back("category: must be a non-empty category");
  if (kind == RuleKind::PinItem && position < 1) p.push_back("position: must be an integer >= 1");
  if (isBoost() && !(std::isfinite(factor) && factor > 1.0 && factor <= kMaxFactor))
    p.push_back("factor: a boost factor must be > 1 and <= 1000");
  if (isBury() && !(std::isfinite(factor) && factor < 1.0 && factor >= 1.0 / kMaxFactor))
    p.push_back("factor: a bury factor must be >= 0.001 and < 1");
  if (kind == RuleKind::CategoryCap && maxItems < 1) p.push_back("max_items: must be an integer >= 1");
  if (startsAt && endsAt && *endsAt <= *startsAt) p.push_back("ends_at: must be later than starts_at");
  return p;
}

}  // namespace reco

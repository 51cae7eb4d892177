// One curation rule (ban, pin, boost, bury or category cap) with its segment, time window and bookkeeping.
// Times are Unix seconds, UTC; the window is [startsAt, endsAt).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reco {

enum class RuleKind { BanItem, BanCategory, PinItem, BoostItem, BoostCategory, BuryItem, BuryCategory, CategoryCap };

// "ban_item", "ban_category", "pin_item", "boost_item", "boost_category", "bury_item", "bury_category", "category_cap".
std::string_view ruleKindName(RuleKind kind);
std::optional<RuleKind> ruleKindFromName(std::string_view name);
const std::vector<RuleKind>& allRuleKinds();

// Bounds of the boost and bury factors (inclusive where they are finite): boost in (1, kMaxFactor], bury in
// [1/kMaxFactor, 1).
inline constexpr double kMaxFactor = 1000.0;

// An item's title by its external id ("" when unknown or untitled): lets texts meant for people name items as
// "'title' (id)" where a catalogue is at hand. Empty function: ids only.
using ItemTitleLookup = std::function<std::string(const std::string& itemId)>;
// "'i9'", or "'Toy Story (1995)' (i9)" when the lookup knows a title.
std::string itemReference(const std::string& itemId, const ItemTitleLookup& title);

struct Rule {
  std::int64_t id = 0;  // unique within a rule set, >= 1
  RuleKind kind = RuleKind::BanItem;
  std::string segment;   // segment name ("all users" for everyone)
  std::string item;      // ban_item, pin_item, boost_item, bury_item
  std::string category;  // ban_category, boost_category, bury_category; category_cap (empty = every category)
  int position = 0;      // pin_item: 1-based
  double factor = 1.0;   // boost (> 1) or bury (0 < f < 1)
  int maxItems = 0;      // category_cap: >= 1
  std::optional<std::int64_t> startsAt;  // inclusive
  std::optional<std::int64_t> endsAt;    // exclusive
  bool enabled = true;
  int priority = 0;  // higher wins among pins of one position
  std::string note;
  std::string author;
  std::int64_t createdAt = 0;

  bool targetsItem() const;      // kinds naming an item
  bool targetsCategory() const;  // kinds naming a category (a cap only when category is set)
  bool isBan() const { return kind == RuleKind::BanItem || kind == RuleKind::BanCategory; }
  bool isBoost() const { return kind == RuleKind::BoostItem || kind == RuleKind::BoostCategory; }
  bool isBury() const { return kind == RuleKind::BuryItem || kind == RuleKind::BuryCategory; }
  bool inWindow(std::int64_t t) const { return (!startsAt || t >= *startsAt) && (!endsAt || t < *endsAt); }
  // What the rule does, in a few words: "pin item 'i9' at 1", "boost category 'shoes' x1.5".
  std::string describe() const;
  // The same, naming the item by title and id when `title` knows it: "pin item 'Toy Story (1995)' (i9) at 1".
  std::string describe(const ItemTitleLookup& title) const;
  // Problems with the kind-specific fields and the window, as "field: reason" strings; empty when valid.
  std::vector<std::string> problems() const;
  bool operator==(const Rule&) const = default;
};

}  // namespace reco

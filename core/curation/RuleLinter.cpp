#include "core/curation/RuleLinter.h"

#include "core/base/Thousands.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <utility>

#include "core/base/Time.h"

namespace reco {

std::string LintFinding::text() const {
  std::string s = severity == Severity::Error ? "error" : "warning";
  s += " [" + code + "]";
  if (!rules.empty()) {
    s += rules.size() == 1 ? " rule " : " rules ";
    for (std::size_t i = 0; i < rules.size(); ++i) s += (i ? ", #" : "#") + std::to_string(rules[i]);
  } else if (!segment.empty()) {
    s += " segment '" + segment + "'";
  }
  return s + ": " + message;
}

bool RuleLinter::hasErrors(const std::vector<LintFinding>& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const LintFinding& f) { return f.severity == LintFinding::Severity::Error; });
}

namespace {

using Severity = LintFinding::Severity;
constexpr std::int64_t kMinTime = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMaxTime = std::numeric_limits<std::int64_t>::max();

// The listed findings of one code: the maxPerCode with the lowest rule ids, as a max-heap on (rule ids, arrival),
// and a count of the others.
struct CodeFindings {
  struct Entry {
    std::int64_t first = 0, second = 0;  // the sort key: first and second rule id (0 when absent)
    std::size_t arrival = 0;
    LintFinding finding;
  };
  static bool before(const Entry& x, const Entry& y) {
    if (x.first != y.first) return x.first < y.first;
    if (x.second != y.second) return x.second < y.second;
    return x.arrival < y.arrival;
  }
  std::vector<Entry> heap;
  std::size_t omitted = 0;
  Severity severity = Severity::Warning;
};

class Linter {
 public:
  Linter(const RuleSet& rs, const LintContext& ctx) : rs_(rs), ctx_(ctx), cap_(ctx.maxPerCode) {
    static const Segment kAll = Segment::allUsers();
    segments_.push_back(&kAll);
    segmentIndex_.emplace(Segment::kAllUsers, 0);
    for (const auto& s : rs_.segments) {
      if (segmentIndex_.count(s.name())) continue;  // the first of two equal names, like RuleSet::findSegment
      segmentIndex_.emplace(s.name(), static_cast<int>(segments_.size()));
      segments_.push_back(&s);
    }
    census_ = ctx_.census && ctx_.census->users() > 0 ? ctx_.census : nullptr;
    if (census_) {
      members_.reserve(segments_.size());
      for (const Segment* s : segments_) members_.push_back(census_->members(s->name()));
    }
  }

  std::vector<LintFinding> run() {
    checkSegments();
    for (const auto& r : rs_.rules) {
      auto seg = segmentIndex_.find(r.segment);
      if (seg == segmentIndex_.end()) {
        add(Severity::Error, "unknown-segment", r.id, 0, r.segment,
            [&] { return "refers to unknown segment '" + r.segment + "'"; });
        continue;
      }
      for (const auto& p : r.problems()) add(Severity::Error, "invalid-rule", r.id, 0, "", [&] { return p; });
      bool expired = ctx_.now && r.endsAt && *r.endsAt <= *ctx_.now;
      if (expired)
        add(Severity::Warning, "expired", r.id, 0, "", [&] { return describe(r) + " ended at " + utc::format(*r.endsAt); });
      if (census_ && members_[static_cast<std::size_t>(seg->second)] == 0)
        add(Severity::Warning, "segment-never-matched", r.id, 0, r.segment, [&] {
          return describe(r) + " never applies: segment '" + r.segment + "' matches none of the " +
                 std::to_string(census_->users()) + " users";
        });
      checkCatalogue(r);
      if (r.enabled && !expired) live_.push_back({&r, seg->second});
    }
    checkPairs();
    return finish();
  }

 private:
  struct Live {
    const Rule* rule;
    int segment;  // index into segments_
  };

  // Adds a finding unless maxPerCode lower ones of its code are already listed; `message` is only built when the
  // finding is listed, so a million conflicts cost no strings. `second` is 0 for a finding about one rule.
  template <typename Message>
  void add(Severity sev, const char* code, std::int64_t first, std::int64_t second, const std::string& segment,
           Message&& message) {
    if (first > second && second != 0) std::swap(first, second);
    CodeFindings& c = codes_[code];
    c.severity = sev;
    CodeFindings::Entry probe;
    probe.first = first;
    probe.second = second;
    probe.arrival = arrivals_++;
    if (cap_ > 0 && c.heap.size() >= cap_) {
      ++c.omitted;
      if (!CodeFindings::before(probe, c.heap.front())) return;
      std::pop_heap(c.heap.begin(), c.heap.end(), CodeFindings::before);
      c.heap.pop_back();
    }
    probe.finding.severity = sev;
    probe.finding.code = code;
    if (first != 0 || second != 0) probe.finding.rules.push_back(first);
    if (second != 0) probe.finding.rules.push_back(second);
    probe.finding.segment = segment;
    probe.finding.message = message();
    c.heap.push_back(std::move(probe));
    std::push_heap(c.heap.begin(), c.heap.end(), CodeFindings::before);
  }

  std::vector<LintFinding> finish() {
    std::vector<CodeFindings::Entry> all;
    for (auto& [code, c] : codes_)
      for (auto& e : c.heap) all.push_back(std::move(e));
    std::sort(all.begin(), all.end(), [](const CodeFindings::Entry& a, const CodeFindings::Entry& b) {
      if (a.finding.severity != b.finding.severity) return a.finding.severity == Severity::Error;
      if (a.first != b.first) return a.first < b.first;
      if (a.finding.code != b.finding.code) return a.finding.code < b.finding.code;
      return CodeFindings::before(a, b);
    });
    std::map<std::string, std::size_t> lastOf;  // code -> index of its last listed finding
    for (std::size_t i = 0; i < all.size(); ++i) lastOf[all[i].finding.code] = i;
    std::vector<LintFinding> out;
    out.reserve(all.size() + codes_.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
      std::string code = all[i].finding.code;
      out.push_back(std::move(all[i].finding));
      const CodeFindings& c = codes_.at(code);
      if (lastOf[code] == i && c.omitted > 0) {
        LintFinding summary;
        summary.severity = c.severity;
        summary.code = code;
        summary.omitted = c.omitted;
        summary.message = "... and " + withThousands(c.omitted) + " more " + (c.omitted == 1 ? "finding" : "findings") +
                          " like these (the first " + std::to_string(cap_) + " by rule id are listed)";
        out.push_back(std::move(summary));
      }
    }
    return out;
  }

  void checkSegments() {
    for (const auto& s : rs_.segments) {
      if (!s.hasExpression() && s.userIds().empty())
        add(Severity::Warning, "empty-segment", 0, 0, s.name(), [] { return std::string("the segment's user list is empty"); });
      else if (census_ && census_->members(s.name()) == 0)
        add(Severity::Warning, "empty-segment", 0, 0, s.name(), [&] {
          return "the segment matches none of the " + std::to_string(census_->users()) + " users";
        });
    }
  }

  void checkCatalogue(const Rule& r) {
    if (!ctx_.catalogue) return;
    if (r.targetsItem() && !ctx_.catalogue->count(r.item))
      add(Severity::Warning, "unknown-item", r.id, 0, "",
          [&] { return describe(r) + ": item '" + r.item + "' is not in the catalogue"; });
    if (r.targetsCategory() && !categories().count(r.category))
      add(Severity::Warning, "unknown-category", r.id, 0, "", [&] {
        return describe(r) + ": no item of the catalogue has category '" + r.category + "'";
      });
  }

  const std::set<std::string>& categories() {
    if (!categoriesBuilt_) {
      for (const auto& [item, cat] : *ctx_.catalogue) categories_.insert(cat);
      categoriesBuilt_ = true;
    }
    return categories_;
  }

  const std::string* categoryOf(const std::string& item) const {
    if (!ctx_.catalogue) return nullptr;
    auto it = ctx_.catalogue->find(item);
    return it == ctx_.catalogue->end() || it->second.empty() ? nullptr : &it->second;
  }

  // Only rules sharing an item, a category or a pin position can conflict or shadow each other: index them by that
  // key and compare each rule with the rules under its keys, never with the whole set.
  void checkPairs() {
    std::unordered_map<std::string, std::vector<std::size_t>> itemBans, categoryBans, caps;
    std::unordered_map<int, std::vector<std::size_t>> pins;
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < live_.size(); ++i) {
      const Rule& r = *live_[i].rule;
      if (r.kind == RuleKind::BanItem) itemBans[r.item].push_back(i);
      else if (r.kind == RuleKind::BanCategory) categoryBans[r.category].push_back(i);
      else if (r.kind == RuleKind::PinItem) pins[r.position].push_back(i);
      else if (r.kind == RuleKind::CategoryCap) caps[r.category].push_back(i);
    }
    auto visit = [&](std::size_t a, const auto& index, const auto& key) {
      auto it = index.find(key);
      if (it == index.end()) return;
      for (std::size_t b : it->second)
        if (b != a) {
          ++pairs;
          checkPair(live_[a], live_[b]);
        }
    };
    for (std::size_t a = 0; a < live_.size(); ++a) {
      const Rule& r = *live_[a].rule;
      switch (r.kind) {
        case RuleKind::PinItem:
        case RuleKind::BoostItem:
        case RuleKind::BuryItem:
        case RuleKind::BanItem:
          visit(a, itemBans, r.item);
          if (const std::string* c = categoryOf(r.item)) visit(a, categoryBans, *c);
          if (r.kind == RuleKind::PinItem) visit(a, pins, r.position);
          break;
        case RuleKind::BoostCategory:
        case RuleKind::BuryCategory:
        case RuleKind::BanCategory:
          visit(a, categoryBans, r.category);
          break;
        case RuleKind::CategoryCap:
          visit(a, caps, r.category);
          if (!r.category.empty()) visit(a, caps, std::string());
          break;
      }
    }
    if (ctx_.pairsCompared) *ctx_.pairsCompared = pairs;
  }

  static std::uint64_t pairKey(int a, int b) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 32) | static_cast<std::uint32_t>(b);
  }

  bool isList(int s) const { return !segments_[static_cast<std::size_t>(s)]->isAllUsers() && !segments_[static_cast<std::size_t>(s)]->hasExpression(); }

  // Can some user at some time be covered by both rules?
  bool overlaps(const Live& a, const Live& b) {
    std::int64_t s = std::max(a.rule->startsAt.value_or(kMinTime), b.rule->startsAt.value_or(kMinTime));
    std::int64_t e = std::min(a.rule->endsAt.value_or(kMaxTime), b.rule->endsAt.value_or(kMaxTime));
    if (s >= e) return false;
    return segmentsOverlap(a.segment, b.segment);
  }

  bool segmentsOverlap(int a, int b) {
    if (census_) {
      if (a == b) return members_[static_cast<std::size_t>(a)] > 0;
    } else if (!isList(a) || !isList(b)) {
      return true;  // expressions: assume they may overlap
    }
    if (a > b) std::swap(a, b);
    auto [it, fresh] = overlapMemo_.try_emplace(pairKey(a, b), false);
    if (!fresh) return it->second;
    const Segment& sa = *segments_[static_cast<std::size_t>(a)];
    const Segment& sb = *segments_[static_cast<std::size_t>(b)];
    if (census_) {
      it->second = census_->overlap(sa.name(), sb.name()) > 0;
    } else {
      const auto& x = sa.userIds();
      const auto& y = sb.userIds();
      std::size_t i = 0, j = 0;
      while (i < x.size() && j < y.size() && !it->second) {
        if (x[i] == y[j]) it->second = true;
        else x[i] < y[j] ? ++i : ++j;
      }
    }
    return it->second;
  }

  // Is every (user, time) covered by `a` also covered by `b`?
  bool covers(const Live& b, const Live& a) {
    if (a.rule->startsAt.value_or(kMinTime) < b.rule->startsAt.value_or(kMinTime)) return false;
    if (a.rule->endsAt.value_or(kMaxTime) > b.rule->endsAt.value_or(kMaxTime)) return false;
    if (b.segment == a.segment || b.segment == 0) return true;
    if (!census_ && (!isList(a.segment) || !isList(b.segment))) return false;
    auto [it, fresh] = coverMemo_.try_emplace(pairKey(a.segment, b.segment), false);
    if (!fresh) return it->second;
    const Segment& sa = *segments_[static_cast<std::size_t>(a.segment)];
    const Segment& sb = *segments_[static_cast<std::size_t>(b.segment)];
    if (census_) {
      std::int64_t m = members_[static_cast<std::size_t>(a.segment)];
      it->second = m > 0 && census_->overlap(sa.name(), sb.name()) == m;
    } else {
      it->second = std::includes(sb.userIds().begin(), sb.userIds().end(), sa.userIds().begin(), sa.userIds().end());
    }
    return it->second;
  }

  // Does ban `b` remove the item rule `r` names (by id or, via the catalogue, by category)?
  bool banHitsItem(const Rule& ban, const std::string& item) const {
    if (ban.kind == RuleKind::BanItem) return ban.item == item;
    if (ban.kind == RuleKind::BanCategory) {
      const std::string* c = categoryOf(item);
      return c && *c == ban.category;
    }
    return false;
  }

  std::string describe(const Rule& r) const { return r.describe(ctx_.itemTitle); }
  std::string item(const std::string& id) const { return itemReference(id, ctx_.itemTitle); }

  static std::string ruleRef(std::int64_t id) {
    std::string s(1, '#');
    s += std::to_string(id);
    return s;
  }

  static bool pinBeats(const Rule& b, const Rule& a) {
    if (b.priority != a.priority) return b.priority > a.priority;
    if (b.createdAt != a.createdAt) return b.createdAt < a.createdAt;
    return b.id < a.id;
  }

  // Checks ordered pair (a, b); each unordered conflict is reported once (from the pair with a.id < b.id).
  void checkPair(const Live& la, const Live& lb) {
    const Rule& a = *la.rule;
    const Rule& b = *lb.rule;
    // Pin and ban of the same item.
    if (a.kind == RuleKind::PinItem && b.isBan() && banHitsItem(b, a.item) && overlaps(la, lb))
      add(Severity::Error, "pin-ban-conflict", a.id, b.id, "", [&] {
        return describe(a) + " (segment '" + a.segment + "') conflicts with " + describe(b) + " (segment '" +
               b.segment + "'): where both apply, the ban wins and the item is not shown";
      });
    // Two pins on one position.
    if (a.id < b.id && a.kind == RuleKind::PinItem && b.kind == RuleKind::PinItem && a.position == b.position &&
        a.item != b.item && overlaps(la, lb)) {
      add(Severity::Warning, "pin-position-conflict", a.id, b.id, "", [&] {
        const Rule& win = pinBeats(a, b) ? a : b;
        const Rule& lose = pinBeats(a, b) ? b : a;
        return "two pins claim position " + std::to_string(a.position) + " for overlapping segments ('" + a.segment +
               "', '" + b.segment + "'): #" + std::to_string(win.id) + " wins (item " + item(win.item) + "), #" +
               std::to_string(lose.id) + " loses and its item " + item(lose.item) + " is not shown where both apply";
      });
    }
    // Boosts of banned items or categories.
    if (a.isBoost() && b.isBan()) {
      bool hit = a.kind == RuleKind::BoostItem ? banHitsItem(b, a.item)
                                               : (b.kind == RuleKind::BanCategory && b.category == a.category);
      if (hit && overlaps(la, lb))
        add(Severity::Warning, "boost-of-banned", a.id, b.id, "", [&] {
          return describe(a) + " has no effect where " + describe(b) + " applies (segment '" + b.segment + "')";
        });
    }
    // Rules fully shadowed by another rule (b shadows a): the kind of reason first (cheap), then coverage.
    enum class Why { None, BannedItem, BannedCategory, Pin, Cap } why = Why::None;
    if ((a.kind == RuleKind::BanItem || a.kind == RuleKind::BuryItem) && b.isBan() && banHitsItem(b, a.item))
      why = Why::BannedItem;
    else if ((a.kind == RuleKind::BanCategory || a.kind == RuleKind::BuryCategory) &&
             b.kind == RuleKind::BanCategory && b.category == a.category)
      why = Why::BannedCategory;
    else if (a.kind == RuleKind::PinItem && b.kind == RuleKind::PinItem && a.position == b.position && pinBeats(b, a))
      why = Why::Pin;
    else if (a.kind == RuleKind::CategoryCap && b.kind == RuleKind::CategoryCap && b.maxItems <= a.maxItems &&
             (b.category.empty() || b.category == a.category))
      why = Why::Cap;
    if (why == Why::None || !covers(lb, la)) return;
    // Two equal rules shadow each other: only the later one is reported.
    if (why == Why::BannedItem && a.kind == RuleKind::BanItem && b.kind == RuleKind::BanItem && a.id < b.id &&
        covers(la, lb))
      return;
    if (why == Why::BannedCategory && a.kind == RuleKind::BanCategory && a.id < b.id && covers(la, lb)) return;
    if (why == Why::Cap && b.maxItems == a.maxItems && b.category == a.category && a.id < b.id && covers(la, lb)) return;
    add(Severity::Warning, "shadowed", a.id, b.id, "", [&] {
      std::string reason;
      switch (why) {
        case Why::BannedItem:
          reason = "the item is always banned by #" + std::to_string(b.id) + " when this rule applies";
          break;
        case Why::BannedCategory:
          reason = "category '" + a.category + "' is always banned by #" + std::to_string(b.id) + " when this rule applies";
          break;
        case Why::Pin:
          reason = "pin #" + std::to_string(b.id) + " always takes position " + std::to_string(a.position) +
                   " when this rule applies";
          break;
        case Why::Cap:
          reason = "cap #" + std::to_string(b.id) + " (" + describe(b) + ") is at least as strict whenever this rule applies";
          break;
        case Why::None:
          break;
      }
      std::string message = ruleRef(a.id);
      message += " (";
      message += describe(a);
      message += ") never changes the list: ";
      message += reason;
      return message;
    });
  }

  const RuleSet& rs_;
  const LintContext& ctx_;
  std::size_t cap_;
  const SegmentCensus* census_ = nullptr;
  std::vector<const Segment*> segments_;  // [0] = all users
  std::unordered_map<std::string, int> segmentIndex_;
  std::vector<std::int64_t> members_;  // per segment, with a census
  std::unordered_map<std::uint64_t, bool> overlapMemo_, coverMemo_;
  std::vector<Live> live_;
  std::map<std::string, CodeFindings> codes_;
  std::size_t arrivals_ = 0;
  std::set<std::string> categories_;
  bool categoriesBuilt_ = false;
};

}  // namespace

std::vector<LintFinding> RuleLinter::lint(const RuleSet& rules, const LintContext& context) {
  return Linter(rules, context).run();
}

}  // namespace reco

#include "core/curation/RuleLinter.h"

#include <algorithm>
#include <limits>

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

class Linter {
 public:
  Linter(const RuleSet& rs, const LintContext& ctx) : rs_(rs), ctx_(ctx) {}

  std::vector<LintFinding> run() {
    checkSegments();
    std::vector<const Rule*> live;
    for (const auto& r : rs_.rules) {
      const Segment* seg = rs_.findSegment(r.segment);
      if (!seg) {
        add(Severity::Error, "unknown-segment", {r.id}, r.segment, "refers to unknown segment '" + r.segment + "'");
        continue;
      }
      for (const auto& p : r.problems()) add(Severity::Error, "invalid-rule", {r.id}, "", p);
      bool expired = ctx_.now && r.endsAt && *r.endsAt <= *ctx_.now;
      if (expired)
        add(Severity::Warning, "expired", {r.id}, "", r.describe() + " ended at " + utc::format(*r.endsAt));
      if (ctx_.census && ctx_.census->users() > 0 && ctx_.census->members(r.segment) == 0)
        add(Severity::Warning, "segment-never-matched", {r.id}, r.segment,
            r.describe() + " never applies: segment '" + r.segment + "' matches none of the " +
                std::to_string(ctx_.census->users()) + " users");
      checkCatalogue(r);
      if (r.enabled && !expired) live.push_back(&r);
    }
    for (std::size_t i = 0; i < live.size(); ++i)
      for (std::size_t j = 0; j < live.size(); ++j)
        if (i != j) checkPair(*live[i], *live[j]);
    std::stable_sort(findings_.begin(), findings_.end(), [](const LintFinding& a, const LintFinding& b) {
      if (a.severity != b.severity) return a.severity == Severity::Error;
      std::int64_t ra = a.rules.empty() ? 0 : a.rules.front(), rb = b.rules.empty() ? 0 : b.rules.front();
      if (ra != rb) return ra < rb;
      return a.code < b.code;
    });
    return std::move(findings_);
  }

 private:
  void add(Severity sev, std::string code, std::vector<std::int64_t> rules, std::string segment, std::string message) {
    std::sort(rules.begin(), rules.end());
    findings_.push_back({sev, std::move(code), std::move(rules), std::move(segment), std::move(message)});
  }

  void checkSegments() {
    for (const auto& s : rs_.segments) {
      if (!s.hasExpression() && s.userIds().empty())
        add(Severity::Warning, "empty-segment", {}, s.name(), "the segment's user list is empty");
      else if (ctx_.census && ctx_.census->users() > 0 && ctx_.census->members(s.name()) == 0)
        add(Severity::Warning, "empty-segment", {}, s.name(),
            "the segment matches none of the " + std::to_string(ctx_.census->users()) + " users");
    }
  }

  void checkCatalogue(const Rule& r) {
    if (!ctx_.catalogue) return;
    if (r.targetsItem() && !ctx_.catalogue->count(r.item))
      add(Severity::Warning, "unknown-item", {r.id}, "", r.describe() + ": item '" + r.item + "' is not in the catalogue");
    if (r.targetsCategory() && !categories().count(r.category))
      add(Severity::Warning, "unknown-category", {r.id}, "",
          r.describe() + ": no item of the catalogue has category '" + r.category + "'");
  }

  const std::set<std::string>& categories() {
    if (!categoriesBuilt_) {
      for (const auto& [item, cat] : *ctx_.catalogue) categories_.insert(cat);
      categoriesBuilt_ = true;
    }
    return categories_;
  }

  std::string categoryOf(const std::string& item) const {
    if (!ctx_.catalogue) return {};
    auto it = ctx_.catalogue->find(item);
    return it == ctx_.catalogue->end() ? std::string() : it->second;
  }

  // Can some user at some time be covered by both rules?
  bool overlaps(const Rule& a, const Rule& b) const {
    std::int64_t s = std::max(a.startsAt.value_or(kMinTime), b.startsAt.value_or(kMinTime));
    std::int64_t e = std::min(a.endsAt.value_or(kMaxTime), b.endsAt.value_or(kMaxTime));
    if (s >= e) return false;
    return segmentsOverlap(a.segment, b.segment);
  }

  bool segmentsOverlap(const std::string& a, const std::string& b) const {
    if (ctx_.census && ctx_.census->users() > 0) return ctx_.census->overlap(a, b) > 0;
    const Segment* sa = rs_.findSegment(a);
    const Segment* sb = rs_.findSegment(b);
    if (!sa || !sb) return false;
    if (!sa->isAllUsers() && !sa->hasExpression() && !sb->isAllUsers() && !sb->hasExpression()) {
      const auto& x = sa->userIds();
      const auto& y = sb->userIds();
      std::size_t i = 0, j = 0;
      while (i < x.size() && j < y.size()) {
        if (x[i] == y[j]) return true;
        x[i] < y[j] ? ++i : ++j;
      }
      return false;
    }
    return true;  // expressions: assume they may overlap
  }

  // Is every (user, time) covered by `a` also covered by `b`?
  bool covers(const Rule& b, const Rule& a) const {
    if (a.startsAt.value_or(kMinTime) < b.startsAt.value_or(kMinTime)) return false;
    if (a.endsAt.value_or(kMaxTime) > b.endsAt.value_or(kMaxTime)) return false;
    if (b.segment == a.segment || b.segment == Segment::kAllUsers) return true;
    const Segment* sa = rs_.findSegment(a.segment);
    const Segment* sb = rs_.findSegment(b.segment);
    if (!sa || !sb) return false;
    if (ctx_.census && ctx_.census->users() > 0) {
      std::int64_t m = ctx_.census->members(a.segment);
      return m > 0 && ctx_.census->overlap(a.segment, b.segment) == m;
    }
    if (!sa->hasExpression() && !sa->isAllUsers() && !sb->hasExpression() && !sb->isAllUsers())
      return std::includes(sb->userIds().begin(), sb->userIds().end(), sa->userIds().begin(), sa->userIds().end());
    return false;
  }

  // Does ban `b` remove the item rule `r` names (by id or, via the catalogue, by category)?
  bool banHitsItem(const Rule& ban, const std::string& item) const {
    if (ban.kind == RuleKind::BanItem) return ban.item == item;
    if (ban.kind == RuleKind::BanCategory) {
      std::string c = categoryOf(item);
      return !c.empty() && c == ban.category;
    }
    return false;
  }

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
  void checkPair(const Rule& a, const Rule& b) {
    // Only these combinations can conflict or shadow; skip the rest cheaply.
    bool relevant = (b.isBan() && (a.kind == RuleKind::PinItem || a.isBoost() || a.isBury() || a.isBan())) ||
                    (a.kind == RuleKind::PinItem && b.kind == RuleKind::PinItem && a.position == b.position) ||
                    (a.kind == RuleKind::CategoryCap && b.kind == RuleKind::CategoryCap);
    if (!relevant) return;
    bool ordered = a.id < b.id;
    // Pin and ban of the same item.
    if (a.kind == RuleKind::PinItem && b.isBan() && banHitsItem(b, a.item) && overlaps(a, b))
      add(Severity::Error, "pin-ban-conflict", {a.id, b.id}, "",
          a.describe() + " (segment '" + a.segment + "') conflicts with " + b.describe() + " (segment '" + b.segment +
              "'): where both apply, the ban wins and the item is not shown");
    // Two pins on one position.
    if (ordered && a.kind == RuleKind::PinItem && b.kind == RuleKind::PinItem && a.position == b.position &&
        a.item != b.item && overlaps(a, b)) {
      const Rule& win = pinBeats(a, b) ? a : b;
      const Rule& lose = pinBeats(a, b) ? b : a;
      add(Severity::Warning, "pin-position-conflict", {a.id, b.id}, "",
          "two pins claim position " + std::to_string(a.position) + " for overlapping segments ('" + a.segment +
              "', '" + b.segment + "'): #" + std::to_string(win.id) + " wins (item '" + win.item + "'), #" +
              std::to_string(lose.id) + " loses and its item '" + lose.item + "' is not shown where both apply");
    }
    // Boosts of banned items or categories.
    if (a.isBoost() && b.isBan() && overlaps(a, b)) {
      bool hit = a.kind == RuleKind::BoostItem ? banHitsItem(b, a.item)
                                               : (b.kind == RuleKind::BanCategory && b.category == a.category);
      if (hit)
        add(Severity::Warning, "boost-of-banned", {a.id, b.id}, "",
            a.describe() + " has no effect where " + b.describe() + " applies (segment '" + b.segment + "')");
    }
    // Rules fully shadowed by another rule (b shadows a).
    if (!covers(b, a)) return;
    std::string why;
    if ((a.kind == RuleKind::BanItem || a.kind == RuleKind::BuryItem) && b.isBan() && banHitsItem(b, a.item) &&
        !(a.kind == RuleKind::BanItem && b.kind == RuleKind::BanItem && covers(a, b) && a.id < b.id))
      why = "the item is always banned by #" + std::to_string(b.id) + " when this rule applies";
    else if ((a.kind == RuleKind::BanCategory || a.kind == RuleKind::BuryCategory) && b.kind == RuleKind::BanCategory &&
             b.category == a.category && !(a.kind == RuleKind::BanCategory && covers(a, b) && a.id < b.id))
      why = "category '" + a.category + "' is always banned by #" + std::to_string(b.id) + " when this rule applies";
    else if (a.kind == RuleKind::PinItem && b.kind == RuleKind::PinItem && a.position == b.position && pinBeats(b, a))
      why = "pin #" + std::to_string(b.id) + " always takes position " + std::to_string(a.position) +
            " when this rule applies";
    else if (a.kind == RuleKind::CategoryCap && b.kind == RuleKind::CategoryCap && b.maxItems <= a.maxItems &&
             (b.category.empty() || b.category == a.category) &&
             !(b.maxItems == a.maxItems && b.category == a.category && covers(a, b) && a.id < b.id))
      why = "cap #" + std::to_string(b.id) + " (" + b.describe() + ") is at least as strict whenever this rule applies";
    if (!why.empty()) {
      std::string message = ruleRef(a.id);
      message += " (";
      message += a.describe();
      message += ") never changes the list: ";
      message += why;
      add(Severity::Warning, "shadowed", {a.id, b.id}, "", std::move(message));
    }
  }

  const RuleSet& rs_;
  const LintContext& ctx_;
  std::vector<LintFinding> findings_;
  std::set<std::string> categories_;
  bool categoriesBuilt_ = false;
};

}  // namespace

std::vector<LintFinding> RuleLinter::lint(const RuleSet& rules, const LintContext& context) {
  return Linter(rules, context).run();
}

}  // namespace reco

#include "core/curation/RuleSet.h"

#include <algorithm>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>

#include "core/base/Time.h"

namespace reco {

using nlohmann::json;

void RuleSet::normalize() {
  std::sort(segments.begin(), segments.end(), [](const Segment& a, const Segment& b) { return a.name() < b.name(); });
  std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.id < b.id; });
}

const Segment* RuleSet::findSegment(const std::string& name) const {
  static const Segment kAll = Segment::allUsers();
  if (name == Segment::kAllUsers) return &kAll;
  for (const auto& s : segments)
    if (s.name() == name) return &s;
  return nullptr;
}

const Rule* RuleSet::findRule(std::int64_t id) const {
  for (const auto& r : rules)
    if (r.id == id) return &r;
  return nullptr;
}

std::int64_t RuleSet::nextRuleId() const {
  std::int64_t m = 0;
  for (const auto& r : rules) m = std::max(m, r.id);
  return m + 1;
}

json RuleSet::ruleToJson(const Rule& r) {
  json j = json::object();
  j["id"] = r.id;
  j["kind"] = std::string(ruleKindName(r.kind));
  j["segment"] = r.segment;
  if (r.targetsItem()) j["item"] = r.item;
  if (r.targetsCategory()) j["category"] = r.category;
  if (r.kind == RuleKind::PinItem) j["position"] = r.position;
  if (r.isBoost() || r.isBury()) j["factor"] = r.factor;
  if (r.kind == RuleKind::CategoryCap) j["max_items"] = r.maxItems;
  if (r.startsAt) j["starts_at"] = utc::format(*r.startsAt);
  if (r.endsAt) j["ends_at"] = utc::format(*r.endsAt);
  j["enabled"] = r.enabled;
  j["priority"] = r.priority;
  j["note"] = r.note;
  j["author"] = r.author;
  j["created_at"] = utc::format(r.createdAt);
  return j;
}

json RuleSet::segmentToJson(const Segment& s, bool withUserIds) {
  json j = json::object();
  j["name"] = s.name();
  if (s.hasExpression())
    j["expression"] = s.expressionText();
  else if (withUserIds)
    j["user_ids"] = s.userIds();
  j["note"] = s.note;
  return j;
}

namespace {

// The segments sorted by name and the rules by id, as normalize() would sort a copy (without copying them).
std::vector<const Segment*> sortedSegments(const RuleSet& rs) {
  std::vector<const Segment*> out;
  out.reserve(rs.segments.size());
  for (const auto& s : rs.segments) out.push_back(&s);
  std::stable_sort(out.begin(), out.end(), [](const Segment* a, const Segment* b) { return a->name() < b->name(); });
  return out;
}

std::vector<const Rule*> sortedRules(const RuleSet& rs) {
  std::vector<const Rule*> out;
  out.reserve(rs.rules.size());
  for (const auto& r : rs.rules) out.push_back(&r);
  std::stable_sort(out.begin(), out.end(), [](const Rule* a, const Rule* b) { return a->id < b->id; });
  return out;
}

// Text handed to a sink in pieces of about kChunk bytes, so that no piece grows with the rule set.
class ChunkedText {
 public:
  static constexpr std::size_t kChunk = 1 << 16;
  explicit ChunkedText(const RuleSet::TextSink& out) : out_(out) {}
  ~ChunkedText() { flush(); }
  std::string& buffer() { return buf_; }
  void maybeFlush() {
    if (buf_.size() >= kChunk) flush();
  }
  void flush() {
    if (!buf_.empty()) out_(buf_);
    buf_.clear();
  }

 private:
  const RuleSet::TextSink& out_;
  std::string buf_;
};

std::string spaces(int indent, int level) { return indent < 0 ? std::string() : std::string(static_cast<std::size_t>(indent * level), ' '); }

// `v`.dump(indent) as it appears `level` levels deep: every line after the first indented by level * indent.
std::string dumpAt(const json& v, int indent, int level) {
  std::string text = v.dump(indent);
  if (indent <= 0 || level == 0) return text;
  const std::string pad = "\n" + spaces(indent, level);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    if (c == '\n') out += pad;
    else out.push_back(c);
  }
  return out;
}

// An array of `n` elements as dump(indent) writes it at `level`; element(i, text) appends element i (at level + 1).
template <typename Element>
void writeArray(const RuleSet::TextSink& sink, std::size_t n, int indent, int level, Element element) {
  ChunkedText out(sink);
  std::string& b = out.buffer();
  if (n == 0) {
    b += "[]";
    return;
  }
  b += indent < 0 ? "[" : "[\n";
  const std::string pad = spaces(indent, level + 1);
  for (std::size_t i = 0; i < n; ++i) {
    b += pad;
    element(i, b);
    if (i + 1 < n) b += indent < 0 ? "," : ",\n";
    out.maybeFlush();
  }
  if (indent >= 0) b += "\n" + spaces(indent, level);
  b += "]";
}

// One segment as segmentToJson(s).dump(indent) writes it at `level`, its user ids appended to the tree-less rest
// ("user_ids" sorts after every other key of a segment).
void appendSegment(std::string& b, const RuleSet::TextSink& sink, const Segment& s, int indent, int level) {
  std::string head = dumpAt(RuleSet::segmentToJson(s, false), indent, level);
  if (s.hasExpression()) {
    b += head;
    return;
  }
  // head ends in "}" (compact) or "\n" + indentation + "}" (indented): reopen it.
  head.resize(head.size() - (indent < 0 ? 1 : 2 + static_cast<std::size_t>(indent * level)));
  b += head;
  b += indent < 0 ? ",\"user_ids\":" : ",\n" + spaces(indent, level + 1) + "\"user_ids\": ";
  const auto& ids = s.userIds();
  if (ids.empty()) {
    b += "[]";
  } else {
    // Flushed as it grows: a list may hold millions of ids.
    b += indent < 0 ? "[" : "[\n";
    const std::string pad = spaces(indent, level + 2);
    for (std::size_t k = 0; k < ids.size(); ++k) {
      b += pad;
      b += json(ids[k]).dump();
      if (k + 1 < ids.size()) b += indent < 0 ? "," : ",\n";
      if (b.size() >= ChunkedText::kChunk) {
        sink(b);
        b.clear();
      }
    }
    if (indent >= 0) b += "\n" + spaces(indent, level + 1);
    b += "]";
  }
  if (indent >= 0) b += "\n" + spaces(indent, level);
  b += "}";
}

}  // namespace

void RuleSet::writeRules(const TextSink& out, int indent, int level) const {
  const auto rules = sortedRules(*this);
  writeArray(out, rules.size(), indent, level,
             [&](std::size_t i, std::string& b) { b += dumpAt(ruleToJson(*rules[i]), indent, level + 1); });
}

void RuleSet::writeSegments(const TextSink& out, int indent, int level) const {
  const auto segs = sortedSegments(*this);
  writeArray(out, segs.size(), indent, level,
             [&](std::size_t i, std::string& b) { appendSegment(b, out, *segs[i], indent, level + 1); });
}

std::string RuleSet::canonicalText() const {
  std::string text = "{\"rules\":";
  const TextSink append = [&text](std::string_view piece) { text.append(piece); };
  writeRules(append);
  text += ",\"segments\":";
  writeSegments(append);
  text += "}";
  return text;
}

std::string RuleSet::userIdsText(const std::vector<std::string>& ids) {
  std::string text = "[";
  for (std::size_t k = 0; k < ids.size(); ++k) {
    if (k) text += ",";
    text += json(ids[k]).dump();
  }
  return text + "]";
}

json RuleSet::toJson() const {
  json segs = json::array(), rs = json::array();
  for (const Segment* s : sortedSegments(*this)) segs.push_back(segmentToJson(*s));
  for (const Rule* r : sortedRules(*this)) rs.push_back(ruleToJson(*r));
  return json{{"segments", std::move(segs)}, {"rules", std::move(rs)}};
}

namespace {

std::string typeName(const json& j) {
  if (j.is_null()) return "null";
  if (j.is_boolean()) return "a boolean";
  if (j.is_number()) return "a number";
  if (j.is_string()) return "a string";
  if (j.is_array()) return "an array";
  return "an object";
}

// Reads fields of one JSON object, recording issues with paths.
class FieldReader {
 public:
  FieldReader(const json& obj, std::string path, JsonIssues& issues) : obj_(obj), path_(std::move(path)), issues_(issues) {}

  void issue(const std::string& field, const std::string& message) {
    issues_.push_back({field.empty() ? path_ : path_ + "/" + field, message});
  }
  bool has(const char* key) const { return obj_.contains(key); }

  std::optional<std::string> string(const char* key, bool required, bool nonEmpty) {
    seen_.insert(key);
    if (!obj_.contains(key)) {
      if (required) issue(key, "is required");
      return std::nullopt;
    }
    const json& v = obj_.at(key);
    if (!v.is_string()) {
      issue(key, "must be a string, not " + typeName(v));
      return std::nullopt;
    }
    std::string s = v.get<std::string>();
    if (nonEmpty && s.empty()) {
      issue(key, "must be a non-empty string");
      return std::nullopt;
    }
    return s;
  }

  std::optional<long long> integer(const char* key, bool required, long long min, long long max) {
    seen_.insert(key);
    if (!obj_.contains(key)) {
      if (required) issue(key, "is required");
      return std::nullopt;
    }
    const json& v = obj_.at(key);
    bool ok = v.is_number_integer();
    long long x = 0;
    if (ok) {
      if (v.is_number_unsigned()) {
        auto u = v.get<unsigned long long>();
        ok = u <= static_cast<unsigned long long>(std::numeric_limits<long long>::max());
        x = static_cast<long long>(u);
      } else {
        x = v.get<long long>();
      }
    }
    if (!ok || x < min || x > max) {
      std::string range = max == std::numeric_limits<int>::max() || max == std::numeric_limits<long long>::max()
                              ? ">= " + std::to_string(min)
                              : "between " + std::to_string(min) + " and " + std::to_string(max);
      if (min == std::numeric_limits<int>::min()) range = "between " + std::to_string(min) + " and " + std::to_string(max);
      issue(key, "must be an integer " + range);
      return std::nullopt;
    }
    return x;
  }

  std::optional<double> number(const char* key, bool required) {
    seen_.insert(key);
    if (!obj_.contains(key)) {
      if (required) issue(key, "is required");
      return std::nullopt;
    }
    const json& v = obj_.at(key);
    if (!v.is_number()) {
      issue(key, "must be a number, not " + typeName(v));
      return std::nullopt;
    }
    return v.get<double>();
  }

  std::optional<bool> boolean(const char* key, bool required) {
    seen_.insert(key);
    if (!obj_.contains(key)) {
      if (required) issue(key, "is required");
      return std::nullopt;
    }
    const json& v = obj_.at(key);
    if (!v.is_boolean()) {
      issue(key, "must be true or false, not " + typeName(v));
      return std::nullopt;
    }
    return v.get<bool>();
  }

  std::optional<std::int64_t> time(const char* key, bool required) {
    auto s = string(key, required, false);
    if (!s) return std::nullopt;
    auto t = utc::parse(*s);
    if (!t) issue(key, "must be a UTC time \"YYYY-MM-DDTHH:MM:SSZ\", not \"" + *s + "\"");
    return t;
  }

  void markSeen(const char* key) { seen_.insert(key); }

  void rejectUnknown(const std::string& what) {
    for (auto it = obj_.begin(); it != obj_.end(); ++it)
      if (!seen_.count(it.key())) issue(it.key(), "unexpected field" + (what.empty() ? std::string() : " " + what));
  }

 private:
  const json& obj_;
  std::string path_;
  JsonIssues& issues_;
  std::set<std::string> seen_;
};

}  // namespace

void RuleSetReader::segment(const json& sj, std::size_t i, std::vector<std::string>* userIds) {
  std::string path = basePath_ + "/segments/" + std::to_string(i);
  if (!sj.is_object()) {
    issues_.push_back({path, "must be an object, not " + typeName(sj)});
    return;
  }
  FieldReader f(sj, path, issues_);
  auto name = f.string("name", true, true);
  auto note = f.string("note", false, false);
  bool hasExpr = sj.contains("expression"), hasIds = sj.contains("user_ids");
  std::optional<Segment> seg;
  if (hasExpr == hasIds) {
    f.issue("", "must have exactly one of \"expression\" and \"user_ids\"");
    f.markSeen("expression");
    f.markSeen("user_ids");
  } else if (hasExpr) {
    auto expr = f.string("expression", true, true);
    if (expr && name) {
      try {
        seg = Segment::withExpression(*name, *expr, knownAttributes_);
      } catch (const ExpressionError& e) {
        f.issue("expression", e.what());
      }
    }
  } else if (userIds) {
    f.markSeen("user_ids");
    if (name) seg = Segment::withUserIds(*name, std::move(*userIds));
  } else {
    f.markSeen("user_ids");
    const json& ids = sj.at("user_ids");
    if (!ids.is_array()) {
      f.issue("user_ids", "must be an array of user ids, not " + typeName(ids));
    } else {
      std::vector<std::string> list;
      bool ok = true;
      for (std::size_t k = 0; k < ids.size(); ++k)
        if (!ids[k].is_string() || ids[k].get_ref<const std::string&>().empty()) {
          f.issue("user_ids/" + std::to_string(k), "must be a non-empty string");
          ok = false;
        } else {
          list.push_back(ids[k].get_ref<const std::string&>());
        }
      if (ok && name) seg = Segment::withUserIds(*name, std::move(list));
    }
  }
  f.rejectUnknown("in a segment");
  if (name) {
    if (*name == Segment::kAllUsers)
      f.issue("name", "\"all users\" is built in and cannot be redefined");
    else if (!segmentNames_.insert(*name).second)
      f.issue("name", "duplicate segment name \"" + *name + "\"");
  }
  if (seg && name && *name != Segment::kAllUsers) {
    seg->note = note.value_or("");
    out_.segments.push_back(std::move(*seg));
  }
}

void RuleSetReader::rule(const json& rj, std::size_t i, bool checkSegment) {
  std::string path = basePath_ + "/rules/" + std::to_string(i);
  if (!rj.is_object()) {
    issues_.push_back({path, "must be an object, not " + typeName(rj)});
    return;
  }
  std::size_t before = issues_.size();
  FieldReader f(rj, path, issues_);
  Rule r;
  auto id = f.integer("id", true, 1, std::numeric_limits<long long>::max());
  auto kindName = f.string("kind", true, true);
  std::optional<RuleKind> kind;
  if (kindName) {
    kind = ruleKindFromName(*kindName);
    if (!kind) {
      std::string names;
      for (RuleKind k : allRuleKinds()) names += (names.empty() ? "" : ", ") + std::string(ruleKindName(k));
      f.issue("kind", "unknown kind \"" + *kindName + "\"; expected one of " + names);
    }
  }
  auto segment = f.string("segment", true, true);
  if (checkSegment && segment && !segmentNames_.count(*segment) && *segment != Segment::kAllUsers)
    f.issue("segment", "refers to unknown segment \"" + *segment + "\"");
  if (kind) {
    r.kind = *kind;
    std::string forKind = "for kind \"" + std::string(ruleKindName(*kind)) + "\"";
    if (r.targetsItem()) {
      if (auto v = f.string("item", true, true)) r.item = *v;
    }
    bool needsCat = *kind == RuleKind::BanCategory || *kind == RuleKind::BoostCategory ||
                    *kind == RuleKind::BuryCategory;
    if (needsCat || *kind == RuleKind::CategoryCap) {
      if (auto v = f.string("category", needsCat, true)) r.category = *v;
    }
    if (*kind == RuleKind::PinItem) {
      if (auto v = f.integer("position", true, 1, 1000000)) r.position = static_cast<int>(*v);
    }
    if (r.isBoost()) {
      if (auto v = f.number("factor", true)) {
        r.factor = *v;
        if (!(*v > 1.0 && *v <= kMaxFactor)) f.issue("factor", "a boost factor must be > 1 and <= 1000");
      }
    }
    if (r.isBury()) {
      if (auto v = f.number("factor", true)) {
        r.factor = *v;
        if (!(*v < 1.0 && *v >= 1.0 / kMaxFactor)) f.issue("factor", "a bury factor must be >= 0.001 and < 1");
      }
    }
    if (*kind == RuleKind::CategoryCap) {
      if (auto v = f.integer("max_items", true, 1, 1000000)) r.maxItems = static_cast<int>(*v);
    }
    auto starts = f.time("starts_at", false);
    auto ends = f.time("ends_at", false);
    r.startsAt = starts;
    r.endsAt = ends;
    if (starts && ends && *ends <= *starts) f.issue("ends_at", "must be later than starts_at");
    auto enabled = f.boolean("enabled", true);
    auto priority = f.integer("priority", true, -1000000, 1000000);
    auto note = f.string("note", false, false);
    auto author = f.string("author", false, false);
    auto created = f.time("created_at", true);
    f.rejectUnknown(forKind);
    if (enabled) r.enabled = *enabled;
    if (priority) r.priority = static_cast<int>(*priority);
    r.note = note.value_or("");
    r.author = author.value_or("");
    if (created) r.createdAt = *created;
  } else {
    for (const char* k : {"item", "category", "position", "factor", "max_items", "starts_at", "ends_at",
                          "enabled", "priority", "note", "author", "created_at"})
      f.markSeen(k);
    f.rejectUnknown("in a rule");
  }
  if (id) {
    auto [it, inserted] = ruleIds_.emplace(*id, i);
    if (!inserted) f.issue("id", "duplicate rule id " + std::to_string(*id) + " (also /rules/" + std::to_string(it->second) + ")");
    r.id = *id;
  }
  if (segment) r.segment = *segment;
  if (issues_.size() == before) out_.rules.push_back(std::move(r));
}

RuleSet RuleSetReader::finish() {
  out_.normalize();
  return std::move(out_);
}

RuleSet RuleSet::fromJson(const json& j, JsonIssues& issues, const std::string& basePath,
                          const std::set<std::string>* knownAttributes) {
  if (!j.is_object()) {
    issues.push_back({basePath, "must be an object, not " + typeName(j)});
    return RuleSet();
  }
  RuleSetReader reader(issues, basePath, knownAttributes);
  if (!j.contains("segments")) {
    issues.push_back({basePath + "/segments", "is required"});
  } else if (!j.at("segments").is_array()) {
    issues.push_back({basePath + "/segments", "must be an array, not " + typeName(j.at("segments"))});
  } else {
    const json& segs = j.at("segments");
    for (std::size_t i = 0; i < segs.size(); ++i) reader.segment(segs[i], i);
  }
  if (!j.contains("rules")) {
    issues.push_back({basePath + "/rules", "is required"});
  } else if (!j.at("rules").is_array()) {
    issues.push_back({basePath + "/rules", "must be an array, not " + typeName(j.at("rules"))});
  } else {
    const json& rs = j.at("rules");
    for (std::size_t i = 0; i < rs.size(); ++i) reader.rule(rs[i], i);
  }
  return reader.finish();
}

}  // namespace reco

#include "core/curation/RuleSetStore.h"

#include <nlohmann/json.hpp>
#include <random>
#include <tuple>
#include <utility>
#include <stdexcept>

#include "core/curation/JsonSchemaValidator.h"
#include "core/curation/RuleSetStreamReader.h"
#include "core/curation/UserDirectory.h"
#include "core/base/Time.h"

namespace reco {

using nlohmann::json;

namespace {

constexpr const char* kRulesetIdKey = "curation.ruleset_id";

std::string randomHexId() {
  std::random_device rd;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 4; ++i) {
    std::uint32_t v = rd();
    for (int k = 0; k < 8; ++k) s.push_back(kHex[(v >> (4 * k)) & 15]);
  }
  return s;
}

void clearWorkingCopy(Database& db) { db.exec("DELETE FROM curation_rules; DELETE FROM curation_segments;"); }

// A stored user-id list (a JSON array of strings) without building its tree; nlohmann's own reading (and its
// exception text) for anything else.
std::vector<std::string> parseUserIds(const std::string& text) {
  struct Ids : nlohmann::json_sax<json> {
    std::vector<std::string> ids;
    int depth = 0;
    bool fine = true;
    bool stop() { return fine = false; }
    bool null() override { return stop(); }
    bool boolean(bool) override { return stop(); }
    bool number_integer(number_integer_t) override { return stop(); }
    bool number_unsigned(number_unsigned_t) override { return stop(); }
    bool number_float(number_float_t, const string_t&) override { return stop(); }
    bool string(string_t& v) override {
      if (depth != 1) return stop();
      ids.push_back(std::move(v));
      return true;
    }
    bool binary(binary_t&) override { return stop(); }
    bool start_object(std::size_t) override { return stop(); }
    bool key(string_t&) override { return stop(); }
    bool end_object() override { return stop(); }
    bool start_array(std::size_t) override { return ++depth == 1 || stop(); }
    bool end_array() override { return --depth, true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return stop(); }
  } handler;
  if (json::sax_parse(text, &handler) && handler.fine) return std::move(handler.ids);
  return json::parse(text).get<std::vector<std::string>>();
}

// The number of segments and rules of a stored snapshot, as snap.value(key, []).size() of its tree counts them
// (0 and 0 when it is not a JSON object), without building the tree.
std::pair<std::size_t, std::size_t> snapshotCounts(const std::string& text) {
  struct Counter : nlohmann::json_sax<json> {
    std::size_t segments = 0, rules = 0;
    std::size_t* current = nullptr;  // the count of the top-level member being read
    int depth = 0;
    bool scalar() {
      if (depth == 1 && current) *current = 1;
      else if (depth == 2 && current) ++*current;
      return true;
    }
    bool null() override {
      if (depth == 1 && current) *current = 0;
      else if (depth == 2 && current) ++*current;
      return true;
    }
    bool boolean(bool) override { return scalar(); }
    bool number_integer(number_integer_t) override { return scalar(); }
    bool number_unsigned(number_unsigned_t) override { return scalar(); }
    bool number_float(number_float_t, const string_t&) override { return scalar(); }
    bool string(string_t&) override { return scalar(); }
    bool binary(binary_t&) override { return scalar(); }
    bool open() {
      if (depth == 2 && current) ++*current;
      if (depth == 1 && current) *current = 0;
      ++depth;
      return true;
    }
    bool start_object(std::size_t) override { return open(); }
    bool start_array(std::size_t) override { return open(); }
    bool key(string_t& k) override {
      if (depth == 1) current = k == "segments" ? &segments : k == "rules" ? &rules : nullptr;
      return true;
    }
    bool end_object() override { return --depth, true; }
    bool end_array() override { return --depth, true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
  } counter;
  if (text.empty() || text.find_first_not_of(" \t\r\n") == std::string::npos ||
      text[text.find_first_not_of(" \t\r\n")] != '{' || !json::sax_parse(text, &counter))
    return {0, 0};
  return {counter.segments, counter.rules};
}

}  // namespace

std::string RuleSetStore::rulesetId() {
  std::string id = project_.meta(kRulesetIdKey);
  if (id.empty()) {
    id = randomHexId();
    project_.setMeta(kRulesetIdKey, id);
  }
  return id;
}

std::set<std::string> RuleSetStore::knownAttributes() { return UserDirectory(project_).knownAttributes(); }

RuleSet RuleSetStore::load() {
  RuleSet rs;
  auto segs = project_.db().prepare("SELECT name, expression, user_ids, note FROM curation_segments ORDER BY name");
  while (segs.step()) {
    std::string name = segs.columnText(0);
    try {
      Segment s = segs.isNull(1) ? Segment::withUserIds(name, parseUserIds(segs.columnText(2)))
                                 : Segment::withExpression(name, segs.columnText(1));
      s.note = segs.columnText(3);
      rs.segments.push_back(std::move(s));
    } catch (const std::exception& e) {
      throw std::runtime_error("'" + project_.path() + "': stored segment '" + name + "' is damaged: " + e.what());
    }
  }
  auto rules = project_.db().prepare(
      "SELECT id, kind, segment, item, category, position, factor, max_items, starts_at, ends_at, enabled, priority, "
      "note, author, created_at FROM curation_rules ORDER BY id");
  while (rules.step()) {
    Rule r;
    r.id = rules.columnInt(0);
    auto kind = ruleKindFromName(rules.columnText(1));
    if (!kind)
      throw std::runtime_error("'" + project_.path() + "': stored rule #" + std::to_string(r.id) + " has unknown kind '" +
                               rules.columnText(1) + "'");
    r.kind = *kind;
    r.segment = rules.columnText(2);
    r.item = rules.columnText(3);
    r.category = rules.columnText(4);
    r.position = static_cast<int>(rules.columnOptInt(5).value_or(0));
    r.factor = rules.columnOptDouble(6).value_or(1.0);
    r.maxItems = static_cast<int>(rules.columnOptInt(7).value_or(0));
    r.startsAt = rules.columnOptInt(8);
    r.endsAt = rules.columnOptInt(9);
    r.enabled = rules.columnInt(10) != 0;
    r.priority = static_cast<int>(rules.columnInt(11));
    r.note = rules.columnText(12);
    r.author = rules.columnText(13);
    r.createdAt = rules.columnInt(14);
    rs.rules.push_back(std::move(r));
  }
  return rs;
}

void RuleSetStore::validateSegment(const Segment& s) {
  if (s.name().empty()) throw std::invalid_argument("a segment needs a name");
  if (s.name() == Segment::kAllUsers || s.isAllUsers())
    throw std::invalid_argument("\"all users\" is built in and cannot be redefined");
  if (s.hasExpression()) {
    auto known = knownAttributes();
    try {
      SegmentExpression::parse(s.expressionText(), &known);
    } catch (const ExpressionError& e) {
      throw std::invalid_argument("segment '" + s.name() + "': " + e.what());
    }
  }
}

void RuleSetStore::validateRule(const Rule& r, const RuleSet& current) {
  auto problems = r.problems();
  if (!problems.empty()) throw std::invalid_argument("rule #" + std::to_string(r.id) + ": " + problems.front());
  if (!current.findSegment(r.segment))
    throw std::invalid_argument("rule #" + std::to_string(r.id) + ": unknown segment '" + r.segment + "'");
}

void RuleSetStore::insertSegment(const Segment& s) {
  const std::string ids = s.hasExpression() ? std::string() : RuleSet::userIdsText(s.userIds());
  auto st = project_.db().prepare("INSERT INTO curation_segments(name, expression, user_ids, note) VALUES (?,?,?,?)");
  st.bind(1, s.name());
  if (s.hasExpression()) {
    st.bind(2, s.expressionText());
    st.bindNull(3);
  } else {
    st.bindNull(2);
    st.bindStatic(3, ids);  // not copied again: a list may hold millions of ids
  }
  st.bind(4, s.note);
  st.exec();
}

void RuleSetStore::insertRule(const Rule& r) {
  auto st = project_.db().prepare(
      "INSERT INTO curation_rules(id, kind, segment, item, category, position, factor, max_items, starts_at, ends_at, "
      "enabled, priority, note, author, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  st.bind(1, r.id);
  st.bind(2, ruleKindName(r.kind));
  st.bind(3, r.segment);
  if (r.targetsItem()) st.bind(4, r.item); else st.bindNull(4);
  if (r.targetsCategory()) st.bind(5, r.category); else st.bindNull(5);
  if (r.kind == RuleKind::PinItem) st.bind(6, r.position); else st.bindNull(6);
  if (r.isBoost() || r.isBury()) st.bind(7, r.factor); else st.bindNull(7);
  if (r.kind == RuleKind::CategoryCap) st.bind(8, r.maxItems); else st.bindNull(8);
  st.bind(9, r.startsAt);
  st.bind(10, r.endsAt);
  st.bind(11, r.enabled ? 1 : 0);
  st.bind(12, r.priority);
  st.bind(13, r.note);
  st.bind(14, r.author);
  st.bind(15, r.createdAt);
  st.exec();
}

void RuleSetStore::addSegment(const Segment& segment) {
  validateSegment(segment);
  RuleSet current = load();
  if (current.findSegment(segment.name()))
    throw std::invalid_argument("a segment named '" + segment.name() + "' already exists");
  insertSegment(segment);
}

void RuleSetStore::updateSegment(const std::string& oldName, const Segment& segment) {
  validateSegment(segment);
  RuleSet current = load();
  bool found = false;
  for (auto& s : current.segments)
    if (s.name() == oldName) {
      s = segment;
      found = true;
    } else if (s.name() == segment.name()) {
      throw std::invalid_argument("a segment named '" + segment.name() + "' already exists");
    }
  if (!found) throw std::invalid_argument("no segment named '" + oldName + "'");
  for (auto& r : current.rules)
    if (r.segment == oldName) r.segment = segment.name();
  replace(current);
}

void RuleSetStore::removeSegment(const std::string& name) {
  RuleSet current = load();
  for (const auto& r : current.rules)
    if (r.segment == name)
      throw std::invalid_argument("segment '" + name + "' is used by rule #" + std::to_string(r.id));
  auto st = project_.db().prepare("DELETE FROM curation_segments WHERE name = ?");
  st.bind(1, name);
  st.exec();
  if (project_.db().changes() == 0) throw std::invalid_argument("no segment named '" + name + "'");
}

std::int64_t RuleSetStore::addRule(Rule rule) {
  RuleSet current = load();
  if (rule.id == 0) rule.id = current.nextRuleId();
  if (rule.createdAt == 0) rule.createdAt = utc::now();
  if (current.findRule(rule.id)) throw std::invalid_argument("rule #" + std::to_string(rule.id) + " already exists");
  validateRule(rule, current);
  insertRule(rule);
  return rule.id;
}

void RuleSetStore::updateRule(const Rule& rule) {
  RuleSet current = load();
  if (!current.findRule(rule.id)) throw std::invalid_argument("no rule #" + std::to_string(rule.id));
  validateRule(rule, current);
  Transaction tx(project_.db());
  auto st = project_.db().prepare("DELETE FROM curation_rules WHERE id = ?");
  st.bind(1, rule.id);
  st.exec();
  insertRule(rule);
  tx.commit();
}

void RuleSetStore::removeRule(std::int64_t id) {
  auto st = project_.db().prepare("DELETE FROM curation_rules WHERE id = ?");
  st.bind(1, id);
  st.exec();
  if (project_.db().changes() == 0) throw std::invalid_argument("no rule #" + std::to_string(id));
}

void RuleSetStore::replace(const RuleSet& rules) {
  Transaction tx(project_.db());
  replaceLocked(rules);
  tx.commit();
}

void RuleSetStore::replaceLocked(const RuleSet& rules) {
  for (const auto& r : rules.rules) validateRule(r, rules);
  clearWorkingCopy(project_.db());
  for (const auto& s : rules.segments) insertSegment(s);
  for (const auto& r : rules.rules) insertRule(r);
}

std::int64_t RuleSetStore::saveVersion(const std::string& message, const std::string& author,
                                       std::optional<std::int64_t> at) {
  std::string id = rulesetId();
  Transaction tx(project_.db());
  std::int64_t version = saveVersionLocked(id, message, author, at);
  tx.commit();
  return version;
}

std::int64_t RuleSetStore::saveVersionLocked(const std::string& id, const std::string& message,
                                             const std::string& author, std::optional<std::int64_t> at,
                                             RuleSet* content) {
  RuleSetDocument d;
  d.rulesetId = id;
  d.version = project_.db().queryInt("SELECT coalesce(max(version), 0) + 1 FROM rule_set_versions");
  d.createdAt = at.value_or(utc::now());
  d.author = author;
  d.message = message;
  // The working copy just written is `content` (lent for the call, then handed back): no second copy of it.
  if (content) d.content = std::move(*content);
  else d.content = load();
  struct GiveBack {
    RuleSet* to;
    RuleSet& from;
    ~GiveBack() {
      if (to) *to = std::move(from);
    }
  } giveBack{content, d.content};
  auto st = project_.db().prepare(
      "INSERT INTO rule_set_versions(version, message, author, created_at, snapshot, sha256) VALUES (?,?,?,?,?,?)");
  st.bind(1, d.version);
  st.bind(2, message);
  st.bind(3, author);
  st.bind(4, d.createdAt);
  const std::string snapshot = d.content.canonicalText();
  st.bindStatic(5, snapshot);  // not copied again: it is about as large as the exported file
  st.bind(6, d.checksum());
  st.exec();
  return d.version;
}

std::vector<RuleSetVersionInfo> RuleSetStore::versions() {
  std::vector<RuleSetVersionInfo> out;
  auto st = project_.db().prepare(
      "SELECT version, message, author, created_at, sha256, snapshot FROM rule_set_versions ORDER BY version");
  while (st.step()) {
    RuleSetVersionInfo v;
    v.version = st.columnInt(0);
    v.message = st.columnText(1);
    v.author = st.columnText(2);
    v.createdAt = st.columnInt(3);
    v.sha256 = st.columnText(4);
    std::tie(v.segments, v.rules) = snapshotCounts(st.columnText(5));
    out.push_back(std::move(v));
  }
  return out;
}

std::optional<std::int64_t> RuleSetStore::latestVersion() {
  auto st = project_.db().prepare("SELECT max(version) FROM rule_set_versions");
  st.step();
  return st.columnOptInt(0);
}

RuleSetDocument RuleSetStore::document(std::int64_t version) {
  auto st = project_.db().prepare(
      "SELECT message, author, created_at, snapshot FROM rule_set_versions WHERE version = ?");
  st.bind(1, version);
  if (!st.step()) {
    auto latest = latestVersion();
    throw std::runtime_error("'" + project_.path() + "' has no rule set version " + std::to_string(version) +
                             (latest ? " (versions 1 to " + std::to_string(*latest) + ")" : " (no version saved yet)"));
  }
  RuleSetDocument d;
  d.rulesetId = rulesetId();
  d.version = version;
  d.message = st.columnText(0);
  d.author = st.columnText(1);
  d.createdAt = st.columnInt(2);
  JsonIssues issues;
  const std::string text = st.columnText(3);
  if (auto streamed = readRuleSetStreaming(text, nullptr, nullptr, false)) {
    d.content = std::move(streamed->content);
    return d;
  }
  json snap = json::parse(text, nullptr, false);
  d.content = RuleSet::fromJson(snap, issues);
  if (!issues.empty())
    throw std::runtime_error("'" + project_.path() + "': rule set version " + std::to_string(version) +
                             " is damaged: " + issues.front().text());
  return d;
}

RuleSetDiff RuleSetStore::compare(std::int64_t fromVersion, std::int64_t toVersion) {
  return RuleSetDiff::compare(document(fromVersion).content, document(toVersion).content);
}

std::int64_t RuleSetStore::restore(std::int64_t version, const std::string& author) {
  RuleSetDocument d = document(version);
  std::string id = rulesetId();
  Transaction tx(project_.db());
  replaceLocked(d.content);
  std::int64_t created = saveVersionLocked(id, "restore version " + std::to_string(version), author, std::nullopt);
  tx.commit();
  return created;
}

std::optional<RuleSetImport> RuleSetStore::importText(const std::string& text, const std::string& author, bool dryRun,
                                                      JsonIssues& issues) {
  auto doc = parseImport(text, issues);
  if (!doc) return std::nullopt;
  return importDocument(std::move(*doc), author, dryRun);
}

std::optional<RuleSetImport> RuleSetStore::importText(std::string&& text, const std::string& author, bool dryRun,
                                                      JsonIssues& issues) {
  auto doc = parseImport(text, issues);
  std::string().swap(text);
  if (!doc) return std::nullopt;
  return importDocument(std::move(*doc), author, dryRun);
}

std::optional<RuleSetDocument> RuleSetStore::parseImport(const std::string& text, JsonIssues& issues) {
  auto known = knownAttributes();
  return RuleSetDocument::parse(text, issues, &ruleSetSchema(), &known);
}

std::optional<RuleSetImport> RuleSetStore::importDocument(RuleSetDocument doc, const std::string& author, bool dryRun) {
  RuleSetDiff changes = RuleSetDiff::compare(load(), doc.content);
  RuleSetImport result{std::move(doc), std::move(changes), std::nullopt};
  if (dryRun) return result;
  const RuleSetDocument& d = result.document;
  std::string id = rulesetId();
  Transaction tx(project_.db());
  replaceLocked(d.content);
  std::string message = "import of rule set " + d.rulesetId + " version " + std::to_string(d.version);
  if (!d.message.empty()) message += ": " + d.message;
  result.createdVersion =
      saveVersionLocked(id, message, author.empty() ? d.author : author, std::nullopt, &result.document.content);
  tx.commit();
  return result;
}

}  // namespace reco

// recoengine-cli rules ...: curation rule sets headless: add segments and rules, save versions, export, import,
// lint, compare, restore, and apply a rule set file to one user's ranking exactly as production must.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "CliCommand.h"
#include "RuleSetFile.h"
#include "core/base/Files.h"
#include "core/base/Time.h"
#include "core/curation/CurationJson.h"
#include "core/curation/JsonSchemaValidator.h"
#include "core/curation/RuleApplier.h"
#include "core/curation/RuleLinter.h"
#include "core/curation/RuleSetStore.h"
#include "core/curation/UserDirectory.h"
#include "core/storage/ItemCatalogue.h"

namespace {

using namespace reco;
using reco::cli::Args;
using reco::cli::loadRuleSetFile;
using reco::cli::printJsonIssues;
using reco::cli::UsageError;
using nlohmann::json;

std::string defaultAuthor(const Args& a) {
  if (auto v = a.value("author")) return *v;
  const char* user = std::getenv("USER");
  return user ? user : "";
}

// A JSON option: inline JSON text, or @FILE to read it from a file.
json jsonOption(const Args& a, const std::string& name) {
  auto v = a.value(name);
  if (!v) throw UsageError("missing --" + name);
  std::string text = (!v->empty() && (*v)[0] == '@') ? readTextFile(v->substr(1)) : *v;
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    throw std::runtime_error("--" + name + ": not valid JSON (" + std::string(e.what()) + ")");
  }
}

bool isJsonFile(const std::string& path) { return path.size() > 5 && path.substr(path.size() - 5) == ".json"; }

// --- rules add-segment --------------------------------------------------------------------------------------
int runAddSegment(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {"user-ids", "note"});
  const auto& path = a.positional(0, "PROJECT");
  const auto& name = a.positional(1, "NAME");
  auto ids = a.value("user-ids");
  if (ids.has_value() == (a.positionals().size() >= 3))
    throw UsageError("give either an EXPR or --user-ids ID,ID,...");
  Project project = Project::open(path);
  RuleSetStore store(project);
  Segment s;
  if (ids) {
    std::vector<std::string> list;
    std::stringstream in(*ids);
    for (std::string id; std::getline(in, id, ',');)
      if (!id.empty()) list.push_back(id);
    s = Segment::withUserIds(name, list);
  } else {
    try {
      s = Segment::withExpression(name, a.positionals()[2]);
    } catch (const ExpressionError& e) {
      throw std::runtime_error("segment '" + name + "': " + e.what());
    }
  }
  s.note = a.valueOr("note", "");
  try {
    store.addSegment(s);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(e.what());
  }
  auto m = UserDirectory(project).members(s, 5);
  if (a.flag("json")) {
    std::cout << segmentMembersJson(s, m).dump(2) << "\n";
    return 0;
  }
  std::cout << "segment '" << name << "' added: " << m.count << " of " << m.population << " users";
  if (!m.sample.empty()) {
    std::cout << " (e.g. ";
    for (std::size_t i = 0; i < m.sample.size(); ++i) std::cout << (i ? ", " : "") << m.sample[i];
    std::cout << ")";
  }
  std::cout << "\n";
  return 0;
}

// --- rules add ----------------------------------------------------------------------------------------------
RuleKind kindFrom(const std::string& kind, bool hasItem, bool hasCategory) {
  if (auto k = ruleKindFromName(kind)) return *k;
  auto pick = [&](RuleKind item, RuleKind category) {
    if (hasItem == hasCategory) throw UsageError("--kind " + kind + " needs exactly one of --item and --category");
    return hasItem ? item : category;
  };
  if (kind == "ban") return pick(RuleKind::BanItem, RuleKind::BanCategory);
  if (kind == "boost") return pick(RuleKind::BoostItem, RuleKind::BoostCategory);
  if (kind == "bury") return pick(RuleKind::BuryItem, RuleKind::BuryCategory);
  if (kind == "pin") return RuleKind::PinItem;
  if (kind == "cap") return RuleKind::CategoryCap;
  throw UsageError("unknown --kind '" + kind + "' (ban, pin, boost, bury, cap, or a full kind such as ban_item)");
}

int runAdd(const std::vector<std::string>& argv) {
  Args a(argv, {"disabled", "json"},
         {"kind", "item", "category", "position", "factor", "max-items", "segment", "starts", "ends", "priority", "note",
          "author"});
  const auto& path = a.positional(0, "PROJECT");
  auto kindName = a.value("kind");
  if (!kindName) throw UsageError("missing --kind");
  Rule r;
  r.kind = kindFrom(*kindName, a.value("item").has_value(), a.value("category").has_value());
  r.segment = a.valueOr("segment", Segment::kAllUsers);
  r.item = a.valueOr("item", "");
  r.category = a.valueOr("category", "");
  if (r.targetsItem() && r.item.empty()) throw UsageError("--kind " + *kindName + " needs --item");
  if (!r.targetsItem() && !r.item.empty()) throw UsageError("--item does not apply to --kind " + *kindName);
  if (r.kind == RuleKind::PinItem) {
    if (!a.value("position")) throw UsageError("a pin needs --position P (1-based)");
    r.position = static_cast<int>(a.intValue("position", 0, 1, 1000000));
  }
  if (r.isBoost() || r.isBury()) {
    if (!a.value("factor")) throw UsageError("a boost or bury needs --factor F (boost > 1, bury between 0 and 1)");
    r.factor = a.doubleValue("factor", 1.0);
  }
  if (r.kind == RuleKind::CategoryCap) {
    if (!a.value("max-items")) throw UsageError("a category cap needs --max-items N");
    r.maxItems = static_cast<int>(a.intValue("max-items", 0, 1, 1000000));
  }
  if (a.value("starts")) r.startsAt = a.timeValue("starts", 0);
  if (a.value("ends")) r.endsAt = a.timeValue("ends", 0);
  r.priority = static_cast<int>(a.intValue("priority", 0, -1000000, 1000000));
  r.enabled = !a.flag("disabled");
  r.note = a.valueOr("note", "");
  r.author = defaultAuthor(a);
  Project project = Project::open(path);
  RuleSetStore store(project);
  std::int64_t id;
  try {
    id = store.addRule(r);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(e.what());
  }
  r.id = id;
  if (a.flag("json")) {  // the rule as stored (with its creation time)
    const RuleSet stored = store.load();
    const Rule* added = stored.findRule(id);
    std::cout << ruleJson(added ? *added : r).dump(2) << "\n";
    return 0;
  }
  std::cout << "rule #" << id << " added: " << r.describe() << " for segment '" << r.segment << "'\n";
  return 0;
}

int runRemove(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {});
  const auto& path = a.positional(0, "PROJECT");
  const auto& idText = a.positional(1, "RULE-ID");
  char* end = nullptr;
  long long id = std::strtoll(idText.c_str(), &end, 10);
  if (idText.empty() || *end != '\0') throw UsageError("RULE-ID must be an integer, got '" + idText + "'");
  Project project = Project::open(path);
  RuleSetStore store(project);
  std::optional<Rule> removed;  // kept for --json; removeRule refuses an unknown id
  if (a.flag("json"))
    if (const RuleSet current = store.load(); const Rule* r = current.findRule(id)) removed = *r;
  try {
    store.removeRule(id);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(e.what());
  }
  if (a.flag("json")) {
    std::cout << json{{"removed", removed ? ruleJson(*removed) : json{{"id", id}}}}.dump(2) << "\n";
    return 0;
  }
  std::cout << "rule #" << id << " removed\n";
  return 0;
}

// --- rules list / versions / save / compare / restore ----------------------------------------------------------
std::string windowText(const Rule& r) {
  if (!r.startsAt && !r.endsAt) return "always";
  return (r.startsAt ? utc::format(*r.startsAt) : std::string("...")) + " .. " +
         (r.endsAt ? utc::format(*r.endsAt) : std::string("..."));
}

int runList(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {});
  Project project = Project::open(a.positional(0, "PROJECT"));
  RuleSet rs = RuleSetStore(project).load();
  SegmentCensus census = UserDirectory(project).census(rs.segments, 3);
  if (a.flag("json")) {
    std::cout << ruleSetListJson(rs, census).dump(2) << "\n";
    return 0;
  }
  std::cout << "segments (" << rs.segments.size() + 1 << "):\n";
  std::cout << "  " << std::left << std::setw(24) << Segment::kAllUsers << std::right << std::setw(8)
            << census.members(Segment::kAllUsers) << " users  (built in)\n";
  for (const auto& s : rs.segments) {
    std::cout << "  " << std::left << std::setw(24) << s.name() << std::right << std::setw(8) << census.members(s.name())
              << " users  " << (s.hasExpression() ? s.expressionText() : "list of " + std::to_string(s.userIds().size()) + " ids");
    const auto& sample = census.sample(s.name());
    if (!sample.empty()) {
      std::cout << "  e.g. ";
      for (std::size_t i = 0; i < sample.size(); ++i) std::cout << (i ? ", " : "") << sample[i];
    }
    std::cout << "\n";
  }
  std::cout << "rules (" << rs.rules.size() << "):\n";
  for (const auto& r : rs.rules)
    std::cout << "  #" << std::left << std::setw(4) << r.id << std::setw(36) << r.describe() << " segment '" << r.segment
              << "'  prio " << r.priority << "  " << windowText(r) << (r.enabled ? "" : "  [disabled]")
              << (r.note.empty() ? "" : "  -- " + r.note) << "\n";
  return 0;
}

int runVersions(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {});
  Project project = Project::open(a.positional(0, "PROJECT"));
  auto versions = RuleSetStore(project).versions();
  if (a.flag("json")) {
    std::cout << ruleSetVersionsJson(versions).dump(2) << "\n";
    return 0;
  }
  if (versions.empty()) {
    std::cout << "no versions saved yet (recoengine-cli rules save PROJECT --message TEXT)\n";
    return 0;
  }
  for (const auto& v : versions)
    std::cout << std::setw(4) << v.version << "  " << utc::format(v.createdAt) << "  " << std::left << std::setw(12)
              << v.author << std::right << std::setw(4) << v.segments << " segments " << std::setw(4) << v.rules
              << " rules  " << v.sha256.substr(0, 12) << "  " << v.message << "\n";
  return 0;
}

int runSave(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {"message", "author"});
  Project project = Project::open(a.positional(0, "PROJECT"));
  auto message = a.value("message");
  if (!message || message->empty()) throw UsageError("missing --message TEXT");
  RuleSetStore store(project);
  const std::string author = defaultAuthor(a);
  std::int64_t v = store.saveVersion(*message, author);
  if (a.flag("json")) {
    std::cout << json{{"version", v}, {"sha256", store.document(v).checksum()}, {"author", author}, {"message", *message}}
                     .dump(2)
              << "\n";
    return 0;
  }
  std::cout << "saved version " << v << " (" << store.document(v).checksum() << ")\n";
  return 0;
}

std::int64_t versionArg(const std::string& text, const char* what) {
  char* end = nullptr;
  long long v = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || v < 1) throw UsageError(std::string(what) + " must be a version number >= 1, got '" + text + "'");
  return v;
}

int runCompare(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {});
  Project project = Project::open(a.positional(0, "PROJECT"));
  auto from = versionArg(a.positional(1, "FROM-VERSION"), "FROM-VERSION");
  auto to = versionArg(a.positional(2, "TO-VERSION"), "TO-VERSION");
  const RuleSetDiff diff = RuleSetStore(project).compare(from, to);
  if (a.flag("json")) {
    std::cout << json{{"from_version", from}, {"to_version", to}, {"changes", ruleSetChangesJson(diff)}}.dump(2) << "\n";
    return 0;
  }
  std::cout << diff.text();
  return 0;
}

int runRestore(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {"author"});
  Project project = Project::open(a.positional(0, "PROJECT"));
  auto v = versionArg(a.positional(1, "VERSION"), "VERSION");
  RuleSetStore store(project);
  auto created = store.restore(v, defaultAuthor(a));
  if (a.flag("json")) {
    std::cout << json{{"restored_version", v}, {"saved_version", created}, {"sha256", store.document(created).checksum()}}
                     .dump(2)
              << "\n";
    return 0;
  }
  std::cout << "restored version " << v << " as version " << created << "\n";
  return 0;
}

// --- rules export / import ------------------------------------------------------------------------------------
int runExport(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {"version"});
  const auto& path = a.positional(0, "PROJECT");
  const auto& out = a.positional(1, "OUT.json");
  Project project = Project::open(path);
  RuleSetStore store(project);
  std::int64_t version;
  if (a.value("version")) {
    version = a.intValue("version", 0, 1, std::numeric_limits<int>::max());
  } else {
    auto latest = store.latestVersion();
    if (!latest)
      throw std::runtime_error("'" + path + "' has no saved rule set version; save one first (recoengine-cli rules save " +
                               path + " --message TEXT)");
    version = *latest;
  }
  RuleSetDocument d = store.document(version);
  writeTextFileAtomically(out, [&d](const TextPieceWriter& write) { d.writeExport(write); });
  if (a.flag("json")) {
    std::cout << json{{"file", out},
                      {"ruleset_id", d.rulesetId},
                      {"version", version},
                      {"segments", d.content.segments.size()},
                      {"rules", d.content.rules.size()},
                      {"sha256", d.checksum()}}
                     .dump(2)
              << "\n";
    return 0;
  }
  std::cout << "exported version " << version << " (" << d.content.segments.size() << " segments, "
            << d.content.rules.size() << " rules) to " << out << "\nsha256 " << d.checksum() << "\n";
  return 0;
}

int runImport(const std::vector<std::string>& argv) {
  Args a(argv, {"dry-run", "json"}, {"author"});
  const auto& path = a.positional(0, "PROJECT");
  const auto& in = a.positional(1, "IN.json");
  std::string text = readTextFile(in);
  Project project = Project::open(path);
  RuleSetStore store(project);
  JsonIssues issues;
  bool dry = a.flag("dry-run");
  std::optional<RuleSetImport> result;
  try {
    result = store.importText(std::move(text), a.value("author").value_or(""), dry, issues);  // freed once read
  } catch (const JsonTooDeepError& e) {
    throw std::runtime_error("'" + in + "': " + e.what() + "; import refused, nothing changed");
  }
  if (!result) {
    printJsonIssues(issues, in);
    if (a.flag("json"))
      std::cout << json{{"file", in}, {"imported", false}, {"dry_run", dry}, {"errors", jsonIssuesJson(issues)}}.dump(2)
                << "\n";
    throw std::runtime_error("import refused, nothing changed (" + std::to_string(issues.size()) +
                             (issues.size() == 1 ? " error)" : " errors)"));
  }
  if (a.flag("json")) {
    json out = {{"file", in},
                {"imported", !dry},
                {"dry_run", dry},
                {"ruleset_id", result->document.rulesetId},
                {"version", result->document.version},
                {"changes", ruleSetChangesJson(result->changes)},
                {"saved_version", nullptr}};
    if (result->createdVersion) out["saved_version"] = *result->createdVersion;
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << (dry ? "dry run: importing " : "imported ") << in << " (rule set " << result->document.rulesetId
            << " version " << result->document.version << ") " << (dry ? "would change" : "changed") << ":\n"
            << result->changes.text();
  if (result->createdVersion) std::cout << "saved as version " << *result->createdVersion << "\n";
  return 0;
}

// --- rules check --------------------------------------------------------------------------------------------
int runCheck(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {"at"});
  const auto& target = a.positional(0, "PROJECT or FILE.json");
  LintContext ctx;
  ctx.now = a.timeValue("at", utc::now());
  std::vector<LintFinding> findings;
  if (isJsonFile(target)) {
    RuleSetDocument d = loadRuleSetFile(target);
    findings = RuleLinter::lint(d.content, ctx);
  } else {
    Project project = Project::open(target);
    RuleSet rs = RuleSetStore(project).load();
    SegmentCensus census = UserDirectory(project).census(rs.segments);
    const ItemCatalogue items(project);
    const auto catalogue = items.categories();
    ctx.census = &census;
    if (!catalogue.empty()) ctx.catalogue = &catalogue;
    ctx.itemTitle = [&items](const std::string& id) {  // messages name items as 'title' (id)
      const ItemCatalogue::Item* item = items.findByExtId(id);
      return item ? item->title : std::string();
    };
    findings = RuleLinter::lint(rs, ctx);
  }
  if (a.flag("json")) {
    std::cout << lintFindingsJson(findings).dump(2) << "\n";
    return RuleLinter::hasErrors(findings) ? 1 : 0;
  }
  std::size_t errors = 0, warnings = 0;  // a summary finding stands for the findings it leaves out
  for (const auto& f : findings) {
    std::cout << f.text() << "\n";
    (f.severity == LintFinding::Severity::Error ? errors : warnings) += f.count();
  }
  std::cout << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning\n" : " warnings\n");
  return errors > 0 ? 1 : 0;
}

// --- rules apply --------------------------------------------------------------------------------------------
int runApply(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {"user-attributes", "ranking", "at", "n", "user", "item-categories"});
  const auto& file = a.positional(0, "RULESET.json");
  RuleSetDocument d = loadRuleSetFile(file);
  CurationRequest req;
  readUserAttributes(a.value("user-attributes") ? jsonOption(a, "user-attributes") : json::object(),
                     "--user-attributes", req);
  req.userId = a.valueOr("user", "");
  if (req.userId.empty() && req.attributes.count("user_id")) req.userId = req.attributes["user_id"];
  readRanking(jsonOption(a, "ranking"), "--ranking", req);
  if (a.value("item-categories")) readItemCategories(jsonOption(a, "item-categories"), "--item-categories", req);
  req.time = a.timeValue("at", utc::now());
  req.n = static_cast<std::size_t>(a.intValue("n", 10, 0, 100000));
  CurationResult res;
  try {
    res = RuleApplier(d.content).apply(req);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(e.what());
  }
  if (a.flag("json")) {
    std::cout << curationResultJson(res, req.time).dump(2) << "\n";
    return 0;
  }
  std::cout << "rule set " << d.rulesetId << " version " << d.version << ", user '" << req.userId << "' at "
            << utc::format(req.time) << ", n = " << req.n << "\n";
  std::cout << std::left << std::setw(5) << "pos" << std::setw(20) << "item" << std::setw(16) << "category" << std::right
            << std::setw(12) << "score" << std::setw(12) << "adjusted" << "  decided by\n";
  for (const auto& e : res.entries) {
    std::ostringstream score, adjusted;
    if (e.baseScore) score << std::setprecision(6) << *e.baseScore; else score << "-";
    if (!e.pinRule) adjusted << std::setprecision(6) << e.adjustedScore; else adjusted << "-";
    std::cout << std::left << std::setw(5) << e.position << std::setw(20) << e.item << std::setw(16) << e.category
              << std::right << std::setw(12) << score.str() << std::setw(12) << adjusted.str() << "  " << e.decidedBy()
              << "\n";
  }
  if (!res.banned.empty()) {
    std::cout << "banned:";
    for (const auto& [item, rule] : res.banned) std::cout << " " << item << " (#" << rule << ")";
    std::cout << "\n";
  }
  for (const auto& [rule, by] : res.losingPins) std::cout << "pin #" << rule << " lost to #" << by << "\n";
  if (!res.cappedOut.empty()) {
    std::cout << "capped out:";
    for (const auto& item : res.cappedOut) std::cout << " " << item;
    std::cout << "\n";
  }
  return 0;
}

int runMembers(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {"sample"});
  Project project = Project::open(a.positional(0, "PROJECT"));
  const auto& name = a.positional(1, "SEGMENT");
  RuleSet rs = RuleSetStore(project).load();
  const Segment* s = rs.findSegment(name);
  if (!s) throw std::runtime_error("no segment named '" + name + "' in '" + project.path() + "'");
  auto m = UserDirectory(project).members(*s, static_cast<std::size_t>(a.intValue("sample", 10, 0, 100000)));
  if (a.flag("json")) {
    std::cout << segmentMembersJson(*s, m).dump(2) << "\n";
    return 0;
  }
  std::cout << "segment '" << name << "': " << m.count << " of " << m.population << " users\n";
  for (const auto& id : m.sample) std::cout << "  " << id << "\n";
  return 0;
}

using reco::cli::choiceOption;
using reco::cli::CliArgument;
using reco::cli::flagOption;
using reco::cli::valueOption;
using reco::cli::ValueKind;

const CliArgument kProjectArgument{"PROJECT", "The project file (*.reco).", ValueKind::Project, false};
const char* const kTimeHelp = "a UTC time such as 2026-03-01T12:00:00Z, a date, or Unix seconds";

const reco::cli::RegisterGroup kRulesGroup({
    "rules",
    "curation: user segments, rules, rule set versions, export and import, preview, impact, lint and apply",
    "A project holds one working rule set: user segments (an attribute expression or a list of user ids) and "
    "rules for them (ban an item or a category, pin an item at a position, boost or bury an item or a category, "
    "cap a category), each with an optional time window and a priority. Saving makes a numbered, checksummed "
    "version; versions are compared, restored, exported as JSON for the production serving tier and imported "
    "again. preview and impact show what the rules do to a model's recommendations; check lints a rule set and "
    "apply runs the reference applier on one ranking, exactly as production must (docs/ruleset-spec.md)."});

const reco::cli::RegisterCommand kAddSegment({
    "rules add-segment",
    "PROJECT NAME (EXPR | --user-ids ID,ID,...) [--note TEXT] [--json]",
    "add a user segment: an attribute expression or an explicit list",
    "Adds a segment to the working rule set and prints its member count and a few members. EXPR is a condition on "
    "user attributes, e.g. country in (\"DE\", \"AT\") and device = \"mobile\" and orders >= 2, with the operators "
    "= != < <= > >= in and not in, combined by and, or, not and parentheses; a missing attribute makes a "
    "comparison false. Quote EXPR for the shell. The name 'all users' is built in.",
    {kProjectArgument,
     {"NAME", "The segment's name, unique in the rule set.", ValueKind::Text, false},
     {"EXPR", "The segment's condition on user attributes (or give --user-ids).", ValueKind::Text, false}},
    {valueOption("user-ids", "ID,ID,...", ValueKind::Text, "The segment's members as a comma-separated id list."),
     valueOption("note", "TEXT", ValueKind::Text, "A note kept with the segment."),
     flagOption("json", "Print the added segment with its member count and sample as a JSON object.")},
    runAddSegment});
const reco::cli::RegisterCommand kAdd({
    "rules add",
    "PROJECT --kind ban|pin|boost|bury|cap (--item ID | --category C) [--position P] [--factor F] [--max-items N] "
    "[--segment NAME] [--starts TIME] [--ends TIME] [--priority P] [--note TEXT] [--author NAME] [--disabled] "
    "[--json]",
    "add a curation rule to the project's working rule set",
    "Adds one rule and prints its id and what it does. Bans win over everything; pins are resolved by priority; "
    "boosts and buries multiply the model's score of the items they name; a category cap limits the organic items "
    "of a category. Changes become a version with rules save.",
    {kProjectArgument},
    {choiceOption("kind", "KIND", {"ban", "pin", "boost", "bury", "cap"},
                  "What the rule does; ban, boost and bury apply to --item or --category, pin to --item, cap to "
                  "--category (or every category without it). The full kinds ban_item, ban_category, pin_item, "
                  "boost_item, boost_category, bury_item, bury_category and category_cap are accepted too."),
     valueOption("item", "ID", ValueKind::Text, "The item the rule names."),
     valueOption("category", "C", ValueKind::Text, "The category the rule names."),
     valueOption("position", "P", ValueKind::Number, "A pin's 1-based position in the list (required for pin)."),
     valueOption("factor", "F", ValueKind::Number,
                 "The score factor of a boost (above 1, up to 1000) or a bury (0.001 up to 1)."),
     valueOption("max-items", "N", ValueKind::Number, "A cap's maximum number of organic items (required for cap)."),
     valueOption("segment", "NAME", ValueKind::Text, "The segment the rule applies to (default: all users)."),
     valueOption("starts", "TIME", ValueKind::Text, std::string("Active from this time on, ") + kTimeHelp + "."),
     valueOption("ends", "TIME", ValueKind::Text, std::string("Active until this time (exclusive), ") + kTimeHelp + "."),
     valueOption("priority", "P", ValueKind::Number, "Higher priority wins between pins (default 0)."),
     valueOption("note", "TEXT", ValueKind::Text, "A note kept with the rule."),
     valueOption("author", "NAME", ValueKind::Text, "Who made the rule (default: $USER)."),
     flagOption("disabled", "Add the rule switched off."),
     flagOption("json", "Print the added rule as a JSON object (its export form and description).")},
    runAdd});
const reco::cli::RegisterCommand kRemove({
    "rules remove", "PROJECT RULE-ID [--json]", "remove a rule from the working rule set",
    "Removes the rule with the given id (see rules list) from the working rule set.",
    {kProjectArgument, {"RULE-ID", "The rule's id.", ValueKind::Number, false}},
    {flagOption("json", "Print the removed rule as a JSON object.")},
    runRemove});
const reco::cli::RegisterCommand kList({
    "rules list", "PROJECT [--json]", "list segments (with member counts) and rules",
    "Prints the working rule set: every segment with its member count, definition and a few members, then every "
    "rule with its id, effect, segment, priority, time window and note.",
    {kProjectArgument},
    {flagOption("json", "Print the segments and rules as a JSON object.")},
    runList});
const reco::cli::RegisterCommand kMembers({
    "rules members", "PROJECT SEGMENT [--sample N] [--json]", "member count and a sample of a segment",
    "Prints how many of the project's users the segment holds and the ids of a sample of them.",
    {kProjectArgument, {"SEGMENT", "The segment's name.", ValueKind::Text, false}},
    {valueOption("sample", "N", ValueKind::Number, "Number of member ids to print (default 10)."),
     flagOption("json", "Print the segment, its member count and sample as a JSON object.")},
    runMembers});
const reco::cli::RegisterCommand kVersions({
    "rules versions", "PROJECT [--json]", "list saved rule set versions",
    "Prints every saved version with its number, time, author, numbers of segments and rules, checksum and "
    "message.",
    {kProjectArgument},
    {flagOption("json", "Print the versions as a JSON object.")},
    runVersions});
const reco::cli::RegisterCommand kSave({
    "rules save", "PROJECT --message TEXT [--author NAME] [--json]", "save the working rule set as a new version",
    "Saves the working rule set as the next version number and prints the version and its SHA-256 checksum.",
    {kProjectArgument},
    {valueOption("message", "TEXT", ValueKind::Text, "What changed (required)."),
     valueOption("author", "NAME", ValueKind::Text, "Who saves it (default: $USER)."),
     flagOption("json", "Print the saved version and its checksum as a JSON object.")},
    runSave});
const reco::cli::RegisterCommand kCompare({
    "rules compare", "PROJECT FROM-VERSION TO-VERSION [--json]", "show what changed between two versions",
    "Prints the segments and rules added, removed and changed from one saved version to another.",
    {kProjectArgument,
     {"FROM-VERSION", "The older version number.", ValueKind::Number, false},
     {"TO-VERSION", "The newer version number.", ValueKind::Number, false}},
    {flagOption("json", "Print the changes as a JSON object.")},
    runCompare});
const reco::cli::RegisterCommand kRestore({
    "rules restore", "PROJECT VERSION [--author NAME] [--json]",
    "make an old version current again (saved as a new version)",
    "Replaces the working rule set with a saved version and saves it as a new version, so history is never "
    "rewritten.",
    {kProjectArgument, {"VERSION", "The version number to restore.", ValueKind::Number, false}},
    {valueOption("author", "NAME", ValueKind::Text, "Who restores it (default: $USER)."),
     flagOption("json", "Print the restored and the new version as a JSON object.")},
    runRestore});
const reco::cli::RegisterCommand kExport({
    "rules export", "PROJECT OUT.json [--version V] [--json]",
    "export a rule set version (default: the latest) as checksummed JSON",
    "Writes a saved version as the JSON exchange format the production serving tier reads (schema "
    "resources/schema/ruleset.schema.json, built into the program) and prints its SHA-256 checksum. Only saved "
    "versions are exported: save the working rule set first.",
    {kProjectArgument, {"OUT.json", "The file to write (replaced when it exists).", ValueKind::JsonFile, false}},
    {valueOption("version", "V", ValueKind::Number, "The version to export (default: the latest)."),
     flagOption("json", "Print what was exported (file, version, counts, checksum) as a JSON object.")},
    runExport});
const reco::cli::RegisterCommand kImport({
    "rules import", "PROJECT IN.json [--dry-run] [--author NAME] [--json]",
    "validate and import an exported rule set as a new version",
    "Validates the file against the schema and its checksum, prints what would change in the working rule set "
    "and saves the imported rule set as a new version. Every problem is reported with its JSON path; a refused "
    "import changes nothing and exits with status 1.",
    {kProjectArgument, {"IN.json", "An exported rule set.", ValueKind::JsonFile, false}},
    {flagOption("dry-run", "Validate and show the changes without importing."),
     valueOption("author", "NAME", ValueKind::Text, "Who imports it."),
     flagOption("json", "Print the result (or the refused file's problems) as a JSON object.")},
    runImport});
const reco::cli::RegisterCommand kCheck({
    "rules check", "PROJECT|FILE.json [--at TIME] [--json]", "lint a rule set; exit code 1 when there are errors",
    "Lints the project's working rule set (against its users and items) or an exported rule set file. Errors: "
    "rules naming unknown segments, invalid rules, a pin and a ban of the same item that meet. Warnings: pins "
    "competing for a position, boosts of banned items, unknown items or categories, empty segments, expired and "
    "shadowed rules (docs/ruleset-spec.md, section 6). Prints one finding a line and a count; exits with status 1 "
    "when there are errors.",
    {{"PROJECT|FILE.json", "A project file (*.reco) or an exported rule set (*.json).", ValueKind::Path, false}},
    {valueOption("at", "TIME", ValueKind::Text, std::string("Lint as of this time, ") + kTimeHelp + " (default: now)."),
     flagOption("json", "Print the findings and their counts as a JSON object.")},
    runCheck});
const reco::cli::RegisterCommand kApply({
    "rules apply",
    "RULESET.json --ranking JSON|@FILE [--user-attributes JSON|@FILE] [--user ID] [--at TIME] [--n N] "
    "[--item-categories JSON|@FILE] [--json]",
    "curate one ranking with a rule set file and show which rule decided each position",
    "Runs the reference rule applier, the behaviour the production serving tier must reproduce, on one user's "
    "ranking: bans, pins, boosts and buries, category caps. Prints each position with its item, category, score, "
    "adjusted score and the rule that decided it, then the banned items and losing pins.\n\n"
    "With --json an object with entries (position, item, category, score, decided_by, rule or adjusted_score and "
    "adjustments), active_rules, banned, losing_pins, capped_out and at. JSON values may be given inline or as "
    "@FILE to read them from a file.",
    {{"RULESET.json", "An exported rule set.", ValueKind::JsonFile, false}},
    {valueOption("ranking", "JSON|@FILE", ValueKind::Text,
                 "The model's ranking: an array of {\"item\", \"category\", \"score\"} (required)."),
     valueOption("user-attributes", "JSON|@FILE", ValueKind::Text,
                 "The user's attributes as an object of attribute: value, deciding the user's segments."),
     valueOption("user", "ID", ValueKind::Text, "The user's id, for list segments (default: user_id of the attributes)."),
     valueOption("at", "TIME", ValueKind::Text, std::string("Apply as of this time, ") + kTimeHelp + " (default: now)."),
     valueOption("n", "N", ValueKind::Number, "Length of the curated list (default 10)."),
     valueOption("item-categories", "JSON|@FILE", ValueKind::Text,
                 "Categories of items that are not in the ranking (e.g. pinned items), as an object of item: "
                 "category."),
     flagOption("json", "Print the result as a JSON object.")},
    runApply});

}  // namespace

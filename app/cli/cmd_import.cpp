// recoengine-cli import and stats: load interaction datasets into a project and summarise what a project holds.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliCommand.h"
#include "core/base/Files.h"
#include "core/base/Thousands.h"
#include "core/base/Time.h"
#include "core/import/Importer.h"
#include "core/storage/DatasetSummary.h"
#include "core/storage/Project.h"

namespace {

using reco::cli::Args;
using reco::cli::UsageError;

nlohmann::json resultJson(const reco::ImportResult& r) {
  nlohmann::json j;
  j["committed"] = r.committed;
  j["cancelled"] = r.cancelled;
  j["error"] = r.error.empty() ? nlohmann::json() : nlohmann::json(r.error);
  j["rows_read"] = r.rowsRead;
  j["rows_imported"] = r.rowsImported;
  j["rows_rejected"] = r.rowsRejected;
  j["events_imported"] = r.eventsImported;
  j["users_added"] = r.usersAdded;
  j["items_added"] = r.itemsAdded;
  j["seconds"] = r.seconds;
  nlohmann::json formats = nlohmann::json::array();
  for (auto f : r.formats) formats.push_back(reco::formatName(f));
  j["formats"] = formats;
  nlohmann::json files = nlohmann::json::array();
  for (const auto& f : r.files)
    files.push_back({{"file", f.file}, {"role", f.role}, {"rows_read", f.rowsRead}, {"rows_imported", f.rowsImported},
                     {"rows_rejected", f.rowsRejected}, {"events", f.events}});
  j["files"] = files;
  nlohmann::json rejects = nlohmann::json::array();
  for (const auto& x : r.rejects) rejects.push_back({{"file", x.file}, {"line", x.line}, {"reason", x.reason}});
  j["rejects"] = rejects;
  j["timings"] = {{"rows", r.timings.rows}, {"rollups", r.timings.rollups},
                  {"commit", r.timings.commit}};
  return j;
}

void printHuman(const reco::ImportResult& r) {
  std::string formats;
  for (auto f : r.formats) {
    const std::string name = reco::formatName(f);
    if (formats.find(name) == std::string::npos) formats += (formats.empty() ? "" : ", ") + name;
  }
  std::cout << "format: " << formats << "\n";
  for (const auto& f : r.files)
    std::cout << "  " << f.file << " (" << f.role << "): " << reco::withThousands(f.rowsRead) << " rows read, "
              << reco::withThousands(f.rowsImported) << " imported, " << reco::withThousands(f.rowsRejected) << " rejected"
              << (f.role == "events" ? ", " + reco::withThousands(f.events) + " events" : std::string()) << "\n";
  std::cout << "rows read: " << reco::withThousands(r.rowsRead) << ", imported: " << reco::withThousands(r.rowsImported)
            << ", rejected: " << reco::withThousands(r.rowsRejected) << "\n";
  std::cout << "events imported: " << reco::withThousands(r.eventsImported) << ", users added: " << reco::withThousands(r.usersAdded)
            << ", items added: " << reco::withThousands(r.itemsAdded) << "\n";
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.2f", r.seconds);
  std::cout << "seconds: " << secs;
  if (r.seconds > 0 && r.rowsRead > 0)
    std::cout << " (" << reco::withThousands(static_cast<std::uint64_t>(static_cast<double>(r.rowsRead) / r.seconds))
              << " rows/s)";
  std::cout << "\n";
  if (!r.rejects.empty()) {
    const std::size_t shown = std::min<std::size_t>(r.rejects.size(), 20);
    std::cout << "first rejects:\n";
    for (std::size_t i = 0; i < shown; ++i)
      std::cout << "  " << r.rejects[i].file << ":" << r.rejects[i].line << ": " << r.rejects[i].reason << "\n";
    if (r.rowsRejected > shown)
      std::cout << "  ... and " << reco::withThousands(r.rowsRejected - shown) << " more (--json lists up to 1,000)\n";
  }
  if (r.committed) std::cout << "committed\n";
  else std::cout << "NOT committed, the project is unchanged: " << (r.error.empty() ? "failed" : r.error) << "\n";
}

int runImport(const std::vector<std::string>& argv) {
  Args args(argv, {"json"}, {"format", "map", "on-error", "encoding"});
  const std::string projectPath = args.positional(0, "PROJECT");
  if (args.positionals().size() < 2) throw UsageError("missing FILE (a file or dataset folder to import)");
  std::vector<std::string> files(args.positionals().begin() + 1, args.positionals().end());

  reco::ImportOptions options;
  if (!reco::parseFormatName(args.valueOr("format", "auto"), options.format))
    throw UsageError("unknown --format '" + args.valueOr("format", "") +
                     "' (auto, events, movielens-100k, movielens-latest, movielens-1m, open-bandit)");
  for (const std::string& m : args.values("map")) {
    auto eq = m.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == m.size())
      throw UsageError("--map expects FIELD=COLUMN, got '" + m + "'");
    const std::string field = m.substr(0, eq);
    const auto& fields = reco::eventFieldNames();
    if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
      std::string list;
      for (const auto& f : fields) list += (list.empty() ? "" : ", ") + f;
      throw UsageError("--map: unknown field '" + field + "' (fields: " + list + ")");
    }
    options.mapping[field] = m.substr(eq + 1);
  }
  const std::string policy = args.valueOr("on-error", "skip");
  if (policy == "skip") options.onError = reco::ErrorPolicy::Skip;
  else if (policy == "abort") options.onError = reco::ErrorPolicy::Abort;
  else throw UsageError("--on-error expects skip or abort, got '" + policy + "'");
  const std::string encoding = args.valueOr("encoding", "");
  if (!encoding.empty() && encoding != "utf-8" && encoding != "utf8" && encoding != "latin1" &&
      encoding != "latin-1" && encoding != "iso-8859-1")
    throw UsageError("--encoding expects utf-8 or latin1, got '" + encoding + "'");
  options.encoding = encoding;
  const bool json = args.flag("json");

  std::error_code ec;
  const bool created = !std::filesystem::exists(projectPath, ec);
  reco::Project project = created ? reco::Project::create(projectPath) : reco::Project::open(projectPath);

  const bool tty = ::isatty(STDERR_FILENO) != 0;
  reco::ImportProgressFn progress;
  if (tty) {
    progress = [](const reco::ImportProgress& p) {
      const double pct = p.bytesTotal ? 100.0 * static_cast<double>(p.bytesDone) / static_cast<double>(p.bytesTotal) : 0;
      std::fprintf(stderr, "\r\033[K%5.1f%%  %s rows  %s", pct, reco::withThousands(p.rowsRead).c_str(),
                   std::filesystem::path(p.currentFile).filename().c_str());
      std::fflush(stderr);
    };
  }
  reco::ImportResult result;
  try {
    result = reco::importFiles(project, files, options, progress);
  } catch (...) {
    if (created) {  // nothing was imported: do not leave an empty project behind
      project.db().close();
      reco::removeProjectFiles(projectPath);
    }
    throw;
  }
  if (tty) std::fprintf(stderr, "\r\033[K");
  if (created && !result.committed) {  // the project did not exist before: leave nothing behind
    project.db().close();
    reco::removeProjectFiles(projectPath);
  }
  if (json) std::cout << resultJson(result).dump(2) << "\n";
  else printHuman(result);
  if (!result.committed && !json) std::cerr << "recoengine-cli import: " << result.error << "\n";
  return result.committed ? 0 : 1;
}

int runStats(const std::vector<std::string>& argv) {
  Args args(argv, {"json"}, {});
  const std::string projectPath = args.positional(0, "PROJECT");
  if (args.positionals().size() > 1) throw UsageError("unexpected argument '" + args.positionals()[1] + "'");
  reco::Project project = reco::Project::open(projectPath);
  const reco::DatasetSummary s = reco::summarizeDataset(project);
  auto iso = [](const std::optional<std::int64_t>& t) {
    return t ? nlohmann::json(reco::utc::format(*t)) : nlohmann::json();
  };
  if (args.flag("json")) {
    nlohmann::json j;
    j["users"] = s.users;
    j["items"] = s.items;
    j["events"] = s.events;
    j["events_by_type"] = s.eventsByType;
    j["first_timestamp"] = iso(s.firstTimestamp);
    j["last_timestamp"] = iso(s.lastTimestamp);
    j["categories"] = s.categories;
    j["placements"] = s.placements;
    j["variants"] = s.variants;
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  std::cout << "users: " << reco::withThousands(static_cast<std::uint64_t>(s.users)) << "\n"
            << "items: " << reco::withThousands(static_cast<std::uint64_t>(s.items)) << "\n"
            << "events: " << reco::withThousands(static_cast<std::uint64_t>(s.events)) << "\n";
  for (const auto& [type, n] : s.eventsByType) std::cout << "  " << type << ": " << reco::withThousands(static_cast<std::uint64_t>(n)) << "\n";
  std::cout << "first event: " << (s.firstTimestamp ? reco::utc::format(*s.firstTimestamp) : "-") << "\n"
            << "last event: " << (s.lastTimestamp ? reco::utc::format(*s.lastTimestamp) : "-") << "\n"
            << "categories: " << s.categories << ", placements: " << s.placements << ", variants: " << s.variants
            << "\n";
  return 0;
}

using reco::cli::choiceOption;
using reco::cli::flagOption;
using reco::cli::valueOption;
using reco::cli::ValueKind;

const reco::cli::RegisterCommand kImport({
    "import",
    "PROJECT FILE... [--format auto|events|movielens-100k|movielens-latest|movielens-1m|open-bandit] "
    "[--map FIELD=COLUMN]... [--on-error skip|abort] [--encoding utf-8|latin1] [--json]",
    "import interaction logs or dataset folders into PROJECT (created if missing)",
    "Reads each FILE (a CSV or TSV event log, or a dataset folder or file of a known public format) in one "
    "transaction: a failed or aborted import leaves the project exactly as it was. Users, items and events are "
    "added; the analytics rollups are brought up to date. Every rejected row is reported with its file, line and "
    "reason, and rows read = rows imported + rows rejected.\n\n"
    "Event log columns are recognised by name (user_id, item_id, event, timestamp, rating, position, placement, "
    "variant, revenue, propensity, title, category, price and common aliases); --map overrides. Timestamps are "
    "Unix seconds or milliseconds, or ISO 8601.\n\n"
    "Prints a summary; with --json an object with rows_read, rows_imported, rows_rejected, events_imported, "
    "users_added, items_added, seconds, files, rejects (up to 1,000 {file, line, reason}) and committed. Exits "
    "with status 1 when nothing was committed (a new PROJECT is then removed again).",
    {{"PROJECT", "The project file (*.reco); created when it does not exist.", ValueKind::Project, false},
     {"FILE", "A file or dataset folder to import; several may be given.", ValueKind::Path, true}},
    {choiceOption("format", "FORMAT",
                  {"auto", "events", "movielens-100k", "movielens-latest", "movielens-1m", "open-bandit"},
                  "The input format; auto (the default) detects it from the file names and the header."),
     valueOption("map", "FIELD=COLUMN", ValueKind::Text,
                 "Read event field FIELD (user, item, type, timestamp, value, position, placement, variant, revenue, "
                 "propensity, title, category, price) from column COLUMN. Repeatable."),
     choiceOption("on-error", "POLICY", {"skip", "abort"},
                  "What a bad row does: skip rejects it and goes on (the default); abort stops and commits nothing."),
     choiceOption("encoding", "ENCODING", {"utf-8", "latin1"},
                  "Text encoding of the files (default: UTF-8, Latin-1 for the MovieLens files that need it)."),
     flagOption("json", "Print the result as a JSON object.")},
    runImport});
const reco::cli::RegisterCommand kStats({
    "stats",
    "PROJECT [--json]",
    "counts, date range and events by type of a project's dataset",
    "Prints the numbers of users, items and events, the events of each type, the first and last event time and "
    "the numbers of categories, placements and variants. With --json an object with users, items, events, "
    "events_by_type, first_timestamp, last_timestamp (ISO 8601, UTC), categories, placements and variants.",
    {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
    {flagOption("json", "Print the result as a JSON object.")},
    runStats});

}  // namespace

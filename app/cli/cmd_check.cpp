// recoengine-cli check: verifies a whole project (SQLite integrity, block checksums, rollups against a recount).
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "CliCommand.h"
#include "core/analytics/RollupCheck.h"
#include "core/storage/Project.h"
#include "core/storage/ProjectCheck.h"

namespace reco::cli {
namespace {

int runCheck(const std::vector<std::string>& argv) {
  Args args(argv, {"json"}, {});
  const std::string path = args.positional(0, "PROJECT");
  if (args.positionals().size() > 1) throw UsageError("unexpected argument '" + args.positionals()[1] + "'");
  const bool json = args.flag("json");

  ProjectCheckReport report;
  std::string openError;
  try {
    Project project = Project::openReadOnly(path);
    checkProjectStorage(project.db(), report);
    if (!report.clean()) {
      report.notes.push_back("the rollups were not recounted: the file has damage that a recount would only repeat");
    } else {
      try {
        checkRollupsAgainstRecount(project.db(), std::filesystem::temp_directory_path().string(), report);
      } catch (const std::exception& e) {
        report.problems.push_back({"rollups", "", std::string("cannot recount the rollups: ") + e.what()});
      }
    }
  } catch (const std::exception& e) {
    // The project cannot be opened at all (not a project, truncated, newer schema, ...): that is the finding.
    openError = e.what();
    report.problems.push_back({"open", path, openError});
  }

  if (json) {
    nlohmann::json problems = nlohmann::json::array();
    for (const CheckFinding& f : report.problems)
      problems.push_back({{"check", f.check}, {"where", f.where}, {"reason", f.reason}});
    nlohmann::json j = {{"project", path},
                        {"clean", report.clean()},
                        {"problems", problems},
                        {"notes", report.notes},
                        {"event_blocks", report.eventBlocks},
                        {"events", report.events},
                        {"rollup_blobs", report.rollupBlobs},
                        {"rollup_rows_compared", report.rollupRowsCompared}};
    std::cout << j.dump(2) << "\n";
  } else {
    if (!openError.empty()) std::cerr << "recoengine-cli check: " << openError << "\n";
    for (const CheckFinding& f : report.problems)
      std::cout << "DAMAGED " << f.check << (f.where.empty() ? "" : " " + f.where) << ": " << f.reason << "\n";
    for (const std::string& n : report.notes) std::cout << "note: " << n << "\n";
    if (openError.empty())
      std::cout << "checked " << report.eventBlocks << " event blocks (" << report.events << " events), "
                << report.rollupBlobs << " rollup blobs, " << report.rollupRowsCompared
                << " rollup entries against a recount\n";
    std::cout << path << ": " << (report.clean() ? "ok" : std::to_string(report.problems.size()) + " problem(s)")
              << "\n";
  }
  return report.clean() ? 0 : 1;
}

const RegisterCommand registerCheck{{
    "check",
    "PROJECT [--json]",
    "verify a whole project: SQLite integrity, block checksums, rollups against a recount",
    "Reads the project without changing it and verifies: SQLite's integrity check; the CRC32C checksum of every event "
    "block and rollup blob, and that every event block decodes with contiguous event ids; and every rollup table "
    "against a recount of the events (made in a temporary copy of the project in the temporary folder, which needs "
    "about the project's size). Rollups that are behind the events are noted, not counted as damage: they are "
    "brought up to date on next use.\n\n"
    "Prints one line per problem (what was checked, where, and why it is wrong) and a summary; with --json an object "
    "with project, clean, problems (each with check, where, reason), notes, event_blocks, events, rollup_blobs and "
    "rollup_rows_compared. Exits 0 when the project is clean, 1 when it is damaged or cannot be opened, 2 on a usage "
    "error.",
    {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
    {flagOption("json", "Print the result as a JSON object.")},
    runCheck}};

}  // namespace
}  // namespace reco::cli

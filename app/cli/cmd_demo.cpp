// recoengine-cli demo: writes the built-in demo dataset into a new project.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <limits>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "CliCommand.h"
#include "core/base/Time.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/DatasetSummary.h"

namespace reco::cli {
namespace {

int runDemo(const std::vector<std::string>& argv) {
  Args args(argv, {"force", "json"}, {"seed", "users", "items", "days"});
  const std::string& path = args.onlyPositional("PROJECT path");
  DemoOptions options;
  options.seed = static_cast<std::uint64_t>(args.intValue("seed", 42, 0, std::numeric_limits<long long>::max()));
  options.users = static_cast<int>(args.intValue("users", options.users, 1, 10'000'000));
  options.items = static_cast<int>(args.intValue("items", options.items, 1, 10'000'000));
  options.days = static_cast<int>(args.intValue("days", options.days, 1, 3650));
  Project project = Project::create(path, args.flag("force"));
  const bool tty = isatty(STDERR_FILENO) != 0;
  auto t0 = std::chrono::steady_clock::now();
  DemoResult r = generateDemo(project, options, [&](double f) {
    if (tty) std::fprintf(stderr, "\rgenerating demo: %3d%%", static_cast<int>(f * 100.0 + 0.5));
  });
  if (tty) std::fprintf(stderr, "\n");
  double seconds = reco::secondsSince(t0);
  if (args.flag("json")) {
    nlohmann::json j = {{"project", path}, {"seed", options.seed}, {"users", r.users},
                        {"items", r.items}, {"events", r.events}, {"seconds", seconds}};
    std::cout << j.dump(2) << "\n";
  } else {
    std::cout << "wrote demo project " << path << ": " << r.users << " users, " << r.items << " items, " << r.events
              << " events (seed " << options.seed << ", " << options.days << " days) in " << seconds << " s\n";
  }
  return 0;
}

const RegisterCommand registerDemo{{
    "demo",
    "PROJECT [--seed N] [--users N] [--items N] [--days N] [--force] [--json]",
    "write the built-in demo e-commerce dataset (deterministic from the seed) to a new project",
    "Generates users with attributes (country, device, new or returning), items with categories and prices, and "
    "days of impressions, clicks, add-to-carts and purchases logged by two A/B variants and several placements, "
    "then writes them to a new project with its analytics rollups. The same seed and sizes always give the same "
    "dataset. The defaults (5,000 users, 2,000 items, 90 days) give about 1,000,000 events.\n\n"
    "Prints the counts written; with --json an object with project, seed, users, items, events and seconds.",
    {{"PROJECT", "The project file to create (*.reco).", ValueKind::Project, false}},
    {valueOption("seed", "N", ValueKind::Number, "Seed of the random streams (default 42)."),
     valueOption("users", "N", ValueKind::Number, "Number of users, 1 to 10,000,000 (default 5000)."),
     valueOption("items", "N", ValueKind::Number, "Number of items, 1 to 10,000,000 (default 2000)."),
     valueOption("days", "N", ValueKind::Number, "Number of days of events from 2024-01-01, 1 to 3650 (default 90)."),
     flagOption("force", "Overwrite PROJECT when it exists (otherwise an existing file is an error)."),
     flagOption("json", "Print the result as a JSON object.")},
    runDemo}};

}  // namespace
}  // namespace reco::cli

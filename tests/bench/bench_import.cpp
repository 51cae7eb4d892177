// Import benchmark: generates an event CSV (default 10,000,000 rows), imports it with RecoEngine into a fresh project
// (validation, id mapping, column-block storage and rollups included) and, in the same run, with the sqlite3 shell's own
// `.import --csv` into a plain table of a fresh database, then prints both rates and their ratio.
// usage: bench_import [ROWS] [TEMP_DIR]   (needs the sqlite3 shell on PATH; the temp dir is removed afterwards)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/import/Importer.h"
#include "core/storage/Database.h"
#include "core/storage/DatasetSummary.h"
#include "core/storage/EventStore.h"
#include "core/storage/Project.h"
#include "SyntheticEventLog.h"

namespace fs = std::filesystem;

namespace {

double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double cpuSeconds(int who) {
  rusage r{};
  getrusage(who, &r);
  return static_cast<double>(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
         static_cast<double>(r.ru_utime.tv_usec + r.ru_stime.tv_usec) * 1e-6;
}

}  // namespace

int main(int argc, char** argv) {
  const std::uint64_t rows = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 10'000'000ULL;
  const fs::path dir = argc > 2 ? fs::path(argv[2]) : fs::temp_directory_path() / ("reco_bench_import_" + std::to_string(::getpid()));
  if (rows == 0) {
    std::fprintf(stderr, "usage: bench_import [ROWS] [TEMP_DIR]\n");
    return 2;
  }
  fs::create_directories(dir);
  const std::string csv = (dir / "events.csv").string();
  const std::string project = (dir / "bench.reco").string();
  const std::string plain = (dir / "plain.db").string();
  try {
    double t = now();
    reco::bench::writeSyntheticEventLog(csv, rows);
    std::printf("generated %s: %llu rows, %.1f MB in %.1f s\n", csv.c_str(), static_cast<unsigned long long>(rows),
                static_cast<double>(fs::file_size(csv)) / 1e6, now() - t);
    std::fflush(stdout);

    // 1. The sqlite3 shell's own CSV import into a plain table (created from the header, all TEXT columns).
    const std::string cmd = "sqlite3 '" + plain + "' '.import --csv " + csv + " events'";
    double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    t = now();
    const int rc = std::system(cmd.c_str());
    const double shellSeconds = now() - t;
    const double shellCpu = cpuSeconds(RUSAGE_CHILDREN) - cpu0;
    if (rc != 0) throw std::runtime_error("the sqlite3 shell failed (" + cmd + ")");
    std::int64_t shellRows = 0;
    {
      reco::Database db(plain, reco::Database::Mode::ReadOnly);
      shellRows = db.queryInt("SELECT count(*) FROM events");
    }

    // 2. RecoEngine: a fresh project, the full import (validation, users/items, event blocks, rollups).
    cpu0 = cpuSeconds(RUSAGE_SELF);
    t = now();
    reco::ImportResult r;
    std::int64_t events = 0;
    {
      reco::Project p = reco::Project::create(project, true);
      r = reco::importFiles(p, {csv}, {});
      events = reco::eventCount(p.db());
    }
    const double recoSeconds = r.seconds;
    const double recoCpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    if (!r.committed) throw std::runtime_error("RecoEngine import failed: " + r.error);

    const double shellRate = static_cast<double>(shellRows) / shellSeconds;
    const double recoRate = static_cast<double>(r.rowsImported) / recoSeconds;
    std::printf("sqlite3 shell .import --csv : %lld rows in %.2f s = %.0f rows/s (cpu %.2f s)\n",
                static_cast<long long>(shellRows), shellSeconds, shellRate, shellCpu);
    std::printf("RecoEngine import           : %llu rows (%lld events, %llu users, %llu items, %llu rejected) in %.2f s "
                "= %.0f rows/s (cpu %.2f s)\n",
                static_cast<unsigned long long>(r.rowsImported), static_cast<long long>(events),
                static_cast<unsigned long long>(r.usersAdded), static_cast<unsigned long long>(r.itemsAdded),
                static_cast<unsigned long long>(r.rowsRejected), recoSeconds, recoRate, recoCpu);
    std::printf("  of which: parse+validate+store %.2f s, rollups %.2f s, commit+checkpoint %.2f s\n", r.timings.rows,
                r.timings.rollups, r.timings.commit);
    std::printf("ratio RecoEngine / sqlite3 shell: %.2fx (target >= 2x)\n", recoRate / shellRate);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_import: %s\n", e.what());
    fs::remove_all(dir);
    return 1;
  }
  fs::remove_all(dir);
  return 0;
}

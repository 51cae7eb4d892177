// Whole-pipeline benchmark at scale: writes a synthetic event log (default 10,000,000 events), then runs every stage a
// user runs on it, each the way the CLI does: import (through the real importer, rollups maintained on the way), a
// full rollup rebuild, the interaction matrix, iALS training with default parameters (stored like `train`), the
// default evaluation (iALS on a stratified-user 0.75 holdout, 1000 bootstrap replicates), a dashboard refresh (cube
// load and one full refresh, as bench_dashboard), and `rules check` on the project with 10,000 rules.
// Per stage it prints wall time, CPU time (all threads), the stage's own peak RSS (VmHWM reset through
// /proc/self/clear_refs before the stage, after handing freed heap back with malloc_trim) and the process's peak so
// far (getrusage ru_maxrss before the first reset, then the largest stage peak).
// Target: the process peak stays under 2 GB.
//
//   bench_pipeline [--events N] [--dir TEMP_DIR] [--rules N] [--keep]
// The temp dir (default: a fresh one under the system temp folder) is removed afterwards unless --keep.
// GCC 12's -Wrestrict misfires on inlined std::string copies at -O3 (GCC bug 105329).
#pragma GCC diagnostic ignored "-Wrestrict"

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/analytics/AnalyticsCube.h"
#include "core/analytics/Dashboard.h"
#include "core/analytics/Rollups.h"
#include "core/base/Time.h"
#include "core/curation/RuleLinter.h"
#include "core/curation/RuleSetStore.h"
#include "core/curation/UserDirectory.h"
#include "core/data/MatrixBuilder.h"
#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/InteractionList.h"
#include "core/import/Importer.h"
#include "core/models/ModelStore.h"
#include "core/models/RecommenderBase.h"
#include "core/storage/EventStore.h"
#include "core/storage/ItemCatalogue.h"
#include "core/storage/Project.h"
#include "SyntheticEventLog.h"
#include "tests/common/ProcStatus.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kTargetMb = 2048.0;

double cpuSeconds() {  // this process, every thread
  rusage r{};
  getrusage(RUSAGE_SELF, &r);
  return static_cast<double>(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
         static_cast<double>(r.ru_utime.tv_usec + r.ru_stime.tv_usec) * 1e-6;
}

// The process's peak RSS so far. getrusage's ru_maxrss alone does not do: resetting VmHWM through clear_refs resets it
// too (both read the kernel's one high-water mark), so the peak is kept here as the maximum of what it showed before
// the first reset and every stage's peak.
double processPeak = 0;
double ruMaxRssMb() {  // kB on Linux
  rusage r{};
  getrusage(RUSAGE_SELF, &r);
  return static_cast<double>(r.ru_maxrss) / 1024.0;
}
double processPeakMb() {
  processPeak = std::max(processPeak, ruMaxRssMb());
  return processPeak;
}

using reco_test::procStatusMb;

// Resets VmHWM to the current RSS (Linux >= 4.0) so that a stage's peak is its own. Freed heap is handed back first:
// glibc keeps freed pages resident, and a stage reusing them would not show them in its peak.
bool resetPeak() {
  malloc_trim(0);
  std::ofstream f("/proc/self/clear_refs");
  f << "5";
  f.flush();
  return static_cast<bool>(f);
}

std::string loadAverage() {
  double l[3] = {0, 0, 0};
  if (getloadavg(l, 3) != 3) return "unknown";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f %.2f %.2f", l[0], l[1], l[2]);
  return buf;
}

struct StageFigures {
  std::string name;
  double wall = 0, cpu = 0, stagePeakMb = 0, processPeakMb = 0;
};

std::vector<StageFigures> figures;

// Runs one stage; `work` returns a line of detail (counts) printed under the figures.
void stage(const std::string& name, const std::function<std::string()>& work) {
  processPeakMb();  // before the reset clears the high-water mark
  const bool reset = resetPeak();
  const double rssBefore = procStatusMb("VmRSS:");
  const auto t0 = Clock::now();
  const double c0 = cpuSeconds();
  const std::string detail = work();
  StageFigures s;
  s.name = name;
  s.wall = std::chrono::duration<double>(Clock::now() - t0).count();
  s.cpu = cpuSeconds() - c0;
  s.stagePeakMb = procStatusMb("VmHWM:");
  s.processPeakMb = processPeakMb();
  std::printf("%-28s wall %8.2f s  cpu %8.2f s  stage peak RSS %7.1f MB%s (%.1f MB before)  process peak %7.1f MB\n",
              name.c_str(), s.wall, s.cpu, s.stagePeakMb, reset ? "" : " [VmHWM not reset]", rssBefore,
              s.processPeakMb);
  if (!detail.empty()) std::printf("%-28s %s\n", "", detail.c_str());
  std::fflush(stdout);
  figures.push_back(s);
}

std::string fmt(const char* format, auto... args) {
  char buf[512];
  std::snprintf(buf, sizeof buf, format, args...);
  return buf;
}

// A curation rule set of `count` rules over the synthetic log's users (u1..u100000), items (i1..i20000) and
// categories (c0..c39): 40 user-list segments of 500 users, pins on positions 1..10 (some competing), bans, boosts
// and buries of items and categories, category caps, a tenth of the rules with a time window. Deterministic.
reco::RuleSet benchRuleSet(int count) {
  std::mt19937_64 rng(7);
  auto below = [&](std::uint64_t n) { return rng() % n; };
  reco::RuleSet rs;
  std::vector<std::string> segmentNames{reco::Segment::kAllUsers};
  for (int s = 0; s < 40; ++s) {
    std::vector<std::string> ids;
    for (int u = 0; u < 500; ++u) ids.push_back("u" + std::to_string(1 + below(100000)));
    segmentNames.push_back("segment " + std::to_string(s));
    rs.segments.push_back(reco::Segment::withUserIds(segmentNames.back(), std::move(ids)));
  }
  const std::int64_t jan2024 = 1704067200, day = 86400;
  for (int i = 0; i < count; ++i) {
    reco::Rule r;
    r.id = i + 1;
    r.segment = segmentNames[below(segmentNames.size())];
    r.author = "bench";
    r.createdAt = jan2024;
    const std::string item = "i" + std::to_string(1 + below(20000));
    const std::string category = "c" + std::to_string(below(40));
    const std::uint64_t k = below(100);
    if (k < 30) {
      r.kind = reco::RuleKind::PinItem, r.item = item, r.position = 1 + static_cast<int>(below(10));
      r.priority = static_cast<int>(below(5));
    } else if (k < 50) {
      r.kind = reco::RuleKind::BanItem, r.item = item;
    } else if (k < 70) {
      r.kind = reco::RuleKind::BoostItem, r.item = item, r.factor = 1.5;
    } else if (k < 80) {
      r.kind = reco::RuleKind::BuryItem, r.item = item, r.factor = 0.5;
    } else if (k < 87) {
      r.kind = reco::RuleKind::BoostCategory, r.category = category, r.factor = 1.2;
    } else if (k < 92) {
      r.kind = reco::RuleKind::BuryCategory, r.category = category, r.factor = 0.8;
    } else if (k < 96) {
      r.kind = reco::RuleKind::BanCategory, r.category = category;
    } else {
      r.kind = reco::RuleKind::CategoryCap, r.category = category, r.maxItems = 1 + static_cast<int>(below(4));
    }
    if (below(10) == 0) {
      r.startsAt = jan2024 + static_cast<std::int64_t>(below(90)) * day;
      r.endsAt = *r.startsAt + 14 * day;
    }
    rs.rules.push_back(std::move(r));
  }
  rs.normalize();
  return rs;
}

int usage() {
  std::fprintf(stderr, "usage: bench_pipeline [--events N] [--dir TEMP_DIR] [--rules N] [--keep]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t events = 10'000'000ULL;
  int ruleCount = 10'000;
  bool keep = false;
  fs::path dir = fs::temp_directory_path() / ("reco_bench_pipeline_" + std::to_string(::getpid()));
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool hasValue = i + 1 < argc;
    if (a == "--events" && hasValue) events = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--dir" && hasValue) dir = argv[++i];
    else if (a == "--rules" && hasValue) ruleCount = std::atoi(argv[++i]);
    else if (a == "--keep") keep = true;
    else return usage();
  }
  if (events == 0 || ruleCount <= 0) return usage();
  if (fs::exists(dir / "pipeline.reco")) {
    std::fprintf(stderr, "bench_pipeline: %s already holds a pipeline.reco; give an empty --dir\n", dir.c_str());
    return 2;
  }
  fs::create_directories(dir);
  const std::string csv = (dir / "events.csv").string();
  const std::string projectPath = (dir / "pipeline.reco").string();

  char host[256] = {};
  gethostname(host, sizeof host - 1);
  std::printf("bench_pipeline: %llu events, %d rules, temp dir %s\n", static_cast<unsigned long long>(events),
              ruleCount, dir.c_str());
  std::printf("machine %s, %ld cores, load average at start %s\n", host, sysconf(_SC_NPROCESSORS_ONLN),
              loadAverage().c_str());
  std::fflush(stdout);
  int status = 0;
  try {
    stage("generate event CSV", [&] {
      reco::bench::writeSyntheticEventLog(csv, events, true);
      return fmt("%s: %.1f MB", csv.c_str(), static_cast<double>(fs::file_size(csv)) / 1e6);
    });
    stage("import (rollups included)", [&] {
      reco::Project p = reco::Project::create(projectPath, true);
      reco::ImportResult r = reco::importFiles(p, {csv}, {});
      if (!r.committed) throw std::runtime_error("import failed: " + r.error);
      return fmt("%llu rows imported, %llu rejected, %llu users, %llu items; rows %.1f s, rollups %.1f s, "
                 "commit %.1f s",
                 static_cast<unsigned long long>(r.rowsImported), static_cast<unsigned long long>(r.rowsRejected),
                 static_cast<unsigned long long>(r.usersAdded), static_cast<unsigned long long>(r.itemsAdded),
                 r.timings.rows, r.timings.rollups, r.timings.commit);
    });
    stage("rollups (full rebuild)", [&] {
      reco::Project p = reco::Project::open(projectPath);
      reco::invalidateRollups(p.db());
      reco::rebuildRollups(p.db());
      return fmt("up to date: %s", reco::rollupsUpToDate(p.db()) ? "yes" : "NO");
    });
    stage("interaction matrix", [&] {
      reco::Project p = reco::Project::open(projectPath);
      reco::MatrixBuilder builder;
      reco::InteractionMatrix m = builder.build(p);
      return fmt("%d users x %d items, %lld interactions from %lld events", m.rows(), m.cols(),
                 static_cast<long long>(m.nnz()), static_cast<long long>(builder.stats().eventsRead));
    });
    stage("iALS training (defaults)", [&] {
      reco::Project p = reco::Project::open(projectPath);
      reco::MatrixBuilder builder;
      reco::InteractionMatrix m = builder.build(p);
      auto model = reco::createRecommender("ials");
      const auto t0 = Clock::now();
      model->fit(m, {});
      const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
      const auto& loss = dynamic_cast<const reco::RecommenderBase&>(*model).lossHistory();
      reco::TrainingRecord record{builder.settings(), p.dataFingerprint(), m.nnz(), seconds, loss};
      reco::ModelStore(p).save("ials-bench", *model, record, true);
      return fmt("matrix build %.1f s (included), fit %.1f s, stored as 'ials-bench'", builder.stats().seconds,
                 seconds);
    });
    stage("evaluation (iALS, holdout)", [&] {
      reco::Project p = reco::Project::open(projectPath);
      reco::InteractionList data = reco::loadInteractions(p);
      reco::EvaluationConfig config;
      config.split = reco::SplitSpec::parse("stratified-user:0.75");
      config.models.push_back({"ials", {}, ""});
      reco::EvaluationRunner runner([](const std::string& algo) { return reco::createRecommender(algo); });
      reco::EvaluationResult r = runner.run(data, config);
      return fmt("%zu interactions, %.0f users evaluated, nDCG@10 %.4f, fit %.1f s, scoring %.1f s",
                 data.interactions.size(), r.evaluatedUsers, r.models.at(0).metrics.at("ndcg@10").value,
                 r.models.at(0).fitSeconds, r.models.at(0).scoreSeconds);
    });
    stage("dashboard refresh", [&] {
      reco::Project p = reco::Project::openReadOnly(projectPath);
      const auto t0 = Clock::now();
      reco::AnalyticsCube cube = reco::AnalyticsCube::load(p.db());
      const double loadSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
      if (cube.empty()) throw std::runtime_error("the analytics cube is empty");
      const auto t1 = Clock::now();
      reco::DashboardData d = reco::computeDashboard(cube, reco::DashboardRequest{});
      const double refreshMs = std::chrono::duration<double, std::milli>(Clock::now() - t1).count();
      return fmt("cube load %.2f s, one full refresh %.1f ms (%lld impressions, %zu series points)", loadSeconds,
                 refreshMs, static_cast<long long>(d.kpis.current.impressions), d.series.size());
    });
    stage("rules save (setup)", [&] {
      reco::Project p = reco::Project::open(projectPath);
      reco::RuleSetStore(p).replace(benchRuleSet(ruleCount));
      return fmt("%d rules in 40 user-list segments and 'all users'", ruleCount);
    });
    stage("rules check (linter)", [&] {
      // As `recoengine-cli rules check PROJECT`: the working rule set, a census of the users, the item catalogue.
      reco::Project p = reco::Project::open(projectPath);
      reco::RuleSet rs = reco::RuleSetStore(p).load();
      reco::SegmentCensus census = reco::UserDirectory(p).census(rs.segments);
      auto catalogue = reco::ItemCatalogue::load(p);
      reco::LintContext ctx;
      ctx.now = reco::utc::now();
      ctx.census = &census;
      if (!catalogue.empty()) ctx.catalogue = &catalogue;
      std::size_t pairs = 0;
      ctx.pairsCompared = &pairs;
      auto findings = reco::RuleLinter::lint(rs, ctx);
      std::size_t errors = 0, warnings = 0;
      for (const auto& f : findings)
        (f.severity == reco::LintFinding::Severity::Error ? errors : warnings) += f.count();
      return fmt("%zu rules, %zu findings listed (%zu errors, %zu warnings), %zu rule pairs compared", rs.rules.size(),
                 findings.size(), errors, warnings, pairs);
    });
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_pipeline: %s\n", e.what());
    status = 1;
  }
  double worst = 0;
  std::string worstStage;
  for (const auto& s : figures)
    if (s.stagePeakMb > worst) worst = s.stagePeakMb, worstStage = s.name;
  std::printf("load average at end %s\n", loadAverage().c_str());
  const double peak = processPeakMb();
  std::printf("process peak RSS %.1f MB (largest stage: %s, %.1f MB); target < %.0f MB: %s\n", peak,
              worstStage.c_str(), worst, kTargetMb, peak < kTargetMb ? "MET" : "MISSED");
  if (!keep) fs::remove_all(dir);
  return status;
}

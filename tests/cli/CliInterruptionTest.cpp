// Interruption and damage (issue 13): recoengine-cli killed with SIGKILL at random moments of an import, a training
// run, a rule-set save and a rule-set import leaves a project that opens, passes PRAGMA integrity_check and
// `recoengine-cli check`, and holds all or none of the interrupted operation; a full disk (RLIMIT_FSIZE in the child)
// gives a clear error and leaves the project as it was; damaged files (truncated, a flipped bit in an event block, a
// newer schema, a foreign SQLite file, an empty file) give a clear error and are never modified.
//
// The moments are drawn from a seeded generator, uniformly between 0 and the operation's duration measured by a
// complete run just before. RECO_KILL_SEED and RECO_KILL_MOMENTS (per operation) override the defaults for longer runs.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <thread>
#include <tuple>

#include "CliRun.h"
#include "core/curation/RuleSetStore.h"
#include "core/models/ModelStore.h"
#include "core/storage/Database.h"
#include "core/storage/DatasetSummary.h"
#include "core/storage/Project.h"
#include "core/storage/Schema.h"

namespace {

using reco::test::ProcessResult;
using reco::test::TempFolder;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kDefaultMoments = 20;  // per operation
constexpr std::uint64_t kDefaultSeed = 20261206;

int envInt(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::atoi(v) : fallback;
}

std::string readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t hashOf(std::string_view bytes) { return std::hash<std::string_view>{}(bytes); }

ProcessResult cli(const std::string& dir, const std::vector<std::string>& args) {
  return reco::test::runProcess(RECO_CLI_PROGRAM, args, dir);
}

// What an interrupted operation may have changed, read through core. Nothing in it depends on the time of the run: a
// rule-set version is its number, its snapshot's bytes and whether its stored SHA-256 is the one its fields give (the
// checksum covers the creation time, so it differs between runs; a torn write would break the agreement).
struct ProjectState {
  std::int64_t users = 0, items = 0, events = 0, imports = 0;
  std::vector<std::pair<std::string, std::size_t>> models;  // name, hash of the blob
  std::size_t workingRules = 0;                             // hash of the working rule set's canonical JSON
  std::vector<std::tuple<std::int64_t, std::size_t, bool>> versions;
  bool operator==(const ProjectState&) const = default;
};

std::ostream& operator<<(std::ostream& os, const ProjectState& s) {
  os << "{users " << s.users << ", items " << s.items << ", events " << s.events << ", imports " << s.imports
     << ", models " << s.models.size() << ", working rules #" << s.workingRules << ", versions";
  for (const auto& [v, snapshot, ok] : s.versions) os << " " << v << (ok ? "" : "(checksum wrong)");
  return os << "}";
}

// Opens the project as the app does (read-write), checks SQLite's integrity and reads its state; every model that is
// there must load.
ProjectState openAndRead(const std::string& path) {
  reco::Project project = reco::Project::open(path);
  {
    auto st = project.db().prepare("PRAGMA integrity_check");
    EXPECT_TRUE(st.step());
    EXPECT_EQ(st.columnText(0), "ok") << path;
  }
  ProjectState s;
  const reco::DatasetSummary summary = reco::summarizeDataset(project);
  s.users = summary.users;
  s.items = summary.items;
  s.events = summary.events;
  s.imports = project.db().queryInt("SELECT count(*) FROM imports");
  reco::ModelStore models(project);
  {
    auto st = project.db().prepare("SELECT name, blob FROM models ORDER BY name");
    while (st.step()) s.models.emplace_back(st.columnText(0), hashOf(st.columnBlob(1)));
  }
  for (const auto& [name, blob] : s.models) EXPECT_NO_THROW(models.load(name)) << name;
  reco::RuleSetStore rules(project);
  s.workingRules = hashOf(rules.load().toJson().dump());
  auto st = project.db().prepare("SELECT version, snapshot, sha256 FROM rule_set_versions ORDER BY version");
  while (st.step()) {
    const std::int64_t v = st.columnInt(0);
    s.versions.emplace_back(v, hashOf(st.columnText(1)), rules.document(v).checksum() == st.columnText(2));
  }
  return s;
}

// One operation of the CLI on "p.reco" in a folder, starting from a copy of `base`.
struct Operation {
  std::string name;
  std::string base;  // a project in the shared fixture folder
  std::vector<std::string> args;
};

// Shared fixtures, made once: a small demo project, an event log to import, a project with those events to train on,
// a project with a large working rule set (a segment of 60,000 ids, 400 rules) and one saved version, and an
// exported rule set of the same size to import. Small projects keep each `check` (which recounts the rollups) short.
class CliInterruption : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    shared_ = std::make_unique<TempFolder>();
    const std::string dir = shared_->path();
    ProcessResult demo = cli(dir, {"demo", "base.reco", "--users", "100", "--items", "50", "--days", "2"});
    ASSERT_EQ(demo.exitCode, 0) << demo.err;
    shared_->write("events.csv", eventLog(60000));
    fs::copy_file(shared_->file("base.reco"), shared_->file("train.reco"));
    ProcessResult imported = cli(dir, {"import", "train.reco", "events.csv"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;

    fs::copy_file(shared_->file("base.reco"), shared_->file("rules.reco"));
    {
      reco::Project p = reco::Project::open(shared_->file("rules.reco"));
      reco::RuleSetStore store(p);
      store.replace(ruleSet("vip", 0));
      store.saveVersion("first", "test");
    }
    fs::copy_file(shared_->file("rules.reco"), shared_->file("scratch.reco"));
    {
      reco::Project p = reco::Project::open(shared_->file("scratch.reco"));
      reco::RuleSetStore store(p);
      store.replace(ruleSet("fans", 1));
      shared_->write("ruleset.json", store.document(store.saveVersion("second", "test")).exportText());
    }
    fs::remove(shared_->file("scratch.reco"));
  }
  static void TearDownTestSuite() { shared_.reset(); }

  static std::string eventLog(int rows) {
    std::mt19937_64 rng(7);
    std::string csv = "user_id,item_id,event,timestamp,placement,variant,position\n";
    const char* types[] = {"impression", "impression", "impression", "click", "purchase"};
    for (int i = 0; i < rows; ++i) {
      csv.append("u").append(std::to_string(rng() % 2000)).append(",i").append(std::to_string(rng() % 400));
      csv.append(",").append(types[rng() % 5]).append(",").append(std::to_string(1704067200 + i * 11));
      csv.append(",home,").append(rng() % 2 ? "A" : "B").append(",").append(std::to_string(1 + rng() % 10)).append("\n");
    }
    return csv;
  }

  // A working rule set: one list segment of 60,000 ids and 400 rules over items of the demo catalogue.
  static reco::RuleSet ruleSet(const std::string& segment, int variant) {
    reco::RuleSet rs;
    std::vector<std::string> ids;
    for (int i = 0; i < 60000; ++i) ids.push_back("user-" + std::to_string(variant) + "-" + std::to_string(i));
    rs.segments.push_back(reco::Segment::withUserIds(segment, ids));
    for (int r = 1; r <= 400; ++r) {
      reco::Rule rule;
      rule.id = r;
      rule.kind = (r + variant) % 2 ? reco::RuleKind::BoostItem : reco::RuleKind::BanItem;
      rule.factor = rule.kind == reco::RuleKind::BoostItem ? 1.5 + variant : 1.0;
      rule.segment = r % 3 ? segment : reco::Segment::kAllUsers;
      rule.item = "item-" + std::to_string(r);
      rule.note = "rule " + std::to_string(r) + " of variant " + std::to_string(variant);
      rule.author = "test";
      rule.createdAt = 1704067200 + r;
      rs.rules.push_back(rule);
    }
    rs.normalize();
    return rs;
  }

  // Kills `op` at `moments` random moments; after each, the project must be the one from before or the one a complete
  // run gives, and pass `check` and SQLite's integrity check. Prints how many runs were killed and what they left.
  static void killAtRandomMoments(const Operation& op) {
    const int moments = envInt("RECO_KILL_MOMENTS", kDefaultMoments);
    const std::uint64_t seed = static_cast<std::uint64_t>(envInt("RECO_KILL_SEED", static_cast<int>(kDefaultSeed)));

    // A complete run gives the state after and the duration the moments are drawn from.
    TempFolder reference;
    fs::copy_file(shared_->file(op.base), reference.file("p.reco"));
    const ProjectState before = openAndRead(reference.file("p.reco"));
    const auto started = Clock::now();
    ProcessResult complete = cli(reference.path(), op.args);
    const double duration = std::chrono::duration<double>(Clock::now() - started).count();
    ASSERT_EQ(complete.exitCode, 0) << op.name << ": " << complete.err;
    const ProjectState after = openAndRead(reference.file("p.reco"));
    ASSERT_NE(before, after) << op.name << " changed nothing";

    std::mt19937_64 rng(seed ^ std::hash<std::string>{}(op.name));
    std::uniform_real_distribution<double> moment(0.0, duration);
    int killed = 0, leftBefore = 0, leftAfter = 0;
    bool resumed = false;
    for (int i = 0; i < moments; ++i) {
      const double at = moment(rng);
      SCOPED_TRACE(op.name + ", kill " + std::to_string(i) + " at " + std::to_string(at) + " s of " +
                   std::to_string(duration) + " s (seed " + std::to_string(seed) + ")");
      TempFolder trial;
      fs::copy_file(shared_->file(op.base), trial.file("p.reco"));
      const auto start = Clock::now();
      const reco::test::StartedProcess child = reco::test::startProcess(RECO_CLI_PROGRAM, op.args, trial.path());
      std::this_thread::sleep_until(start + std::chrono::duration<double>(at));
      ::kill(child.pid, SIGKILL);
      const ProcessResult r = reco::test::finishProcess(child);
      if (r.exitCode == 128 + SIGKILL) ++killed;
      else EXPECT_EQ(r.exitCode, 0) << r.err;  // it finished before the kill

      const ProcessResult check = cli(trial.path(), {"check", "p.reco"});
      EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
      const ProjectState state = openAndRead(trial.file("p.reco"));
      if (state == before) ++leftBefore;
      else if (state == after) ++leftAfter;
      else ADD_FAILURE() << "neither all nor none of " << op.name << ": " << state << "\nbefore " << before
                         << "\nafter " << after;

      // Once: the interrupted operation, run again on what the kill left, completes as on an untouched project
      // (nothing left behind, such as an import lock, stands in its way).
      if (!resumed && state == before && r.exitCode == 128 + SIGKILL) {
        resumed = true;
        const ProcessResult again = cli(trial.path(), op.args);
        EXPECT_EQ(again.exitCode, 0) << again.err;
        EXPECT_EQ(openAndRead(trial.file("p.reco")), after);
      }
    }
    std::printf("[ kill     ] %s: %d moments in %.3f s (seed %llu): %d killed, left none %d, all %d\n", op.name.c_str(),
                moments, duration, static_cast<unsigned long long>(seed), killed, leftBefore, leftAfter);
    EXPECT_GE(killed, moments / 2) << "most moments fall inside the run";
    EXPECT_TRUE(resumed) << "no kill left the project as before";
  }

  static std::unique_ptr<TempFolder> shared_;
};

std::unique_ptr<TempFolder> CliInterruption::shared_;

TEST_F(CliInterruption, KilledImportLeavesAllOrNone) {
  killAtRandomMoments({"import", "base.reco", {"import", "p.reco", shared_->file("events.csv")}});
}

TEST_F(CliInterruption, KilledTrainingLeavesAllOrNone) {
  killAtRandomMoments(
      {"train", "train.reco", {"train", "p.reco", "--algo", "ials", "--name", "m", "--threads", "1"}});
}

TEST_F(CliInterruption, KilledRuleSetSaveLeavesAllOrNone) {
  killAtRandomMoments({"rules save", "rules.reco", {"rules", "save", "p.reco", "--message", "second"}});
}

TEST_F(CliInterruption, KilledRuleSetImportLeavesAllOrNone) {
  killAtRandomMoments({"rules import", "rules.reco", {"rules", "import", "p.reco", shared_->file("ruleset.json")}});
}

// --- full disk --------------------------------------------------------------------------------------------------

// Runs the CLI with every file it writes limited to `bytes` (RLIMIT_FSIZE), SIGXFSZ ignored so that a write beyond
// the limit fails with EFBIG, as on a full disk, instead of killing the process.
ProcessResult cliWithFileSizeLimit(const std::string& dir, const std::vector<std::string>& args, rlim_t bytes) {
  return reco::test::runProcess(RECO_CLI_PROGRAM, args, dir, [bytes] {
    ::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{bytes, bytes};
    ::setrlimit(RLIMIT_FSIZE, &limit);
  });
}

void expectFullDiskRefused(const Operation& op) {
  TempFolder dir;
  fs::copy_file(op.base, dir.file("p.reco"));
  const std::string bytesBefore = readBytes(dir.file("p.reco"));
  // The project's -wal starts empty, so any growth beyond 64 KB hits the limit.
  const ProcessResult r = cliWithFileSizeLimit(dir.path(), op.args, 64 * 1024);
  EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
  EXPECT_NE(r.err.find(dir.file("p.reco")), std::string::npos) << "names the project: " << r.err;
  EXPECT_NE(r.err.find("File too large"), std::string::npos) << "says why: " << r.err;
  EXPECT_NE(r.err.find("disk is full or a file size limit"), std::string::npos) << r.err;
  EXPECT_EQ(readBytes(dir.file("p.reco")), bytesBefore) << "the project file changed";
  const ProcessResult check = cli(dir.path(), {"check", "p.reco"});
  EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
}

TEST_F(CliInterruption, FullDiskDuringImportLeavesTheProjectAsItWas) {
  ASSERT_GT(fs::file_size(shared_->file("base.reco")), 64u * 1024) << "the limit must only stop growth";
  expectFullDiskRefused({"import", shared_->file("base.reco"), {"import", "p.reco", shared_->file("events.csv")}});
}

TEST_F(CliInterruption, FullDiskDuringRuleSetImportLeavesTheProjectAsItWas) {
  expectFullDiskRefused(
      {"rules import", shared_->file("rules.reco"), {"rules", "import", "p.reco", shared_->file("ruleset.json")}});
}

// --- damaged projects -------------------------------------------------------------------------------------------

struct FileStamp {
  std::string bytes;
  timespec mtime{};
};

FileStamp stampOf(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return {readBytes(path), st.st_mtim};
}

std::set<std::string> listing(const std::string& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

// Runs stats, check and report on `name` in `dir`: each exits 1 with `reason` and the file's name in its message (check
// prints its findings on stdout), and afterwards the file has the same bytes and mtime and nothing lies beside it.
void expectRefusedUnmodified(const TempFolder& dir, const std::string& name, const std::string& reason,
                             const std::vector<std::string>& commands = {"stats", "check", "report"}) {
  const FileStamp before = stampOf(dir.file(name));
  ASSERT_EQ(listing(dir.path()), std::set<std::string>{name}) << "set-up left files beside " << name;
  for (const std::string& command : commands) {
    SCOPED_TRACE(command + " " + name);
    const ProcessResult r = cli(dir.path(), {command, name});
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    const std::string message = command == "check" ? r.out + r.err : r.err;
    EXPECT_NE(message.find(reason), std::string::npos) << message;
    EXPECT_NE(message.find(name), std::string::npos) << message;
    const FileStamp now = stampOf(dir.file(name));
    EXPECT_TRUE(now.bytes == before.bytes) << "bytes changed";
    EXPECT_EQ(now.mtime.tv_sec, before.mtime.tv_sec);
    EXPECT_EQ(now.mtime.tv_nsec, before.mtime.tv_nsec);
    EXPECT_EQ(listing(dir.path()), std::set<std::string>{name}) << "a -wal, -shm or -journal was left";
  }
}

// Removes what an SQLite connection of the set-up may have left beside the file (an empty -wal and a -shm).
void removeSidecars(const TempFolder& dir, const std::string& name) {
  for (const char* suffix : {"-wal", "-shm", "-journal"}) fs::remove(dir.file(name + suffix));
}

TEST_F(CliInterruption, TruncatedProjectIsRefusedUnmodified) {
  TempFolder dir;
  fs::copy_file(shared_->file("train.reco"), dir.file("cut.reco"));
  fs::resize_file(dir.file("cut.reco"), fs::file_size(dir.file("cut.reco")) / 2);
  expectRefusedUnmodified(dir, "cut.reco", "truncated");
}

TEST_F(CliInterruption, FlippedBitInAnEventBlockIsRefusedUnmodified) {
  TempFolder dir;
  fs::copy_file(shared_->file("base.reco"), dir.file("flip.reco"));
  // The block's blob overflows the b-tree leaf onto overflow pages; SQLite's dbstat names them. An overflow page is
  // a 4-byte pointer to the next one, then payload: a byte at offset 1000 lies inside the block's data.
  std::int64_t page = 0, pageSize = 0;
  {
    reco::Database db(dir.file("flip.reco"), reco::Database::Mode::ReadOnly);
    pageSize = db.queryInt("PRAGMA page_size");
    page = db.queryInt("SELECT min(pageno) FROM dbstat WHERE name = 'event_blocks' AND pagetype = 'overflow'");
    ASSERT_EQ(db.queryInt("SELECT count(*) FROM event_blocks"), 1);
  }
  removeSidecars(dir, "flip.reco");
  ASSERT_GT(page, 0) << "no overflow page of event_blocks";
  {
    std::fstream f(dir.file("flip.reco"), std::ios::in | std::ios::out | std::ios::binary);
    const std::streamoff at = (page - 1) * pageSize + 1000;
    f.seekg(at);
    char c = 0;
    f.get(c);
    f.seekp(at);
    f.put(static_cast<char>(c ^ 0x04));
    ASSERT_TRUE(f.good());
  }
  // stats and check read the events; report reads the rollups, which are intact (it is shown unmodified below).
  expectRefusedUnmodified(dir, "flip.reco", "checksum mismatch", {"stats", "check"});
  const FileStamp before = stampOf(dir.file("flip.reco"));
  const ProcessResult report = cli(dir.path(), {"report", "flip.reco"});
  EXPECT_TRUE(report.exitCode == 0 || report.exitCode == 1) << report.err;
  const FileStamp now = stampOf(dir.file("flip.reco"));
  EXPECT_TRUE(now.bytes == before.bytes);
  EXPECT_EQ(now.mtime.tv_nsec, before.mtime.tv_nsec);
  EXPECT_EQ(listing(dir.path()), std::set<std::string>{"flip.reco"});
}

TEST_F(CliInterruption, NewerSchemaIsRefusedUnmodified) {
  TempFolder dir;
  fs::copy_file(shared_->file("base.reco"), dir.file("new.reco"));
  {
    reco::Database db(dir.file("new.reco"), reco::Database::Mode::ReadWrite);
    db.exec("PRAGMA user_version=" + std::to_string(reco::currentSchemaVersion() + 1));
  }
  removeSidecars(dir, "new.reco");
  expectRefusedUnmodified(dir, "new.reco", "newer RecoEngine");
}

TEST_F(CliInterruption, ForeignSqliteFileIsRefusedUnmodified) {
  TempFolder dir;
  {
    reco::Database db(dir.file("other.db"), reco::Database::Mode::ReadWriteCreate);
    db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
  }
  removeSidecars(dir, "other.db");
  expectRefusedUnmodified(dir, "other.db", "another application");
}

TEST_F(CliInterruption, EmptyFileIsRefusedUnmodified) {
  TempFolder dir;
  dir.write("empty.reco", "");
  expectRefusedUnmodified(dir, "empty.reco", "empty (0 bytes)");
}

}  // namespace

// recoengine-cli end to end: every command's success path on small fixtures, usage errors (exit 2, one line),
// unusable input (exit 1 naming the file), the --json outputs, help for every registered command and group, --help
// after subcommands, --version, and the generated bash completion run in a real bash.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "CliRun.h"
#include "core/kernels/CpuLevel.h"
#include "app/cli/CliCommand.h"
#include "app/cli/HelpText.h"
#include "core/base/Version.h"

namespace {

using nlohmann::json;
using reco::test::ProcessResult;
using reco::test::TempFolder;

// Shared fixtures, made once: a tiny demo project (150 users, 60 items, 10 days) and an event-log project with
// known ids, a popular model on the demo project and models on the log project.
class Cli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempFolder>();
    ProcessResult demo = cli({"demo", "demo.reco", "--users", "150", "--items", "60", "--days", "10", "--json"});
    ASSERT_EQ(demo.exitCode, 0) << demo.err;
    demoJson_ = json::parse(demo.out);
    dir_->write("events.csv", eventLog());
    ProcessResult imported = cli({"import", "log.reco", "events.csv", "--json"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    importJson_ = json::parse(imported.out);
    ASSERT_EQ(cli({"train", "log.reco", "--algo", "itemknn", "--name", "knn", "--param", "neighbours=20"}).exitCode, 0);
    ASSERT_EQ(cli({"train", "demo.reco", "--algo", "popular", "--name", "pop"}).exitCode, 0);
  }
  static void TearDownTestSuite() { dir_.reset(); }

  // 40 users (u1..u40) over 25 items (i1..i25): user u clicks items u+1, u+2, ... (mod 25) and buys one; each
  // item has a title and one of four categories. Ends with one row that has no user (rejected on line 243).
  static std::string eventLog() {
    std::ostringstream csv;
    csv << "user_id,item_id,event,timestamp,title,category\n";
    long ts = 1704067200;
    for (int u = 1; u <= 40; ++u) {
      for (int k = 1; k <= 5; ++k) {
        const int item = (u + k * (1 + u % 3)) % 25 + 1;
        csv << "u" << u << ",i" << item << ",click," << (ts += 60) << ",Item " << item << ",cat" << item % 4 << "\n";
      }
      const int bought = u % 25 + 1;
      csv << "u" << u << ",i" << bought << ",purchase," << (ts += 60) << ",Item " << bought << ",cat" << bought % 4
          << "\n";
    }
    csv << ",i1,click," << ts + 60 << ",Item 1,cat1\n";
    return csv.str();
  }

  static ProcessResult cli(const std::vector<std::string>& args) { return reco::test::runProcess(RECO_CLI_PROGRAM, args, dir_->path()); }
  static json cliJson(const std::vector<std::string>& args) {
    ProcessResult r = cli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    try {
      return json::parse(r.out);
    } catch (const json::exception& e) {
      ADD_FAILURE() << "not JSON: " << e.what() << "\n" << r.out;
      return json();
    }
  }
  static std::string file(const std::string& name) { return dir_->file(name); }

  // A usage error: exit 2, exactly one line on stderr, nothing on stdout.
  static void expectUsageError(const std::vector<std::string>& args, const std::string& mentions) {
    ProcessResult r = cli(args);
    std::string cmd;
    for (const auto& a : args) cmd += a + " ";
    EXPECT_EQ(r.exitCode, 2) << cmd << "\n" << r.err;
    EXPECT_EQ(r.errLines().size(), 1u) << cmd << "\n" << r.err;
    EXPECT_NE(r.err.find(mentions), std::string::npos) << cmd << "\n" << r.err;
    EXPECT_TRUE(r.out.empty()) << cmd << "\n" << r.out;
  }
  // Unusable input: exit 1 and a message naming the file.
  static void expectInputError(const std::vector<std::string>& args, const std::string& fileName) {
    ProcessResult r = cli(args);
    std::string cmd;
    for (const auto& a : args) cmd += a + " ";
    EXPECT_EQ(r.exitCode, 1) << cmd << "\n" << r.err;
    EXPECT_NE(r.err.find(fileName), std::string::npos) << cmd << "\n" << r.err;
  }

  static std::unique_ptr<TempFolder> dir_;
  static json demoJson_, importJson_;
};

std::unique_ptr<TempFolder> Cli::dir_;
json Cli::demoJson_, Cli::importJson_;

// --- version and help --------------------------------------------------------------------------------------------

TEST_F(Cli, VersionPrintsTheProjectVersion) {
  ProcessResult r = cli({"--version"});
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.out.rfind("recoengine-cli " + std::string(reco::versionString()), 0), 0u) << r.out;
  EXPECT_EQ(r.out, reco::versionBanner("recoengine-cli") + reco::cpuKernelsDescription() + "\n");
  EXPECT_NE(r.out.find("CPU kernels "), std::string::npos) << r.out;
}

TEST_F(Cli, OverviewListsEveryCommand) {
  ProcessResult r = cli({"--help"});
  ASSERT_EQ(r.exitCode, 0);
  EXPECT_EQ(cli({"-h"}).out, r.out);
  EXPECT_EQ(cli({"help"}).out, r.out);
  for (const auto& c : reco::cli::commandRegistry()) EXPECT_NE(r.out.find("  " + c.name + " "), std::string::npos) << c.name;
  ProcessResult none = cli({});
  EXPECT_EQ(none.exitCode, 2);
  EXPECT_EQ(none.errLines().size(), 1u);
}

// Every registered command: help COMMAND and COMMAND --help print the usage, the description and every option.
TEST_F(Cli, HelpForEveryCommand) {
  ASSERT_GE(reco::cli::commandRegistry().size(), 27u);
  for (const auto& c : reco::cli::commandRegistry()) {
    std::vector<std::string> words;
    std::istringstream in(c.name);
    for (std::string w; in >> w;) words.push_back(w);
    std::vector<std::string> helpArgs{"help"};
    helpArgs.insert(helpArgs.end(), words.begin(), words.end());
    ProcessResult help = cli(helpArgs);
    ASSERT_EQ(help.exitCode, 0) << c.name << ": " << help.err;
    EXPECT_EQ(help.out.rfind("usage: recoengine-cli " + c.name + " ", 0), 0u) << help.out;
    EXPECT_EQ(help.out, reco::cli::commandHelpText(c));
    EXPECT_FALSE(c.description.empty()) << c.name;
    EXPECT_NE(help.out.find("options:"), std::string::npos);
    for (const auto& o : c.options) EXPECT_NE(help.out.find("  --" + o.name), std::string::npos) << c.name << " --" << o.name;
    for (const auto& a : c.arguments) EXPECT_NE(help.out.find("  " + a.name), std::string::npos) << c.name << " " << a.name;

    for (const char* flag : {"--help", "-h"}) {
      std::vector<std::string> args = words;
      args.push_back(flag);
      ProcessResult r = cli(args);
      EXPECT_EQ(r.exitCode, 0) << c.name << " " << flag;
      EXPECT_EQ(r.out, help.out) << c.name << " " << flag;
    }
  }
}

// --help anywhere after the subcommand, also after arguments; but not as the value of an option.
TEST_F(Cli, HelpAfterArguments) {
  ProcessResult exportHelp = cli({"rules", "export", "x.reco", "out.json", "--help"});
  EXPECT_EQ(exportHelp.exitCode, 0);
  EXPECT_EQ(exportHelp.out.rfind("usage: recoengine-cli rules export PROJECT OUT.json", 0), 0u) << exportHelp.out;
  ProcessResult importHelp = cli({"import", "x.reco", "--help"});
  EXPECT_EQ(importHelp.exitCode, 0);
  EXPECT_EQ(importHelp.out.rfind("usage: recoengine-cli import PROJECT FILE...", 0), 0u);
  EXPECT_FALSE(std::filesystem::exists(file("x.reco")));
  ProcessResult trainHelp = cli({"train", "x.reco", "--algo", "ials", "-h"});
  EXPECT_EQ(trainHelp.exitCode, 0);
  EXPECT_NE(trainHelp.out.find("--matrix KEY=VALUE"), std::string::npos);
  // "--name --help" names the model "--help": no help, the command runs (and fails on the missing project).
  ProcessResult value = cli({"train", "missing.reco", "--algo", "popular", "--name", "--help"});
  EXPECT_EQ(value.exitCode, 1);
  EXPECT_NE(value.err.find("missing.reco"), std::string::npos) << value.err;
}

TEST_F(Cli, HelpForEveryGroup) {
  ASSERT_FALSE(reco::cli::groupRegistry().empty());
  for (const auto& g : reco::cli::groupRegistry()) {
    ProcessResult r = cli({"help", g.name});
    ASSERT_EQ(r.exitCode, 0) << g.name << ": " << r.err;
    EXPECT_EQ(r.out.rfind("usage: recoengine-cli " + g.name + " SUBCOMMAND", 0), 0u) << r.out;
    const auto subs = reco::cli::groupCommands(g.name);
    EXPECT_GE(subs.size(), 15u);
    for (const auto* c : subs) {
      const std::string sub = c->subcommand();
      // The subcommand and the start of its summary on one line.
      EXPECT_NE(r.out.find("  " + sub + std::string(26 - sub.size(), ' ') + c->summary.substr(0, 20)), std::string::npos)
          << sub << "\n" << r.out;
    }
    EXPECT_EQ(cli({g.name, "--help"}).out, r.out);
    expectUsageError({g.name}, "missing subcommand");
  }
}

TEST_F(Cli, UnknownHelpTopicSuggestsTheNearestCommand) {
  expectUsageError({"help", "rulez"}, "'rulez'");
  expectUsageError({"help", "rulez"}, "did you mean 'rules'");
  expectUsageError({"help", "evalute"}, "did you mean 'evaluate'");
  expectUsageError({"help", "rules", "exprt"}, "did you mean 'rules export'");
  expectUsageError({"help", "xyzzyplugh"}, "unknown command 'xyzzyplugh'");
  ProcessResult far = cli({"help", "xyzzyplugh"});
  EXPECT_EQ(far.err.find("did you mean"), std::string::npos) << far.err;
  expectUsageError({"help", "stats", "extra"}, "unexpected argument 'extra'");
}

// The option names ("--name" followed by [a-z][a-z0-9-]*) in a synopsis. A plain scan: std::regex trips GCC 12's
// false -Wmaybe-uninitialized under the sanitizer build.
std::vector<std::string> optionNamesIn(const std::string& usage) {
  std::vector<std::string> names;
  for (std::size_t at = usage.find("--"); at != std::string::npos; at = usage.find("--", at + 2)) {
    std::size_t end = at + 2;
    if (end >= usage.size() || usage[end] < 'a' || usage[end] > 'z') continue;
    while (end < usage.size() && ((usage[end] >= 'a' && usage[end] <= 'z') || (usage[end] >= '0' && usage[end] <= '9') ||
                                  usage[end] == '-'))
      ++end;
    names.push_back(usage.substr(at + 2, end - at - 2));
  }
  return names;
}

// The registry is the one home of each command's options: the synopsis names exactly the documented options, and
// every documented option is accepted by the command's parser (no "unknown option").
TEST_F(Cli, DocumentedOptionsMatchSynopsisAndParser) {
  for (const auto& c : reco::cli::commandRegistry()) {
    std::set<std::string> inUsage, documented;
    for (const std::string& name : optionNamesIn(c.usage)) inUsage.insert(name);
    for (const auto& o : c.options) documented.insert(o.name);
    EXPECT_EQ(inUsage, documented) << c.name;
    for (const auto& o : c.options) {
      if (o.kind == reco::cli::ValueKind::Choice) {
        EXPECT_FALSE(o.choices.empty()) << c.name << " --" << o.name;
        EXPECT_NE(c.usage.find("--" + o.name), std::string::npos);
      }
      std::vector<std::string> args;
      std::istringstream in(c.name);
      for (std::string w; in >> w;) args.push_back(w);
      const bool evaluateStyle = c.option("algo") && o.name != "algo" && (c.name == "evaluate");
      if (evaluateStyle) args.insert(args.end(), {"--algo", "popular"});
      args.push_back("--" + o.name);
      if (o.takesValue()) args.push_back(o.kind == reco::cli::ValueKind::Choice ? o.choices.front() : "1");
      ProcessResult r = cli(args);
      EXPECT_EQ(r.err.find("unknown option"), std::string::npos) << c.name << " --" << o.name << ": " << r.err;
    }
    std::vector<std::string> args;
    std::istringstream in(c.name);
    for (std::string w; in >> w;) args.push_back(w);
    args.push_back("--no-such-option");
    ProcessResult r = cli(args);
    EXPECT_EQ(r.exitCode, 2) << c.name;
    EXPECT_NE(r.err.find("unknown option --no-such-option"), std::string::npos) << c.name << ": " << r.err;
  }
}

// --- usage errors and unusable input ------------------------------------------------------------------------------

TEST_F(Cli, UsageErrorsExitTwoWithOneLine) {
  expectUsageError({"frobnicate"}, "unknown command 'frobnicate'");
  expectUsageError({"tarin", "log.reco"}, "did you mean 'train'");
  expectUsageError({"--frobnicate"}, "unknown option '--frobnicate'");
  expectUsageError({"rules", "bogus"}, "unknown subcommand 'bogus'");
  expectUsageError({"stats", "log.reco", "--bogus"}, "unknown option --bogus");
  expectUsageError({"stats"}, "missing PROJECT");
  expectUsageError({"train", "log.reco"}, "missing --algo");
  expectUsageError({"train", "log.reco", "--algo", "nope"}, "unknown algorithm 'nope'");
  expectUsageError({"train", "log.reco", "--algo", "ials", "--param", "factors"}, "NAME=VALUE");
  expectUsageError({"demo", "x.reco", "--users", "abc"}, "--users expects an integer");
  expectUsageError({"demo", "x.reco", "--users"}, "needs a value");
  expectUsageError({"recommend", "log.reco", "--model", "knn"}, "missing --user");
  expectUsageError({"evaluate", "log.reco"}, "at least one --algo");
  expectUsageError({"evaluate", "log.reco", "--algo", "popular", "--k", "10,0"},
                   "--k: '0' is not a positive whole number");
  expectUsageError({"tune", "log.reco", "--algo", "ials", "--space", "factors=8:32", "--k", "5,5"},
                   "--k: 5 is listed twice");
  expectUsageError({"tune", "log.reco", "--algo", "itemknn"}, "--space");
  expectUsageError({"report", "demo.reco", "--by", "planet"}, "--by expects");
  expectUsageError({"abtest", "demo.reco", "--metric", "love"}, "--metric expects");
  expectUsageError({"import", "log.reco"}, "missing FILE");
  expectUsageError({"import", "log.reco", "events.csv", "--on-error", "maybe"}, "--on-error");
  expectUsageError({"rules", "add", "demo.reco", "--kind", "pin", "--item", "SKU-00001"}, "--position");
  expectUsageError({"rules", "compare", "demo.reco", "1", "two"}, "TO-VERSION");
  EXPECT_FALSE(std::filesystem::exists(file("x.reco")));
}

TEST_F(Cli, UnusableInputExitsOneNamingTheFile) {
  expectInputError({"stats", "missing.reco"}, "missing.reco");
  dir_->write("notes.txt", "this is not a project\n");
  expectInputError({"stats", "notes.txt"}, "notes.txt");
  expectInputError({"import", "new.reco", "no-such-log.csv"}, "no-such-log.csv");
  EXPECT_FALSE(std::filesystem::exists(file("new.reco"))) << "a failed import leaves no project behind";
  dir_->write("broken.json", "{ \"schema_version\": 1,");
  expectInputError({"rules", "check", "broken.json"}, "broken.json");
  expectInputError({"rules", "apply", "broken.json", "--ranking", "[]"}, "broken.json");
  expectInputError({"rules", "import", "demo.reco", "absent.json"}, "absent.json");
  expectInputError({"recommend", "log.reco", "--model", "nothing-here", "--user", "u1"}, "nothing-here");
  expectInputError({"recommend", "log.reco", "--model", "knn", "--user", "nobody"}, "nobody");
  expectInputError({"runs", "log.reco", "--show", "999999"}, "999999");
  expectInputError({"demo", "demo.reco"}, "demo.reco");  // exists: needs --force
  // A file that is all rejects commits nothing: exit 1, the project is not created.
  dir_->write("bad.csv", "user_id,item_id,event,timestamp\n,,click,yesterday\n");
  ProcessResult r = cli({"import", "bad-only.reco", "bad.csv", "--on-error", "abort", "--json"});
  EXPECT_EQ(r.exitCode, 1) << r.err;
  json j = json::parse(r.out);
  EXPECT_FALSE(j["committed"].get<bool>());
  EXPECT_FALSE(std::filesystem::exists(file("bad-only.reco")));
}

// --- data: demo, import, stats -------------------------------------------------------------------------------------

TEST_F(Cli, DemoAndStats) {
  EXPECT_EQ(demoJson_["users"], 150);
  EXPECT_EQ(demoJson_["items"], 60);
  EXPECT_EQ(demoJson_["seed"], 42);
  EXPECT_GT(demoJson_["events"].get<long>(), 1000);
  json s = cliJson({"stats", "demo.reco", "--json"});
  EXPECT_EQ(s["users"], 150);
  EXPECT_EQ(s["items"], 60);
  EXPECT_EQ(s["events"], demoJson_["events"]);
  long sum = 0;
  for (auto it = s["events_by_type"].begin(); it != s["events_by_type"].end(); ++it) sum += it->get<long>();
  EXPECT_EQ(sum, s["events"].get<long>());
  EXPECT_GT(s["events_by_type"]["impression"].get<long>(), s["events_by_type"]["click"].get<long>());
  EXPECT_EQ(s["first_timestamp"].get<std::string>().substr(0, 10), "2024-01-01");
  EXPECT_EQ(s["last_timestamp"].get<std::string>().substr(0, 10), "2024-01-10");
  EXPECT_EQ(s["variants"], 2);
  ProcessResult human = cli({"stats", "demo.reco"});
  EXPECT_EQ(human.exitCode, 0);
  EXPECT_NE(human.out.find("users: 150"), std::string::npos) << human.out;
  // The same seed gives the same dataset.
  json again = cliJson({"demo", "demo-again.reco", "--users", "150", "--items", "60", "--days", "10", "--json"});
  EXPECT_EQ(again["events"], demoJson_["events"]);
  ProcessResult forced = cli({"demo", "demo-again.reco", "--users", "20", "--items", "10", "--days", "2", "--force"});
  EXPECT_EQ(forced.exitCode, 0) << forced.err;
  EXPECT_NE(forced.out.find("20 users, 10 items"), std::string::npos) << forced.out;
}

TEST_F(Cli, ImportReportsRowsAndRejects) {
  const json& j = importJson_;
  EXPECT_TRUE(j["committed"].get<bool>());
  EXPECT_EQ(j["rows_read"], 241);
  EXPECT_EQ(j["rows_imported"], 240);
  EXPECT_EQ(j["rows_rejected"], 1);
  EXPECT_EQ(j["rows_read"].get<long>(), j["rows_imported"].get<long>() + j["rows_rejected"].get<long>());
  EXPECT_EQ(j["users_added"], 40);
  EXPECT_EQ(j["items_added"], 25);
  ASSERT_EQ(j["rejects"].size(), 1u);
  EXPECT_EQ(j["rejects"][0]["line"], 242);
  EXPECT_NE(j["rejects"][0]["file"].get<std::string>().find("events.csv"), std::string::npos);
  EXPECT_FALSE(j["rejects"][0]["reason"].get<std::string>().empty());
  json s = cliJson({"stats", "log.reco", "--json"});
  EXPECT_EQ(s["users"], 40);
  EXPECT_EQ(s["events"], 240);
  EXPECT_EQ(s["events_by_type"]["purchase"], 40);
  // A public-format fixture, human output.
  ProcessResult ml = cli({"import", "ml.reco", std::string(RECO_TEST_DATA_DIR) + "/import/ml-100k"});
  EXPECT_EQ(ml.exitCode, 0) << ml.err;
  EXPECT_NE(ml.out.find("format: movielens-100k"), std::string::npos) << ml.out;
  EXPECT_NE(ml.out.find("committed"), std::string::npos);
}

// --- models --------------------------------------------------------------------------------------------------------

TEST_F(Cli, TrainRecommendSimilarModels) {
  json t = cliJson({"train", "log.reco", "--algo", "ials", "--name", "ials-small", "--param", "factors=4",
                    "--param", "iterations=3", "--param", "regularization=0.5", "--threads", "1", "--json"});
  EXPECT_EQ(t["model"], "ials-small");
  EXPECT_EQ(t["algo"], "ials");
  EXPECT_EQ(t["params"]["factors"], 4);
  EXPECT_EQ(t["loss"].size(), 3u);
  EXPECT_EQ(t["users"], 40);
  EXPECT_EQ(t["items"], 25);
  EXPECT_GT(t["interactions"].get<long>(), 100);
  ProcessResult again = cli({"train", "log.reco", "--algo", "popular", "--name", "ials-small"});
  EXPECT_EQ(again.exitCode, 1);
  EXPECT_NE(again.err.find("--replace"), std::string::npos) << again.err;

  json rec = cliJson({"recommend", "log.reco", "--model", "knn", "--user", "u7", "--n", "5", "--json"});
  EXPECT_EQ(rec["user"], "u7");
  EXPECT_FALSE(rec["popularity_fallback"].get<bool>());
  EXPECT_GT(rec["history"].get<long>(), 0);
  ASSERT_EQ(rec["items"].size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(rec["items"][i]["rank"], i + 1);
    EXPECT_EQ(rec["items"][i]["item"].get<std::string>()[0], 'i');
    EXPECT_EQ(rec["items"][i]["title"].get<std::string>().rfind("Item ", 0), 0u);
    if (i) {
      EXPECT_LE(rec["items"][i]["score"].get<double>(), rec["items"][i - 1]["score"].get<double>());
    }
  }
  ProcessResult human = cli({"recommend", "log.reco", "--model", "ials-small", "--user", "u7", "--n", "3"});
  EXPECT_EQ(human.exitCode, 0) << human.err;
  EXPECT_NE(human.out.find("top 3 for user u7"), std::string::npos) << human.out;

  json sim = cliJson({"similar", "log.reco", "--model", "knn", "--item", "i3", "--n", "4", "--json"});
  EXPECT_EQ(sim["item"], "i3");
  EXPECT_LE(sim["items"].size(), 4u);
  EXPECT_GE(sim["items"].size(), 1u);
  for (const auto& it : sim["items"]) EXPECT_NE(it["item"], "i3");

  json list = cliJson({"models", "log.reco", "--json"});
  std::set<std::string> names;
  for (const auto& m : list) {
    names.insert(m["name"].get<std::string>());
    EXPECT_TRUE(m["current_data"].get<bool>());
    EXPECT_GT(m["bytes"].get<long>(), 0);
  }
  EXPECT_TRUE(names.count("knn") && names.count("ials-small")) << list.dump();
  ProcessResult del = cli({"models", "log.reco", "--delete", "ials-small"});
  EXPECT_EQ(del.exitCode, 0);
  EXPECT_EQ(cliJson({"models", "log.reco", "--json"}).size(), list.size() - 1);
  expectInputError({"models", "log.reco", "--delete", "ials-small"}, "ials-small");
}

// --- evaluation ----------------------------------------------------------------------------------------------------

TEST_F(Cli, EvaluateTuneRuns) {
  json e = cliJson({"evaluate", "log.reco", "--algo", "popular", "--algo", "itemknn", "--param", "neighbours=10",
                    "--label", "knn10", "--k", "5", "--bootstrap", "50", "--json"});
  ASSERT_EQ(e["models"].size(), 2u);
  EXPECT_EQ(e["models"][1]["model"], "knn10");
  for (const auto& m : e["models"]) {
    const double ndcg = m["ndcg@5"]["value"].get<double>();
    EXPECT_GE(ndcg, 0.0);
    EXPECT_LE(ndcg, 1.0);
    EXPECT_LE(m["ndcg@5"]["ci"][0].get<double>(), m["ndcg@5"]["ci"][1].get<double>());
  }
  EXPECT_GT(e["run_id"].get<long>(), 0);
  json tune = cliJson({"tune", "log.reco", "--algo", "itemknn", "--space", "neighbours=2:20:int", "--trials", "2",
                       "--k", "5", "--bootstrap", "20", "--json"});
  EXPECT_EQ(tune["algorithm"], "itemknn");
  EXPECT_EQ(tune["objective"], "ndcg@5");
  EXPECT_EQ(tune["trials"].size(), 2u);
  const double best = tune["best_params"]["neighbours"].get<double>();
  EXPECT_GE(best, 2);
  EXPECT_LE(best, 20);
  json runs = cliJson({"runs", "log.reco", "--json"});
  ASSERT_EQ(runs.size(), 2u);
  std::set<std::string> kinds{runs[0]["kind"].get<std::string>(), runs[1]["kind"].get<std::string>()};
  EXPECT_EQ(kinds, (std::set<std::string>{"evaluate", "tune"}));
  json shown = cliJson({"runs", "log.reco", "--show", std::to_string(e["run_id"].get<long>())});
  EXPECT_EQ(shown["id"], e["run_id"]);
  EXPECT_EQ(shown["kind"], "evaluate");
  ProcessResult table = cli({"runs", "log.reco"});
  EXPECT_EQ(table.exitCode, 0);
  EXPECT_NE(table.out.find("evaluate"), std::string::npos) << table.out;
}

// --- analytics -----------------------------------------------------------------------------------------------------

TEST_F(Cli, ReportAndAbtest) {
  json total = cliJson({"report", "demo.reco", "--json"});
  const json& k = total["total"];
  EXPECT_GT(k["impressions"].get<long>(), 0);
  EXPECT_GT(k["clicks"].get<long>(), 0);
  EXPECT_NEAR(k["ctr"].get<double>(), k["clicks"].get<double>() / k["impressions"].get<double>(), 1e-9);
  EXPECT_EQ(total["from"], "2024-01-01");
  EXPECT_EQ(total["to"], "2024-01-10");
  json byDay = cliJson({"report", "demo.reco", "--by", "day", "--json"});
  ASSERT_EQ(byDay["groups"].size(), 10u);
  long impressions = 0;
  for (const auto& g : byDay["groups"]) impressions += g["impressions"].get<long>();
  EXPECT_EQ(impressions, k["impressions"].get<long>());
  json items = cliJson({"report", "demo.reco", "--by", "item", "--top", "5", "--sort", "clicks", "--json"});
  ASSERT_EQ(items["groups"].size(), 5u);
  EXPECT_GE(items["groups"][0]["clicks"].get<long>(), items["groups"][4]["clicks"].get<long>());
  json mobile = cliJson({"report", "demo.reco", "--where", "device=mobile", "--json"});
  EXPECT_LT(mobile["total"]["impressions"].get<long>(), k["impressions"].get<long>());
  EXPECT_GT(mobile["total"]["impressions"].get<long>(), 0);

  json ab = cliJson({"abtest", "demo.reco", "--json"});
  ASSERT_EQ(ab["arms"].size(), 2u);
  EXPECT_EQ(ab["arms"][0]["name"], "A");
  EXPECT_EQ(ab["baseline"], "A");
  for (const auto& arm : ab["arms"]) {
    EXPECT_GE(arm["rate"].get<double>(), 0.0);
    EXPECT_LE(arm["rate"].get<double>(), 1.0);
    EXPECT_LE(arm["ci_low"].get<double>(), arm["rate"].get<double>());
    EXPECT_GE(arm["ci_high"].get<double>(), arm["rate"].get<double>());
    EXPECT_GE(arm["p_value"].get<double>(), 0.0);
    EXPECT_LE(arm["p_value"].get<double>(), 1.0);
  }
  EXPECT_FALSE(ab["verdict"].get<std::string>().empty());
  ProcessResult human = cli({"abtest", "demo.reco", "--metric", "conversion"});
  EXPECT_EQ(human.exitCode, 0) << human.err;
  EXPECT_NE(human.out.find("baseline"), std::string::npos) << human.out;
}

// --- curation: every rules subcommand, and the export / import round trip into a second project ---------------------

TEST_F(Cli, RulesFromSegmentsToExportImportRoundTrip) {
  ASSERT_EQ(cli({"demo", "shop.reco", "--users", "150", "--items", "60", "--days", "10"}).exitCode, 0);
  ProcessResult seg = cli({"rules", "add-segment", "shop.reco", "mobile", "device = \"mobile\"", "--note", "phones"});
  ASSERT_EQ(seg.exitCode, 0) << seg.err;
  EXPECT_NE(seg.out.find("segment 'mobile' added: "), std::string::npos) << seg.out;
  EXPECT_NE(seg.out.find(" of 150 users"), std::string::npos) << seg.out;
  ASSERT_EQ(cli({"rules", "add-segment", "shop.reco", "vip", "--user-ids", "U000001,U000002"}).exitCode, 0);
  expectInputError({"rules", "add-segment", "shop.reco", "bad", "planet = \"mars\" and"}, "bad");

  ProcessResult ban = cli({"rules", "add", "shop.reco", "--kind", "ban", "--item", "SKU-00001", "--segment", "mobile"});
  ASSERT_EQ(ban.exitCode, 0) << ban.err;
  EXPECT_NE(ban.out.find("rule #1 added"), std::string::npos) << ban.out;
  ASSERT_EQ(cli({"rules", "add", "shop.reco", "--kind", "pin", "--item", "SKU-00002", "--position", "1",
                 "--priority", "5", "--note", "launch"}).exitCode, 0);
  ASSERT_EQ(cli({"rules", "add", "shop.reco", "--kind", "boost", "--item", "SKU-00003", "--factor", "2",
                 "--segment", "vip", "--starts", "2024-01-01T00:00:00Z", "--ends", "2030-01-01T00:00:00Z"}).exitCode, 0);
  ASSERT_EQ(cli({"rules", "add", "shop.reco", "--kind", "cap", "--max-items", "3", "--disabled"}).exitCode, 0);

  ProcessResult list = cli({"rules", "list", "shop.reco"});
  ASSERT_EQ(list.exitCode, 0);
  EXPECT_NE(list.out.find("segments (3)"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("rules (4)"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("[disabled]"), std::string::npos) << list.out;
  ProcessResult members = cli({"rules", "members", "shop.reco", "vip"});
  EXPECT_EQ(members.exitCode, 0);
  EXPECT_NE(members.out.find("segment 'vip': 2 of 150 users"), std::string::npos) << members.out;
  EXPECT_NE(members.out.find("U000002"), std::string::npos);
  ProcessResult removed = cli({"rules", "remove", "shop.reco", "4"});
  EXPECT_EQ(removed.exitCode, 0) << removed.err;
  EXPECT_NE(removed.out.find("rule #4 removed"), std::string::npos);

  ProcessResult noVersion = cli({"rules", "export", "shop.reco", "early.json"});
  EXPECT_EQ(noVersion.exitCode, 1);
  EXPECT_NE(noVersion.err.find("shop.reco"), std::string::npos) << noVersion.err;
  ProcessResult save1 = cli({"rules", "save", "shop.reco", "--message", "first", "--author", "ana"});
  ASSERT_EQ(save1.exitCode, 0) << save1.err;
  EXPECT_NE(save1.out.find("saved version 1"), std::string::npos) << save1.out;
  ASSERT_EQ(cli({"rules", "add", "shop.reco", "--kind", "bury", "--item", "SKU-00004", "--factor", "0.5"}).exitCode, 0);
  ASSERT_EQ(cli({"rules", "save", "shop.reco", "--message", "second"}).exitCode, 0);
  ProcessResult versions = cli({"rules", "versions", "shop.reco"});
  EXPECT_EQ(versions.exitCode, 0);
  EXPECT_NE(versions.out.find("first"), std::string::npos);
  EXPECT_NE(versions.out.find("second"), std::string::npos);
  ProcessResult compare = cli({"rules", "compare", "shop.reco", "1", "2"});
  EXPECT_EQ(compare.exitCode, 0) << compare.err;
  EXPECT_NE(compare.out.find("SKU-00004"), std::string::npos) << compare.out;
  ProcessResult restore = cli({"rules", "restore", "shop.reco", "1"});
  EXPECT_EQ(restore.exitCode, 0) << restore.err;
  EXPECT_NE(restore.out.find("restored version 1 as version 3"), std::string::npos) << restore.out;

  ProcessResult exported = cli({"rules", "export", "shop.reco", "rules.json"});
  ASSERT_EQ(exported.exitCode, 0) << exported.err;
  // "all users" is built in: not exported, not counted.
  EXPECT_NE(exported.out.find("exported version 3 (2 segments, 3 rules)"), std::string::npos) << exported.out;
  json doc = json::parse(dir_->read("rules.json"));
  EXPECT_EQ(doc["schema_version"], 1);
  EXPECT_EQ(doc["version"], 3);
  EXPECT_EQ(doc["rules"].size(), 3u);
  EXPECT_EQ(doc["segments"].size(), 2u);
  EXPECT_EQ(doc["sha256"].get<std::string>().size(), 64u);
  EXPECT_NE(exported.out.find(doc["sha256"].get<std::string>()), std::string::npos);
  ASSERT_EQ(cli({"rules", "export", "shop.reco", "v1.json", "--version", "1"}).exitCode, 0);
  EXPECT_EQ(json::parse(dir_->read("v1.json"))["rules"], doc["rules"]);

  // check: the project and the file lint clean; a pin of the banned item is an error (exit 1).
  ProcessResult checkProject = cli({"rules", "check", "shop.reco"});
  EXPECT_EQ(checkProject.exitCode, 0) << checkProject.out << checkProject.err;
  EXPECT_NE(checkProject.out.find("0 errors"), std::string::npos) << checkProject.out;
  ProcessResult checkFile = cli({"rules", "check", "rules.json", "--at", "2024-01-05T00:00:00Z"});
  EXPECT_EQ(checkFile.exitCode, 0) << checkFile.out << checkFile.err;

  // import into a second project: dry run changes nothing, then the import saves version 1 there, and its export
  // has the same content.
  ASSERT_EQ(cli({"demo", "other.reco", "--users", "150", "--items", "60", "--days", "10", "--seed", "7"}).exitCode, 0);
  ProcessResult dry = cli({"rules", "import", "other.reco", "rules.json", "--dry-run"});
  ASSERT_EQ(dry.exitCode, 0) << dry.err;
  EXPECT_EQ(dry.out.rfind("dry run: importing", 0), 0u) << dry.out;
  // The same dry run as JSON: every change the text names, none saved.
  json dryJson = cliJson({"rules", "import", "other.reco", "rules.json", "--dry-run", "--json"});
  EXPECT_EQ(dryJson["dry_run"], true);
  EXPECT_EQ(dryJson["imported"], false);
  EXPECT_EQ(dryJson["version"], 3);
  EXPECT_TRUE(dryJson["saved_version"].is_null());
  ASSERT_FALSE(dryJson["changes"].empty());
  for (const auto& change : dryJson["changes"]) {
    EXPECT_EQ(change["kind"], "added") << change.dump();
    EXPECT_NE(dry.out.find(change["subject"].get<std::string>()), std::string::npos) << change.dump() << dry.out;
  }
  EXPECT_NE(cli({"rules", "versions", "other.reco"}).out.find("no versions saved yet"), std::string::npos);
  ProcessResult imported = cli({"rules", "import", "other.reco", "rules.json", "--author", "bob"});
  ASSERT_EQ(imported.exitCode, 0) << imported.err;
  EXPECT_NE(imported.out.find("saved as version 1"), std::string::npos) << imported.out;
  ASSERT_EQ(cli({"rules", "export", "other.reco", "back.json"}).exitCode, 0);
  json back = json::parse(dir_->read("back.json"));
  EXPECT_EQ(back["rules"], doc["rules"]);
  EXPECT_EQ(back["segments"], doc["segments"]);
  // A tampered file is refused with its path and changes nothing.
  std::string tampered = dir_->read("rules.json");
  tampered.replace(tampered.find("SKU-00002"), 9, "SKU-00009");
  dir_->write("tampered.json", tampered);
  expectInputError({"rules", "import", "other.reco", "tampered.json"}, "tampered.json");
  ProcessResult tamperedJson = cli({"rules", "import", "other.reco", "tampered.json", "--json"});
  EXPECT_EQ(tamperedJson.exitCode, 1);
  json refused = json::parse(tamperedJson.out);
  EXPECT_EQ(refused["imported"], false);
  ASSERT_FALSE(refused["errors"].empty());
  EXPECT_NE(refused["errors"][0]["message"].get<std::string>().find("checksum"), std::string::npos) << refused.dump();
  EXPECT_EQ(json::parse(dir_->read("back.json"))["version"], 1);

  ASSERT_EQ(cli({"rules", "add", "shop.reco", "--kind", "pin", "--item", "SKU-00001", "--position", "2"}).exitCode, 0);
  ProcessResult conflict = cli({"rules", "check", "shop.reco"});
  EXPECT_EQ(conflict.exitCode, 1) << conflict.out;
  EXPECT_NE(conflict.out.find("1 error"), std::string::npos) << conflict.out;
  ProcessResult conflictJson = cli({"rules", "check", "shop.reco", "--json"});
  EXPECT_EQ(conflictJson.exitCode, 1) << conflictJson.out;
  json lint = json::parse(conflictJson.out);
  EXPECT_EQ(lint["errors"], 1);
  ASSERT_FALSE(lint["findings"].empty());
  EXPECT_EQ(lint["findings"][0]["severity"], "error");
  EXPECT_EQ(lint["findings"][0]["code"], "pin-ban-conflict");
  EXPECT_EQ(lint["findings"][0]["rules"].size(), 2u);

  // apply: the reference applier on one ranking.
  dir_->write("ranking.json",
              R"([{"item": "SKU-00001", "category": "c1", "score": 3.0}, {"item": "SKU-00005", "category": "c1", "score": 2.0},
                  {"item": "SKU-00006", "category": "c2", "score": 1.0}])");
  json applied = cliJson({"rules", "apply", "rules.json", "--ranking", "@ranking.json", "--user-attributes",
                          R"({"device": "mobile", "user_id": "U000009"})", "--at", "2024-01-05T00:00:00Z", "--n", "3",
                          "--json"});
  ASSERT_EQ(applied["entries"].size(), 3u);
  EXPECT_EQ(applied["entries"][0]["item"], "SKU-00002");
  EXPECT_EQ(applied["entries"][0]["decided_by"], "pin");
  EXPECT_EQ(applied["entries"][1]["item"], "SKU-00005");
  EXPECT_TRUE(applied["banned"].contains("SKU-00001"));
  EXPECT_EQ(applied["at"], "2024-01-05T00:00:00Z");
  ProcessResult appliedText = cli({"rules", "apply", "rules.json", "--ranking", "@ranking.json", "--n", "2"});
  EXPECT_EQ(appliedText.exitCode, 0) << appliedText.err;
  EXPECT_NE(appliedText.out.find("SKU-00002"), std::string::npos);
  expectInputError({"rules", "apply", "rules.json", "--ranking", "@nowhere.json"}, "nowhere.json");

  // preview with a stored model, and impact on the evaluation split.
  ASSERT_EQ(cli({"train", "shop.reco", "--algo", "popular", "--name", "pop"}).exitCode, 0);
  json preview = cliJson({"rules", "preview", "shop.reco", "--model", "pop", "--user", "U000001", "--n", "5",
                          "--rules", "rules.json", "--at", "2024-01-05T00:00:00Z", "--json"});
  EXPECT_EQ(preview["user"], "U000001");
  EXPECT_EQ(preview["n"], 5);
  ASSERT_EQ(preview["curated"].size(), 5u);
  EXPECT_EQ(preview["curated"][0]["item"], "SKU-00002");
  EXPECT_EQ(preview["curated"][0]["decided_by"], "pin #2");
  EXPECT_EQ(preview["curated"][0]["rule"], 2);
  EXPECT_LE(preview["base"].size(), 5u);
  json sample = cliJson({"rules", "preview", "shop.reco", "--model", "pop", "--segment", "mobile", "--sample", "2",
                         "--json"});
  EXPECT_EQ(sample.size(), 2u);
  json impact = cliJson({"rules", "impact", "shop.reco", "--algo", "popular", "--k", "5", "--rules", "rules.json",
                         "--json"});
  EXPECT_EQ(impact["algorithm"], "popular");
  EXPECT_EQ(impact["k"], 5);
  ASSERT_FALSE(impact["segments"].empty());
  for (const auto& s : impact["segments"]) {
    EXPECT_GE(s["users"].get<long>(), 0);
    ASSERT_FALSE(s["metrics"].empty());
    for (auto m = s["metrics"].begin(); m != s["metrics"].end(); ++m)
      if ((*m)["with"].is_number()) {
        EXPECT_GE((*m)["with"].get<double>(), 0.0) << m.key();
      }
  }
  json fromModel = cliJson({"rules", "impact", "shop.reco", "--model", "pop", "--json"});
  EXPECT_EQ(fromModel["model"], "pop");
}

// Every rules subcommand that edits or lists prints, with --json, what its text says: the same ids, counts,
// checksums and changes; rules as their export form, so `list` repeats what `add` printed.
TEST_F(Cli, RulesJsonMatchesTheText) {
  ASSERT_EQ(cli({"demo", "rj.reco", "--users", "150", "--items", "60", "--days", "10"}).exitCode, 0);
  json mobile = cliJson({"rules", "add-segment", "rj.reco", "mobile", "device = \"mobile\"", "--note", "phones",
                         "--json"});
  EXPECT_EQ(mobile["name"], "mobile");
  EXPECT_EQ(mobile["note"], "phones");
  EXPECT_EQ(mobile["built_in"], false);
  EXPECT_EQ(mobile["population"], 150);
  EXPECT_FALSE(mobile.contains("user_id_count"));
  ASSERT_TRUE(mobile["members"].is_number_integer());
  EXPECT_GT(mobile["members"].get<long>(), 0);
  EXPECT_EQ(mobile["sample"].size(), std::min<std::size_t>(5, mobile["members"].get<std::size_t>()));
  json vip = cliJson({"rules", "add-segment", "rj.reco", "vip", "--user-ids", "U000002,U000001", "--json"});
  EXPECT_EQ(vip["user_id_count"], 2);
  EXPECT_EQ(vip["members"], 2);
  EXPECT_EQ(vip["sample"], json({"U000001", "U000002"}));
  EXPECT_FALSE(vip.contains("expression"));

  // members: the text's count, population and ids.
  ProcessResult membersText = cli({"rules", "members", "rj.reco", "mobile", "--sample", "3"});
  ASSERT_EQ(membersText.exitCode, 0) << membersText.err;
  json members = cliJson({"rules", "members", "rj.reco", "mobile", "--sample", "3", "--json"});
  EXPECT_EQ(members["members"], mobile["members"]);
  EXPECT_EQ(members["expression"], mobile["expression"]);
  EXPECT_NE(membersText.out.find("segment 'mobile': " + std::to_string(members["members"].get<long>()) + " of " +
                                 std::to_string(members["population"].get<long>()) + " users"),
            std::string::npos)
      << membersText.out << members.dump();
  ASSERT_EQ(members["sample"].size(), 3u);
  for (const auto& id : members["sample"])
    EXPECT_NE(membersText.out.find("  " + id.get<std::string>() + "\n"), std::string::npos) << membersText.out;

  // add: the stored rule in its export form.
  json pin = cliJson({"rules", "add", "rj.reco", "--kind", "pin", "--item", "SKU-00002", "--position", "1",
                      "--priority", "5", "--note", "launch", "--author", "ana", "--json"});
  EXPECT_EQ(pin["id"], 1);
  EXPECT_EQ(pin["kind"], "pin_item");
  EXPECT_EQ(pin["item"], "SKU-00002");
  EXPECT_EQ(pin["position"], 1);
  EXPECT_EQ(pin["priority"], 5);
  EXPECT_EQ(pin["segment"], "all users");
  EXPECT_EQ(pin["note"], "launch");
  EXPECT_EQ(pin["author"], "ana");
  EXPECT_EQ(pin["enabled"], true);
  EXPECT_EQ(pin["created_at"].get<std::string>().size(), 20u) << pin.dump();  // YYYY-MM-DDTHH:MM:SSZ
  json boost = cliJson({"rules", "add", "rj.reco", "--kind", "boost", "--item", "SKU-00003", "--factor", "2",
                        "--segment", "vip", "--starts", "2024-01-01T00:00:00Z", "--ends", "2030-01-01T00:00:00Z",
                        "--json"});
  EXPECT_EQ(boost["id"], 2);
  EXPECT_EQ(boost["kind"], "boost_item");
  EXPECT_EQ(boost["factor"], 2.0);
  EXPECT_EQ(boost["starts_at"], "2024-01-01T00:00:00Z");
  EXPECT_EQ(boost["ends_at"], "2030-01-01T00:00:00Z");
  ProcessResult capText = cli({"rules", "add", "rj.reco", "--kind", "cap", "--max-items", "3", "--disabled"});
  ASSERT_EQ(capText.exitCode, 0) << capText.err;

  // list: the same segments and rules as the text, and the rules exactly as add printed them.
  ProcessResult listText = cli({"rules", "list", "rj.reco"});
  ASSERT_EQ(listText.exitCode, 0) << listText.err;
  json list = cliJson({"rules", "list", "rj.reco", "--json"});
  ASSERT_EQ(list["segments"].size(), 3u);
  EXPECT_EQ(list["segments"][0]["name"], "all users");
  EXPECT_EQ(list["segments"][0]["built_in"], true);
  EXPECT_EQ(list["segments"][0]["members"], 150);
  EXPECT_EQ(list["segments"][1]["name"], "mobile");
  EXPECT_EQ(list["segments"][1]["members"], mobile["members"]);
  EXPECT_EQ(list["segments"][2]["user_id_count"], 2);
  for (const auto& s : list["segments"]) {
    EXPECT_LE(s["sample"].size(), 3u);
    EXPECT_NE(listText.out.find(s["name"].get<std::string>()), std::string::npos) << s.dump();
    EXPECT_NE(listText.out.find(" " + std::to_string(s["members"].get<long>()) + " users"), std::string::npos)
        << s.dump() << listText.out;
  }
  EXPECT_NE(listText.out.find(list["segments"][1]["expression"].get<std::string>()), std::string::npos);
  ASSERT_EQ(list["rules"].size(), 3u);
  EXPECT_EQ(list["rules"][0], pin);
  EXPECT_EQ(list["rules"][1], boost);
  EXPECT_EQ(list["rules"][2]["kind"], "category_cap");
  EXPECT_EQ(list["rules"][2]["max_items"], 3);
  EXPECT_EQ(list["rules"][2]["enabled"], false);
  EXPECT_NE(capText.out.find("rule #3 added: " + list["rules"][2]["description"].get<std::string>()),
            std::string::npos)
      << capText.out << list.dump();
  for (const auto& r : list["rules"])
    EXPECT_NE(listText.out.find("#" + std::to_string(r["id"].get<long>()) + "   " + r["description"].get<std::string>()),
              std::string::npos)
        << r.dump() << listText.out;

  // save, versions: the version numbers, checksums and counts the text shows.
  EXPECT_EQ(cliJson({"rules", "versions", "rj.reco", "--json"})["versions"], json::array());
  json save1 = cliJson({"rules", "save", "rj.reco", "--message", "first", "--author", "ana", "--json"});
  EXPECT_EQ(save1["version"], 1);
  EXPECT_EQ(save1["author"], "ana");
  EXPECT_EQ(save1["message"], "first");
  EXPECT_EQ(save1["sha256"].get<std::string>().size(), 64u);
  json bury = cliJson({"rules", "add", "rj.reco", "--kind", "bury", "--item", "SKU-00004", "--factor", "0.5", "--json"});
  EXPECT_EQ(bury["id"], 4);
  ProcessResult save2 = cli({"rules", "save", "rj.reco", "--message", "second"});
  ASSERT_EQ(save2.exitCode, 0) << save2.err;
  ProcessResult versionsText = cli({"rules", "versions", "rj.reco"});
  json versions = cliJson({"rules", "versions", "rj.reco", "--json"})["versions"];
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0]["version"], 1);
  EXPECT_EQ(versions[0]["sha256"], save1["sha256"]);
  EXPECT_EQ(versions[0]["author"], "ana");
  EXPECT_EQ(versions[0]["segments"], 2);
  EXPECT_EQ(versions[0]["rules"], 3);
  EXPECT_EQ(versions[1]["rules"], 4);
  EXPECT_NE(save2.out.find("saved version 2 (" + versions[1]["sha256"].get<std::string>() + ")"), std::string::npos)
      << save2.out;
  for (const auto& v : versions) {
    EXPECT_NE(versionsText.out.find(v["sha256"].get<std::string>().substr(0, 12) + "  " + v["message"].get<std::string>()),
              std::string::npos)
        << v.dump() << versionsText.out;
    EXPECT_NE(versionsText.out.find(v["created_at"].get<std::string>()), std::string::npos) << v.dump();
  }

  // compare: every change the text lists.
  ProcessResult compareText = cli({"rules", "compare", "rj.reco", "1", "2"});
  json compare = cliJson({"rules", "compare", "rj.reco", "1", "2", "--json"});
  EXPECT_EQ(compare["from_version"], 1);
  EXPECT_EQ(compare["to_version"], 2);
  ASSERT_EQ(compare["changes"].size(), 1u);
  EXPECT_EQ(compare["changes"][0]["kind"], "added");
  EXPECT_EQ(compare["changes"][0]["subject"], "rule #4");
  for (const auto& d : compare["changes"][0]["details"])
    EXPECT_NE(compareText.out.find(d.get<std::string>()), std::string::npos) << d << compareText.out;

  // remove, restore, export.
  json removed = cliJson({"rules", "remove", "rj.reco", "4", "--json"});
  EXPECT_EQ(removed["removed"], bury);
  json restored = cliJson({"rules", "restore", "rj.reco", "1", "--json"});
  EXPECT_EQ(restored["restored_version"], 1);
  EXPECT_EQ(restored["saved_version"], 3);
  EXPECT_EQ(cliJson({"rules", "versions", "rj.reco", "--json"})["versions"][2]["sha256"], restored["sha256"]);
  json exported = cliJson({"rules", "export", "rj.reco", "rj.json", "--json"});
  json doc = json::parse(dir_->read("rj.json"));
  EXPECT_EQ(exported["file"], "rj.json");
  EXPECT_EQ(exported["version"], 3);
  EXPECT_EQ(exported["ruleset_id"], doc["ruleset_id"]);
  EXPECT_EQ(exported["segments"], doc["segments"].size());
  EXPECT_EQ(exported["rules"], doc["rules"].size());
  EXPECT_EQ(exported["sha256"], doc["sha256"]);
  EXPECT_EQ(exported["sha256"], restored["sha256"]);
  json pinExported = pin;  // the export form is --json's without the description
  pinExported.erase("description");
  EXPECT_EQ(doc["rules"][0], pinExported);
}

// --- bash completion ------------------------------------------------------------------------------------------------

// Sources the generated script in bash and completes COMP_WORDS at COMP_CWORD; returns COMPREPLY sorted.
std::vector<std::string> complete(const std::string& cwd, const std::vector<std::string>& words, std::size_t cword) {
  std::string array;
  for (const auto& w : words) array += "'" + w + "' ";
  const std::string script = std::string("source '") + RECO_CLI_COMPLETION + "' || exit 3; COMP_WORDS=(" + array +
                             "); COMP_CWORD=" + std::to_string(cword) +
                             "; _recoengine_cli; printf '%s\\n' \"${COMPREPLY[@]}\"";
  ProcessResult r = reco::test::runProcess("/bin/bash", {"--norc", "--noprofile", "-c", script}, cwd);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  std::vector<std::string> out;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  std::sort(out.begin(), out.end());
  return out;
}

using Words = std::vector<std::string>;

TEST(CliCompletion, CompletesCommandsOptionsValuesAndFiles) {
  TempFolder dir;
  dir.write("shop.reco", "");
  dir.write("rules.json", "{}");
  dir.write("notes.txt", "");
  std::filesystem::create_directory(dir.file("data"));
  const std::string p = dir.path();
  EXPECT_EQ(complete(p, {"recoengine-cli", "tr"}, 1), (Words{"train"}));
  EXPECT_EQ(complete(p, {"recoengine-cli", "r"}, 1), (Words{"recommend", "report", "rules", "runs"}));
  EXPECT_EQ(complete(p, {"recoengine-cli", "--v"}, 1), (Words{"--version"}));
  EXPECT_EQ(complete(p, {"recoengine-cli", "rules", "ex"}, 2), (Words{"export"}));
  EXPECT_EQ(complete(p, {"recoengine-cli", "rules", "im"}, 2), (Words{"impact", "import"}));
  EXPECT_EQ(complete(p, {"recoengine-cli", "help", "rules", "a"}, 3), (Words{"add", "add-segment", "apply"}));
  EXPECT_EQ(complete(p, {"recoengine-cli", "help", "ev"}, 2), (Words{"evaluate"}));
  // PROJECT: *.reco files and folders.
  EXPECT_EQ(complete(p, {"recoengine-cli", "train", ""}, 2), (Words{"data", "shop.reco"}));
  // FILE...: anything, repeatedly.
  EXPECT_EQ(complete(p, {"recoengine-cli", "import", "shop.reco", "notes.txt", ""}, 4),
            (Words{"data", "notes.txt", "rules.json", "shop.reco"}));
  // OUT.json and --rules FILE.json: *.json files and folders.
  EXPECT_EQ(complete(p, {"recoengine-cli", "rules", "export", "shop.reco", ""}, 4), (Words{"data", "rules.json"}));
  EXPECT_EQ(complete(p, {"recoengine-cli", "rules", "preview", "shop.reco", "--rules", ""}, 5),
            (Words{"data", "rules.json"}));
  // Options of the command, choices of an option (also after --name=), nothing for free text.
  EXPECT_EQ(complete(p, {"recoengine-cli", "train", "shop.reco", "--a"}, 3), (Words{"--algo"}));
  EXPECT_EQ(complete(p, {"recoengine-cli", "train", "shop.reco", "--algo", ""}, 4),
            (Words{"bpr", "ease", "ials", "itemknn", "popular"}));
  EXPECT_EQ(complete(p, {"recoengine-cli", "train", "shop.reco", "--algo", "=", "i"}, 5), (Words{"ials", "itemknn"}));
  EXPECT_EQ(complete(p, {"recoengine-cli", "import", "shop.reco", "--format", "movielens-1"}, 4),
            (Words{"movielens-100k", "movielens-1m"}));
  EXPECT_TRUE(complete(p, {"recoengine-cli", "train", "shop.reco", "--name", ""}, 4).empty());
  EXPECT_TRUE(complete(p, {"recoengine-cli", "stats", "shop.reco", ""}, 3).empty());  // one PROJECT only
  // An option value is not counted as a positional argument.
  EXPECT_EQ(complete(p, {"recoengine-cli", "rules", "export", "--version", "2", "shop.reco", ""}, 6),
            (Words{"data", "rules.json"}));
  // Every registered command's options are offered.
  for (const auto& c : reco::cli::commandRegistry()) {
    Words words{"recoengine-cli"};
    std::istringstream in(c.name);
    for (std::string w; in >> w;) words.push_back(w);
    words.push_back("--");
    Words expected{"--help"};
    for (const auto& o : c.options) expected.push_back("--" + o.name);
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(complete(p, words, words.size() - 1), expected) << c.name;
  }
}

}  // namespace

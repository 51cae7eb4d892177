// recoengine-cli publish against a live redis-server (tests/core/publish/RedisServer.h): what it writes equals
// `rules export`'s file and `rules preview`'s lists, read back with plain GETs; dry run, rollback, and the errors a
// user meets first (connection refused naming the URL, rediss://, a missing --redis).
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CliRun.h"
#include "tests/core/publish/RedisServer.h"

namespace {

using nlohmann::json;
using reco::RedisConnection;
using reco::test::ProcessResult;
using reco::test::RedisServer;
using reco::test::TempFolder;

const char* const kAt = "2026-03-01T12:00:00Z";

class CliPublish : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = std::make_unique<RedisServer>();
    dir_ = std::make_unique<TempFolder>();
    std::ostringstream csv;  // 12 users over 8 items in two categories
    csv << "user_id,item_id,event,timestamp,title,category\n";
    long ts = 1704067200;
    for (int u = 1; u <= 12; ++u)
      for (int k = 0; k < 3; ++k) {
        const int item = (u + k * 3) % 8 + 1;
        csv << "u" << u << ",i" << item << ",click," << (ts += 60) << ",Item " << item << ",cat" << item % 2 << "\n";
      }
    dir_->write("events.csv", csv.str());
    ASSERT_EQ(cli({"import", "p.reco", "events.csv"}).exitCode, 0);
    ASSERT_EQ(cli({"train", "p.reco", "--algo", "popular", "--name", "pop"}).exitCode, 0);
    ASSERT_EQ(cli({"rules", "add", "p.reco", "--kind", "pin", "--item", "i8", "--position", "1"}).exitCode, 0);
    ASSERT_EQ(cli({"rules", "add", "p.reco", "--kind", "ban", "--item", "i2"}).exitCode, 0);
    ASSERT_EQ(cli({"rules", "save", "p.reco", "--message", "first"}).exitCode, 0);
  }
  static void TearDownTestSuite() {
    dir_.reset();
    server_.reset();
  }
  void SetUp() override {
    redis_ = std::make_unique<RedisConnection>(server_->target());
    redis_->command({"FLUSHALL"});
  }

  static ProcessResult cli(const std::vector<std::string>& args) {
    return reco::test::runProcess(RECO_CLI_PROGRAM, args, dir_->path());
  }
  static std::vector<std::string> publishArgs(std::vector<std::string> extra) {
    std::vector<std::string> args{"publish", "p.reco", "--redis", server_->url(), "--namespace", "web"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
  }
  std::string get(const std::string& key) {
    auto r = redis_->command({"GET", key});
    return r.isNil() ? std::string("(nil)") : r.text;
  }

  static std::unique_ptr<RedisServer> server_;
  static std::unique_ptr<TempFolder> dir_;
  std::unique_ptr<RedisConnection> redis_;
};

std::unique_ptr<RedisServer> CliPublish::server_;
std::unique_ptr<TempFolder> CliPublish::dir_;

TEST_F(CliPublish, WritesWhatRulesExportAndRulesPreviewGive) {
  ProcessResult r = cli(publishArgs({"--version", "1", "--model", "pop", "--top", "4", "--at", kAt, "--json"}));
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json out = json::parse(r.out);
  EXPECT_EQ(out.at("action"), "publish");
  EXPECT_EQ(out.at("version"), 1);
  EXPECT_EQ(out.at("users"), 12);
  EXPECT_EQ(out.at("verified").at("users_checked"), 12);
  EXPECT_NE(r.err.find("computing and writing top-N"), std::string::npos) << r.err;  // progress on stderr

  ASSERT_EQ(cli({"rules", "export", "p.reco", "v1.json", "--version", "1"}).exitCode, 0);
  EXPECT_EQ(get("web:ruleset:1"), dir_->read("v1.json"));
  EXPECT_EQ(get("web:ruleset:current"), dir_->read("v1.json"));
  EXPECT_EQ(json::parse(get("web:manifest")).at("sha256"), out.at("sha256"));
  for (const std::string user : {"u1", "u7", "u12"}) {
    ProcessResult preview = cli({"rules", "preview", "p.reco", "--model", "pop", "--user", user, "--rules", "v1.json",
                                 "--at", kAt, "--n", "4", "--json"});
    ASSERT_EQ(preview.exitCode, 0) << preview.err;
    const json shown = json::parse(preview.out);
    json items = json::array();
    for (const auto& p : shown.at("curated")) items.push_back(p.at("item"));
    EXPECT_EQ(get("web:topn:" + user), items.dump()) << user;
    EXPECT_EQ(items.at(0), "i8");
  }
}

TEST_F(CliPublish, DryRunWritesNothingAndRollbackGoesBack) {
  ASSERT_EQ(cli(publishArgs({"--version", "1", "--model", "pop", "--at", kAt})).exitCode, 0);
  ASSERT_EQ(cli({"rules", "add", "p.reco", "--kind", "ban", "--item", "i3"}).exitCode, 0);
  ASSERT_EQ(cli({"rules", "save", "p.reco", "--message", "second"}).exitCode, 0);
  const long long keys = redis_->command({"DBSIZE"}).integer;
  ProcessResult dry = cli(publishArgs({"--dry-run"}));
  ASSERT_EQ(dry.exitCode, 0) << dry.err;
  EXPECT_NE(dry.out.find("would publish rule set version 2 ("), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("+ rule #3"), std::string::npos) << dry.out;
  EXPECT_EQ(redis_->command({"DBSIZE"}).integer, keys);
  EXPECT_EQ(json::parse(get("web:manifest")).at("version"), 1);

  ASSERT_EQ(cli(publishArgs({})).exitCode, 0);
  EXPECT_EQ(json::parse(get("web:manifest")).at("version"), 2);
  ProcessResult back = cli(publishArgs({"--rollback", "--json"}));
  ASSERT_EQ(back.exitCode, 0) << back.err;
  EXPECT_EQ(json::parse(back.out).at("version"), 1);
  EXPECT_EQ(get("web:ruleset:current"), get("web:ruleset:1"));
  EXPECT_EQ(json::parse(get("web:manifest")).at("version"), 1);
}

// recommend --all-users streams the same curated lists publish writes, with the deciding rule per position.
TEST_F(CliPublish, RecommendAllUsersWritesThePublishedLists) {
  ASSERT_EQ(cli(publishArgs({"--version", "1", "--model", "pop", "--top", "4", "--at", kAt})).exitCode, 0);
  ProcessResult r = cli({"recommend", "p.reco", "--all-users", "--model", "pop", "--rules", "1", "--n", "4", "--at",
                         kAt, "--format", "jsonl", "--out", "all.jsonl"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("wrote the top 4 of 12 users"), std::string::npos) << r.out;
  std::istringstream lines(dir_->read("all.jsonl"));
  std::size_t users = 0;
  for (std::string line; std::getline(lines, line); ++users) {
    const json row = json::parse(line);
    json items = json::array();
    for (const auto& e : row.at("items")) items.push_back(e.at("item"));
    EXPECT_EQ(items.dump(), get("web:topn:" + row.at("user").get<std::string>())) << line;
    EXPECT_EQ(row.at("items").at(0).at("decided_by"), "pin #1") << line;
  }
  EXPECT_EQ(users, 12u);
  r = cli({"recommend", "p.reco", "--all-users", "--model", "pop", "--rules", "1", "--n", "4", "--at", kAt, "--out",
           "all.csv"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const std::string csv = dir_->read("all.csv");
  EXPECT_EQ(csv.substr(0, csv.find('\n')), "user_id,position,item,category,score,adjusted_score,decided_by");
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 1 + 12 * 4);
  r = cli({"recommend", "p.reco", "--model", "pop", "--user", "u1", "--rules", "1"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("--rules goes with --all-users"), std::string::npos) << r.err;
}

TEST_F(CliPublish, ExportFactorsWritesNpyFilesAndTheIdMap) {
  ASSERT_EQ(cli({"train", "p.reco", "--algo", "ials", "--name", "ials", "--replace", "--param", "factors=8"}).exitCode, 0);
  ProcessResult r = cli({"export-factors", "p.reco", "--model", "ials", "--out", "factors", "--json"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json out = json::parse(r.out);
  EXPECT_EQ(out.at("users"), 12);
  EXPECT_EQ(out.at("factors"), 8);
  const std::string npy = dir_->read("factors/user_factors.npy");
  EXPECT_EQ(npy.substr(0, 6), "\x93NUMPY");
  EXPECT_NE(npy.find("'shape': (12, 8)"), std::string::npos);
  EXPECT_EQ(npy.size(), 128 + 12 * 8 * sizeof(float));
  EXPECT_EQ(json::parse(dir_->read("factors/ids.json")).at("users").size(), 12u);
  r = cli({"export-factors", "p.reco", "--model", "pop", "--out", "factors2"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("has no factors to export"), std::string::npos) << r.err;
}

TEST_F(CliPublish, ErrorsNameTheUrlAndTheProblem) {
  const std::string refused = "unix://" + dir_->file("no-redis.sock");
  ProcessResult r = cli({"publish", "p.reco", "--redis", refused, "--namespace", "web"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("cannot connect to Redis at " + refused), std::string::npos) << r.err;
  r = cli({"publish", "p.reco", "--redis", "rediss://cache:6380/0", "--namespace", "web"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("no TLS support"), std::string::npos) << r.err;
  r = cli({"publish", "p.reco", "--namespace", "web"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("missing --redis"), std::string::npos) << r.err;
  r = cli(publishArgs({"--rollback"}));  // nothing published yet
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.err.find("nothing is published in namespace 'web'"), std::string::npos) << r.err;
}

}  // namespace

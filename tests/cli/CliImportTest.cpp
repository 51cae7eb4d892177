// recoengine-cli import on hostile input (issue 13): an import whose every row is rejected exits 1 and does not say
// "committed"; an overlong header is echoed cut; a pipe as /dev/stdin is read once.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "CliRun.h"

namespace {

using reco::test::ProcessResult;
using reco::test::TempFolder;

ProcessResult cli(const TempFolder& dir, const std::vector<std::string>& args) {
  return reco::test::runProcess(RECO_CLI_PROGRAM, args, dir.path());
}

bool saysCommitted(const std::string& out) {
  return out == "committed\n" || out.find("\ncommitted\n") != std::string::npos;
}

TEST(CliImport, EveryRowRejectedExitsOneAndCommitsNothing) {
  TempFolder dir;
  dir.write("bad.csv", "user,item,timestamp\nu1,i1,yesterday\nu2,i2,-1\n");
  const ProcessResult r = cli(dir, {"import", "p.reco", "bad.csv"});
  EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
  EXPECT_FALSE(saysCommitted(r.out)) << r.out;
  EXPECT_NE(r.out.find("NOT committed"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("all 2 rows were rejected"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir.file("p.reco"))) << "a new project is removed again";
}

TEST(CliImport, AnOverlongHeaderIsEchoedCut) {
  TempFolder dir;
  dir.write("wide.csv", std::string(3'000'000, 'h') + ",item,timestamp\nu1,i1,1700000000\n");
  const ProcessResult r = cli(dir, {"import", "p.reco", "wide.csv"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_LT(r.err.size(), 2000u);
  EXPECT_NE(r.err.find("(3000000 bytes)"), std::string::npos) << r.err.substr(0, 400);
}

TEST(CliImport, ReadsAPipeAsDevStdin) {
  TempFolder dir;
  std::string csv = "user_id,item_id,timestamp\n";
  for (int i = 0; i < 20000; ++i) {  // appended piece by piece (GCC 12's -Wrestrict misfires on "u" + to_string)
    csv.append("u").append(std::to_string(i % 50)).append(",i").append(std::to_string(i % 70)).append(",");
    csv.append(std::to_string(1700000000 + i)).append("\n");
  }
  dir.write("events.csv", csv);
  const ProcessResult r = reco::test::runProcess(
      "/bin/sh", {"-c", std::string("cat events.csv | timeout 60 '") + RECO_CLI_PROGRAM + "' import p.reco /dev/stdin --json"},
      dir.path());
  ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("\"rows_imported\": 20000"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"committed\": true"), std::string::npos) << r.out;
}

}  // namespace

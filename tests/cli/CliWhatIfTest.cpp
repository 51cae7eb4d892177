// recoengine-cli whatif on small simulated Open Bandit logs (issue 17): a uniform random logger and a skewed
// "bts" logger over four items in three slots, written as Open Bandit CSV and imported; the JSON holds every
// estimator with its interval and diagnostics, the slots, and the observed rate of the evaluated policy's own logs;
// a model curated by a pin rule is evaluated through the reference applier; usage errors exit 2.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "CliRun.h"
#include "core/base/Random.h"

namespace {

using nlohmann::json;
using reco::test::ProcessResult;
using reco::test::TempFolder;

constexpr int kItems = 4, kSlots = 3;
constexpr double kAttraction[kItems] = {0.05, 0.10, 0.20, 0.30};
constexpr double kExamination[kSlots] = {1.0, 0.7, 0.5};

struct Logged {
  int impressions = 0, clicks = 0;
  int pinnedInSlot1 = 0, pinnedClicksInSlot1 = 0;  // item 3 shown in slot 1
};

// `rows` impressions of a policy with the per-slot distribution `policy`, as an Open Bandit events file.
Logged writeLog(const TempFolder& dir, const std::string& policyName, const double (&policy)[kSlots][kItems], int rows,
                std::uint64_t seed) {
  std::filesystem::create_directories(dir.file(policyName + "/men"));
  std::string items = ",item_id,item_feature_0,item_feature_1,item_feature_2,item_feature_3\n";
  for (int a = 0; a < kItems; ++a) items.append(std::to_string(a) + "," + std::to_string(a) + ",0.5,f1,f2,f3\n");
  dir.write(policyName + "/men/item_context.csv", items);
  std::string csv = ",timestamp,item_id,position,click,propensity_score,user_feature_0,user_feature_1,user_feature_2,"
                    "user_feature_3\n";
  reco::SeededRandom rng(seed);
  Logged out;
  for (int i = 0; i < rows; ++i) {
    const int slot = i % kSlots;
    double u = rng.uniform(), acc = 0;
    int a = 0;
    for (; a + 1 < kItems; ++a) {
      acc += policy[slot][a];
      if (u < acc) break;
    }
    const int click = rng.uniform() < kExamination[slot] * kAttraction[a] ? 1 : 0;
    const int minute = i / kSlots;
    char line[200];
    std::snprintf(line, sizeof line, "%d,2019-11-%02d %02d:%02d:00+00:00,%d,%d,%d,%.6f,u%d,b,c,d\n", i,
                  24 + minute / 1440 % 6, minute / 60 % 24, minute % 60, a, slot + 1, click, policy[slot][a],
                  (i / kSlots) % 20);
    csv.append(line);
    out.impressions += 1;
    out.clicks += click;
    if (slot == 0 && a == 3) {
      out.pinnedInSlot1 += 1;
      out.pinnedClicksInSlot1 += click;
    }
  }
  dir.write(policyName + "/men/men.csv", csv);
  return out;
}

class CliWhatIf : public ::testing::Test {
 protected:
  void SetUp() override {
    const double uniform[kSlots][kItems] = {{0.25, 0.25, 0.25, 0.25}, {0.25, 0.25, 0.25, 0.25}, {0.25, 0.25, 0.25, 0.25}};
    const double skewed[kSlots][kItems] = {{0.1, 0.1, 0.2, 0.6}, {0.1, 0.2, 0.5, 0.2}, {0.4, 0.3, 0.2, 0.1}};
    random_ = writeLog(dir_, "random", uniform, 6000, 1);
    bts_ = writeLog(dir_, "bts", skewed, 6000, 2);
    ASSERT_EQ(cli({"import", "logs.reco", dir_.file("random/men")}).exitCode, 0);
    ASSERT_EQ(cli({"import", "other.reco", dir_.file("bts/men")}).exitCode, 0);
  }
  ProcessResult cli(const std::vector<std::string>& args) { return reco::test::runProcess(RECO_CLI_PROGRAM, args, dir_.path()); }
  json whatif(const std::vector<std::string>& args) {
    std::vector<std::string> all{"whatif", "logs.reco", "--json", "--replicates", "300"};
    all.insert(all.end(), args.begin(), args.end());
    ProcessResult r = cli(all);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return json::parse(r.out);
  }
  TempFolder dir_;
  Logged random_, bts_;
};

TEST_F(CliWhatIf, AnotherLoggedPolicyWithEveryEstimatorAndTheObservedRate) {
  const json j = whatif({"--policy-from-log", "other.reco"});
  const double observed = static_cast<double>(bts_.clicks) / bts_.impressions;
  ASSERT_TRUE(j["observed"].is_number());
  EXPECT_DOUBLE_EQ(j["observed"].get<double>(), observed);
  EXPECT_EQ(j["policy"]["kind"], "logged");
  EXPECT_EQ(j["logs"]["impressions"], random_.impressions);
  EXPECT_EQ(j["logs"]["clicks"], random_.clicks);
  EXPECT_EQ(j["logs"]["propensities"], "logged");
  for (const char* name : {"replay", "ips", "snips", "dm", "dr"}) {
    ASSERT_TRUE(j["estimators"].contains(name)) << name;
    const json& e = j["estimators"][name];
    const double estimate = e["estimate"].get<double>();
    ASSERT_EQ(e["ci"].size(), 2u) << name;
    EXPECT_LE(e["ci"][0].get<double>(), estimate) << name;
    EXPECT_GE(e["ci"][1].get<double>(), estimate) << name;
    EXPECT_GT(e["diagnostics"]["effective_sample_size"].get<double>(), 1000.0) << name;
    EXPECT_TRUE(e["diagnostics"]["warnings"].is_array()) << name;
  }
  // The truth of the skewed policy lies in the SNIPS interval (6,000 impressions, about 700 clicks).
  const json& snips = j["estimators"]["snips"];
  EXPECT_LE(snips["ci"][0].get<double>(), observed);
  EXPECT_GE(snips["ci"][1].get<double>(), observed);
  ASSERT_EQ(j["positions"].size(), 3u);
  for (int k = 0; k < 3; ++k) {
    EXPECT_EQ(j["positions"][k]["position"], k + 1);
    EXPECT_EQ(j["positions"][k]["estimators"].size(), 5u);
    EXPECT_EQ(j["positions"][k]["diagnostics"]["impressions"], 2000);
  }
}

TEST_F(CliWhatIf, OnPolicyOneEstimatorOneSlot) {
  const json j = whatif({"--estimator", "snips", "--estimator", "ips", "--position", "2"});
  EXPECT_EQ(j["policy"]["kind"], "logging");
  ASSERT_EQ(j["estimators"].size(), 2u);
  EXPECT_TRUE(j["estimators"].contains("snips"));
  EXPECT_TRUE(j["estimators"].contains("ips"));
  // On-policy, every weight is 1: IPS and SNIPS are the logged click rate of slot 2.
  const double slot2 = j["diagnostics"]["clicks"].get<double>() / j["diagnostics"]["impressions"].get<double>();
  EXPECT_EQ(j["diagnostics"]["impressions"], 2000);
  EXPECT_NEAR(j["estimators"]["ips"]["estimate"].get<double>(), slot2, 1e-12);
  EXPECT_DOUBLE_EQ(j["estimators"]["ips"]["diagnostics"]["max_weight"].get<double>(), 1.0);
  ASSERT_TRUE(j["observed"].is_number());
}

TEST_F(CliWhatIf, AModelCuratedByAPinRule) {
  ASSERT_EQ(cli({"train", "logs.reco", "--algo", "popular", "--name", "pop"}).exitCode, 0);
  ASSERT_EQ(cli({"rules", "add", "logs.reco", "--kind", "pin", "--item", "men/3", "--position", "1"}).exitCode, 0);
  ASSERT_EQ(cli({"rules", "save", "logs.reco", "--message", "pin men/3"}).exitCode, 0);
  ASSERT_EQ(cli({"rules", "export", "logs.reco", "pin.json"}).exitCode, 0);
  const json plain = whatif({"--model", "pop"});
  EXPECT_EQ(plain["policy"]["kind"], "model");
  EXPECT_TRUE(plain["policy"]["deterministic"].get<bool>());
  EXPECT_EQ(plain["policy"]["epsilon"], 0.0);
  EXPECT_FALSE(plain.contains("observed"));

  // Slot 1 always shows the pinned item: replay there is the click rate of the logged impressions of men/3 in slot 1;
  // the same from the exported file (--rules) and from the saved version (--version).
  for (const auto& rules : {std::vector<std::string>{"--rules", "pin.json"}, std::vector<std::string>{"--version", "1"}}) {
    std::vector<std::string> args{"--model", "pop"};
    args.insert(args.end(), rules.begin(), rules.end());
    const json pinned = whatif(args);
    EXPECT_EQ(pinned["policy"]["kind"], "model+rules");
    const json& slot1 = pinned["positions"][0];
    EXPECT_EQ(slot1["diagnostics"]["matched_impressions"], random_.pinnedInSlot1) << rules.front();
    EXPECT_NEAR(slot1["estimators"]["replay"]["estimate"].get<double>(),
                static_cast<double>(random_.pinnedClicksInSlot1) / random_.pinnedInSlot1, 1e-12);
  }

  const json smoothed = whatif({"--model", "pop", "--epsilon", "0.2"});
  EXPECT_DOUBLE_EQ(smoothed["policy"]["epsilon"].get<double>(), 0.2);
  EXPECT_NE(smoothed["policy"]["description"].get<std::string>().find("smoothed"), std::string::npos);
}

TEST_F(CliWhatIf, TextOutputAndUsageErrors) {
  ProcessResult text = cli({"whatif", "logs.reco", "--policy-from-log", "other.reco", "--replicates", "100"});
  ASSERT_EQ(text.exitCode, 0) << text.err;
  EXPECT_NE(text.out.find("whole slate"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("snips"), std::string::npos);
  EXPECT_NE(text.out.find("slot 3"), std::string::npos);
  for (const std::vector<std::string>& bad :
       {std::vector<std::string>{"whatif", "logs.reco", "--rules", "any.json"},
        std::vector<std::string>{"whatif", "logs.reco", "--estimator", "magic"},
        std::vector<std::string>{"whatif", "logs.reco", "--model", "pop", "--policy-from-log", "other.reco"}}) {
    ProcessResult r = cli(bad);
    EXPECT_EQ(r.exitCode, 2) << bad.back() << ": " << r.err;
    EXPECT_EQ(r.errLines().size(), 1u) << r.err;
  }
  ProcessResult missing = cli({"whatif", "logs.reco", "--model", "nope"});
  EXPECT_EQ(missing.exitCode, 1);
  EXPECT_NE(missing.err.find("nope"), std::string::npos) << missing.err;
}

}  // namespace

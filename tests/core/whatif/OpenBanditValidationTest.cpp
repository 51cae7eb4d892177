// Validation on real logs (issue 17): the Open Bandit Dataset's small sample holds, per campaign, 10,000 impressions
// logged by a uniform random policy and 10,000 by Bernoulli Thompson sampling (BTS). BTS does not look at the user,
// so its action distribution per slot is estimated from its own logs; its click rate estimated from the random
// policy's logs must hold its observed on-policy click rate inside the SNIPS 95% interval.
// The data is not in the repository: it is read from $RECO_SHARED_DATA/open-bandit-dataset-small, by default from
// ../shared/data beside the checkout (as CI has it); the test is skipped, saying so, when it is not there.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/import/Importer.h"
#include "core/storage/Project.h"
#include "core/whatif/ImpressionLog.h"
#include "core/whatif/OffPolicyEstimate.h"
#include "core/whatif/TargetPolicy.h"

namespace reco {
namespace {

std::filesystem::path openBanditDir() {
  const char* env = std::getenv("RECO_SHARED_DATA");
  const std::filesystem::path shared = env && *env ? std::filesystem::path(env)
                                                   : std::filesystem::path(RECO_TEST_DATA_DIR) / "../../../shared/data";
  return (shared / "open-bandit-dataset-small").lexically_normal();
}

class OpenBanditValidation : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    data_ = openBanditDir();
    if (!std::filesystem::exists(data_ / "random" / GetParam()) || !std::filesystem::exists(data_ / "bts" / GetParam()))
      GTEST_SKIP() << "the Open Bandit sample is not at " << data_.string()
                   << " (set RECO_SHARED_DATA to the folder that holds open-bandit-dataset-small)";
    dir_ = std::filesystem::temp_directory_path() /
           ("reco_whatif_obd_" + std::string(GetParam()) + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  std::filesystem::path data_, dir_;
};

TEST_P(OpenBanditValidation, ThompsonSamplingsObservedRateLiesInsideTheSnipsInterval) {
  const std::string campaign = GetParam();
  Project p = Project::create((dir_ / "obd.reco").string());
  const ImportResult imported =
      importFiles(p, {(data_ / "random" / campaign).string(), (data_ / "bts" / campaign).string()}, {});
  ASSERT_TRUE(imported.committed) << imported.error;
  ASSERT_EQ(imported.rowsRejected, 0u);

  const ImpressionLog random = readImpressionLog(p, {campaign, std::string("random")});
  const ImpressionLog bts = readImpressionLog(p, {campaign, std::string("bts")});
  ASSERT_EQ(random.rows.size(), 10000u);
  ASSERT_EQ(bts.rows.size(), 10000u);
  EXPECT_EQ(random.slots, 3);
  EXPECT_EQ(random.estimatedPropensities, 0);  // the random logs carry their propensities (1 / items)
  EXPECT_NEAR(random.rows.front().propensity, 1.0 / static_cast<double>(random.items.size()), 1e-4);

  const LoggedPolicy policy(bts, random, "bts");
  WhatIfOptions options;
  options.replicates = 1000;
  const WhatIfResult r = estimatePolicyValue(random, policy, options);
  const double observed = bts.clickRate();
  const EstimatorResult* snips = r.find(Estimator::Snips);
  ASSERT_NE(snips, nullptr);
  EXPECT_LE(snips->low, observed) << campaign << ": SNIPS " << snips->estimate << " [" << snips->low << ", "
                                  << snips->high << "], observed " << observed;
  EXPECT_GE(snips->high, observed) << campaign << ": SNIPS " << snips->estimate << " [" << snips->low << ", "
                                   << snips->high << "], observed " << observed;
  // Every estimator gives a finite estimate with an interval around it; the per-slot results cover slots 1..3.
  for (const auto& e : r.estimators) {
    EXPECT_TRUE(std::isfinite(e.estimate)) << estimatorName(e.estimator);
    EXPECT_LE(e.low, e.estimate) << estimatorName(e.estimator);
    EXPECT_GE(e.high, e.estimate) << estimatorName(e.estimator);
  }
  ASSERT_EQ(r.positions.size(), 3u);
  EXPECT_LT(r.diagnostics.unloggedMass, 1e-9);  // the random policy showed every item BTS shows
  // About 50 clicks per file: the logs say so.
  bool fewClicks = false;
  for (const auto& w : r.diagnostics.warnings) fewClicks = fewClicks || w.kind == WhatIfWarningKind::FewClicks;
  EXPECT_TRUE(fewClicks);
}

INSTANTIATE_TEST_SUITE_P(Campaigns, OpenBanditValidation, ::testing::Values("men", "women"));

}  // namespace
}  // namespace reco

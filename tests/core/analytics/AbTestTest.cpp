// A/B statistics against hand computations: Wilson intervals, the pooled two-proportion z-test, lift and verdicts.
#include <gtest/gtest.h>

#include <cmath>

#include "core/analytics/AbTest.h"

using namespace reco;

namespace {
AbArm arm(const char* name, std::int64_t successes, std::int64_t trials) {
  AbArm a;
  a.name = name;
  a.successes = successes;
  a.trials = trials;
  return a;
}
}  // namespace

TEST(AbTest, WilsonIntervalMatchesHandComputation) {
  // 100 of 1000: centre = (0.1 + z^2/2000) / (1 + z^2/1000); half-width from the Wilson formula.
  ProportionInterval ci = wilsonInterval(100, 1000);
  EXPECT_NEAR(ci.low, 0.0829094436, 1e-8);
  EXPECT_NEAR(ci.high, 0.1201519632, 1e-8);
  // Degenerate proportions stay inside [0, 1] and are not empty.
  ProportionInterval zero = wilsonInterval(0, 50);
  EXPECT_DOUBLE_EQ(zero.low, 0.0);
  EXPECT_GT(zero.high, 0.0);
  ProportionInterval all = wilsonInterval(50, 50);
  EXPECT_LT(all.low, 1.0);
  EXPECT_DOUBLE_EQ(all.high, 1.0);
  ProportionInterval none = wilsonInterval(0, 0);
  EXPECT_DOUBLE_EQ(none.low, 0.0);
  EXPECT_DOUBLE_EQ(none.high, 1.0);
}

TEST(AbTest, TwoProportionZTestMatchesHandComputation) {
  // p1 = 0.10, p2 = 0.13, pooled = 0.115, se = sqrt(0.115 * 0.885 * (1/1000 + 1/1000)) = 0.0142671;
  // z = 0.03 / se = 2.1027406, p = erfc(z / sqrt 2) = 0.0354885.
  ZTestResult t = twoProportionZTest(100, 1000, 130, 1000);
  EXPECT_NEAR(t.z, 2.102740606, 1e-8);
  EXPECT_NEAR(t.p, 0.0354884505, 1e-9);
  ZTestResult reversed = twoProportionZTest(130, 1000, 100, 1000);
  EXPECT_NEAR(reversed.z, -t.z, 1e-12);
  EXPECT_NEAR(reversed.p, t.p, 1e-12);
  // Undefined cases give z = 0, p = 1 rather than NaN.
  EXPECT_DOUBLE_EQ(twoProportionZTest(0, 0, 5, 10).p, 1.0);
  EXPECT_DOUBLE_EQ(twoProportionZTest(0, 10, 0, 10).z, 0.0);
}

TEST(AbTest, VerdictStatesLiftAndPValue) {
  AbComparison c = compareArms("CTR", "clicks", "impressions", {arm("A", 100, 1000), arm("B", 130, 1000)});
  ASSERT_EQ(c.arms.size(), 2u);
  EXPECT_NEAR(c.arms[0].rate, 0.10, 1e-12);
  EXPECT_NEAR(c.arms[1].rate, 0.13, 1e-12);
  EXPECT_NEAR(c.arms[1].lift, 0.30, 1e-12);
  EXPECT_TRUE(c.arms[1].significant);
  EXPECT_EQ(c.verdict, "B's CTR is 30% higher than A's (p = 0.035).");
  EXPECT_TRUE(c.warning.empty());

  AbComparison flat = compareArms("CTR", "clicks", "impressions", {arm("A", 100, 1000), arm("B", 102, 1000)});
  EXPECT_FALSE(flat.arms[1].significant);
  EXPECT_EQ(flat.verdict.rfind("No significant difference in CTR between B and A (B is 2.0% higher", 0), 0u)
      << flat.verdict;

  AbComparison lower = compareArms("conversion", "purchases", "clicks", {arm("A", 300, 1000), arm("B", 200, 1000)});
  EXPECT_EQ(lower.verdict, "B's conversion is 33% lower than A's (p < 0.001).");
}

TEST(AbTest, WarnsAboutSmallSamplesAndRejectsImpossibleCounts) {
  AbComparison c = compareArms("CTR", "clicks", "impressions", {arm("A", 3, 40), arm("B", 9, 40)});
  EXPECT_TRUE(c.arms[0].smallSample);
  EXPECT_TRUE(c.arms[1].smallSample);
  EXPECT_NE(c.warning.find("A (3 clicks of 40 impressions)"), std::string::npos) << c.warning;
  EXPECT_THROW(compareArms("CTR", "clicks", "impressions", {arm("A", 11, 10)}), std::invalid_argument);
  AbComparison single = compareArms("CTR", "clicks", "impressions", {arm("A", 30, 100)});
  EXPECT_EQ(single.verdict, "Only variant A is in the selection; nothing to compare.");
  EXPECT_EQ(formatPValue(0.0004), "p < 0.001");
  EXPECT_EQ(formatPValue(0.0031), "p = 0.003");
}

TEST(AbTest, DifferenceIntervalIsNewcombesHybridScore) {
  // 100 of 1000 (Wilson 0.0829094 - 0.1201520) against 130 of 1000 (Wilson 0.1105638 - 0.1522680): d = 0.03,
  // low = d - sqrt((0.13 - 0.1105638)^2 + (0.1201520 - 0.1)^2), high = d + sqrt((0.1522680 - 0.13)^2 + (0.1 - 0.0829094)^2).
  ProportionInterval ci = differenceInterval(100, 1000, 130, 1000);
  EXPECT_NEAR(ci.low, 0.0020023487, 1e-8);
  EXPECT_NEAR(ci.high, 0.0580704850, 1e-8);
  // compareArms carries it per arm, against the baseline.
  AbComparison c = compareArms("CTR", "clicks", "impressions", {arm("A", 100, 1000), arm("B", 130, 1000)});
  EXPECT_NEAR(c.arms[1].difference, 0.03, 1e-12);
  EXPECT_NEAR(c.arms[1].differenceCi.low, ci.low, 1e-12);
  EXPECT_NEAR(c.arms[1].differenceCi.high, ci.high, 1e-12);
  EXPECT_DOUBLE_EQ(c.arms[0].difference, 0.0);
  // Swapped: the interval mirrors.
  ProportionInterval back = differenceInterval(130, 1000, 100, 1000);
  EXPECT_NEAR(back.low, -ci.high, 1e-12);
  EXPECT_NEAR(back.high, -ci.low, 1e-12);
  // No trials: the widest interval.
  EXPECT_DOUBLE_EQ(differenceInterval(0, 0, 1, 2).low, -1.0);
}

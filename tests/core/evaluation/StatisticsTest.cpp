// Distribution functions, paired tests and bootstrap intervals against closed forms and published values.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "core/base/Random.h"
#include "core/evaluation/Statistics.h"

namespace reco {
namespace {

TEST(Statistics, NormalCdf) {
  EXPECT_NEAR(normalCdf(0), 0.5, 1e-15);
  EXPECT_NEAR(normalCdf(1.959963984540054), 0.975, 1e-12);
  EXPECT_NEAR(normalCdf(-1), 0.15865525393145707, 1e-12);
}

TEST(Statistics, IncompleteBetaClosedForms) {
  for (double x : {0.0, 0.1, 0.37, 0.5, 0.9, 1.0}) {
    EXPECT_NEAR(regularizedIncompleteBeta(1, 1, x), x, 1e-12);
    EXPECT_NEAR(regularizedIncompleteBeta(3, 1, x), x * x * x, 1e-12);
    EXPECT_NEAR(regularizedIncompleteBeta(1, 4, x), 1 - std::pow(1 - x, 4), 1e-12);
  }
  EXPECT_NEAR(regularizedIncompleteBeta(7.5, 7.5, 0.5), 0.5, 1e-12);
  EXPECT_THROW(regularizedIncompleteBeta(0, 1, 0.5), std::invalid_argument);
}

TEST(Statistics, StudentTMatchesClosedForms) {
  for (double t : {-5.0, -1.3, -0.2, 0.0, 0.7, 2.0, 12.0}) {
    // df = 1 is the Cauchy distribution; df = 2 has F(t) = 1/2 + t / (2 sqrt(2 + t^2)).
    EXPECT_NEAR(studentTCdf(t, 1), 0.5 + std::atan(t) / std::numbers::pi, 1e-12) << t;
    EXPECT_NEAR(studentTCdf(t, 2), 0.5 + t / (2 * std::sqrt(2 + t * t)), 1e-12) << t;
  }
  // Large df approaches the normal distribution.
  EXPECT_NEAR(studentTCdf(1.96, 1e7), normalCdf(1.96), 1e-6);
  // Published quantile: t(0.975, 10) = 2.228138851986.
  EXPECT_NEAR(studentTCdf(2.228138851986, 10), 0.975, 1e-10);
}

TEST(Statistics, PairedTTestAgainstHandComputation) {
  // Differences 1, 2, 6: mean 3, sd sqrt(7), t = 3 / (sqrt(7) / sqrt(3)), df = 2.
  std::vector<double> a = {2, 4, 10}, b = {1, 2, 4};
  auto r = pairedTTest(a, b);
  const double t = 3 / (std::sqrt(7.0) / std::sqrt(3.0));
  EXPECT_EQ(r.n, 3u);
  EXPECT_NEAR(r.meanDifference, 3, 1e-12);
  EXPECT_NEAR(r.statistic, t, 1e-12);
  EXPECT_NEAR(r.pValue, 2 * (0.5 - t / (2 * std::sqrt(2 + t * t))), 1e-12);
  // Swapping the samples flips the sign, not the p-value.
  auto s = pairedTTest(b, a);
  EXPECT_NEAR(s.statistic, -t, 1e-12);
  EXPECT_NEAR(s.pValue, r.pValue, 1e-12);
  // Identical samples: no evidence at all.
  EXPECT_EQ(pairedTTest(a, a).pValue, 1.0);
  // NaN pairs are skipped.
  std::vector<double> an = {2, 4, 10, NAN}, bn = {1, 2, 4, 5};
  EXPECT_NEAR(pairedTTest(an, bn).pValue, r.pValue, 1e-12);
}

TEST(Statistics, WilcoxonExactMatchesScipyExample) {
  // scipy.stats.wilcoxon documentation example: statistic 24, exact two-sided p = 0.041259765625.
  std::vector<double> d = {6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75};
  std::vector<double> zero(d.size(), 0.0);
  auto r = wilcoxonSignedRank(d, zero);
  EXPECT_TRUE(r.exact);
  EXPECT_EQ(r.n, 15u);
  EXPECT_NEAR(r.statistic, 24, 1e-12);
  EXPECT_NEAR(r.pValue, 0.041259765625, 1e-12);
}

TEST(Statistics, WilcoxonNormalApproximationWithTiesAndZeros) {
  // The scipy example repeated four times (n = 60, every |d| tied four times) plus zeros, which are dropped.
  std::vector<double> base = {6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75};
  std::vector<double> d;
  for (int rep = 0; rep < 4; ++rep) d.insert(d.end(), base.begin(), base.end());
  d.push_back(0);
  d.push_back(0);
  std::vector<double> zero(d.size(), 0.0);
  auto r = wilcoxonSignedRank(d, zero);
  EXPECT_FALSE(r.exact);
  EXPECT_EQ(r.n, 60u);
  // |48| is the 10th distinct magnitude: ranks 37..40, mid-rank 38.5; |67| the 14th: mid-rank 54.5.
  const double w = 4 * (38.5 + 54.5);
  EXPECT_NEAR(r.statistic, w, 1e-9);
  const double mean = 60.0 * 61 / 4, var = 60.0 * 61 * 121 / 24 - 15 * (64.0 - 4) / 48;
  const double z = (w - mean) / std::sqrt(var);
  EXPECT_NEAR(r.z, z, 1e-12);
  EXPECT_NEAR(r.pValue, 2 * normalCdf(z), 1e-15);
  EXPECT_LT(r.pValue, 1e-4);
  // All differences zero: p = 1.
  EXPECT_EQ(wilcoxonSignedRank(zero, zero).pValue, 1.0);
}

TEST(Statistics, BootstrapIntervalsCoverTheTrueMeanAtTheNominalRate) {
  // 300 samples of 100 exponential(1) draws; the 95% percentile interval of the mean should contain 1 about 95%
  // of the time (the percentile method runs slightly below nominal for skewed data at n = 100).
  SeededRandom rng(2024);
  int covered = 0;
  const int simulations = 300;
  for (int s = 0; s < simulations; ++s) {
    std::vector<std::vector<double>> cols(1, std::vector<double>(100));
    for (auto& x : cols[0]) x = -std::log(1 - rng.uniform());
    auto ci = bootstrapMeanIntervals(cols, 400, 0.95, 1000 + static_cast<std::uint64_t>(s));
    ASSERT_LT(ci[0].low, ci[0].high);
    covered += ci[0].low <= 1.0 && 1.0 <= ci[0].high;
  }
  const double rate = static_cast<double>(covered) / simulations;
  EXPECT_GT(rate, 0.90);
  EXPECT_LT(rate, 0.985);
}

TEST(Statistics, BootstrapIsDeterministicAndIgnoresNaN) {
  std::vector<std::vector<double>> cols = {{1, 2, 3, 4, 5, 6, 7, 8}, {1, NAN, 1, NAN, 1, NAN, 1, NAN}};
  auto a = bootstrapMeanIntervals(cols, 200, 0.9, 7);
  auto b = bootstrapMeanIntervals(cols, 200, 0.9, 7);
  EXPECT_EQ(a[0].low, b[0].low);
  EXPECT_EQ(a[0].high, b[0].high);
  EXPECT_GE(a[0].low, 1.0);
  EXPECT_LE(a[0].high, 8.0);
  EXPECT_EQ(a[1].low, 1.0);
  EXPECT_EQ(a[1].high, 1.0);
  EXPECT_THROW(bootstrapMeanIntervals(cols, 0, 0.9, 7), std::invalid_argument);
}

}  // namespace
}  // namespace reco

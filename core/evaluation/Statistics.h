// The statistics behind "comparisons that hold up": normal and Student-t distribution functions (via the
// regularized incomplete beta function), the paired t-test, the Wilcoxon signed-rank test and percentile bootstrap
// confidence intervals. Self-contained (no statistics library); formulas in docs/evaluation.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace reco {

// Standard normal cumulative distribution function.
double normalCdf(double x);
// Regularized incomplete beta function I_x(a, b) for a, b > 0, x in [0, 1] (continued fraction, Lentz's method).
double regularizedIncompleteBeta(double a, double b, double x);
// Student t cumulative distribution function with df > 0 degrees of freedom.
double studentTCdf(double t, double df);

struct PairedTestResult {
  std::size_t n = 0;       // pairs used (Wilcoxon: non-zero differences)
  double meanDifference = 0;  // mean of a - b over all pairs
  double statistic = 0;    // t, or Wilcoxon's T = min(W+, W-)
  double z = 0;            // Wilcoxon normal-approximation z (0 when the exact distribution was used)
  double pValue = 1;       // two-sided
  bool exact = false;      // Wilcoxon: p from the exact null distribution
};

// Paired two-sided t-test of mean(a - b) = 0; a and b of equal length >= 2. Pairs where either value is NaN are
// skipped. Zero variance: p = 1 when all differences are 0, else 0.
PairedTestResult pairedTTest(std::span<const double> a, std::span<const double> b);

// Wilcoxon signed-rank test, two-sided, zero differences dropped (Wilcoxon's method, scipy's default). Exact null
// distribution when at most 50 non-zero differences without ties; otherwise the normal approximation with the tie
// correction of the variance, no continuity correction (scipy's defaults). NaN pairs are skipped.
PairedTestResult wilcoxonSignedRank(std::span<const double> a, std::span<const double> b);

struct ConfidenceInterval {
  double low = 0;
  double high = 0;
  double bootstrapMean = 0;  // mean of the resampled statistics (for bias checks and bias-shifted intervals)
};

// Percentile bootstrap: `replicates` resamples of `rows` row indices with replacement (seeded); statistic(sample, out)
// fills `outputs` values per resample; returns the (1-confidence)/2 and (1+confidence)/2 quantiles of each (linear
// interpolation between order statistics). NaN statistic values are ignored.
std::vector<ConfidenceInterval> bootstrapIntervals(
    std::size_t rows, std::size_t outputs, int replicates, double confidence, std::uint64_t seed,
    const std::function<void(std::span<const std::uint32_t> sample, std::span<double> out)>& statistic);

// Bootstrap intervals of the mean of each column (columns[m][row]; NaN entries are left out of the mean).
std::vector<ConfidenceInterval> bootstrapMeanIntervals(const std::vector<std::vector<double>>& columns, int replicates,
                                                       double confidence, std::uint64_t seed);

// Mean of the non-NaN values (NaN when there are none).
double meanIgnoringNaN(std::span<const double> values);

}  // namespace reco

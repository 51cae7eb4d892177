#include "core/evaluation/Statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/base/Random.h"

namespace reco {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Continued fraction for I_x(a, b) (Numerical Recipes' betacf, modified Lentz).
double betaContinuedFraction(double a, double b, double x) {
  constexpr int kMaxIterations = 10000;
  constexpr double kEps = 1e-15, kTiny = 1e-300;
  const double qab = a + b, qap = a + 1, qam = a - 1;
  double c = 1, d = 1 - qab * x / qap;
  if (std::fabs(d) < kTiny) d = kTiny;
  d = 1 / d;
  double h = d;
  for (int m = 1; m <= kMaxIterations; ++m) {
    const double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    const double del = d * c;
    h *= del;
    if (std::fabs(del - 1) < kEps) break;
  }
  return h;
}

struct Pairs {
  std::vector<double> diff;
};

Pairs pairedDifferences(std::span<const double> a, std::span<const double> b) {
  if (a.size() != b.size()) throw std::invalid_argument("paired test: the two samples differ in length");
  Pairs p;
  p.diff.reserve(a.size());
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!std::isnan(a[i]) && !std::isnan(b[i])) p.diff.push_back(a[i] - b[i]);
  return p;
}

double quantile(std::vector<double>& sorted, double q) {
  if (sorted.empty()) return kNaN;
  const double pos = q * static_cast<double>(sorted.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(pos));
  const auto hi = std::min(lo + 1, sorted.size() - 1);
  const double frac = pos - static_cast<double>(lo);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
}

}  // namespace

double normalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double regularizedIncompleteBeta(double a, double b, double x) {
  if (!(a > 0) || !(b > 0)) throw std::invalid_argument("incomplete beta: a and b must be positive");
  if (std::isnan(x)) return kNaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double lnFront =
      std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
  const double front = std::exp(lnFront);
  // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry I_x(a,b) = 1 - I_{1-x}(b,a) otherwise.
  if (x < (a + 1) / (a + b + 2)) return front * betaContinuedFraction(a, b, x) / a;
  return 1 - front * betaContinuedFraction(b, a, 1 - x) / b;
}

double studentTCdf(double t, double df) {
  if (!(df > 0)) throw std::invalid_argument("Student t: degrees of freedom must be positive");
  if (std::isnan(t)) return kNaN;
  if (std::isinf(t)) return t > 0 ? 1 : 0;
  const double tail = 0.5 * regularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t));  // P(T > |t|)
  return t > 0 ? 1 - tail : tail;
}

PairedTestResult pairedTTest(std::span<const double> a, std::span<const double> b) {
  auto p = pairedDifferences(a, b);
  PairedTestResult r;
  r.n = p.diff.size();
  if (r.n < 2) {
    r.meanDifference = r.n == 1 ? p.diff[0] : 0;
    r.pValue = 1;
    return r;
  }
  const double n = static_cast<double>(r.n);
  double mean = 0;
  for (double d : p.diff) mean += d;
  mean /= n;
  double ss = 0;
  for (double d : p.diff) ss += (d - mean) * (d - mean);
  const double sd = std::sqrt(ss / (n - 1));
  r.meanDifference = mean;
  if (sd == 0 || sd < 1e-15 * std::fabs(mean)) {
    r.statistic = mean == 0 ? 0 : std::copysign(std::numeric_limits<double>::infinity(), mean);
    r.pValue = mean == 0 ? 1 : 0;
    return r;
  }
  r.statistic = mean / (sd / std::sqrt(n));
  r.pValue = std::min(1.0, 2 * studentTCdf(-std::fabs(r.statistic), n - 1));
  return r;
}

PairedTestResult wilcoxonSignedRank(std::span<const double> a, std::span<const double> b) {
  auto p = pairedDifferences(a, b);
  PairedTestResult r;
  double meanAll = 0;
  for (double d : p.diff) meanAll += d;
  r.meanDifference = p.diff.empty() ? 0 : meanAll / static_cast<double>(p.diff.size());
  std::vector<double> d;
  for (double x : p.diff)
    if (x != 0) d.push_back(x);
  r.n = d.size();
  if (d.empty()) return r;  // p = 1
  std::sort(d.begin(), d.end(), [](double x, double y) { return std::fabs(x) < std::fabs(y); });
  const std::size_t n = d.size();
  double wPlus = 0, wMinus = 0, tieTerm = 0;
  bool ties = false;
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    while (j < n && std::fabs(d[j]) == std::fabs(d[i])) ++j;
    const double midRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
    const double t = static_cast<double>(j - i);
    if (j - i > 1) {
      ties = true;
      tieTerm += t * t * t - t;
    }
    for (std::size_t k = i; k < j; ++k) (d[k] > 0 ? wPlus : wMinus) += midRank;
    i = j;
  }
  r.statistic = std::min(wPlus, wMinus);
  const double nn = static_cast<double>(n);
  if (n <= 50 && !ties) {
    // Exact null distribution: counts of subsets of {1..n} by rank sum.
    const std::size_t maxSum = n * (n + 1) / 2;
    std::vector<double> count(maxSum + 1, 0.0);
    count[0] = 1;
    for (std::size_t k = 1; k <= n; ++k)
      for (std::size_t s = maxSum; s >= k; --s) count[s] += count[s - k];
    double cdf = 0;
    const auto tInt = static_cast<std::size_t>(std::llround(r.statistic));
    for (std::size_t s = 0; s <= tInt; ++s) cdf += count[s];
    r.exact = true;
    r.pValue = std::min(1.0, 2 * cdf / std::ldexp(1.0, static_cast<int>(n)));
    return r;
  }
  const double mean = nn * (nn + 1) / 4;
  const double var = nn * (nn + 1) * (2 * nn + 1) / 24 - tieTerm / 48;
  if (var <= 0) {
    r.pValue = 1;
    return r;
  }
  r.z = (r.statistic - mean) / std::sqrt(var);
  r.pValue = std::min(1.0, 2 * normalCdf(-std::fabs(r.z)));
  return r;
}

std::vector<ConfidenceInterval> bootstrapIntervals(
    std::size_t rows, std::size_t outputs, int replicates, double confidence, std::uint64_t seed,
    const std::function<void(std::span<const std::uint32_t>, std::span<double>)>& statistic) {
  if (replicates < 1) throw std::invalid_argument("bootstrap: at least one replicate needed");
  if (!(confidence > 0 && confidence < 1)) throw std::invalid_argument("bootstrap: confidence must be in (0, 1)");
  std::vector<ConfidenceInterval> out(outputs, ConfidenceInterval{kNaN, kNaN, kNaN});
  if (rows == 0) return out;
  SeededRandom rng(seed);
  std::vector<std::uint32_t> sample(rows);
  std::vector<double> values(outputs);
  std::vector<std::vector<double>> stats(outputs);
  for (auto& s : stats) s.reserve(static_cast<std::size_t>(replicates));
  for (int rep = 0; rep < replicates; ++rep) {
    for (auto& s : sample) s = static_cast<std::uint32_t>(rng.below(rows));
    std::fill(values.begin(), values.end(), kNaN);
    statistic(sample, values);
    for (std::size_t m = 0; m < outputs; ++m)
      if (!std::isnan(values[m])) stats[m].push_back(values[m]);
  }
  const double alpha = (1 - confidence) / 2;
  for (std::size_t m = 0; m < outputs; ++m) {
    std::sort(stats[m].begin(), stats[m].end());
    double mean = 0;
    for (double v : stats[m]) mean += v;
    mean = stats[m].empty() ? kNaN : mean / static_cast<double>(stats[m].size());
    out[m] = {quantile(stats[m], alpha), quantile(stats[m], 1 - alpha), mean};
  }
  return out;
}

std::vector<ConfidenceInterval> bootstrapMeanIntervals(const std::vector<std::vector<double>>& columns, int replicates,
                                                       double confidence, std::uint64_t seed) {
  const std::size_t rows = columns.empty() ? 0 : columns.front().size();
  for (const auto& c : columns)
    if (c.size() != rows) throw std::invalid_argument("bootstrap: columns differ in length");
  return bootstrapIntervals(rows, columns.size(), replicates, confidence, seed,
                            [&](std::span<const std::uint32_t> sample, std::span<double> out) {
                              for (std::size_t m = 0; m < columns.size(); ++m) {
                                double sum = 0;
                                std::size_t cnt = 0;
                                for (auto row : sample) {
                                  const double v = columns[m][row];
                                  if (!std::isnan(v)) {
                                    sum += v;
                                    ++cnt;
                                  }
                                }
                                out[m] = cnt ? sum / static_cast<double>(cnt) : kNaN;
                              }
                            });
}

double meanIgnoringNaN(std::span<const double> values) {
  double sum = 0;
  std::size_t n = 0;
  for (double v : values)
    if (!std::isnan(v)) {
      sum += v;
      ++n;
    }
  return n ? sum / static_cast<double>(n) : kNaN;
}

}  // namespace reco

#include "core/evaluation/ExposureMetrics.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace reco {

double catalogueCoverage(std::span<const double> exposure) {
  if (exposure.empty()) return 0;
  std::size_t covered = 0;
  for (double x : exposure) covered += x > 0 ? 1 : 0;
  return static_cast<double>(covered) / static_cast<double>(exposure.size());
}

double giniIndex(std::span<const double> exposure) {
  const std::size_t n = exposure.size();
  if (n == 0) return 0;
  // Zeros sort first; only the positive values need sorting (there are at most users * k of them).
  std::vector<double> positive;
  for (double x : exposure) {
    if (x < 0) throw std::invalid_argument("Gini index: negative exposure");
    if (x > 0) positive.push_back(x);
  }
  if (positive.empty()) return 0;
  std::sort(positive.begin(), positive.end());
  const double nn = static_cast<double>(n);
  double total = 0, weighted = 0;
  const std::size_t zeros = n - positive.size();
  for (std::size_t j = 0; j < positive.size(); ++j) {
    const double i = static_cast<double>(zeros + j + 1);
    weighted += (2 * i - nn - 1) * positive[j];
    total += positive[j];
  }
  return weighted / (nn * total);
}

double selfInformation(double itemUsers, double users) {
  if (!(itemUsers > 0) || !(users > 0)) throw std::invalid_argument("self-information needs positive counts");
  return -std::log2(itemUsers / users);
}

}  // namespace reco

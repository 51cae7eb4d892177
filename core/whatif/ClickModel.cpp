#include "core/whatif/ClickModel.h"

#include <algorithm>
#include <stdexcept>

namespace reco {

PositionBasedClickModel::PositionBasedClickModel(std::vector<double> examination,
                                                 std::vector<std::vector<double>> attraction)
    : examination_(std::move(examination)), attraction_(std::move(attraction)) {}

PositionBasedClickModel PositionBasedClickModel::fit(const ImpressionLog& log, int iterations, double prior) {
  const std::size_t slots = static_cast<std::size_t>(std::max(log.slots, 1));
  const std::size_t placements = std::max<std::size_t>(log.placements.size(), 1);
  const std::size_t items = log.items.size();
  std::vector<double> theta(slots, 1.0);
  std::vector<std::vector<double>> gamma(placements, std::vector<double>(items, 0.0));
  // Sufficient statistics: impressions and clicks per (placement, slot, item).
  std::vector<std::vector<std::vector<double>>> shown(placements, std::vector<std::vector<double>>(slots, std::vector<double>(items, 0.0)));
  std::vector<std::vector<double>> itemClicks(placements, std::vector<double>(items, 0.0));
  std::vector<double> slotClicks(slots, 0.0), placementClicks(placements, 0.0);
  for (const auto& r : log.rows) {
    const auto p = static_cast<std::size_t>(r.placement), k = static_cast<std::size_t>(r.position - 1),
               a = static_cast<std::size_t>(r.item);
    shown[p][k][a] += 1;
    itemClicks[p][a] += r.click;
    slotClicks[k] += r.click;
    placementClicks[p] += r.click;
  }
  for (int it = 0; it < iterations; ++it) {
    // Attraction given examination, shrunk towards the placement's average.
    for (std::size_t p = 0; p < placements; ++p) {
      double exposure = 0;
      std::vector<double> itemExposure(items, 0.0);
      for (std::size_t k = 0; k < slots; ++k)
        for (std::size_t a = 0; a < items; ++a) itemExposure[a] += theta[k] * shown[p][k][a];
      for (double e : itemExposure) exposure += e;
      const double average = exposure > 0 ? placementClicks[p] / exposure : 0.0;
      for (std::size_t a = 0; a < items; ++a)
        gamma[p][a] = (itemClicks[p][a] + prior * average) / (itemExposure[a] + prior);
    }
    // Examination given attraction.
    double largest = 0;
    for (std::size_t k = 0; k < slots; ++k) {
      double expected = 0;
      for (std::size_t p = 0; p < placements; ++p)
        for (std::size_t a = 0; a < items; ++a) expected += shown[p][k][a] * gamma[p][a];
      theta[k] = expected > 0 ? slotClicks[k] / expected : 0.0;
      largest = std::max(largest, theta[k]);
    }
    if (largest <= 0) break;  // no clicks at all: every prediction is 0
    for (double& t : theta) t /= largest;
  }
  if (std::all_of(theta.begin(), theta.end(), [](double t) { return t <= 0; })) std::fill(theta.begin(), theta.end(), 1.0);
  return PositionBasedClickModel(std::move(theta), std::move(gamma));
}

double PositionBasedClickModel::predict(const LoggedImpression& row, std::int32_t item) const {
  const auto k = static_cast<std::size_t>(row.position - 1), p = static_cast<std::size_t>(row.placement);
  if (k >= examination_.size() || p >= attraction_.size() || item < 0 ||
      static_cast<std::size_t>(item) >= attraction_[p].size())
    return 0.0;
  return std::clamp(examination_[k] * attraction_[p][static_cast<std::size_t>(item)], 0.0, 1.0);
}

std::string PositionBasedClickModel::description() const {
  return "position-based click model (examination per slot x attraction per item), fitted on the logs";
}

}  // namespace reco

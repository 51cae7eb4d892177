#include "core/whatif/ClickModel.h"

#include <algorithm>
#include <stdexcept>

namespace reco {

PositionBasedClickModel::PositionBasedClickModel(std::vector<double> examination,
                                                 std::vector<std::vector<double>> attraction)
    : examination_(std::move(examination)), attraction_(std::move(attraction)) {}

ClickCounts::ClickCounts(std::size_t placements_, std::size_t slots_, std::size_t items_)
    : placements(std::max<std::size_t>(placements_, 1)),
      slots(std::max<std::size_t>(slots_, 1)),
      items(items_),
      shown(placements * slots * items, 0.0),
      clicks(placements * slots * items, 0.0) {}

ClickCounts::ClickCounts(const ImpressionLog& log)
    : ClickCounts(log.placements.size(), static_cast<std::size_t>(std::max(log.slots, 1)), log.items.size()) {
  for (const auto& r : log.rows) add(r);
}

void ClickCounts::clear() {
  std::fill(shown.begin(), shown.end(), 0.0);
  std::fill(clicks.begin(), clicks.end(), 0.0);
}

PositionBasedClickModel PositionBasedClickModel::fit(const ImpressionLog& log, int iterations, double prior) {
  return fit(ClickCounts(log), iterations, prior);
}

PositionBasedClickModel PositionBasedClickModel::fit(const ClickCounts& c, int iterations, double prior,
                                                     const std::vector<double>* start) {
  const std::size_t slots = c.slots, placements = c.placements, items = c.items;
  auto at = [&](std::size_t p, std::size_t k, std::size_t a) { return (p * slots + k) * items + a; };
  std::vector<double> theta = start && start->size() == slots ? *start : std::vector<double>(slots, 1.0);
  for (double& t : theta)
    if (!(t > 0)) t = 1.0;
  std::vector<std::vector<double>> gamma(placements, std::vector<double>(items, 0.0));
  std::vector<std::vector<double>> itemClicks(placements, std::vector<double>(items, 0.0));
  std::vector<double> slotClicks(slots, 0.0), placementClicks(placements, 0.0), itemExposure(items, 0.0);
  for (std::size_t p = 0; p < placements; ++p)
    for (std::size_t k = 0; k < slots; ++k)
      for (std::size_t a = 0; a < items; ++a) {
        const double clicks = c.clicks[at(p, k, a)];
        itemClicks[p][a] += clicks;
        slotClicks[k] += clicks;
        placementClicks[p] += clicks;
      }
  for (int it = 0; it < iterations; ++it) {
    // Attraction given examination, shrunk towards the placement's average.
    for (std::size_t p = 0; p < placements; ++p) {
      std::fill(itemExposure.begin(), itemExposure.end(), 0.0);
      for (std::size_t k = 0; k < slots; ++k)
        for (std::size_t a = 0; a < items; ++a) itemExposure[a] += theta[k] * c.shown[at(p, k, a)];
      double exposure = 0;
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
        for (std::size_t a = 0; a < items; ++a) expected += c.shown[at(p, k, a)] * gamma[p][a];
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

// Reward models for the direct method and doubly robust estimators: what a click model fitted on the logs predicts
// for an item shown in a slot. The position-based click model (Craswell et al. 2008; Chuklin et al. 2015):
// P(click | item a in slot k of placement p) = examination(k) * attraction(p, a).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/whatif/ImpressionLog.h"

namespace reco {

class RewardModel {
 public:
  virtual ~RewardModel() = default;
  // The expected click (0..1) of `item` shown in the slot and context of `row` (its user, time, placement, position).
  virtual double predict(const LoggedImpression& row, std::int32_t item) const = 0;
  virtual std::string description() const = 0;
};

// Impressions and clicks per (placement, slot, item), flat: index (placement * slots + slot - 1) * items + item.
struct ClickCounts {
  ClickCounts(std::size_t placements, std::size_t slots, std::size_t items);
  explicit ClickCounts(const ImpressionLog& log);  // every row of the log
  void add(const LoggedImpression& row) {
    const std::size_t i = index(row);
    shown[i] += 1;
    clicks[i] += row.click;
  }
  std::size_t index(const LoggedImpression& row) const {
    return (static_cast<std::size_t>(row.placement) * slots + static_cast<std::size_t>(row.position - 1)) * items +
           static_cast<std::size_t>(row.item);
  }
  void clear();
  std::size_t placements, slots, items;
  std::vector<double> shown, clicks;
};

class PositionBasedClickModel : public RewardModel {
 public:
  // examination[k - 1] per slot k; attraction[placement][item] in ImpressionLog order.
  PositionBasedClickModel(std::vector<double> examination, std::vector<std::vector<double>> attraction);

  // Fits the model on the logged clicks by alternating maximum-likelihood updates of a Poisson rate model (close to
  // the Bernoulli likelihood when click rates are small), examination normalised to 1 in its largest slot. Each
  // item's attraction is shrunk towards its placement's average by `prior` examination-weighted impressions, so an
  // item shown a few times without a click does not get zero.
  static PositionBasedClickModel fit(const ImpressionLog& log, int iterations = 50, double prior = 100.0);
  // From counts; `start` (examination per slot), when given, is where the iterations start (a warm start from a fit
  // on similar data, e.g. the full sample for a bootstrap resample, needs only a few).
  static PositionBasedClickModel fit(const ClickCounts& counts, int iterations = 50, double prior = 100.0,
                                     const std::vector<double>* start = nullptr);

  double predict(const LoggedImpression& row, std::int32_t item) const override;
  std::string description() const override;
  const std::vector<double>& examination() const { return examination_; }
  const std::vector<std::vector<double>>& attraction() const { return attraction_; }

 private:
  std::vector<double> examination_;
  std::vector<std::vector<double>> attraction_;
};

}  // namespace reco

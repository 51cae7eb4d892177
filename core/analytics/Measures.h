// The additive counts behind every analytics figure, and the ratios derived from them (NaN when undefined).
#pragma once

#include <cstdint>
#include <limits>

namespace reco {

// Adds the five measures of anything that has them (Measures, rollup rows, cube facts) to another such thing.
template <class To, class From>
void addMeasures(To& to, const From& from) {
  to.impressions += from.impressions;
  to.clicks += from.clicks;
  to.addToCarts += from.addToCarts;
  to.purchases += from.purchases;
  to.revenue += from.revenue;
}

struct Measures {
  std::int64_t impressions = 0;
  std::int64_t clicks = 0;
  std::int64_t addToCarts = 0;
  std::int64_t purchases = 0;
  double revenue = 0;  // sum of purchase revenue

  Measures& operator+=(const Measures& o) {
    addMeasures(*this, o);
    return *this;
  }
  bool operator==(const Measures&) const = default;

  static double ratio(double num, double den) { return den > 0 ? num / den : std::numeric_limits<double>::quiet_NaN(); }
  double ctr() const { return ratio(static_cast<double>(clicks), static_cast<double>(impressions)); }
  double conversionPerClick() const { return ratio(static_cast<double>(purchases), static_cast<double>(clicks)); }
  double conversionPerImpression() const {
    return ratio(static_cast<double>(purchases), static_cast<double>(impressions));
  }
  double cartRate() const { return ratio(static_cast<double>(addToCarts), static_cast<double>(clicks)); }
  double rpm() const { return ratio(revenue * 1000.0, static_cast<double>(impressions)); }  // revenue per 1,000 impressions
  double aov() const { return ratio(revenue, static_cast<double>(purchases)); }             // average order value
};

}  // namespace reco

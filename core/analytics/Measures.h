// The additive counts behind every analytics figure, and the ratios derived from them (NaN when undefined).
#pragma once

#include <cstdint>
#include <limits>

namespace reco {

struct Measures {
  std::int64_t impressions = 0;
  std::int64_t clicks = 0;
  std::int64_t addToCarts = 0;
  std::int64_t purchases = 0;
  double revenue = 0;  // sum of purchase revenue

  Measures& operator+=(const Measures& o) {
    impressions += o.impressions;
    clicks += o.clicks;
    addToCarts += o.addToCarts;
    purchases += o.purchases;
    revenue += o.revenue;
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

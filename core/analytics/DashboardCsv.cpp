#include "core/analytics/DashboardCsv.h"

#include <cmath>

#include "core/base/CsvText.h"
#include "core/base/NumberText.h"

namespace reco {

namespace {

std::string ratioText(double v) { return std::isfinite(v) ? formatSignificant(v, 12) : std::string(); }

}  // namespace

std::string writeGroupsCsv(const std::vector<Group>& groups, const std::string& keyHeader, bool withActiveUsers) {
  std::string out = csvField(keyHeader) + ",label,impressions,clicks,ctr,add_to_carts,purchases,conversion_rate,revenue";
  if (withActiveUsers) out += ",active_users";
  out += '\n';
  for (const Group& g : groups) {
    out += csvField(g.key) + ',' + csvField(g.label) + ',' + std::to_string(g.m.impressions) + ',' +
           std::to_string(g.m.clicks) + ',' + ratioText(g.m.ctr()) + ',' + std::to_string(g.m.addToCarts) + ',' +
           std::to_string(g.m.purchases) + ',' + ratioText(g.m.conversionPerClick()) + ',' + ratioText(g.m.revenue);
    if (withActiveUsers) out += ',' + std::to_string(g.activeUsers);
    out += '\n';
  }
  return out;
}

std::string writeFunnelCsv(const std::vector<FunnelFigures>& funnel) {
  std::string out = "group,impressions,clicks,add_to_carts,purchases\n";
  for (const FunnelFigures& f : funnel)
    out += csvField(f.name) + ',' + std::to_string(f.m.impressions) + ',' + std::to_string(f.m.clicks) + ',' +
           std::to_string(f.m.addToCarts) + ',' + std::to_string(f.m.purchases) + '\n';
  return out;
}

std::string writeAbCsv(const AbComparison& ab) {
  std::string out = "variant," + ab.successName + ',' + ab.trialName + ",rate,ci_low,ci_high,lift,z,p_value\n";
  for (const AbArm& a : ab.arms)
    out += csvField(a.name) + ',' + std::to_string(a.successes) + ',' + std::to_string(a.trials) + ',' +
           ratioText(a.rate) + ',' + ratioText(a.ci.low) + ',' + ratioText(a.ci.high) + ',' + ratioText(a.lift) +
           ',' + ratioText(a.z) + ',' + ratioText(a.p) + '\n';
  return out;
}

}  // namespace reco

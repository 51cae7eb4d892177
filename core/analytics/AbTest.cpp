#include "core/analytics/AbTest.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace reco {

ProportionInterval wilsonInterval(std::int64_t successes, std::int64_t trials, double z) {
  if (trials <= 0) return {0, 1};
  const double n = static_cast<double>(trials);
  const double p = static_cast<double>(successes) / n;
  const double z2 = z * z;
  const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
  // At 0% and 100% the bound is exactly 0 or 1 (the formula leaves rounding noise there).
  return {successes <= 0 ? 0.0 : std::max(0.0, centre - half), successes >= trials ? 1.0 : std::min(1.0, centre + half)};
}

ProportionInterval differenceInterval(std::int64_t s1, std::int64_t n1, std::int64_t s2, std::int64_t n2) {
  if (n1 <= 0 || n2 <= 0) return {-1, 1};
  const double p1 = static_cast<double>(s1) / static_cast<double>(n1);
  const double p2 = static_cast<double>(s2) / static_cast<double>(n2);
  const ProportionInterval c1 = wilsonInterval(s1, n1), c2 = wilsonInterval(s2, n2);
  const double d = p2 - p1;
  return {d - std::sqrt((p2 - c2.low) * (p2 - c2.low) + (c1.high - p1) * (c1.high - p1)),
          d + std::sqrt((c2.high - p2) * (c2.high - p2) + (p1 - c1.low) * (p1 - c1.low))};
}

ZTestResult twoProportionZTest(std::int64_t s1, std::int64_t n1, std::int64_t s2, std::int64_t n2) {
  if (n1 <= 0 || n2 <= 0) return {};
  const double p1 = static_cast<double>(s1) / static_cast<double>(n1);
  const double p2 = static_cast<double>(s2) / static_cast<double>(n2);
  const double pooled = static_cast<double>(s1 + s2) / static_cast<double>(n1 + n2);
  const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / static_cast<double>(n1) + 1.0 / static_cast<double>(n2)));
  if (se <= 0) return {};
  ZTestResult r;
  r.z = (p2 - p1) / se;
  r.p = std::erfc(std::fabs(r.z) / std::sqrt(2.0));
  return r;
}

std::string formatPValue(double p) {
  if (p < 0.001) return "p < 0.001";
  char buf[32];
  std::snprintf(buf, sizeof buf, "p = %.3f", p);
  return buf;
}

namespace {
std::string formatLift(double lift) {
  char buf[32];
  const double pct = std::fabs(lift) * 100.0;
  std::snprintf(buf, sizeof buf, pct >= 10 ? "%.0f%%" : "%.1f%%", pct);
  return buf;
}
}  // namespace

AbComparison compareArms(const std::string& metric, const std::string& successName, const std::string& trialName,
                         const std::vector<AbArm>& input) {
  AbComparison out;
  out.metric = metric;
  out.successName = successName;
  out.trialName = trialName;
  out.arms = input;
  for (AbArm& a : out.arms) {
    if (a.successes < 0 || a.trials < 0 || a.successes > a.trials)
      throw std::invalid_argument("variant " + a.name + ": " + std::to_string(a.successes) + " " + successName +
                                  " out of " + std::to_string(a.trials) + " " + trialName +
                                  " is not a proportion");
    a.rate = a.trials > 0 ? static_cast<double>(a.successes) / static_cast<double>(a.trials) : 0.0;
    a.ci = wilsonInterval(a.successes, a.trials);
    a.smallSample = a.successes < 10 || a.trials - a.successes < 10;
  }
  if (out.arms.size() < 2) {
    out.verdict = out.arms.empty() ? "No variants in the selection; nothing to compare."
                                   : "Only variant " + out.arms[0].name + " is in the selection; nothing to compare.";
  } else {
    const AbArm& base = out.arms[0];
    for (std::size_t i = 1; i < out.arms.size(); ++i) {
      AbArm& a = out.arms[i];
      ZTestResult t = twoProportionZTest(base.successes, base.trials, a.successes, a.trials);
      a.z = t.z;
      a.p = t.p;
      a.significant = t.p < 0.05;
      a.lift = base.rate > 0 ? a.rate / base.rate - 1.0 : 0.0;
      a.difference = a.rate - base.rate;
      a.differenceCi = differenceInterval(base.successes, base.trials, a.successes, a.trials);
      std::string sentence;
      if (base.trials == 0 || a.trials == 0) {
        sentence = "No " + trialName + " for " + (a.trials == 0 ? a.name : base.name) + "; cannot compare.";
      } else if (base.rate <= 0 && a.rate <= 0) {
        sentence = "Neither " + base.name + " nor " + a.name + " has any " + successName + ".";
      } else if (a.significant) {
        sentence = a.name + "'s " + metric + " is " +
                   (base.rate > 0 ? formatLift(a.lift) + (a.lift >= 0 ? " higher" : " lower") + " than "
                                  : std::string("higher than ")) +
                   base.name + "'s (" + formatPValue(a.p) + ").";
      } else {
        sentence = "No significant difference in " + metric + " between " + a.name + " and " + base.name + " (" +
                   a.name + " is " + formatLift(a.lift) + (a.lift >= 0 ? " higher" : " lower") + ", " +
                   formatPValue(a.p) + ").";
      }
      if (!out.verdict.empty()) out.verdict += " ";
      out.verdict += sentence;
    }
  }
  std::string small;
  for (const AbArm& a : out.arms)
    if (a.smallSample) {
      if (!small.empty()) small += ", ";
      small += a.name + " (" + std::to_string(a.successes) + " " + successName + " of " + std::to_string(a.trials) +
               " " + trialName + ")";
    }
  if (!small.empty())
    out.warning = "Samples are too small for a reliable test: " + small +
                  ". Each variant needs at least 10 " + successName + " and 10 without.";
  return out;
}

}  // namespace reco

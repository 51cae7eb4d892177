// Statistics for A/B comparisons of proportions: Wilson score intervals, the pooled two-proportion z-test, relative
// lift, and a plain-words verdict with a small-sample warning.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace reco {

struct ProportionInterval {
  double low = 0;
  double high = 0;
};

// 95% (z = 1.959964) Wilson score interval for successes out of trials; [0, 1] when trials is 0.
ProportionInterval wilsonInterval(std::int64_t successes, std::int64_t trials, double z = 1.959963984540054);

// 95% interval of the difference s2/n2 - s1/n1: Newcombe's hybrid score interval (his method 10), built from the two
// Wilson intervals: [d - sqrt((p2 - l2)^2 + (u1 - p1)^2), d + sqrt((u2 - p2)^2 + (p1 - l1)^2)]. Unlike the Wald
// interval it stays sensible near 0% and 100%. [-1, 1] when either has no trials.
ProportionInterval differenceInterval(std::int64_t s1, std::int64_t n1, std::int64_t s2, std::int64_t n2);

struct ZTestResult {
  double z = 0;  // positive when the second proportion is higher
  double p = 1;  // two-sided p-value
};

// Pooled two-proportion z-test of s2/n2 against s1/n1. z = 0, p = 1 when undefined (no trials, or 0% / 100% both).
ZTestResult twoProportionZTest(std::int64_t s1, std::int64_t n1, std::int64_t s2, std::int64_t n2);

struct AbArm {
  std::string name;
  std::int64_t successes = 0;  // clicks for CTR, purchases for conversion
  std::int64_t trials = 0;     // impressions for CTR, clicks for conversion
  double rate = 0;
  ProportionInterval ci;
  // Against the baseline arm (the first): relative lift of the rate, z and p. Zero for the baseline itself.
  double lift = 0;
  double z = 0;
  double p = 1;
  bool significant = false;  // p < 0.05
  bool smallSample = false;  // fewer than 10 successes or 10 failures: the normal approximation is unreliable
  // Against the baseline: the rate minus the baseline's rate, and its 95% interval (differenceInterval). Zero for the
  // baseline itself.
  double difference = 0;
  ProportionInterval differenceCi;
};

struct AbComparison {
  std::string metric;     // "CTR" or "conversion"
  std::string successName, trialName;  // "clicks" / "impressions"
  std::vector<AbArm> arms;  // arms[0] is the baseline
  std::string verdict;      // e.g. "B's CTR is 12% higher than A's (p = 0.003)."
  std::string warning;      // non-empty when samples are too small
};

// arms: (name, successes, trials); the first is the baseline. Throws std::invalid_argument when successes exceed
// trials or are negative.
AbComparison compareArms(const std::string& metric, const std::string& successName, const std::string& trialName,
                         const std::vector<AbArm>& arms);

// "p = 0.003", "p < 0.001".
std::string formatPValue(double p);

}  // namespace reco

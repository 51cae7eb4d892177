// Throughput figures of the applier and the linter (disabled by default: they print numbers, they assert little).
// Run: test_core_curation --gtest_also_run_disabled_tests --gtest_filter='*Throughput*'
#include <gtest/gtest.h>

#include <ctime>
#include <random>

#include "CurationTestUtil.h"
#include "core/curation/RuleLinter.h"

using namespace reco;
using namespace reco::test;

namespace {

// CPU time of this thread, so the figures do not depend on how busy the machine is.
double cpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

// "i42": built by appending (g++ 12 -O3 warns falsely on "literal" + std::string).
std::string label(char prefix, long long n) {
  std::string s(1, prefix);
  s += std::to_string(n);
  return s;
}

RuleSet realisticRuleSet(std::mt19937_64& rng, int rules) {
  RuleSet rs;
  rs.segments = {Segment::withExpression("dach mobile", "country in (\"DE\", \"AT\", \"CH\") and device = \"mobile\""),
                 Segment::withExpression("heavy", "orders >= 3"), Segment::withUserIds("vip", {"u1", "u2", "u3"})};
  const std::vector<std::string> segs = {"all users", "dach mobile", "heavy", "vip"};
  std::uniform_int_distribution<int> item(0, 4999), cat(0, 19), kind(0, 7), seg(0, 3), pos(1, 20);
  for (int k = 1; k <= rules; ++k) {
    Rule r = makeRule(k, allRuleKinds()[static_cast<std::size_t>(kind(rng))], segs[static_cast<std::size_t>(seg(rng))]);
    if (r.targetsItem()) r.item = label('i', item(rng));
    if (r.kind != RuleKind::PinItem && r.kind != RuleKind::BanItem && !r.targetsItem()) r.category = label('c', cat(rng));
    r.position = r.kind == RuleKind::PinItem ? pos(rng) : 0;
    r.factor = r.isBoost() ? 1.5 : r.isBury() ? 0.5 : 1.0;
    r.maxItems = r.kind == RuleKind::CategoryCap ? 3 : 0;
    rs.rules.push_back(r);
  }
  return rs;
}

}  // namespace

TEST(RuleApplierThroughput, DISABLED_ApplyPerSecond) {
  std::mt19937_64 rng(1);
  for (int rules : {10, 100, 1000}) {
    RuleApplier applier(realisticRuleSet(rng, rules));
    std::vector<CurationRequest> requests(256);
    std::uniform_real_distribution<double> score(-1, 1);
    for (std::size_t i = 0; i < requests.size(); ++i) {
      auto& q = requests[i];
      q.userId = label('u', i);
      q.attributes = {{"country", i % 2 ? "DE" : "FR"}, {"device", "mobile"}, {"orders", std::to_string(i % 6)}};
      q.time = 1750000000;
      q.n = 20;
      for (int c = 0; c < 500; ++c) q.ranking.push_back({label('i', (c * 7 + i) % 5000), label('c', c % 20), score(rng)});
    }
    const int total = 20000;
    std::size_t shown = 0;
    double t0 = cpuSeconds();
    for (int k = 0; k < total; ++k) shown += applier.apply(requests[static_cast<std::size_t>(k) % requests.size()]).entries.size();
    double s = cpuSeconds() - t0;
    std::printf("apply: %4d rules, 500 candidates, n=20: %8.0f requests per CPU second (%.1f us each)\n", rules,
                total / s, 1e6 * s / total);
    EXPECT_GT(shown, 0u);
  }
}

TEST(RuleApplierThroughput, DISABLED_LintPerSecond) {
  std::mt19937_64 rng(2);
  for (int rules : {100, 1000}) {
    RuleSet rs = realisticRuleSet(rng, rules);
    double t0 = cpuSeconds();
    auto findings = RuleLinter::lint(rs, {});
    double s = cpuSeconds() - t0;
    std::printf("lint: %4d rules: %.1f ms CPU, %zu findings\n", rules, 1e3 * s, findings.size());
  }
}

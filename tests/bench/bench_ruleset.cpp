// Writes a valid rule-set document of about N MB (tests/common/SyntheticRuleSet.h) for measuring `recoengine-cli
// rules check / import / export` on it with /usr/bin/time -v (docs/ruleset-spec.md, "Bounds", gives the figures).
//
//   bench_ruleset [--mb N] OUT.json        (default 200 MB)
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "tests/common/SyntheticRuleSet.h"

int main(int argc, char** argv) {
  double mb = 200;
  std::string out;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--mb" && i + 1 < argc) mb = std::atof(argv[++i]);
    else out = a;
  }
  if (out.empty() || mb <= 0) {
    std::fprintf(stderr, "usage: bench_ruleset [--mb N] OUT.json\n");
    return 2;
  }
  const std::string text = reco_test::syntheticRuleSetText(static_cast<std::size_t>(mb * 1024 * 1024));
  std::ofstream f(out, std::ios::binary);
  f << text;
  if (!f) {
    std::fprintf(stderr, "bench_ruleset: cannot write %s\n", out.c_str());
    return 1;
  }
  std::printf("wrote %s (%zu bytes)\n", out.c_str(), text.size());
  return 0;
}

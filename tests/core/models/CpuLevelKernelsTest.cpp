// The kernels of every CPU level this machine runs (baseline, x86-64-v3, x86-64-v4) give the baseline's results
// within float tolerance: models fitted and served at each level are compared with the same work at the baseline.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <cmath>
#include <set>
#include <stdexcept>
#include <string>

#include "core/data/InteractionMatrix.h"
#include "core/kernels/CpuLevel.h"
#include "core/kernels/KernelTable.h"
#include "core/models/FactorRecommender.h"
#include "core/models/Recommender.h"
#include "core/models/RecommenderBase.h"
#include "core/models/Rng.h"

namespace reco {
namespace {

class ScopedCpuLevel {
 public:
  explicit ScopedCpuLevel(CpuLevel level) : saved_(cpuLevel()) { setCpuLevel(level); }
  ~ScopedCpuLevel() { setCpuLevel(saved_); }
  ScopedCpuLevel(const ScopedCpuLevel&) = delete;
  ScopedCpuLevel& operator=(const ScopedCpuLevel&) = delete;

 private:
  CpuLevel saved_;
};

// 300 users x 240 items, about 30 interactions each with weights 1..5, Zipf-like item popularity; users 0 and 1
// empty. Large enough that Eigen takes its blocked GEMM and the factor kernels their vector loops.
InteractionMatrix randomMatrix() {
  Rng rng(11);
  std::vector<Triplet> t;
  for (int u = 2; u < 300; ++u) {
    std::set<int> chosen;
    const int count = 10 + static_cast<int>(rng.below(40));
    while (static_cast<int>(chosen.size()) < count) {
      const float r = rng.uniform();
      chosen.insert(static_cast<int>(240.0f * r * r));
    }
    for (int i : chosen) t.push_back({u, i, 1.0f + static_cast<float>(rng.below(5))});
  }
  return InteractionMatrix::fromTriplets(300, 240, t);
}

std::vector<CpuLevel> levelsAboveBaseline() {
  auto levels = runnableCpuLevels();
  levels.erase(levels.begin());
  return levels;
}

// |a - b| <= tol * max(1, |a|, |b|) for every element.
void expectClose(const std::vector<float>& base, const std::vector<float>& other, float tol, const std::string& what) {
  ASSERT_EQ(base.size(), other.size()) << what;
  float worst = 0;
  std::size_t at = 0;
  for (std::size_t i = 0; i < base.size(); ++i) {
    const float scale = std::max({1.0f, std::fabs(base[i]), std::fabs(other[i])});
    const float err = std::fabs(base[i] - other[i]) / scale;
    ASSERT_TRUE(std::isfinite(other[i])) << what << " element " << i;
    if (err > worst) worst = err, at = i;
  }
  EXPECT_LE(worst, tol) << what << ": element " << at << " is " << other[at] << ", baseline " << base[at];
}

std::unique_ptr<Recommender> fitAt(CpuLevel level, const std::string& algo, const ModelParams& params,
                                   const InteractionMatrix& m) {
  ScopedCpuLevel scoped(level);
  auto model = createRecommender(algo);
  model->fit(m, params);
  return model;
}

std::vector<float> factorsOf(const Recommender& model) {
  const auto& f = dynamic_cast<const FactorRecommender&>(model);
  std::vector<float> all = f.userFactors();
  all.insert(all.end(), f.itemFactors().begin(), f.itemFactors().end());
  all.insert(all.end(), f.itemBias().begin(), f.itemBias().end());
  return all;
}

std::vector<float> allScores(const Recommender& model, int users, int items) {
  std::vector<float> out(static_cast<std::size_t>(users) * items);
  for (int u = 0; u < users; ++u)
    model.scoreItems(u, std::span<float>(out.data() + static_cast<std::size_t>(u) * items, static_cast<std::size_t>(items)));
  return out;
}

TEST(CpuLevels, NamesParseAndEveryRunnableLevelHasItsTable) {
  const auto levels = runnableCpuLevels();
  ASSERT_FALSE(levels.empty());
  for (CpuLevel level : levels) {
    EXPECT_EQ(kernelTableFor(level).level, level);
    EXPECT_EQ(parseCpuLevel(cpuLevelName(level)), level);
  }
  EXPECT_EQ(std::string(cpuLevelName(CpuLevel::V4)), "v4");
  try {
    parseCpuLevel("x86-64-v4");
    FAIL() << "an unknown level was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("baseline, v3 or v4"), std::string::npos) << e.what();
  }
  // The start-up choice is the highest runnable level unless RECO_CPU lowers it.
  if (!std::getenv("RECO_CPU")) {
    EXPECT_EQ(cpuLevel(), levels.back());
  }
}

TEST(CpuLevels, SwitchingChangesTheTableInUse) {
  for (CpuLevel level : runnableCpuLevels()) {
    ScopedCpuLevel scoped(level);
    EXPECT_EQ(cpuLevel(), level);
    EXPECT_EQ(&kernelTable(), &kernelTableFor(level));
  }
}

class LevelKernels : public ::testing::Test {
 protected:
  void SetUp() override {
    if (levelsAboveBaseline().empty())
      GTEST_SKIP() << "this build or CPU has a single kernel level (" << cpuLevelName(runnableCpuLevels().front())
                   << ")";
  }
  const InteractionMatrix m_ = randomMatrix();
  const CpuLevel base_ = runnableCpuLevels().front();
};

TEST_F(LevelKernels, IalsConjugateGradientMatchesBaseline) {
  for (int k : {64, 20}) {  // a hot size with compile-time length, and a run-time one
    const ModelParams p{{"factors", k}, {"iterations", 4}, {"solver", 1}, {"loss", 0}, {"threads", 2}};
    const auto reference = factorsOf(*fitAt(base_, "ials", p, m_));
    for (CpuLevel level : levelsAboveBaseline())
      expectClose(reference, factorsOf(*fitAt(level, "ials", p, m_)), 2e-3f,
                  std::string("iALS CG k=") + std::to_string(k) + " at " + cpuLevelName(level));
  }
}

TEST_F(LevelKernels, IalsExactCholeskyMatchesBaseline) {
  const ModelParams p{{"factors", 32}, {"iterations", 4}, {"solver", 0}, {"loss", 0}, {"threads", 2}};
  const auto reference = factorsOf(*fitAt(base_, "ials", p, m_));
  for (CpuLevel level : levelsAboveBaseline())
    expectClose(reference, factorsOf(*fitAt(level, "ials", p, m_)), 2e-3f,
                std::string("iALS exact at ") + cpuLevelName(level));
}

TEST_F(LevelKernels, BprMatchesBaseline) {
  // One thread: the sampling sequence is then fixed, and only the arithmetic differs between levels.
  const ModelParams p{{"factors", 64}, {"epochs", 5}, {"learning_rate", 0.05}, {"threads", 1}};
  const auto reference = factorsOf(*fitAt(base_, "bpr", p, m_));
  for (CpuLevel level : levelsAboveBaseline())
    expectClose(reference, factorsOf(*fitAt(level, "bpr", p, m_)), 1e-3f, std::string("BPR at ") + cpuLevelName(level));
}

TEST_F(LevelKernels, EaseMatchesBaseline) {
  const ModelParams p{{"lambda", 50}, {"threads", 2}};
  const auto reference = allScores(*fitAt(base_, "ease", p, m_), m_.rows(), m_.cols());
  for (CpuLevel level : levelsAboveBaseline()) {
    const auto model = fitAt(level, "ease", p, m_);
    ScopedCpuLevel scoped(level);  // scoring at the level too
    expectClose(reference, allScores(*model, m_.rows(), m_.cols()), 2e-3f,
                std::string("EASE scores at ") + cpuLevelName(level));
  }
}

TEST_F(LevelKernels, FactorScoringAndAllUsersTopNMatchBaseline) {
  const auto model = fitAt(base_, "ials", {{"factors", 64}, {"iterations", 3}, {"loss", 0}, {"threads", 2}}, m_);
  const auto refScores = allScores(*model, m_.rows(), m_.cols());
  std::vector<std::vector<ScoredItem>> refTop;
  {
    ScopedCpuLevel scoped(base_);
    refTop = model->recommendAll(10, true, 2);
  }
  for (CpuLevel level : levelsAboveBaseline()) {
    ScopedCpuLevel scoped(level);
    const std::string at = std::string(" at ") + cpuLevelName(level);
    expectClose(refScores, allScores(*model, m_.rows(), m_.cols()), 1e-4f, "scores" + at);
    const auto top = model->recommendAll(10, true, 2);
    ASSERT_EQ(top.size(), refTop.size());
    for (std::size_t u = 0; u < top.size(); ++u) {
      ASSERT_EQ(top[u].size(), refTop[u].size()) << "user " << u << at;
      for (std::size_t r = 0; r < top[u].size(); ++r) {
        // Same score at every rank; an item may only differ from the baseline's where two scores nearly tie.
        EXPECT_NEAR(top[u][r].score, refTop[u][r].score, 1e-4f * std::max(1.0f, std::fabs(refTop[u][r].score)))
            << "user " << u << " rank " << r << at;
        const float baselineScore = refScores[u * static_cast<std::size_t>(m_.cols()) + static_cast<std::size_t>(top[u][r].item)];
        EXPECT_NEAR(top[u][r].score, baselineScore, 1e-4f * std::max(1.0f, std::fabs(baselineScore)))
            << "user " << u << " rank " << r << at;
      }
    }
  }
}

}  // namespace
}  // namespace reco

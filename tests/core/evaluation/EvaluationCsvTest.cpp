// The Evaluate tab's CSV export, pinned byte for byte on a small report: quoting, reading order of the metrics,
// missing values, ties in rounding (42.5 users, 1000.125 seconds, 2^-15 as a metric), the baseline's comparisons in
// both stored directions, and segment rows. The expected text is what the GUI wrote before the format moved to core.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/evaluation/EvaluationCsv.h"
#include "core/evaluation/EvaluationJson.h"

namespace reco {
namespace {

EvaluationReport sampleReport() {
  return readEvaluationReport(nlohmann::json::parse(R"json(
{"split": "stratified-user:0.75", "seed": 42, "seeds": 2, "k": [10], "relevant_threshold": null, "bootstrap": 100,
 "repetitions": 2, "users": 42.5, "cold_start_users": 0, "train_interactions": 300, "test_interactions": 100,
 "catalogue_items": 50, "segment_attribute": "", "seconds": 2.5, "confidence": 0.95,
 "models": [
  {"model": "popular", "algorithm": "popular", "params": {}, "seconds": 1000.125, "fit_seconds": 1000, "score_seconds": 0.125,
   "ndcg@10": {"value": 0.2, "ci": [0.18, 0.22]}, "precision@10": {"value": 0.000030517578125, "ci": [null, null]},
   "map": {"value": null, "ci": [null, null]}, "coverage": {"value": 0.1, "ci": [0.05, 0.15]},
   "zeta": {"value": 123456789012.5, "ci": [1, 2]}, "per_repetition": [],
   "segments": [{"group": "activity", "segment": "cold", "users": 12.5, "metrics": {"ndcg@10": 0.1, "map": null}},
                {"group": "country", "segment": "DE, \"AT\"", "users": 3, "metrics": {"ndcg@10": 1e-7}}]},
  {"model": "ials, tuned", "algorithm": "ials", "params": {"factors": 32, "regularization": 1000.125, "alpha": 0.000030517578125},
   "seconds": 0.25, "fit_seconds": 0.2, "score_seconds": 0.05,
   "ndcg@10": {"value": 0.3, "ci": [0.28, 0.32]}, "precision@10": {"value": 0.09, "ci": [0.08, 0.1]},
   "map": {"value": 0.05, "ci": [0.04, 0.06]}, "zeta": {"value": -0.5, "ci": [null, null]}, "per_repetition": [],
   "segments": [{"group": "activity", "segment": "", "users": 2.5, "metrics": {"ndcg@10": 0.2}}]}],
 "comparisons": [
  {"a": "popular", "b": "ials, tuned", "metric": "ndcg@10", "mean_difference": -0.1, "t": 0, "t_p": 0.001,
   "wilcoxon_statistic": 0, "wilcoxon_p": 0.002, "wilcoxon_exact": false, "pairs": 42},
  {"a": "ials, tuned", "b": "popular", "metric": "precision@10", "mean_difference": 0.0899694824, "t": 0, "t_p": null,
   "wilcoxon_statistic": 0, "wilcoxon_p": 0.5, "wilcoxon_exact": true, "pairs": 42}]}
)json"));
}

const std::string kHeader =
    "section,model,algorithm,params,breakdown,segment,users,metric,value,ci_low,ci_high,baseline,"
    "difference_vs_baseline,t_test_p,wilcoxon_p,seconds\r\n";

TEST(EvaluationCsv, BaselineFirstModel) {
  const std::string expected =
      "section,model,algorithm,params,breakdown,segment,users,metric,value,ci_low,ci_high,baseline,difference_vs_baseline,t_test_p,wilcoxon_p,seconds\r\n"
      "overall,popular,popular,,,,43,precision@10,3.051757813e-05,,,popular,,,,1000.13\r\n"
      "overall,popular,popular,,,,43,ndcg@10,0.2,0.18,0.22,popular,,,,1000.13\r\n"
      "overall,popular,popular,,,,43,map,,,,popular,,,,1000.13\r\n"
      "overall,popular,popular,,,,43,coverage,0.1,0.05,0.15,popular,,,,1000.13\r\n"
      "overall,popular,popular,,,,43,zeta,1.23456789e+11,1,2,popular,,,,1000.13\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,precision@10,0.09,0.08,0.1,popular,0.0899694824,1,0.5,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,ndcg@10,0.3,0.28,0.32,popular,0.1,0.001,0.002,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,map,0.05,0.04,0.06,popular,,,,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,coverage,,,,popular,,,,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,zeta,-0.5,,,popular,,,,0.25\r\n"
      "segment,popular,popular,,activity,cold,13,map,,,,,,,,\r\n"
      "segment,popular,popular,,activity,cold,13,ndcg@10,0.1,,,,,,,\r\n"
      "segment,popular,popular,,country,\"DE, \"\"AT\"\"\",3,ndcg@10,1e-07,,,,,,,\r\n"
      "segment,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",activity,,3,ndcg@10,0.2,,,,,,,\r\n";
  EXPECT_EQ(writeEvaluationCsv(sampleReport(), 0), expected);
}

TEST(EvaluationCsv, BaselineSecondModelFlipsTheStoredDifference) {
  const std::string expected =
      "section,model,algorithm,params,breakdown,segment,users,metric,value,ci_low,ci_high,baseline,difference_vs_baseline,t_test_p,wilcoxon_p,seconds\r\n"
      "overall,popular,popular,,,,43,precision@10,3.051757813e-05,,,\"ials, tuned\",-0.0899694824,1,0.5,1000.13\r\n"
      "overall,popular,popular,,,,43,ndcg@10,0.2,0.18,0.22,\"ials, tuned\",-0.1,0.001,0.002,1000.13\r\n"
      "overall,popular,popular,,,,43,map,,,,\"ials, tuned\",,,,1000.13\r\n"
      "overall,popular,popular,,,,43,coverage,0.1,0.05,0.15,\"ials, tuned\",,,,1000.13\r\n"
      "overall,popular,popular,,,,43,zeta,1.23456789e+11,1,2,\"ials, tuned\",,,,1000.13\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,precision@10,0.09,0.08,0.1,\"ials, tuned\",,,,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,ndcg@10,0.3,0.28,0.32,\"ials, tuned\",,,,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,map,0.05,0.04,0.06,\"ials, tuned\",,,,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,coverage,,,,\"ials, tuned\",,,,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,zeta,-0.5,,,\"ials, tuned\",,,,0.25\r\n"
      "segment,popular,popular,,activity,cold,13,map,,,,,,,,\r\n"
      "segment,popular,popular,,activity,cold,13,ndcg@10,0.1,,,,,,,\r\n"
      "segment,popular,popular,,country,\"DE, \"\"AT\"\"\",3,ndcg@10,1e-07,,,,,,,\r\n"
      "segment,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",activity,,3,ndcg@10,0.2,,,,,,,\r\n";
  EXPECT_EQ(writeEvaluationCsv(sampleReport(), 1), expected);
}

TEST(EvaluationCsv, NoBaselineLeavesTheComparisonColumnsEmpty) {
  const std::string expected =
      "section,model,algorithm,params,breakdown,segment,users,metric,value,ci_low,ci_high,baseline,difference_vs_baseline,t_test_p,wilcoxon_p,seconds\r\n"
      "overall,popular,popular,,,,43,precision@10,3.051757813e-05,,,,,,,1000.13\r\n"
      "overall,popular,popular,,,,43,ndcg@10,0.2,0.18,0.22,,,,,1000.13\r\n"
      "overall,popular,popular,,,,43,map,,,,,,,,1000.13\r\n"
      "overall,popular,popular,,,,43,coverage,0.1,0.05,0.15,,,,,1000.13\r\n"
      "overall,popular,popular,,,,43,zeta,1.23456789e+11,1,2,,,,,1000.13\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,precision@10,0.09,0.08,0.1,,,,,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,ndcg@10,0.3,0.28,0.32,,,,,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,map,0.05,0.04,0.06,,,,,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,coverage,,,,,,,,0.25\r\n"
      "overall,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",,,43,zeta,-0.5,,,,,,,0.25\r\n"
      "segment,popular,popular,,activity,cold,13,map,,,,,,,,\r\n"
      "segment,popular,popular,,activity,cold,13,ndcg@10,0.1,,,,,,,\r\n"
      "segment,popular,popular,,country,\"DE, \"\"AT\"\"\",3,ndcg@10,1e-07,,,,,,,\r\n"
      "segment,\"ials, tuned\",ials,\"alpha=3.05176e-05, factors=32, regularization=1000.13\",activity,,3,ndcg@10,0.2,,,,,,,\r\n";
  EXPECT_EQ(writeEvaluationCsv(sampleReport(), -1), expected);
  EXPECT_EQ(writeEvaluationCsv(sampleReport(), 2), expected);  // out of range: no baseline either
}

TEST(EvaluationCsv, EmptyReportIsTheHeaderOnly) {
  EXPECT_EQ(writeEvaluationCsv(EvaluationReport{}, 0), kHeader);
}

}  // namespace
}  // namespace reco

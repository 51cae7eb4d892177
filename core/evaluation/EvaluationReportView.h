// Reading an evaluation report the way people read it: metrics in reading order, a model against a baseline, a
// model's parameters as one line. The Evaluate tab and the CSV export (EvaluationCsv) both show it through these.
#pragma once

#include <string>
#include <vector>

#include "core/evaluation/EvaluationJson.h"

namespace reco {

// Metric names of the report's models in reading order: per cut-off (in the report's k order) precision, recall,
// ndcg, map, mrr, hit; then map, auc, coverage, novelty, gini, avgpop; then any other name, sorted.
std::vector<std::string> metricsInReadingOrder(const EvaluationReport& report);

// The paired tests of one model against a baseline on one metric, signed as model - baseline.
struct BaselineComparison {
  bool found = false;  // false for the baseline itself, an index out of range, or a pair the run did not test
  double meanDifference = 0;
  double tP = 1;  // missing p-values read as 1
  double wilcoxonP = 1;
  int pairs = 0;
};
BaselineComparison compareWithBaseline(const EvaluationReport& report, int model, int baseline,
                                       const std::string& metric);

// "name=value, ..." (values to 6 significant digits; a missing value as 0).
std::string paramsText(const ModelParams& params);

// The index of the first model with this label, -1 if none.
int modelIndex(const EvaluationReport& report, const std::string& label);

}  // namespace reco

#include "core/evaluation/EvaluationReportView.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/base/NumberText.h"

namespace reco {

namespace {

double finiteOr(double value, double fallback) {
  return std::isfinite(value) ? value : fallback;
}

}  // namespace

std::vector<std::string> metricsInReadingOrder(const EvaluationReport& report) {
  std::set<std::string> present;
  for (const auto& model : report.models)
    for (const auto& [name, estimate] : model.metrics) present.insert(name);
  std::vector<std::string> order;
  for (int k : report.ks)
    for (const char* base : {"precision", "recall", "ndcg", "map", "mrr", "hit"})
      order.push_back(std::string(base) + "@" + std::to_string(k));
  for (const char* name : {"map", "auc", "coverage", "novelty", "gini", "avgpop"}) order.emplace_back(name);
  std::vector<std::string> names;
  for (const std::string& name : order)
    if (present.erase(name) > 0) names.push_back(name);
  names.insert(names.end(), present.begin(), present.end());  // std::set: already sorted
  return names;
}

BaselineComparison compareWithBaseline(const EvaluationReport& report, int model, int baseline,
                                       const std::string& metric) {
  BaselineComparison c;
  const int models = static_cast<int>(report.models.size());
  if (model == baseline || model < 0 || baseline < 0 || model >= models || baseline >= models) return c;
  const std::string& a = report.models[static_cast<std::size_t>(model)].label;
  const std::string& b = report.models[static_cast<std::size_t>(baseline)].label;
  for (const auto& comparison : report.comparisons) {
    if (comparison.metric != metric) continue;
    double sign = 0;
    if (comparison.a == a && comparison.b == b)
      sign = 1;
    else if (comparison.a == b && comparison.b == a)
      sign = -1;  // stored as baseline - model
    else
      continue;
    c.found = true;
    c.meanDifference = sign * finiteOr(comparison.meanDifference, 0);
    c.tP = finiteOr(comparison.tP, 1);
    c.wilcoxonP = finiteOr(comparison.wilcoxonP, 1);
    c.pairs = static_cast<int>(comparison.pairs);
    return c;
  }
  return c;
}

std::string paramsText(const ModelParams& params) {
  std::string text;
  for (const auto& [name, value] : params) {
    if (!text.empty()) text += ", ";
    text += name + "=" + formatSignificant(finiteOr(value, 0), 6);
  }
  return text;
}

int modelIndex(const EvaluationReport& report, const std::string& label) {
  const auto it = std::find_if(report.models.begin(), report.models.end(),
                               [&](const EvaluationReport::Model& m) { return m.label == label; });
  return it == report.models.end() ? -1 : static_cast<int>(it - report.models.begin());
}

}  // namespace reco

#include "core/evaluation/EvaluationCsv.h"

#include <cmath>
#include <initializer_list>
#include <optional>

#include "core/base/CsvText.h"
#include "core/base/NumberText.h"
#include "core/evaluation/EvaluationReportView.h"

namespace reco {

namespace {

std::string csvRow(std::initializer_list<std::string> fields) {
  std::string row;
  bool first = true;
  for (const std::string& field : fields) {
    if (!first) row += ',';
    first = false;
    row += csvField(field);
  }
  return row + "\r\n";
}

std::string metricNumber(double value) {
  return std::isfinite(value) ? formatSignificant(value, 10) : std::string();
}

double finiteOr(double value, double fallback) {
  return std::isfinite(value) ? value : fallback;
}

std::string overallRows(const EvaluationReport& report, int m, int baseline, const std::string& baselineLabel,
                        const std::vector<std::string>& metrics) {
  const auto& model = report.models[static_cast<std::size_t>(m)];
  const std::string params = paramsText(model.params);
  const std::string users = formatWhole(finiteOr(report.users, 0));
  const std::string seconds = formatSignificant(finiteOr(model.seconds, 0), 6);
  std::string rows;
  for (const std::string& metric : metrics) {
    MetricEstimate e;
    if (auto it = model.metrics.find(metric); it != model.metrics.end()) e = it->second;
    // Interval bounds are only shown beside a value.
    const bool valid = std::isfinite(e.value);
    const BaselineComparison c = compareWithBaseline(report, m, baseline, metric);
    auto tested = [&](double v) { return c.found ? formatSignificant(v, 10) : std::string(); };
    rows += csvRow({"overall", model.label, model.algorithm, params, "", "", users, metric, metricNumber(e.value),
                    valid ? metricNumber(e.low) : "", valid ? metricNumber(e.high) : "", baselineLabel,
                    tested(c.meanDifference), tested(c.tP), tested(c.wilcoxonP), seconds});
  }
  return rows;
}

std::string segmentRows(const EvaluationReport& report) {
  std::string rows;
  for (const auto& model : report.models) {
    // The algorithm and parameters of the first model with this label, as the tab's tables look them up.
    const auto& named = report.models[static_cast<std::size_t>(modelIndex(report, model.label))];
    const std::string params = paramsText(named.params);
    for (const auto& s : model.segments)
      for (const auto& [name, value] : s.metrics)
        rows += csvRow({"segment", model.label, named.algorithm, params, s.group, s.segment,
                        formatWhole(finiteOr(s.users, 0)), name, metricNumber(value), "", "", "", "", "", "", ""});
  }
  return rows;
}

}  // namespace

std::string writeEvaluationCsv(const EvaluationReport& report, int baseline) {
  std::string out = csvRow({"section", "model", "algorithm", "params", "breakdown", "segment", "users", "metric",
                            "value", "ci_low", "ci_high", "baseline", "difference_vs_baseline", "t_test_p",
                            "wilcoxon_p", "seconds"});
  const int models = static_cast<int>(report.models.size());
  const std::string baselineLabel =
      baseline >= 0 && baseline < models ? report.models[static_cast<std::size_t>(baseline)].label : std::string();
  const std::vector<std::string> metrics = metricsInReadingOrder(report);
  for (int m = 0; m < models; ++m) out += overallRows(report, m, baseline, baselineLabel, metrics);
  return out + segmentRows(report);
}

}  // namespace reco

// The evaluation report as CSV, for a colleague's spreadsheet: one row per model and metric, then one per model,
// segment and metric. The Evaluate tab's CSV export writes this; there is no reader (nothing reads the CSV back:
// the stored run keeps the report JSON, EvaluationJson).
#pragma once

#include <string>

#include "core/evaluation/EvaluationJson.h"

namespace reco {

// RFC 4180 with CRLF line ends, UTF-8, text fields quoted by csvField (core/base/CsvText). Columns: section
// (overall|segment), model, algorithm, params, breakdown, segment, users, metric, value, ci_low, ci_high, baseline,
// difference_vs_baseline, t_test_p, wilcoxon_p, seconds. Missing numbers are empty; metrics to 10 significant digits, seconds to 6, users to the nearest whole number
// (core/base/NumberText). `baseline` is the index of the model the others are compared with (none when out of
// range): overall rows of the other models carry its label, the difference and the paired tests' p-values.
std::string writeEvaluationCsv(const EvaluationReport& report, int baseline);

}  // namespace reco

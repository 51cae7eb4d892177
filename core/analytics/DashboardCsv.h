// The data behind each dashboard chart as CSV, for a spreadsheet: the chart panels' "Export CSV" writes these.
// There is no reader.
#pragma once

#include <string>
#include <vector>

#include "core/analytics/Dashboard.h"

namespace reco {

// Common to all three: RFC 4180 with LF line ends, UTF-8, a header row; text fields quoted by csvField
// (core/base/CsvText); counts as whole numbers; ratios and amounts to 12 significant digits (core/base/NumberText),
// empty where undefined (NaN).

// One row per group: KEYHEADER,label,impressions,clicks,ctr,add_to_carts,purchases,conversion_rate,revenue and, with
// withActiveUsers (time series), active_users. keyHeader names the key column ("item", "period_start", the segment
// attribute...) and is quoted like a field.
std::string writeGroupsCsv(const std::vector<Group>& groups, const std::string& keyHeader, bool withActiveUsers);

// One row per funnel: group,impressions,clicks,add_to_carts,purchases.
std::string writeFunnelCsv(const std::vector<FunnelFigures>& funnel);

// One row per arm: variant,SUCCESSES,TRIALS,rate,ci_low,ci_high,lift,z,p_value, the two counts headed by the
// comparison's successName and trialName as they are ("clicks", "impressions").
std::string writeAbCsv(const AbComparison& ab);

}  // namespace reco

// Builds the dashboard's Qt Charts (time series, breakdown bars, position curve, funnel, A/B intervals) from core's
// figures. Presentation only: every number comes from reco::DashboardData; the CSV behind each chart is core's
// (core/analytics/DashboardCsv).
#pragma once

#include <QString>
#include <functional>
#include <optional>
#include <vector>

#include "core/analytics/Dashboard.h"

class QChart;

namespace dashboardcharts {

enum class BarMetric { Ctr, Conversion, Revenue, Impressions, Clicks, Purchases };
QString barMetricName(BarMetric m);  // translated, for the selector and axis titles

// Called with the index of the clicked group (drill-down).
using ClickHandler = std::function<void(int index)>;

// The time series are small multiples, one chart per measure, each on its own scale: on an axis shared with
// impressions, clicks and purchases would lie flat along the bottom.
enum class SeriesMeasure { Impressions, Clicks, Purchases, Ctr };
// "Clicks per day", "CTR (%) per week": the unit and the bucket, for the panel's title.
QString seriesTitle(SeriesMeasure measure, reco::Dimension granularity);
// The days a series covers (the filter's range clipped to the data) and the data's partial last day, if any.
struct SeriesSpan {
  std::int64_t fromDay = 0, toDay = 0;
  std::optional<std::int64_t> partialDay;
};
// Buckets without a whole day, week or month of data are drawn apart, as a dashed segment without a point (named in
// the legend) off the solid line (series "complete"): the last bucket when it holds the partial day or the period
// ends inside it (series "partial"), the first when the period starts inside it (series "partialStart").
QChart* timeSeriesChart(const std::vector<reco::Group>& series, reco::Dimension granularity, SeriesMeasure measure,
                        const SeriesSpan& span, bool dark, const ClickHandler& onClick);
// Horizontal bars when there are many groups (category, segment), vertical otherwise.
QChart* breakdownChart(const std::vector<reco::Group>& groups, BarMetric metric, bool horizontal, bool dark,
                       const ClickHandler& onClick);
QChart* positionChart(const std::vector<reco::Group>& positions, bool dark);
QChart* funnelChart(const std::vector<reco::FunnelFigures>& funnel, bool dark);
// Each variant's rate (a point, series "rate:<variant>") with its 95% interval (a line with end caps, series
// "interval:<variant>"), one row per variant, baseline on top; the rate axis in percent.
QChart* abChart(const reco::AbComparison& ab, bool dark);
// Each variant's difference from the baseline in percentage points with its 95% interval (series "difference:<variant>"
// and "differenceInterval:<variant>"), and a dashed line at zero: an interval that crosses it is no clear difference.
QChart* abDifferenceChart(const reco::AbComparison& ab, bool dark);

// "12.34%", "1,234", "1,234.50" in the user's locale; "–" for NaN.
QString percentText(double fraction);
QString countText(std::int64_t n);
QString moneyText(double v);
// The tooltip of one group: every count and rate, exact.
QString groupTooltip(const reco::Group& g);

}  // namespace dashboardcharts

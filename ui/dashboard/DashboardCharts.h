// Builds the dashboard's Qt Charts (time series, breakdown bars, position curve, funnel, A/B intervals) from core's
// figures. Presentation only: every number comes from reco::DashboardData; the CSV behind each chart is core's
// (core/analytics/DashboardCsv).
#pragma once

#include <QString>
#include <functional>
#include <vector>

#include "core/analytics/Dashboard.h"

class QChart;

namespace dashboardcharts {

enum class BarMetric { Ctr, Conversion, Revenue, Impressions, Clicks, Purchases };
QString barMetricName(BarMetric m);  // translated, for the selector and axis titles

// Called with the index of the clicked group (drill-down).
using ClickHandler = std::function<void(int index)>;

QChart* timeSeriesChart(const std::vector<reco::Group>& series, reco::Dimension granularity, bool dark,
                        const ClickHandler& onClick);
// Horizontal bars when there are many groups (category, segment), vertical otherwise.
QChart* breakdownChart(const std::vector<reco::Group>& groups, BarMetric metric, bool horizontal, bool dark,
                       const ClickHandler& onClick);
QChart* positionChart(const std::vector<reco::Group>& positions, bool dark);
QChart* funnelChart(const std::vector<reco::FunnelFigures>& funnel, bool dark);
QChart* abChart(const reco::AbComparison& ab, bool dark);

// "12.34%", "1,234", "1,234.50" in the user's locale; "–" for NaN.
QString percentText(double fraction);
QString countText(std::int64_t n);
QString moneyText(double v);
// The tooltip of one group: every count and rate, exact.
QString groupTooltip(const reco::Group& g);

}  // namespace dashboardcharts

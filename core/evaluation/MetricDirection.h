// Which way is better for each offline metric RecoEngine reports. Higher is better for the accuracy metrics
// (precision, recall, ndcg, map, mrr, hit, auc) and for catalogue coverage and novelty; lower is better for the Gini
// index of exposure (recommendations concentrated on few items) and for the average popularity of the recommended
// items (popularity bias). Names may carry a cut-off ("ndcg@10"); an unknown name counts as higher-is-better.
#pragma once

#include <string_view>

namespace reco {

enum class MetricDirection { HigherIsBetter, LowerIsBetter };

MetricDirection metricDirection(std::string_view metric);
inline bool higherIsBetter(std::string_view metric) {
  return metricDirection(metric) == MetricDirection::HigherIsBetter;
}
// +1 when a change of this sign (difference > 0, < 0) is an improvement for the metric, -1 when it is a loss, 0 for
// no change.
int improvementSign(std::string_view metric, double difference);

}  // namespace reco

#include "core/evaluation/MetricDirection.h"

namespace reco {

MetricDirection metricDirection(std::string_view metric) {
  const std::string_view base = metric.substr(0, metric.find('@'));
  if (base == "gini" || base == "avgpop") return MetricDirection::LowerIsBetter;
  return MetricDirection::HigherIsBetter;
}

int improvementSign(std::string_view metric, double difference) {
  if (!(difference > 0) && !(difference < 0)) return 0;  // zero or NaN
  const int sign = difference > 0 ? 1 : -1;
  return higherIsBetter(metric) ? sign : -sign;
}

}  // namespace reco

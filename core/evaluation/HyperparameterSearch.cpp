#include "core/evaluation/HyperparameterSearch.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>

#include "core/base/Random.h"
#include "core/base/Time.h"

namespace reco {

namespace {

double parseNumber(const std::string& s, const std::string& text) {
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (s.empty() || *end != '\0' || !std::isfinite(v))
    throw std::invalid_argument("search range '" + text + "': '" + s + "' is not a number");
  return v;
}

double fromUnit(const ParamRange& r, double t) {
  double v = r.logScale ? std::exp(std::log(r.low) + t * (std::log(r.high) - std::log(r.low)))
                        : r.low + t * (r.high - r.low);
  v = std::clamp(v, r.low, r.high);
  return r.integer ? std::round(v) : v;
}

}  // namespace

ParamRange ParamRange::parse(const std::string& text) {
  auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0)
    throw std::invalid_argument("search range '" + text + "': expected NAME=LO:HI[:log]");
  ParamRange r;
  r.name = text.substr(0, eq);
  std::vector<std::string> parts;
  std::string rest = text.substr(eq + 1);
  for (std::size_t b = 0;;) {
    auto c = rest.find(':', b);
    parts.push_back(rest.substr(b, c == std::string::npos ? std::string::npos : c - b));
    if (c == std::string::npos) break;
    b = c + 1;
  }
  if (parts.size() < 2) throw std::invalid_argument("search range '" + text + "': expected NAME=LO:HI[:log]");
  r.low = parseNumber(parts[0], text);
  r.high = parseNumber(parts[1], text);
  for (std::size_t i = 2; i < parts.size(); ++i) {
    if (parts[i] == "log")
      r.logScale = true;
    else if (parts[i] == "int")
      r.integer = true;
    else
      throw std::invalid_argument("search range '" + text + "': unknown flag '" + parts[i] + "' (expected log or int)");
  }
  if (r.high < r.low) throw std::invalid_argument("search range '" + text + "': LO is above HI");
  if (r.logScale && r.low <= 0) throw std::invalid_argument("search range '" + text + "': a log range needs LO > 0");
  return r;
}

std::string ParamRange::toString() const {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%g:%g", low, high);
  std::string s = name;
  s.append("=").append(buf);
  if (logScale) s.append(":log");
  if (integer) s.append(":int");
  return s;
}

std::vector<ModelParams> searchCandidates(const std::vector<ParamRange>& ranges, SearchStrategy strategy, int trials,
                                          std::uint64_t seed, const ModelParams& fixed) {
  if (trials < 1) throw std::invalid_argument("a search needs at least one trial");
  for (const auto& r : ranges)
    if (fixed.count(r.name)) throw std::invalid_argument("parameter '" + r.name + "' is both fixed and searched");
  std::vector<ModelParams> out;
  if (ranges.empty()) {
    out.push_back(fixed);
    return out;
  }
  if (strategy == SearchStrategy::Random) {
    SeededRandom rng(seed);
    for (int t = 0; t < trials; ++t) {
      ModelParams p = fixed;
      for (const auto& r : ranges) p[r.name] = fromUnit(r, rng.uniform());
      out.push_back(std::move(p));
    }
    return out;
  }
  const double d = static_cast<double>(ranges.size());
  const int perDim = std::max(1, static_cast<int>(std::floor(std::pow(static_cast<double>(trials), 1.0 / d) + 1e-9)));
  std::vector<std::vector<double>> axes;
  for (const auto& r : ranges) {
    std::vector<double> axis;
    for (int j = 0; j < perDim; ++j) axis.push_back(fromUnit(r, perDim == 1 ? 0.5 : static_cast<double>(j) / (perDim - 1)));
    axis.erase(std::unique(axis.begin(), axis.end()), axis.end());
    axes.push_back(std::move(axis));
  }
  std::vector<std::size_t> at(ranges.size(), 0);
  for (;;) {
    ModelParams p = fixed;
    for (std::size_t i = 0; i < ranges.size(); ++i) p[ranges[i].name] = axes[i][at[i]];
    out.push_back(std::move(p));
    std::size_t i = 0;
    while (i < at.size() && ++at[i] == axes[i].size()) at[i++] = 0;
    if (i == at.size()) break;
  }
  return out;
}

SearchResult runSearch(const std::vector<ModelParams>& candidates, const SearchObjective& objective,
                       const SearchProgressFn& progress, const std::atomic<bool>* cancel) {
  SearchResult result;
  const int total = static_cast<int>(candidates.size());
  for (int t = 0; t < total; ++t) {
    if (cancel && cancel->load(std::memory_order_relaxed)) break;
    SearchTrial trial;
    trial.index = t;
    trial.params = candidates[static_cast<std::size_t>(t)];
    const auto t0 = std::chrono::steady_clock::now();
    try {
      trial.score = objective(trial.params);
    } catch (const std::invalid_argument& e) {
      trial.score = std::numeric_limits<double>::quiet_NaN();
      trial.error = e.what();
    } catch (const std::runtime_error& e) {
      if (cancel && cancel->load(std::memory_order_relaxed)) break;  // the objective noticed the cancel
      trial.score = std::numeric_limits<double>::quiet_NaN();
      trial.error = e.what();
    }
    trial.seconds = secondsSince(t0);
    if (!std::isnan(trial.score) &&
        (result.best < 0 || trial.score > result.trials[static_cast<std::size_t>(result.best)].score))
      result.best = t;
    result.trials.push_back(std::move(trial));
    if (progress) progress(result.trials.back(), t + 1, total, result.best);
  }
  return result;
}

}  // namespace reco

// Grid and random search over declared hyper-parameter ranges ("NAME=LO:HI[:log]"), independent of what is being
// tuned: candidates are generated reproducibly from a seed and scored by an objective (larger is better).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/models/Recommender.h"

namespace reco {

struct ParamRange {
  std::string name;
  double low = 0;
  double high = 0;
  bool logScale = false;  // sample / space the grid geometrically (low > 0 required)
  bool integer = false;   // values rounded to integers

  // "NAME=LO:HI" or "NAME=LO:HI:log" (also ":int", ":log:int"). Throws std::invalid_argument with the reason.
  static ParamRange parse(const std::string& text);
  std::string toString() const;
};

enum class SearchStrategy { Random, Grid };

struct SearchTrial {
  int index = 0;  // 0-based, in evaluation order
  ModelParams params;
  double score = 0;  // objective value (NaN when the trial failed)
  double seconds = 0;
  std::string error;  // why the trial failed (e.g. parameters the model rejects), empty otherwise
};

struct SearchResult {
  std::vector<SearchTrial> trials;
  int best = -1;  // index of the best trial (-1 when every trial failed)
};

// The parameter sets to try: `fixed` plus one value per range. Random: `trials` independent draws (uniform, or
// log-uniform). Grid: p = floor(trials^(1/d)) evenly (or geometrically) spaced points per range (the midpoint when
// p = 1), every combination; integer ranges are rounded and duplicate points dropped.
std::vector<ModelParams> searchCandidates(const std::vector<ParamRange>& ranges, SearchStrategy strategy, int trials,
                                          std::uint64_t seed, const ModelParams& fixed = {});

using SearchObjective = std::function<double(const ModelParams&)>;
using SearchProgressFn = std::function<void(const SearchTrial& trial, int done, int total, int best)>;

// Scores every candidate in order. An objective that throws std::invalid_argument or std::runtime_error marks that
// trial failed (recorded with the message) and the search goes on; the cancel flag is checked between trials
// (returns the trials done so far).
SearchResult runSearch(const std::vector<ModelParams>& candidates, const SearchObjective& objective,
                       const SearchProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);

}  // namespace reco

// Beyond-accuracy metrics of a set of recommendation lists: catalogue coverage, the Gini index of item exposure,
// and the per-item popularity figures behind novelty and average recommendation popularity.
#pragma once

#include <cstdint>
#include <span>

namespace reco {

// Share of the catalogue's items that appear in at least one list: (#items with exposure > 0) / exposure.size().
// exposure[i] = how many lists contain catalogue item i.
double catalogueCoverage(std::span<const double> exposure);

// Gini index of exposure over the catalogue (0 = every item equally exposed, -> 1 = all exposure on one item):
// G = sum_i (2i - n - 1) x_(i) / (n sum x) with x sorted ascending, i = 1..n. 0 when nothing is exposed.
double giniIndex(std::span<const double> exposure);

// Self-information of recommending an item that `itemUsers` of `users` training users interacted with:
// -log2(itemUsers / users). Novelty is its mean over all recommended (user, item) pairs.
double selfInformation(double itemUsers, double users);

}  // namespace reco

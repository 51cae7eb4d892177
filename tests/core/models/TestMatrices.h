// Small matrices shared by the model tests: a planted two-community pattern with empty users and items.
#pragma once

#include <set>
#include <vector>

#include "core/data/InteractionMatrix.h"
#include "core/models/Rng.h"

namespace reco::test {

// Users 0..39 (community A) each hold 6 of items 0..9; users 40..59 (community B) each hold 6 of items 10..19;
// every third user also holds one noise item from 20..29. Users 60, 61 and items 30, 31 are empty.
// Items 0..9 are therefore the most popular. Project ids are 1000 + index (users) and 5000 + index (items).
inline InteractionMatrix plantedMatrix() {
  Rng rng(2024);
  std::vector<Triplet> t;
  for (int u = 0; u < 60; ++u) {
    const int base = u < 40 ? 0 : 10;
    std::set<int> chosen;
    while (chosen.size() < 6) chosen.insert(base + static_cast<int>(rng.below(10)));
    for (int i : chosen) t.push_back({u, i, 1.0f + static_cast<float>(rng.below(3))});
    if (u % 3 == 0) t.push_back({u, 20 + static_cast<int>(rng.below(10)), 1.0f});
  }
  auto m = InteractionMatrix::fromTriplets(62, 32, t);
  for (int u = 0; u < 62; ++u) m.userIds.push_back(1000 + u);
  for (int i = 0; i < 32; ++i) m.itemIds.push_back(5000 + i);
  return m;
}

}  // namespace reco::test

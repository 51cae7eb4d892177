// Dividing an interaction list into training data and held-out test interactions according to a SplitSpec,
// reproducibly from a seed; plus the k-core filter and the conversion of training data to an InteractionMatrix.
#pragma once

#include <cstdint>
#include <vector>

#include "core/data/InteractionMatrix.h"
#include "core/evaluation/InteractionList.h"
#include "core/evaluation/SplitSpec.h"

namespace reco {

struct DataSplit {
  InteractionList train;          // same users/items/ids as the input; only the training interactions
  std::vector<Interaction> test;  // held-out interactions, sorted by (user, timestamp, item)
};

// Splits `data` (after the spec's k-core filter). Every input interaction ends up in exactly one of train and
// test. Throws std::invalid_argument for an inconsistent spec (e.g. a fold index outside 0..folds-1).
DataSplit splitInteractions(const InteractionList& data, const SplitSpec& spec, std::uint64_t seed);

// Repeatedly drops users with fewer than minUser and items with fewer than minItem interactions until none is left
// (dense indices are kept; dropped users and items simply have no interactions).
InteractionList applyKCore(const InteractionList& data, int minUser, int minItem);

// users x items matrix of the list's weights (ids carried over).
InteractionMatrix toMatrix(const InteractionList& data);

}  // namespace reco

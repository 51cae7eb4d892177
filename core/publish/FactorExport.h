// The factors of a factor model (iALS, BPR) for approximate-nearest-neighbour serving: user and item factor matrices
// as NumPy .npy files (float32, C order) plus ids.json mapping each row to the project's user or item id.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/storage/Project.h"

namespace reco {

struct FactorExport {
  std::string algorithm;
  std::size_t users = 0, items = 0, factors = 0;
  bool itemBias = false;
  std::vector<std::string> files;  // written, in the folder
};

// Writes user_factors.npy (users x factors), item_factors.npy (items x factors), item_bias.npy (items; only when the
// model has a bias) and ids.json ({"model", "algorithm", "factors", "users": [ids by row], "items": [ids by row]})
// into `folder` (created when missing; each file replaced atomically). Throws std::runtime_error naming the model when
// it is missing or has no factors (popular, item-kNN, EASE).
FactorExport exportFactors(Project& project, const std::string& modelName, const std::string& folder);

// The .npy (format 1.0) bytes of a float32 array in C order; shape {n} or {rows, cols}.
std::string npyFloat32(const std::vector<std::size_t>& shape, const float* data);

}  // namespace reco

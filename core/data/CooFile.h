// Reads an interaction matrix from the binary COO layout shared with other libraries' benchmarks
// (shared/data/synthetic/README.md): magic "IMPCOO1\0", uint64 users, items, nnz, then int32 users[nnz],
// int32 items[nnz], float32 values[nnz], little-endian. Also writes it, so any matrix can be exported for comparison.
#pragma once

#include <string>

#include "core/data/InteractionMatrix.h"

namespace reco {

// Throws std::runtime_error naming the file and the defect (missing, wrong magic, truncated, index out of range).
InteractionMatrix readCooFile(const std::string& path);
void writeCooFile(const InteractionMatrix& matrix, const std::string& path);

}  // namespace reco

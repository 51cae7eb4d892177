// A user x item interaction matrix in CSR form (rows = users, columns = items), float32 weights.
// Row/column indices are dense 0-based; userIds/itemIds map them back to the project's users.id/items.id.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace reco {

struct Triplet {
  std::int32_t row;
  std::int32_t col;
  float value;
};

class InteractionMatrix {
 public:
  InteractionMatrix() = default;
  // Builds CSR from triplets; duplicate (row, col) entries are summed; columns sorted within each row.
  static InteractionMatrix fromTriplets(std::int32_t rows, std::int32_t cols, std::vector<Triplet> triplets);

  std::int32_t rows() const { return rows_; }
  std::int32_t cols() const { return cols_; }
  std::int64_t nnz() const { return static_cast<std::int64_t>(indices_.size()); }

  std::span<const std::int32_t> rowIndices(std::int32_t r) const {
    return {indices_.data() + indptr_[static_cast<std::size_t>(r)],
            static_cast<std::size_t>(indptr_[static_cast<std::size_t>(r) + 1] - indptr_[static_cast<std::size_t>(r)])};
  }
  std::span<const float> rowValues(std::int32_t r) const {
    return {values_.data() + indptr_[static_cast<std::size_t>(r)],
            static_cast<std::size_t>(indptr_[static_cast<std::size_t>(r) + 1] - indptr_[static_cast<std::size_t>(r)])};
  }
  bool contains(std::int32_t r, std::int32_t c) const;  // binary search within the row

  // The transpose (items x users), i.e. the CSC view of this matrix.
  InteractionMatrix transposed() const;

  const std::vector<std::int64_t>& indptr() const { return indptr_; }
  const std::vector<std::int32_t>& indices() const { return indices_; }
  const std::vector<float>& values() const { return values_; }

  // Mapping to project ids (empty for matrices not built from a project).
  std::vector<std::int64_t> userIds;
  std::vector<std::int64_t> itemIds;

 private:
  std::int32_t rows_ = 0;
  std::int32_t cols_ = 0;
  std::vector<std::int64_t> indptr_{0};
  std::vector<std::int32_t> indices_;
  std::vector<float> values_;
};

}  // namespace reco

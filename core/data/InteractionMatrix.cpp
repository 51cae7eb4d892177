#include "core/data/InteractionMatrix.h"

#include <algorithm>
#include <stdexcept>

namespace reco {

InteractionMatrix InteractionMatrix::fromTriplets(std::int32_t rows, std::int32_t cols, std::vector<Triplet> triplets) {
  if (rows < 0 || cols < 0) throw std::invalid_argument("InteractionMatrix: negative dimensions");
  InteractionMatrix m;
  m.rows_ = rows;
  m.cols_ = cols;
  // Counting sort by row, then sort each row by column and merge duplicates.
  std::vector<std::int64_t> counts(static_cast<std::size_t>(rows) + 1, 0);
  for (const auto& t : triplets) {
    if (t.row < 0 || t.row >= rows || t.col < 0 || t.col >= cols)
      throw std::out_of_range("InteractionMatrix: triplet (" + std::to_string(t.row) + ", " + std::to_string(t.col) +
                              ") outside " + std::to_string(rows) + " x " + std::to_string(cols));
    ++counts[static_cast<std::size_t>(t.row) + 1];
  }
  for (std::size_t r = 0; r < static_cast<std::size_t>(rows); ++r) counts[r + 1] += counts[r];
  std::vector<std::int32_t> cIdx(triplets.size());
  std::vector<float> cVal(triplets.size());
  {
    std::vector<std::int64_t> next(counts.begin(), counts.end() - 1);
    for (const auto& t : triplets) {
      auto pos = static_cast<std::size_t>(next[static_cast<std::size_t>(t.row)]++);
      cIdx[pos] = t.col;
      cVal[pos] = t.value;
    }
  }
  triplets.clear();
  triplets.shrink_to_fit();
  m.indptr_.assign(static_cast<std::size_t>(rows) + 1, 0);
  m.indices_.reserve(cIdx.size());
  m.values_.reserve(cIdx.size());
  std::vector<std::pair<std::int32_t, float>> row;
  for (std::size_t r = 0; r < static_cast<std::size_t>(rows); ++r) {
    row.clear();
    for (auto p = counts[r]; p < counts[r + 1]; ++p)
      row.emplace_back(cIdx[static_cast<std::size_t>(p)], cVal[static_cast<std::size_t>(p)]);
    std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (!m.indices_.empty() && static_cast<std::int64_t>(m.indices_.size()) > m.indptr_[r] &&
          m.indices_.back() == row[i].first) {
        m.values_.back() += row[i].second;
      } else {
        m.indices_.push_back(row[i].first);
        m.values_.push_back(row[i].second);
      }
    }
    m.indptr_[r + 1] = static_cast<std::int64_t>(m.indices_.size());
  }
  return m;
}

bool InteractionMatrix::contains(std::int32_t r, std::int32_t c) const {
  auto idx = rowIndices(r);
  return std::binary_search(idx.begin(), idx.end(), c);
}

InteractionMatrix InteractionMatrix::transposed() const {
  InteractionMatrix t;
  t.rows_ = cols_;
  t.cols_ = rows_;
  t.indptr_.assign(static_cast<std::size_t>(cols_) + 1, 0);
  for (auto c : indices_) ++t.indptr_[static_cast<std::size_t>(c) + 1];
  for (std::size_t c = 0; c < static_cast<std::size_t>(cols_); ++c) t.indptr_[c + 1] += t.indptr_[c];
  t.indices_.resize(indices_.size());
  t.values_.resize(values_.size());
  std::vector<std::int64_t> next(t.indptr_.begin(), t.indptr_.end() - 1);
  for (std::int32_t r = 0; r < rows_; ++r) {
    for (auto p = indptr_[static_cast<std::size_t>(r)]; p < indptr_[static_cast<std::size_t>(r) + 1]; ++p) {
      auto c = static_cast<std::size_t>(indices_[static_cast<std::size_t>(p)]);
      auto pos = static_cast<std::size_t>(next[c]++);
      t.indices_[pos] = r;
      t.values_[pos] = values_[static_cast<std::size_t>(p)];
    }
  }
  t.userIds = itemIds;
  t.itemIds = userIds;
  return t;
}

}  // namespace reco

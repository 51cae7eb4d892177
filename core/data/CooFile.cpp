#include "core/data/CooFile.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace reco {

namespace {
constexpr char kMagic[8] = {'I', 'M', 'P', 'C', 'O', 'O', '1', '\0'};
}

InteractionMatrix readCooFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw std::runtime_error(path + ": cannot open");
  const auto fileSize = static_cast<std::uint64_t>(in.tellg());
  in.seekg(0);
  char magic[8] = {};
  std::uint64_t header[3] = {};
  in.read(magic, 8);
  in.read(reinterpret_cast<char*>(header), sizeof header);
  if (!in || std::memcmp(magic, kMagic, 8) != 0) throw std::runtime_error(path + ": not a binary COO file (bad magic)");
  const std::uint64_t users = header[0], items = header[1], nnz = header[2];
  if (users > INT32_MAX || items > INT32_MAX)
    throw std::runtime_error(path + ": dimensions " + std::to_string(users) + " x " + std::to_string(items) +
                             " exceed the supported 2^31");
  if (nnz > (fileSize - 32) / 12 || 32 + nnz * 12 != fileSize)
    throw std::runtime_error(path + ": size " + std::to_string(fileSize) + " bytes does not match " +
                             std::to_string(nnz) + " interactions (truncated or not COO)");
  std::vector<std::int32_t> rows(nnz), cols(nnz);
  std::vector<float> vals(nnz);
  in.read(reinterpret_cast<char*>(rows.data()), static_cast<std::streamsize>(nnz * 4));
  in.read(reinterpret_cast<char*>(cols.data()), static_cast<std::streamsize>(nnz * 4));
  in.read(reinterpret_cast<char*>(vals.data()), static_cast<std::streamsize>(nnz * 4));
  if (!in) throw std::runtime_error(path + ": truncated while reading the interactions");
  std::vector<Triplet> triplets(nnz);
  for (std::size_t e = 0; e < nnz; ++e) {
    if (rows[e] < 0 || static_cast<std::uint64_t>(rows[e]) >= users || cols[e] < 0 ||
        static_cast<std::uint64_t>(cols[e]) >= items)
      throw std::runtime_error(path + ": interaction " + std::to_string(e) + " (" + std::to_string(rows[e]) + ", " +
                               std::to_string(cols[e]) + ") outside " + std::to_string(users) + " x " +
                               std::to_string(items));
    triplets[e] = {rows[e], cols[e], vals[e]};
  }
  rows = {};
  cols = {};
  vals = {};
  return InteractionMatrix::fromTriplets(static_cast<std::int32_t>(users), static_cast<std::int32_t>(items),
                                         std::move(triplets));
}

void writeCooFile(const InteractionMatrix& matrix, const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error(path + ": cannot create");
  out.write(kMagic, 8);
  const std::uint64_t header[3] = {static_cast<std::uint64_t>(matrix.rows()), static_cast<std::uint64_t>(matrix.cols()),
                                   static_cast<std::uint64_t>(matrix.nnz())};
  out.write(reinterpret_cast<const char*>(header), sizeof header);
  std::vector<std::int32_t> rows;
  rows.reserve(static_cast<std::size_t>(matrix.nnz()));
  for (std::int32_t r = 0; r < matrix.rows(); ++r)
    rows.insert(rows.end(), matrix.rowIndices(r).size(), r);
  out.write(reinterpret_cast<const char*>(rows.data()), static_cast<std::streamsize>(rows.size() * 4));
  out.write(reinterpret_cast<const char*>(matrix.indices().data()),
            static_cast<std::streamsize>(matrix.indices().size() * 4));
  out.write(reinterpret_cast<const char*>(matrix.values().data()),
            static_cast<std::streamsize>(matrix.values().size() * 4));
  if (!out) throw std::runtime_error(path + ": write failed");
}

}  // namespace reco

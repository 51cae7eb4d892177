#include "core/models/BlobWriter.h"

namespace reco {

std::uint64_t fnv1a64(const void* data, std::size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  std::uint64_t h = 1469598103934665603ULL;
  // Four independent lanes would change the hash; keep the plain definition (about 1 GB/s, fine for model sizes).
  for (std::size_t i = 0; i < size; ++i) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

std::string BlobWriter::finish(std::string_view algorithm) const {
  std::string out;
  out.reserve(64 + algorithm.size() + payload_.size());
  out.append(kModelBlobMagic, sizeof kModelBlobMagic);
  auto append = [&out](auto v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); };
  append(kModelBlobVersion);
  append(static_cast<std::uint32_t>(algorithm.size()));
  out.append(algorithm.data(), algorithm.size());
  append(static_cast<std::uint64_t>(payload_.size()));
  append(fnv1a64(payload_.data(), payload_.size()));
  out.append(payload_);
  return out;
}

}  // namespace reco

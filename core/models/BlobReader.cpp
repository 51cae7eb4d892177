#include "core/models/BlobReader.h"

#include "core/models/BlobWriter.h"

namespace reco {

namespace {
[[noreturn]] void bad(const std::string& reason) { throw std::runtime_error("invalid model blob: " + reason); }
}  // namespace

BlobReader::BlobReader(std::string_view blob) {
  std::size_t pos = 0;
  auto take = [&](std::size_t n, const char* what) {
    if (blob.size() - pos < n) bad(std::string("truncated in the header (") + what + ")");
    auto s = blob.substr(pos, n);
    pos += n;
    return s;
  };
  if (blob.size() < sizeof kModelBlobMagic || std::memcmp(blob.data(), kModelBlobMagic, sizeof kModelBlobMagic) != 0)
    bad("not a RecoEngine model (magic number missing)");
  pos = sizeof kModelBlobMagic;
  std::memcpy(&version_, take(4, "version").data(), 4);
  if (version_ == 0 || version_ > kModelBlobVersion)
    bad("format version " + std::to_string(version_) + " is not supported (this build reads up to " +
        std::to_string(kModelBlobVersion) + ")");
  std::uint32_t nameLen = 0;
  std::memcpy(&nameLen, take(4, "algorithm name length").data(), 4);
  if (nameLen == 0 || nameLen > 64) bad("algorithm name length " + std::to_string(nameLen) + " is implausible");
  algorithm_ = std::string(take(nameLen, "algorithm name"));
  std::uint64_t size = 0, checksum = 0;
  std::memcpy(&size, take(8, "payload size").data(), 8);
  std::memcpy(&checksum, take(8, "checksum").data(), 8);
  if (size != blob.size() - pos)
    bad("payload size " + std::to_string(size) + " does not match the " + std::to_string(blob.size() - pos) +
        " bytes present (truncated or padded)");
  payload_ = blob.substr(pos);
  if (fnv1a64(payload_.data(), payload_.size()) != checksum) bad("checksum mismatch (the data is corrupt)");
}

void BlobReader::need(std::size_t bytes, const char* what) const {
  if (payload_.size() - pos_ < bytes) fail(std::string("truncated while reading ") + what);
}

std::string BlobReader::getString(const char* what) {
  auto n = get<std::uint64_t>(what);
  if (n > payload_.size() - pos_) fail(std::string(what) + " runs past the end of the blob");
  std::string s(payload_.substr(pos_, static_cast<std::size_t>(n)));
  pos_ += static_cast<std::size_t>(n);
  return s;
}

void BlobReader::expectEnd() const {
  if (pos_ != payload_.size())
    fail(std::to_string(payload_.size() - pos_) + " unexpected bytes after the " + algorithm_ + " model");
}

void BlobReader::fail(const std::string& reason) const { bad(algorithm_ + " model: " + reason); }

}  // namespace reco

#include "core/import/ExternalIdMap.h"

#include <cstring>
#include <stdexcept>

namespace reco {

namespace {
constexpr std::size_t kArenaBlock = 1 << 20;
inline std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
}
}  // namespace

ExternalIdMap::ExternalIdMap() { clear(); }

void ExternalIdMap::clear() {
  slots_.assign(1024, Slot{});
  keys_.clear();
  mask_ = slots_.size() - 1;
  size_ = 0;
  arena_.clear();
  arenaUsed_ = arenaCapacity_ = 0;
}

std::uint64_t ExternalIdMap::hashOf(std::string_view key) {
  // A multiply-mix hash over 8-byte words (wyhash-like); keys are short ids such as "u12345".
  constexpr std::uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL;
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (key.size() * k1);
  const char* p = key.data();
  std::size_t n = key.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = mix(h ^ w, k0);
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = mix(h ^ w, k1);
  }
  return mix(h, k0);
}

std::int64_t ExternalIdMap::find(std::string_view key) const {
  const std::uint64_t h = hashOf(key);
  const std::uint64_t prefix = prefixOf(key);
  for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (!s.id) return 0;
    if (s.prefix == prefix && s.length == key.size() &&
        (key.size() <= 8 || std::memcmp(keys_[s.key] + 8, key.data() + 8, key.size() - 8) == 0))
      return s.id;
  }
}

const char* ExternalIdMap::store(std::string_view key) {
  if (key.size() > kArenaBlock / 4) {  // a block of its own, placed before the block being filled
    auto block = std::make_unique<char[]>(key.size());
    std::memcpy(block.get(), key.data(), key.size());
    const char* p = block.get();
    arena_.insert(arena_.empty() ? arena_.end() : arena_.end() - 1, std::move(block));
    return p;
  }
  if (arena_.empty() || arenaUsed_ + key.size() > arenaCapacity_) {
    arena_.push_back(std::make_unique<char[]>(kArenaBlock));
    arenaUsed_ = 0;
    arenaCapacity_ = kArenaBlock;
  }
  char* dst = arena_.back().get() + arenaUsed_;
  std::memcpy(dst, key.data(), key.size());
  arenaUsed_ += key.size();
  return dst;
}

void ExternalIdMap::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.id) continue;
    std::size_t i = hashOf(std::string_view(keys_[s.key], s.length)) & mask_;
    while (slots_[i].id) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

void ExternalIdMap::insert(std::string_view key, std::int64_t id) {
  if (id <= 0) throw std::invalid_argument("ExternalIdMap: ids must be positive");
  if (key.size() > 0xFFFFFFFFu) throw std::invalid_argument("ExternalIdMap: key too long");
  if (keys_.size() >= 0xFFFFFFFFu) throw std::length_error("ExternalIdMap: too many keys");
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const std::uint64_t h = hashOf(key);
  std::size_t i = h & mask_;
  while (slots_[i].id) i = (i + 1) & mask_;
  Slot& s = slots_[i];
  s.prefix = prefixOf(key);
  s.key = static_cast<std::uint32_t>(keys_.size());
  keys_.push_back(key.empty() ? "" : store(key));
  s.length = static_cast<std::uint32_t>(key.size());
  s.id = id;
  ++size_;
}

}  // namespace reco

// A hash map from external id text (as found in dataset files) to a project's integer surrogate key.
// Built for the importer's hot loop: lookups take a string_view and never allocate; keys live in a block arena.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace reco {

class ExternalIdMap {
 public:
  ExternalIdMap();

  // The id stored for key, or 0 when absent (surrogate keys start at 1).
  std::int64_t find(std::string_view key) const;
  // Starts loading the slot where key would be found, so that a find() a little later does not wait for memory.
  void prefetch(std::string_view key) const { __builtin_prefetch(&slots_[hashOf(key) & mask_]); }
  // Stores key -> id (id > 0). The key must not be present yet.
  void insert(std::string_view key, std::int64_t id);
  std::size_t size() const { return size_; }
  void clear();

 private:
  // 24 bytes, so the table of a large catalogue stays in cache: short keys (up to 8 bytes, e.g. "u12345") compare
  // within the slot; longer ones also compare their tail in the arena.
  struct Slot {
    std::uint64_t prefix = 0;  // the key's first 8 bytes, zero-padded
    std::int64_t id = 0;       // 0 = empty slot
    std::uint32_t length = 0;
    std::uint32_t key = 0;  // index into keys_
  };
  static std::uint64_t prefixOf(std::string_view key) {
    std::uint64_t w = 0;
    if (!key.empty()) std::memcpy(&w, key.data(), key.size() < 8 ? key.size() : 8);
    return w;
  }
  static std::uint64_t hashOf(std::string_view key);
  const char* store(std::string_view key);
  void grow();

  std::vector<Slot> slots_;
  std::vector<const char*> keys_;  // into arena_
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
  std::vector<std::unique_ptr<char[]>> arena_;
  std::size_t arenaUsed_ = 0;
  std::size_t arenaCapacity_ = 0;
};

}  // namespace reco

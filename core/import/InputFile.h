// Where an import's bytes come from. A regular file is opened anew by every reader: format detection, the header check
// and the row reading each read it from its start. A FIFO, a pipe or a terminal (e.g. /dev/stdin) can be read only
// once, so while an InputScope is alive (one import or preview) the first open of such a path opens it for the whole
// scope, and every later reader of that path shares the one descriptor, starting again from a kept prefix of the
// stream's first bytes (at most kKeptStreamPrefix: format detection and header checks read only the start).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace reco {

class InputFile {
 public:
  static constexpr std::size_t kKeptStreamPrefix = std::size_t{16} << 20;

  // Throws std::runtime_error naming the path when it cannot be opened or is a folder.
  explicit InputFile(const std::string& path);
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Reads up to n bytes, continuing where the previous read ended (from byte 0); 0 at the end. Throws
  // std::runtime_error naming the path on a read error, or when a stream would have to be read again past its kept
  // prefix.
  std::size_t read(char* out, std::size_t n);
  std::uint64_t size() const { return size_; }  // 0 for a stream (unknown)
  bool isStream() const { return stream_ != nullptr; }

  struct Stream;

 private:
  std::string path_;
  int fd_ = -1;  // a regular file's own descriptor
  std::shared_ptr<Stream> stream_;
  std::uint64_t offset_ = 0;  // bytes read so far by this reader
  std::uint64_t size_ = 0;
};

// Keeps each stream opened during its lifetime open until the last scope ends, so that all readers of one import
// share it. Scopes nest (importFiles inside a caller's scope).
class InputScope {
 public:
  InputScope();
  ~InputScope();
  InputScope(const InputScope&) = delete;
  InputScope& operator=(const InputScope&) = delete;
};

}  // namespace reco

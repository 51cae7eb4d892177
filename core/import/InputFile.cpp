#include "core/import/InputFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <stdexcept>

namespace reco {

struct InputFile::Stream {
  std::string path;
  int fd = -1;
  std::mutex mutex;
  std::string prefix;         // the stream's first bytes, while all of them are kept
  std::uint64_t consumed = 0;  // bytes taken from fd so far
  bool eof = false;
  ~Stream() {
    if (fd >= 0) ::close(fd);
  }

  std::size_t readAt(std::uint64_t at, char* out, std::size_t n) {
    std::lock_guard lock(mutex);
    if (at < prefix.size()) {
      const std::size_t k = std::min<std::size_t>(n, prefix.size() - static_cast<std::size_t>(at));
      std::memcpy(out, prefix.data() + at, k);
      return k;
    }
    if (at != consumed)
      throw std::runtime_error("cannot read '" + path + "' again: a pipe or FIFO is read once, and only its first " +
                               std::to_string(kKeptStreamPrefix >> 20) + " MB are kept for a second look");
    if (eof) return 0;
    ssize_t k;
    do k = ::read(fd, out, n);
    while (k < 0 && errno == EINTR);
    if (k < 0) throw std::runtime_error("cannot read '" + path + "': " + std::strerror(errno));
    if (k == 0) eof = true;
    if (prefix.size() == consumed && consumed + static_cast<std::uint64_t>(k) <= kKeptStreamPrefix)
      prefix.append(out, static_cast<std::size_t>(k));
    consumed += static_cast<std::uint64_t>(k);
    return static_cast<std::size_t>(k);
  }
};

namespace {

// The streams opened while a scope is alive, by path.
struct OpenStreams {
  std::mutex mutex;
  int scopes = 0;
  std::map<std::string, std::shared_ptr<InputFile::Stream>> byPath;
};
OpenStreams& openStreams() {
  static OpenStreams s;
  return s;
}

[[noreturn]] void cannotOpen(const std::string& path, const std::string& why) {
  throw std::runtime_error("cannot open '" + path + "': " + why);
}

}  // namespace

InputFile::InputFile(const std::string& path) : path_(path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) cannotOpen(path, std::strerror(errno));
  if (S_ISDIR(st.st_mode)) throw std::runtime_error("cannot read '" + path + "': it is a folder, not a file");
  if (S_ISREG(st.st_mode) || S_ISBLK(st.st_mode)) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) cannotOpen(path, std::strerror(errno));
    struct stat opened {};
    if (::fstat(fd_, &opened) != 0 || S_ISDIR(opened.st_mode)) {
      ::close(fd_);
      fd_ = -1;
      throw std::runtime_error("cannot read '" + path + "': it is a folder, not a file");
    }
    size_ = static_cast<std::uint64_t>(opened.st_size);
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    return;
  }
  // A FIFO, pipe, socket or terminal: shared within a scope.
  OpenStreams& open = openStreams();
  std::lock_guard lock(open.mutex);
  if (open.scopes > 0) {
    auto it = open.byPath.find(path);
    if (it != open.byPath.end()) {
      stream_ = it->second;
      return;
    }
  }
  auto stream = std::make_shared<Stream>();
  stream->path = path;
  stream->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (stream->fd < 0) cannotOpen(path, std::strerror(errno));
  if (open.scopes > 0) open.byPath[path] = stream;
  stream_ = std::move(stream);
}

InputFile::~InputFile() {
  if (fd_ >= 0) ::close(fd_);
}

std::size_t InputFile::read(char* out, std::size_t n) {
  if (stream_) {
    const std::size_t k = stream_->readAt(offset_, out, n);
    offset_ += k;
    return k;
  }
  for (;;) {
    const ssize_t k = ::read(fd_, out, n);
    if (k >= 0) {
      offset_ += static_cast<std::uint64_t>(k);
      return static_cast<std::size_t>(k);
    }
    if (errno != EINTR) throw std::runtime_error("cannot read '" + path_ + "': " + std::strerror(errno));
  }
}

InputScope::InputScope() {
  OpenStreams& open = openStreams();
  std::lock_guard lock(open.mutex);
  ++open.scopes;
}

InputScope::~InputScope() {
  OpenStreams& open = openStreams();
  std::lock_guard lock(open.mutex);
  if (--open.scopes == 0) open.byPath.clear();
}

}  // namespace reco

#include "core/base/Files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace reco {

std::string readTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read '" + path + "'");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeTextFileAtomically(const std::string& path, const std::string& text) {
  writeTextFileAtomically(path, [&text](const TextPieceWriter& write) { write(text); });
}

void writeTextFileAtomically(const std::string& path, const std::function<void(const TextPieceWriter&)>& produce) {
  const std::string tmp = path + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("cannot write '" + path + "': " + std::strerror(errno));
  bool closed = false;
  auto fail = [&](const char* what) {
    const std::string reason = std::strerror(errno);
    closed = true;
    ::close(fd);
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot write '" + path + "': " + what + ": " + reason);
  };
  if (::fchmod(fd, 0600) != 0) fail("fchmod");  // an old PATH.tmp keeps its mode otherwise
  const TextPieceWriter write = [&](std::string_view text) {
    for (std::size_t done = 0; done < text.size();) {
      const ::ssize_t n = ::write(fd, text.data() + done, text.size() - done);
      if (n < 0) {
        if (errno == EINTR) continue;
        fail("write");
      }
      done += static_cast<std::size_t>(n);
    }
  };
  try {
    produce(write);
  } catch (...) {
    if (!closed) {  // else fail() has cleaned up
      ::close(fd);
      ::unlink(tmp.c_str());
    }
    throw;
  }
  if (::fsync(fd) != 0) fail("fsync");
  if (::close(fd) != 0) {
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot write '" + path + "': " + std::strerror(errno));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot replace '" + path + "': " + reason);
  }
}

void createOwnerOnlyFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("cannot create '" + path + "': " + std::strerror(errno));
  ::close(fd);
}

std::error_code removeProjectFiles(const std::string& path) {
  std::error_code main, ignored;
  std::filesystem::remove(path, main);
  for (const char* suffix : {"-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ignored);
  if (!std::filesystem::exists(path, ignored)) return {};
  return main ? main : std::make_error_code(std::errc::file_exists);
}

void replaceProjectFile(const std::string& from, const std::string& target) {
  removeProjectFiles(target);
  std::filesystem::rename(from, target);
}

}  // namespace reco

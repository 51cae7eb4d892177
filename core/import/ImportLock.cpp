#include "core/import/ImportLock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

namespace reco {

ImportLock::ImportLock(const std::string& projectPath) : path_(lockPath(projectPath)) {
  // A few rounds: the file may be removed by the import that held it between our open() and flock().
  for (int attempt = 0; attempt < 8; ++attempt) {
    const int fd = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return;  // no lock file possible here; SQLite's write lock still serialises imports
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      char pid[32] = {};
      const ssize_t n = ::pread(fd, pid, sizeof pid - 1, 0);
      ::close(fd);
      std::string holder = n > 0 ? std::string(pid, static_cast<std::size_t>(n)) : std::string();
      while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
      throw std::runtime_error("another import is running on project '" + projectPath + "'" +
                               (holder.empty() ? std::string() : " (process " + holder + ")") +
                               "; try again when it has finished (lock file '" + path_ + "')");
    }
    struct stat held {}, now {};
    if (::fstat(fd, &held) == 0 && ::stat(path_.c_str(), &now) == 0 && held.st_dev == now.st_dev &&
        held.st_ino == now.st_ino) {
      const std::string pid = std::to_string(::getpid()) + "\n";
      if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
        // The process id is only informative; the lock is what counts.
      }
      fd_ = fd;
      return;
    }
    ::close(fd);  // we locked a file that was removed meanwhile: try the new one
  }
}

ImportLock::~ImportLock() {
  if (fd_ < 0) return;
  ::unlink(path_.c_str());  // while still holding the lock, so nobody takes over a file about to go
  ::close(fd_);
}

}  // namespace reco

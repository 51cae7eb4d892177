// Keeps two imports off one project. SQLite alone would let the second wait for the write lock (5 s) and then say only
// "database is locked"; this lock makes it fail at once and say who holds the project. It is an exclusive flock() on
// "<project>.import-lock" beside the project, holding the importing process's id, taken before the import's
// transaction and removed when the import ends (a killed import leaves the file, but not the lock: the next import
// takes it over). Not the project file itself: closing a second descriptor of it would drop SQLite's own locks.
#pragma once

#include <string>

namespace reco {

class ImportLock {
 public:
  // Throws std::runtime_error ("another import is running on project ...") when another import holds the lock. When
  // the lock file cannot be created (e.g. a read-only folder), the import goes on without it: SQLite's lock remains.
  explicit ImportLock(const std::string& projectPath);
  ~ImportLock();
  ImportLock(const ImportLock&) = delete;
  ImportLock& operator=(const ImportLock&) = delete;

  static std::string lockPath(const std::string& projectPath) { return projectPath + ".import-lock"; }

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace reco

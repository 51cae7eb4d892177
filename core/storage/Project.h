// A RecoEngine project: one SQLite file holding a dataset (users, items, events) and everything derived from it.
// Opening checks that the file is a RecoEngine project and migrates older schemas forward.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>

#include "core/storage/Database.h"

namespace reco {

class ProjectError : public std::runtime_error {
 public:
  explicit ProjectError(const std::string& what) : std::runtime_error(what) {}
};

class Project {
 public:
  // Creates a new, empty project. Fails if the file exists, unless overwrite is set (then it is replaced).
  static Project create(const std::string& path, bool overwrite = false);
  // Opens an existing project, migrating it to the current schema. Throws ProjectError with a clear reason for a
  // missing file, a file that is not SQLite, a SQLite file that is not a project, or a project from a newer version.
  static Project open(const std::string& path);
  // Opens without migrating or writing (for inspection and concurrent readers such as background queries).
  static Project openReadOnly(const std::string& path);

  Project(Project&&) noexcept = default;
  Project& operator=(Project&&) noexcept = default;

  Database& db() { return *db_; }
  const std::string& path() const { return path_; }
  int schemaVersion();

  // Free-form project metadata (meta table).
  std::string meta(const std::string& key, const std::string& fallback = {});
  void setMeta(const std::string& key, const std::string& value);

  // A content fingerprint of the dataset (users, items, events counts and a checksum of the event stream); changes
  // whenever the data changes. Used to tie models and evaluation runs to the data they came from.
  std::string dataFingerprint();

 private:
  Project(std::unique_ptr<Database> db, std::string path);
  static void configure(Database& db, bool readOnly);
  static void migrate(Database& db, const std::string& path);
  // The writing connection of create and open: configured and migrated to the current schema. Throws DatabaseError
  // (each caller words its own context) or ProjectError.
  static Project openWriting(const std::string& path, Database::Mode mode);
  std::unique_ptr<Database> db_;
  std::string path_;
};

}  // namespace reco

#include "core/base/Version.h"

#include <Eigen/Core>
#include <sqlite3.h>

namespace reco {

std::string libraryVersions() {
  std::string out = "SQLite ";
  out.append(sqlite3_libversion());
  out.append(", Eigen ");
  out.append(std::to_string(EIGEN_WORLD_VERSION));
  out.push_back('.');
  out.append(std::to_string(EIGEN_MAJOR_VERSION));
  out.push_back('.');
  out.append(std::to_string(EIGEN_MINOR_VERSION));
  return out;
}

std::string versionBanner(std::string_view programName) {
  std::string out(programName);
  out.push_back(' ');
  out.append(versionString());
  if (!gitRevision().empty()) {
    out.append(" (git ");
    out.append(gitRevision());
    out.push_back(')');
  }
  out.push_back('\n');
  out.append(libraryVersions());
  out.push_back('\n');
  return out;
}

}  // namespace reco

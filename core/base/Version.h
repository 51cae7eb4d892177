// The application's version and build facts, for --version, Help -> About and published manifests.
// The version is written once, in the top-level CMakeLists.txt (project VERSION); cmake/Version.cmake generates it.
#pragma once

#include <string>
#include <string_view>

namespace reco {

std::string_view versionString();  // "0.1.0"
std::string_view gitRevision();    // abbreviated commit (with "-dirty"), or empty when not built from git

// SQLite's and Eigen's versions as compiled and linked, e.g. "SQLite 3.40.1, Eigen 3.4.0".
std::string libraryVersions();

// One line for --version: "NAME 0.1.0 (git 1a2b3c4d5e)" plus the library versions on a second line.
std::string versionBanner(std::string_view programName);

}  // namespace reco

// The application's version and build facts as Qt strings, for `recoengine --version` and Help -> About.
// The version itself has one home (core/base/Version.h, generated from project(VERSION)); this only formats it and
// adds what the GUI links besides core (Qt).
#pragma once

#include <QString>

namespace buildinfo {

QString version();      // "0.1.0"
QString gitRevision();  // abbreviated commit, with "-dirty"; empty when not built from git
// "0.1.0 (git 1a2b3c4d5e)", or "0.1.0" when not built from git.
QString versionWithRevision();
// "Qt 6.4.2 (built with 6.4.2)": the Qt found at run time, and the headers the binary was compiled against.
QString qtVersions();
// "SQLite 3.40.1, Eigen 3.4.0" (core's libraries).
QString coreLibraryVersions();
// The project's homepage (project(HOMEPAGE_URL) in the top-level CMakeLists.txt).
QString homepage();
// What --version prints: "recoengine 0.1.0 (git ...)" and a second line with the Qt, SQLite and Eigen versions.
QString banner(const QString& programName);

}  // namespace buildinfo

#include "ui/app/BuildInfo.h"

#include <QtGlobal>

#include "core/base/Version.h"
#include "core/kernels/CpuLevel.h"

#ifndef RECO_HOMEPAGE_URL
#error "RECO_HOMEPAGE_URL is set by ui/CMakeLists.txt from project(HOMEPAGE_URL)"
#endif

namespace buildinfo {

namespace {
QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }
}  // namespace

QString version() { return fromView(reco::versionString()); }

QString gitRevision() { return fromView(reco::gitRevision()); }

QString versionWithRevision() {
  const QString revision = gitRevision();
  return revision.isEmpty() ? version() : QStringLiteral("%1 (git %2)").arg(version(), revision);
}

QString qtVersions() {
  return QStringLiteral("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

QString coreLibraryVersions() {
  return QString::fromStdString(reco::libraryVersions() + ", " + reco::cpuKernelsDescription());
}

QString homepage() { return QStringLiteral(RECO_HOMEPAGE_URL); }

QString banner(const QString& programName) {
  return QStringLiteral("%1 %2\n%3, %4\n").arg(programName, versionWithRevision(), qtVersions(), coreLibraryVersions());
}

}  // namespace buildinfo

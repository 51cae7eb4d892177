#include "ui/base/PathForPeople.h"

#include <QDir>
#include <QFileInfo>

QString pathForPeople(const QString& path) {
  const QString full = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
#ifndef Q_OS_WIN
  const QString home = QDir::cleanPath(QDir::homePath());
  if (home != QLatin1String("/") && full.startsWith(home + QLatin1Char('/')))
    return QStringLiteral("~") + full.mid(home.size());
#endif
  return QDir::toNativeSeparators(full);
}

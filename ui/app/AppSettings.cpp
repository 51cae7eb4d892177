#include "ui/app/AppSettings.h"

#include <QDir>
#include <QFileInfo>

#include "ui/app/UiLanguage.h"

namespace {

// The one declaration of every setting: key, type and default.
template <class T>
struct Setting {
  const char* key;
  T defaultValue;
  T read(const QSettings& s) const { return s.value(QLatin1String(key), QVariant::fromValue(defaultValue)).template value<T>(); }
  void write(QSettings& s, const T& value) const { s.setValue(QLatin1String(key), QVariant::fromValue(value)); }
};

const Setting<QByteArray> kWindowGeometry{"window/geometry", QByteArray()};
const Setting<QByteArray> kWindowState{"window/state", QByteArray()};
const Setting<QStringList> kRecentProjects{"projects/recent", QStringList()};
const Setting<QString> kLastImportFolder{"import/lastFolder", QString()};
const Setting<QString> kTheme{"appearance/theme", QStringLiteral("system")};
const Setting<QString> kLanguage{"appearance/language", QStringLiteral("system")};
const Setting<int> kCurrentWorkspace{"window/workspace", 0};
// One blob per workspace, under "layout/<workspace objectName>".
const Setting<QByteArray> kWorkspaceLayout{"layout/%1", QByteArray()};

QString normalizedPath(const QString& path) { return QDir::cleanPath(QFileInfo(path).absoluteFilePath()); }

}  // namespace

AppSettings::AppSettings(QObject* parent) : QObject(parent), settings_(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniFile, QObject* parent)
    : QObject(parent), settings_(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

AppSettings::~AppSettings() = default;

QByteArray AppSettings::windowGeometry() const { return kWindowGeometry.read(*settings_); }
void AppSettings::setWindowGeometry(const QByteArray& geometry) { kWindowGeometry.write(*settings_, geometry); }
QByteArray AppSettings::windowState() const { return kWindowState.read(*settings_); }
void AppSettings::setWindowState(const QByteArray& state) { kWindowState.write(*settings_, state); }

QStringList AppSettings::recentProjects() const {
  QStringList list = kRecentProjects.read(*settings_);
  list.removeAll(QString());
  list.removeDuplicates();
  while (list.size() > kMaxRecentProjects) list.removeLast();
  return list;
}

void AppSettings::addRecentProject(const QString& path) {
  QString p = normalizedPath(path);
  QStringList list = recentProjects();
  list.removeAll(p);
  list.prepend(p);
  while (list.size() > kMaxRecentProjects) list.removeLast();
  kRecentProjects.write(*settings_, list);
  Q_EMIT recentProjectsChanged();
}

void AppSettings::removeRecentProject(const QString& path) {
  QStringList list = recentProjects();
  if (list.removeAll(normalizedPath(path)) + list.removeAll(path) == 0) return;
  kRecentProjects.write(*settings_, list);
  Q_EMIT recentProjectsChanged();
}

void AppSettings::clearRecentProjects() {
  kRecentProjects.write(*settings_, QStringList());
  Q_EMIT recentProjectsChanged();
}

QByteArray AppSettings::workspaceLayout(const QString& workspace) const {
  return settings_->value(QLatin1String(kWorkspaceLayout.key).arg(workspace), kWorkspaceLayout.defaultValue).toByteArray();
}

void AppSettings::setWorkspaceLayout(const QString& workspace, const QByteArray& layout) {
  settings_->setValue(QLatin1String(kWorkspaceLayout.key).arg(workspace), layout);
}

QString AppSettings::lastImportFolder() const { return kLastImportFolder.read(*settings_); }
void AppSettings::setLastImportFolder(const QString& folder) { kLastImportFolder.write(*settings_, folder); }

QString AppSettings::theme() const {
  QString t = kTheme.read(*settings_);
  if (t != QLatin1String("light") && t != QLatin1String("dark")) t = QStringLiteral("system");
  return t;
}

void AppSettings::setTheme(const QString& theme) {
  if (theme == this->theme()) return;
  kTheme.write(*settings_, theme);
  Q_EMIT themeChanged(this->theme());
}

QString AppSettings::language() const {
  const QString l = kLanguage.read(*settings_);
  return UiLanguage::codes().contains(l) ? l : QStringLiteral("system");
}

void AppSettings::setLanguage(const QString& language) {
  if (language == this->language()) return;
  kLanguage.write(*settings_, language);
  Q_EMIT languageChanged(this->language());
}

int AppSettings::currentWorkspace() const { return kCurrentWorkspace.read(*settings_); }
void AppSettings::setCurrentWorkspace(int index) { kCurrentWorkspace.write(*settings_, index); }

void AppSettings::sync() { settings_->sync(); }

// Typed application settings: every persisted key, its type and default is declared once (AppSettings.cpp).
// Widgets read and write settings through these accessors, never through string keys.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <memory>

#include "ui/base/ImportFolderSetting.h"

class AppSettings : public QObject, public ImportFolderSetting {
  Q_OBJECT
 public:
  static constexpr int kMaxRecentProjects = 10;

  // Persists in the platform's default location for the application (organization/application name).
  explicit AppSettings(QObject* parent = nullptr);
  // Persists in the given INI file (tests, portable use).
  explicit AppSettings(const QString& iniFile, QObject* parent = nullptr);
  ~AppSettings() override;

  QByteArray windowGeometry() const;
  void setWindowGeometry(const QByteArray& geometry);
  QByteArray windowState() const;
  void setWindowState(const QByteArray& state);

  // A workspace's own arrangement (Workspace::saveLayout), by the workspace's objectName; empty when none is kept.
  QByteArray workspaceLayout(const QString& workspace) const;
  void setWorkspaceLayout(const QString& workspace, const QByteArray& layout);

  // Most recent first, at most kMaxRecentProjects, no duplicates.
  QStringList recentProjects() const;
  void addRecentProject(const QString& path);
  void removeRecentProject(const QString& path);
  void clearRecentProjects();

  QString lastImportFolder() const override;
  void setLastImportFolder(const QString& folder) override;

  // "system", "light" or "dark".
  QString theme() const;
  void setTheme(const QString& theme);

  // The user interface language: "system" (follow the system locale) or a code of UiLanguage::codes()
  // ("en", "de", "fr", "es"). Applied at start-up (UiLanguage::apply); a change takes effect after a restart.
  QString language() const;
  void setLanguage(const QString& language);

  // The workspace shown last (index in the switcher).
  int currentWorkspace() const;
  void setCurrentWorkspace(int index);

  void sync();

 Q_SIGNALS:
  void recentProjectsChanged();
  void themeChanged(const QString& theme);
  void languageChanged(const QString& language);

 private:
  std::unique_ptr<QSettings> settings_;
};

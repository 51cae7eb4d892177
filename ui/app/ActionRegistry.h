// Every application-wide action in one place: a stable id, translated text, shortcut and icon.
// Menus, toolbars and tests look actions up by id; nothing else creates global QActions.
#pragma once

#include <QAction>
#include <QHash>
#include <QIcon>
#include <QKeySequence>
#include <QObject>
#include <QString>

namespace ActionId {
inline constexpr const char* New = "file.new";
inline constexpr const char* Open = "file.open";
inline constexpr const char* OpenDemo = "file.openDemo";
inline constexpr const char* Import = "file.import";
inline constexpr const char* Close = "file.close";
inline constexpr const char* ClearRecent = "file.clearRecent";
inline constexpr const char* Quit = "file.quit";
inline constexpr const char* Preferences = "edit.preferences";
inline constexpr const char* ThemeSystem = "view.theme.system";
inline constexpr const char* ThemeLight = "view.theme.light";
inline constexpr const char* ThemeDark = "view.theme.dark";
inline constexpr const char* RunningTasks = "view.runningTasks";
inline constexpr const char* UserGuide = "help.userGuide";
inline constexpr const char* About = "help.about";
inline constexpr const char* AboutQt = "help.aboutQt";
// Workspace switching: "view.workspace.1" ... "view.workspace.9" (Ctrl+1 ... Ctrl+9), created per workspace.
QString workspace(int oneBasedIndex);
}  // namespace ActionId

class ActionRegistry : public QObject {
  Q_OBJECT
 public:
  // Creates the standard actions (file, view, help) with their texts and shortcuts.
  explicit ActionRegistry(QObject* parent = nullptr);

  // Registers a new action; ids are unique (a second add with the same id returns the existing action).
  QAction* add(const QString& id, const QString& text, const QKeySequence& shortcut = {}, const QIcon& icon = {});
  // The action with this id; null if none (callers treat that as a programming error).
  QAction* action(const QString& id) const;
  QAction* action(const char* id) const { return action(QLatin1String(id)); }
  QList<QString> ids() const { return actions_.keys(); }

 private:
  QHash<QString, QAction*> actions_;
};

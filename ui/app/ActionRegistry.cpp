#include "ui/app/ActionRegistry.h"

#include <QApplication>
#include <QStyle>

QString ActionId::workspace(int oneBasedIndex) { return QStringLiteral("view.workspace.%1").arg(oneBasedIndex); }

ActionRegistry::ActionRegistry(QObject* parent) : QObject(parent) {
  QStyle* style = QApplication::style();
  add(QLatin1String(ActionId::New), tr("&New Project…"), QKeySequence(tr("Ctrl+N")),
      style->standardIcon(QStyle::SP_FileIcon))
      ->setStatusTip(tr("Create a new, empty project file"));
  add(QLatin1String(ActionId::Open), tr("&Open Project…"), QKeySequence(tr("Ctrl+O")),
      style->standardIcon(QStyle::SP_DialogOpenButton))
      ->setStatusTip(tr("Open an existing project file"));
  add(QLatin1String(ActionId::OpenDemo), tr("Open &Demo Project"))
      ->setStatusTip(tr("Open the built-in demo project (an online shop's recommendation log), creating it first "
                        "when it is missing"));
  add(QLatin1String(ActionId::Import), tr("&Import Dataset…"), QKeySequence(tr("Ctrl+I")),
      style->standardIcon(QStyle::SP_ArrowDown))
      ->setStatusTip(tr("Import an interaction log or a public dataset into the project"));
  add(QLatin1String(ActionId::Close), tr("&Close Project"), QKeySequence(tr("Ctrl+W")),
      style->standardIcon(QStyle::SP_DialogCloseButton))
      ->setStatusTip(tr("Close the current project"));
  add(QLatin1String(ActionId::ClearRecent), tr("Clear &List"));
  QAction* quit = add(QLatin1String(ActionId::Quit), tr("&Quit"), QKeySequence(tr("Ctrl+Q")));
  quit->setMenuRole(QAction::QuitRole);
  add(QLatin1String(ActionId::Preferences), tr("&Preferences…"), QKeySequence(tr("Ctrl+,")))
      ->setMenuRole(QAction::PreferencesRole);
  for (const char* id : {ActionId::ThemeSystem, ActionId::ThemeLight, ActionId::ThemeDark}) {
    const QString key = QLatin1String(id);
    const QString text = key.endsWith(QLatin1String("system")) ? tr("&System")
                         : key.endsWith(QLatin1String("light")) ? tr("&Light")
                                                                 : tr("&Dark");
    add(key, text)->setCheckable(true);
  }
  add(QLatin1String(ActionId::RunningTasks), tr("Running &Tasks…"), QKeySequence(tr("Ctrl+Shift+T")))
      ->setStatusTip(tr("List the running tasks with their progress, and cancel them"));
  add(QLatin1String(ActionId::UserGuide), tr("&User Guide"), QKeySequence(QKeySequence::HelpContents),
      style->standardIcon(QStyle::SP_DialogHelpButton))
      ->setStatusTip(tr("Open the user guide at the chapter of the current workspace"));
  add(QLatin1String(ActionId::About), tr("&About RecoEngine"))->setMenuRole(QAction::AboutRole);
  add(QLatin1String(ActionId::AboutQt), tr("About &Qt"))->setMenuRole(QAction::AboutQtRole);
}

QAction* ActionRegistry::add(const QString& id, const QString& text, const QKeySequence& shortcut, const QIcon& icon) {
  if (QAction* existing = actions_.value(id)) return existing;
  auto* a = new QAction(icon, text, this);
  a->setObjectName(id);
  if (!shortcut.isEmpty()) a->setShortcut(shortcut);
  actions_.insert(id, a);
  return a;
}

QAction* ActionRegistry::action(const QString& id) const { return actions_.value(id); }

// RecoEngine's main window. It only wires: a workspace switcher on the left, the workspaces (installed by
// installWorkspaces), menus built from the ActionRegistry, and project commands delegated to ProjectSession.
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <memory>

#include "core/demo/DemoGenerator.h"

class ActionRegistry;
class AppSettings;
class DemoProjectJob;
class ProjectSession;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class RunningTasksCloseGuard;
class RunningTasksIndicator;
class UserGuide;
class WelcomePage;
class Workspace;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
  ~MainWindow() override;

  // Adds a workspace to the switcher (takes ownership) with a Ctrl+<n> action for the first nine.
  void addWorkspace(Workspace* workspace);
  int workspaceCount() const;
  Workspace* workspace(int index) const;
  Workspace* currentWorkspace() const;
  void setCurrentWorkspace(int index);

  // What to open at start: an explicit project; else the demo when asked or when no project was ever opened;
  // else the most recent project.
  void startUp(const QString& projectPath, bool forceDemo);

  // Opens a project; shows a message box and returns false when it cannot.
  bool openProject(const QString& path);
  // Opens the demo project, building it first (in the background, with a progress dialog) when it is missing or
  // unusable.
  void openDemoProject();
  // Where the demo project lives and what it holds (defaults: DemoProjectJob::defaultPath(), DemoOptions{});
  // tests point it at a small one in a temporary folder.
  void setDemoProject(const QString& path, const reco::DemoOptions& options);

  // Shown instead of the workspaces while no project is open.
  WelcomePage* welcomePage() const { return welcome_; }

  std::shared_ptr<ProjectSession> session() const { return session_; }
  ActionRegistry* actions() const { return actions_; }
  // The user guide window once Help -> User Guide (F1) opened it; null before.
  UserGuide* userGuide() const;
  // The status bar's work-in-progress indicator, and what decides whether the window may close while work runs.
  RunningTasksIndicator* runningTasksIndicator() const { return tasksIndicator_; }
  RunningTasksCloseGuard* closeGuard() const { return closeGuard_; }

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void createMenus();
  void connectActions();
  void rebuildRecentMenu();
  void updateProjectState();
  void focusWorkspace(int index);  // moves the keyboard focus into the workspace (its focus proxy or first control)
  void updateWindowTitle();
  void newProject();
  void openProjectDialog();
  void importDataset();
  void newProjectAndImport();
  void showAbout();
  void showPreferences();
  void showUserGuide();
  void buildDemo(const QString& path);

  AppSettings& settings_;
  std::shared_ptr<ProjectSession> session_;
  ActionRegistry* actions_;
  QListWidget* switcher_;
  QStackedWidget* pages_;  // the welcome page, or the switcher beside the workspaces
  WelcomePage* welcome_;
  QWidget* workspaceArea_;
  QStackedWidget* stack_;
  QMenu* recentMenu_ = nullptr;
  QMenu* workspaceMenu_ = nullptr;
  QActionGroup* workspaceGroup_;
  QLabel* projectLabel_;
  RunningTasksIndicator* tasksIndicator_;
  RunningTasksCloseGuard* closeGuard_;
  QPointer<DemoProjectJob> demoJob_;
  QString demoPath_;  // empty: DemoProjectJob::defaultPath()
  reco::DemoOptions demoOptions_;
  QPointer<UserGuide> guide_;
};

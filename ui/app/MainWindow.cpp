#include "ui/app/MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>

#include "ui/app/AboutDialog.h"
#include "ui/app/ActionRegistry.h"
#include "ui/app/AppSettings.h"
#include "ui/app/DemoProjectJob.h"
#include "ui/app/PreferencesDialog.h"
#include "ui/app/RunningTasksCloseGuard.h"
#include "ui/app/RunningTasksIndicator.h"
#include "ui/base/PathForPeople.h"
#include "ui/base/ProjectSession.h"
#include "ui/app/Theme.h"
#include "ui/app/UserGuide.h"
#include "ui/base/Workspace.h"
#include "ui/app/WelcomePage.h"
#include "ui/app/Workspaces.h"
#include "ui/import/ImportWizard.h"

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent),
      settings_(settings),
      session_(std::make_shared<ProjectSession>()),
      actions_(new ActionRegistry(this)),
      switcher_(new QListWidget(this)),
      pages_(new QStackedWidget(this)),
      welcome_(new WelcomePage(settings, this)),
      workspaceArea_(new QWidget(this)),
      stack_(new QStackedWidget(this)),
      workspaceGroup_(new QActionGroup(this)),
      projectLabel_(new QLabel(this)),
      tasksIndicator_(new RunningTasksIndicator(this)),
      closeGuard_(new RunningTasksCloseGuard(this)) {
  setObjectName(QStringLiteral("mainWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/recoengine.svg")));

  switcher_->setObjectName(QStringLiteral("workspaceSwitcher"));
  switcher_->setAccessibleName(tr("Workspaces"));
  switcher_->setIconSize(QSize(24, 24));
  switcher_->setSpacing(2);
  switcher_->setFrameShape(QFrame::NoFrame);
  switcher_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
  auto* layout = new QHBoxLayout(workspaceArea_);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(switcher_);
  layout->addWidget(stack_, 1);
  pages_->addWidget(welcome_);
  pages_->addWidget(workspaceArea_);
  setCentralWidget(pages_);
  statusBar()->addPermanentWidget(tasksIndicator_);
  statusBar()->addPermanentWidget(projectLabel_);

  createMenus();
  installWorkspaces(*this);
  connectActions();
  connect(switcher_, &QListWidget::currentRowChanged, this, &MainWindow::setCurrentWorkspace);
  connect(&settings_, &AppSettings::recentProjectsChanged, this, &MainWindow::rebuildRecentMenu);
  connect(session_.get(), &ProjectSession::projectOpened, this, &MainWindow::updateProjectState);
  connect(session_.get(), &ProjectSession::projectClosed, this, &MainWindow::updateProjectState);

  rebuildRecentMenu();
  updateProjectState();
  if (workspaceCount() > 0) setCurrentWorkspace(qBound(0, settings_.currentWorkspace(), workspaceCount() - 1));
  resize(1280, 800);
  if (!settings_.windowGeometry().isEmpty()) restoreGeometry(settings_.windowGeometry());
  if (!settings_.windowState().isEmpty()) restoreState(settings_.windowState());
}

MainWindow::~MainWindow() {
  // Workspaces hold views over the session's connection: let them drop it while they still exist.
  session_->close();
  // The workspaces are destroyed after this body (by ~QWidget). What happens then (a dashboard refresh task finishing
  // updates the running-tasks indicator) must not reach this window's slots: it is no longer a MainWindow
  // (UBSan: "downcast of address ... which does not point to an object of type 'MainWindow'").
  tasksIndicator_->disconnect(this);
  session_->disconnect(this);
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(actions_->action(ActionId::New));
  file->addAction(actions_->action(ActionId::Open));
  recentMenu_ = file->addMenu(tr("Open &Recent"));
  file->addAction(actions_->action(ActionId::OpenDemo));
  file->addSeparator();
  file->addAction(actions_->action(ActionId::Import));
  file->addSeparator();
  file->addAction(actions_->action(ActionId::Close));
  file->addSeparator();
  file->addAction(actions_->action(ActionId::Quit));

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  edit->addAction(actions_->action(ActionId::Preferences));

  QMenu* view = menuBar()->addMenu(tr("&View"));
  workspaceMenu_ = view->addMenu(tr("&Workspace"));
  view->addAction(actions_->action(ActionId::RunningTasks));
  QMenu* theme = view->addMenu(tr("&Theme"));
  auto* themes = new QActionGroup(this);
  for (const char* id : {ActionId::ThemeSystem, ActionId::ThemeLight, ActionId::ThemeDark}) {
    QAction* a = actions_->action(id);
    themes->addAction(a);
    theme->addAction(a);
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(actions_->action(ActionId::UserGuide));
  help->addSeparator();
  help->addAction(actions_->action(ActionId::About));
  help->addAction(actions_->action(ActionId::AboutQt));
}

void MainWindow::connectActions() {
  connect(actions_->action(ActionId::New), &QAction::triggered, this, &MainWindow::newProject);
  connect(actions_->action(ActionId::Open), &QAction::triggered, this, &MainWindow::openProjectDialog);
  connect(actions_->action(ActionId::OpenDemo), &QAction::triggered, this, &MainWindow::openDemoProject);
  connect(actions_->action(ActionId::Import), &QAction::triggered, this, &MainWindow::importDataset);
  connect(welcome_, &WelcomePage::newProjectRequested, this, &MainWindow::newProject);
  connect(welcome_, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog);
  connect(welcome_, &WelcomePage::importRequested, this, &MainWindow::newProjectAndImport);
  connect(welcome_, &WelcomePage::demoRequested, this, &MainWindow::openDemoProject);
  connect(welcome_, &WelcomePage::recentProjectRequested, this, &MainWindow::openProject);
  connect(actions_->action(ActionId::Close), &QAction::triggered, session_.get(), &ProjectSession::close);
  connect(actions_->action(ActionId::ClearRecent), &QAction::triggered, &settings_, &AppSettings::clearRecentProjects);
  connect(actions_->action(ActionId::Quit), &QAction::triggered, this, &QWidget::close);
  connect(actions_->action(ActionId::UserGuide), &QAction::triggered, this, &MainWindow::showUserGuide);
  connect(actions_->action(ActionId::About), &QAction::triggered, this, &MainWindow::showAbout);
  connect(actions_->action(ActionId::Preferences), &QAction::triggered, this, &MainWindow::showPreferences);
  connect(actions_->action(ActionId::AboutQt), &QAction::triggered, qApp, &QApplication::aboutQt);
  connect(actions_->action(ActionId::RunningTasks), &QAction::triggered, tasksIndicator_,
          &RunningTasksIndicator::showTaskList);
  connect(tasksIndicator_, &RunningTasksIndicator::activityChanged, this, &MainWindow::updateWindowTitle);

  const QString current = settings_.theme();
  const std::pair<const char*, QString> themes[] = {{ActionId::ThemeSystem, QStringLiteral("system")},
                                                    {ActionId::ThemeLight, QStringLiteral("light")},
                                                    {ActionId::ThemeDark, QStringLiteral("dark")}};
  for (const auto& [id, name] : themes) {
    QAction* a = actions_->action(id);
    a->setChecked(name == current);
    connect(a, &QAction::triggered, this, [this, name = name] { settings_.setTheme(name); });
  }
  connect(&settings_, &AppSettings::themeChanged, this, [this, themes](const QString& theme) {
    applyTheme(theme);
    for (const auto& [id, name] : themes) actions_->action(id)->setChecked(name == theme);  // set in Preferences
  });
}

void MainWindow::addWorkspace(Workspace* workspace) {
  const int index = stack_->addWidget(workspace);
  auto* item = new QListWidgetItem(workspace->icon(), workspace->title(), switcher_);
  item->setToolTip(workspace->title());
  item->setSizeHint(QSize(0, 36));
  int widest = 0;
  for (int i = 0; i < switcher_->count(); ++i)
    widest = qMax(widest, switcher_->fontMetrics().horizontalAdvance(switcher_->item(i)->text()));
  switcher_->setFixedWidth(qMax(120, widest + switcher_->iconSize().width() + 40));
  if (index < 9) {
    QAction* a = actions_->add(ActionId::workspace(index + 1), workspace->title(),
                               QKeySequence(tr("Ctrl+%1").arg(index + 1)), workspace->icon());
    a->setCheckable(true);
    workspaceGroup_->addAction(a);
    workspaceMenu_->addAction(a);
    addAction(a);  // shortcut works even when the menu bar is hidden
    connect(a, &QAction::triggered, this, [this, index] {
      setCurrentWorkspace(index);
      focusWorkspace(index);  // a keyboard user switching with Ctrl+N types into the workspace next
    });
  }
  workspace->setProject(session_);
  connect(workspace, &Workspace::importRequested, actions_->action(ActionId::Import), &QAction::trigger);
  const QByteArray layout = settings_.workspaceLayout(workspace->objectName());
  if (!layout.isEmpty()) workspace->restoreLayout(layout);
  if (index == 0) setCurrentWorkspace(0);
}

void MainWindow::focusWorkspace(int index) {
  QWidget* w = stack_->widget(index);
  if (!w || !w->isVisible()) return;  // the welcome page is shown instead
  if (w->focusProxy()) {
    w->setFocus(Qt::ShortcutFocusReason);
    return;
  }
  // The first control of the workspace that Tab would reach.
  for (QWidget* next = w->nextInFocusChain(); next && next != w; next = next->nextInFocusChain())
    if (w->isAncestorOf(next) && next->isVisible() && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus)) {
      next->setFocus(Qt::ShortcutFocusReason);
      return;
    }
}

int MainWindow::workspaceCount() const { return stack_->count(); }

Workspace* MainWindow::workspace(int index) const { return qobject_cast<Workspace*>(stack_->widget(index)); }

Workspace* MainWindow::currentWorkspace() const { return qobject_cast<Workspace*>(stack_->currentWidget()); }

void MainWindow::setCurrentWorkspace(int index) {
  if (index < 0 || index >= workspaceCount()) return;
  // Only the visible workspace counts for the window's minimum size (QStackedWidget would take the largest).
  for (int i = 0; i < workspaceCount(); ++i)
    stack_->widget(i)->setSizePolicy(i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                     i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
  stack_->setCurrentIndex(index);
  if (switcher_->currentRow() != index) switcher_->setCurrentRow(index);
  if (QAction* a = actions_->action(ActionId::workspace(index + 1))) a->setChecked(true);
  settings_.setCurrentWorkspace(index);
}

void MainWindow::startUp(const QString& projectPath, bool forceDemo) {
  if (!projectPath.isEmpty()) {
    openProject(projectPath);
    return;
  }
  const QStringList recent = settings_.recentProjects();
  if (forceDemo || recent.isEmpty()) {
    openDemoProject();
    return;
  }
  if (QFileInfo::exists(recent.first())) openProject(recent.first());
}

bool MainWindow::openProject(const QString& path) {
  QString error;
  if (!session_->open(path, &error)) {
    if (!QFileInfo::exists(path)) settings_.removeRecentProject(path);
    QMessageBox::warning(this, tr("Cannot open project"), tr("The project could not be opened.\n\n%1").arg(error));
    return false;
  }
  settings_.addRecentProject(session_->path());
  return true;
}

void MainWindow::setDemoProject(const QString& path, const reco::DemoOptions& options) {
  demoPath_ = path;
  demoOptions_ = options;
}

void MainWindow::openDemoProject() {
  const QString path = demoPath_.isEmpty() ? DemoProjectJob::defaultPath() : demoPath_;
  if (QFileInfo::exists(path)) {
    QString error;
    if (session_->open(path, &error)) {
      settings_.addRecentProject(session_->path());
      return;
    }
    // An unusable demo (e.g. from an incompatible build) is rebuilt rather than reported.
  }
  buildDemo(path);
}

void MainWindow::buildDemo(const QString& path) {
  if (demoJob_) return;
  if (session_->path() == QFileInfo(path).absoluteFilePath()) session_->close();
  auto* job = new DemoProjectJob(this);
  demoJob_ = job;
  auto* progress = new QProgressDialog(tr("Creating the demo project (users, items and 90 days of events)…"),
                                       tr("Cancel"), 0, 1000, this);
  progress->setWindowTitle(tr("Demo Project"));
  progress->setAttribute(Qt::WA_DeleteOnClose);
  progress->setMinimumDuration(0);
  progress->setWindowModality(Qt::WindowModal);
  progress->setAutoClose(false);
  progress->setAutoReset(false);
  connect(job, &DemoProjectJob::progressChanged, progress, &QProgressDialog::setValue);
  connect(progress, &QProgressDialog::canceled, job, &DemoProjectJob::cancel);
  connect(job, &DemoProjectJob::finished, this, [this, job, progress, path](bool ok, const QString& error) {
    progress->close();
    job->deleteLater();
    if (ok) {
      openProject(path);
    } else if (!error.isEmpty()) {
      QMessageBox::warning(this, tr("Demo project"), tr("The demo project could not be created.\n\n%1").arg(error));
    } else {
      statusBar()->showMessage(tr("Demo project creation cancelled."), 5000);
    }
  });
  progress->show();
  job->start(path, demoOptions_);
}

void MainWindow::newProject() {
  const QStringList recent = settings_.recentProjects();
  const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
  QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir(dir).filePath(tr("untitled.reco")),
                                              tr("RecoEngine projects (*.reco)"));
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".reco");
  QString error;
  if (!session_->create(path, &error)) {
    QMessageBox::warning(this, tr("Cannot create project"), tr("The project could not be created.\n\n%1").arg(error));
    return;
  }
  settings_.addRecentProject(session_->path());
}

void MainWindow::openProjectDialog() {
  const QStringList recent = settings_.recentProjects();
  const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), dir,
                                                    tr("RecoEngine projects (*.reco);;All files (*)"));
  if (!path.isEmpty()) openProject(path);
}

void MainWindow::importDataset() {
  if (!session_->isOpen()) return;
  ImportWizard wizard(session_->path(), settings_, this);
  wizard.exec();
  if (wizard.committed()) session_->notifyDataChanged();
}

void MainWindow::newProjectAndImport() {
  newProject();
  if (session_->isOpen()) importDataset();  // nothing to import into when the dialog was cancelled
}

void MainWindow::rebuildRecentMenu() {
  recentMenu_->clear();
  const QStringList recent = settings_.recentProjects();
  for (int i = 0; i < recent.size(); ++i) {
    const QString path = recent.at(i);
    QString text = QStringLiteral("&%1 %2").arg(i == 9 ? 0 : i + 1).arg(QFileInfo(path).fileName());
    QAction* a = recentMenu_->addAction(text);
    a->setToolTip(path);
    a->setStatusTip(path);
    connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
  }
  if (!recent.isEmpty()) recentMenu_->addSeparator();
  recentMenu_->addAction(actions_->action(ActionId::ClearRecent));
  actions_->action(ActionId::ClearRecent)->setEnabled(!recent.isEmpty());
}

void MainWindow::updateProjectState() {
  const bool open = session_->isOpen();
  actions_->action(ActionId::Import)->setEnabled(open);
  actions_->action(ActionId::Close)->setEnabled(open);
  projectLabel_->setText(open ? pathForPeople(session_->path()) : tr("No project"));
  projectLabel_->setToolTip(open ? QDir::toNativeSeparators(session_->path()) : QString());
  const bool welcomeHadFocus = pages_->currentWidget() == welcome_;
  pages_->setCurrentWidget(open ? workspaceArea_ : welcome_);
  if (open && welcomeHadFocus && currentWorkspace()) currentWorkspace()->setFocus();
  if (!open) welcome_->setFocus();
  updateWindowTitle();
}

void MainWindow::updateWindowTitle() {
  const bool open = session_->isOpen();
  const QString activity = tasksIndicator_->activity();
  const QString file = open ? QFileInfo(session_->path()).fileName() : QString();
  if (activity.isEmpty())
    setWindowTitle(open ? tr("%1 — RecoEngine").arg(file) : tr("RecoEngine"));
  else  // a leading marker while work runs, readable in a task bar that cuts the title short
    setWindowTitle(open ? tr("● %1 — %2… — RecoEngine").arg(file, activity) : tr("● %1… — RecoEngine").arg(activity));
}

void MainWindow::showAbout() {
  AboutDialog about(this);
  about.exec();
}

UserGuide* MainWindow::userGuide() const { return guide_; }

void MainWindow::showUserGuide() {
  if (!guide_) guide_ = new UserGuide(QLocale(), this);
  const Workspace* current = currentWorkspace();
  guide_->showChapter(current ? current->guideChapter() : UserGuide::Index);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!closeGuard_->mayClose()) {  // asks while work runs; closes the window itself once cancelled work ended
    event->ignore();
    return;
  }
  if (demoJob_ && demoJob_->isRunning()) demoJob_->cancel();
  settings_.setWindowGeometry(saveGeometry());
  settings_.setWindowState(saveState());
  for (int i = 0; i < workspaceCount(); ++i) {
    const QByteArray layout = workspace(i)->saveLayout();
    if (!layout.isEmpty()) settings_.setWorkspaceLayout(workspace(i)->objectName(), layout);
  }
  settings_.sync();
  event->accept();
}

void MainWindow::showPreferences() {
  PreferencesDialog dialog(settings_, this);
  const QString language = settings_.language();
  if (dialog.exec() == QDialog::Accepted && settings_.language() != language)
    statusBar()->showMessage(tr("The new language applies when RecoEngine is started again."), 10000);
}

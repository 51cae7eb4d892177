// What the window shows when there is nothing to show yet: the welcome page without a project (its four buttons,
// the recent projects, File > Open Demo Project building the demo in the background), the Data workspace's
// "No events yet" state whose button runs File > Import Dataset, and Models' Try it / Evaluate without a model.
// Renders the welcome page and an empty state in light and dark at 1280x800 ($RECO_SHOT_DIR keeps them).
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <initializer_list>

#include "ShotWriter.h"
#include "TestProject.h"
#include "core/storage/EventStore.h"
#include "core/storage/Project.h"
#include "ui/app/ActionRegistry.h"
#include "ui/app/AppSettings.h"
#include "ui/app/MainWindow.h"
#include "ui/app/Theme.h"
#include "ui/app/WelcomePage.h"
#include "ui/base/EmptyState.h"
#include "ui/base/ProjectSession.h"
#include "ui/dashboard/DashboardWorkspace.h"
#include "ui/data/DataWorkspace.h"
#include "ui/models/EvaluatePage.h"
#include "ui/models/ModelsWorkspace.h"
#include "ui/models/TrainPage.h"
#include "ui/models/TryItPage.h"

namespace {

template <class W>
W* findWorkspace(MainWindow& window, int* index = nullptr) {
  for (int i = 0; i < window.workspaceCount(); ++i)
    if (auto* w = qobject_cast<W*>(window.workspace(i))) {
      if (index) *index = i;
      return w;
    }
  return nullptr;
}

// Makes W's workspace current in a 1280x800 window that is shown and exposed; null when there is no such workspace.
template <class W>
W* showWorkspace(MainWindow& window) {
  int index = -1;
  W* workspace = findWorkspace<W>(window, &index);
  if (!workspace) return nullptr;
  window.setCurrentWorkspace(index);
  window.resize(1280, 800);
  window.show();
  return QTest::qWaitForWindowExposed(&window) ? workspace : nullptr;
}

// Shown to the user: visible in the window, not merely not hidden.
bool shown(const QWidget* w) { return w && w->isVisible(); }

class EmptyStatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    iniPath_ = dir_.filePath(QStringLiteral("settings.ini"));
    emptyPath_ = dir_.filePath(QStringLiteral("empty.reco"));
    reco::Project::create(emptyPath_.toStdString());
  }
  void TearDown() override { applyTheme(QStringLiteral("system")); }

  QTemporaryDir dir_;
  QString iniPath_;
  QString emptyPath_;
};

TEST_F(EmptyStatesTest, WithoutAProjectTheWelcomePageShowsItsButtonsAndTheRecentProjects) {
  AppSettings settings(iniPath_);
  const QString missing = dir_.filePath(QStringLiteral("gone.reco"));
  settings.addRecentProject(missing);
  settings.addRecentProject(emptyPath_);
  MainWindow window(settings);
  window.resize(1280, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  WelcomePage* welcome = window.welcomePage();
  ASSERT_TRUE(shown(welcome));
  for (QPushButton* b : {welcome->newButton(), welcome->openButton(), welcome->importButton(), welcome->demoButton()}) {
    EXPECT_TRUE(shown(b));
    EXPECT_FALSE(b->accessibleName().isEmpty());
    EXPECT_EQ(b->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
  }
  EXPECT_EQ(welcome->newButton()->accessibleName(), QStringLiteral("New project"));
  EXPECT_EQ(welcome->importButton()->accessibleName(), QStringLiteral("Import data"));
  EXPECT_EQ(welcome->demoButton()->accessibleName(), QStringLiteral("Open demo project"));
  EXPECT_EQ(window.actions()->action(ActionId::OpenDemo)->text(), QStringLiteral("Open &Demo Project"));

  QListWidget* recent = welcome->recentList();
  ASSERT_TRUE(shown(recent));
  EXPECT_FALSE(recent->accessibleName().isEmpty());
  ASSERT_EQ(recent->count(), 2);  // newest first; the missing one listed but not openable
  EXPECT_TRUE(recent->item(0)->text().startsWith(QStringLiteral("empty.reco")));
  EXPECT_TRUE(recent->item(1)->text().contains(QStringLiteral("missing")));
  EXPECT_FALSE(recent->item(1)->flags() & Qt::ItemIsEnabled);

  // Keyboard only: Tab walks the four buttons, then the recent list, where Enter opens the current project.
  window.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  EXPECT_EQ(QApplication::focusWidget(), welcome->newButton());
  for (QWidget* next : std::initializer_list<QWidget*>{welcome->openButton(), welcome->importButton(),
                                                      welcome->demoButton(), recent}) {
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), next) << next->accessibleName().toStdString();
  }
  recent->setFocus();
  recent->setCurrentRow(0);
  QTest::keyClick(recent, Qt::Key_Return);
  ASSERT_TRUE(window.session()->isOpen());
  EXPECT_EQ(window.session()->path(), QFileInfo(emptyPath_).absoluteFilePath());
  EXPECT_FALSE(shown(welcome));

  window.actions()->action(ActionId::Close)->trigger();
  EXPECT_TRUE(shown(welcome));
}

TEST_F(EmptyStatesTest, OpenDemoProjectBuildsTheDemoInTheBackgroundAndOpensIt) {
  AppSettings settings(iniPath_);
  MainWindow window(settings);
  reco::DemoOptions small;
  small.users = 150;
  small.items = 60;
  small.days = 10;
  const QString demoPath = dir_.filePath(QStringLiteral("demo.reco"));
  window.setDemoProject(demoPath, small);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  QSignalSpy opened(window.session().get(), &ProjectSession::projectOpened);
  window.actions()->action(ActionId::OpenDemo)->trigger();
  EXPECT_FALSE(window.session()->isOpen());  // still building, off the GUI thread
  ASSERT_TRUE(opened.wait(120000));
  ASSERT_TRUE(window.session()->isOpen());
  EXPECT_EQ(window.session()->path(), QFileInfo(demoPath).absoluteFilePath());
  EXPECT_GT(reco::eventCount(window.session()->project()->db()), 0);
  EXPECT_FALSE(shown(window.welcomePage()));
  EXPECT_EQ(settings.recentProjects().value(0), QFileInfo(demoPath).absoluteFilePath());
}

TEST_F(EmptyStatesTest, AnEmptyProjectSaysNoEventsAndItsButtonRunsTheImportAction) {
  AppSettings settings(iniPath_);
  MainWindow window(settings);
  DataWorkspace* data = showWorkspace<DataWorkspace>(window);
  ASSERT_NE(data, nullptr);
  ASSERT_TRUE(window.openProject(emptyPath_));
  EmptyState* empty = data->noEventsState();
  ASSERT_TRUE(shown(empty));
  EXPECT_FALSE(shown(data->tabs()));
  EXPECT_EQ(empty->heading(), QStringLiteral("No events yet"));
  EXPECT_FALSE(empty->message().isEmpty());
  ASSERT_EQ(empty->buttons().size(), 1);
  QPushButton* import = empty->buttons().first();
  EXPECT_EQ(import->accessibleName(), QStringLiteral("Import data"));
  EXPECT_TRUE(shown(import));

  QSignalSpy triggered(window.actions()->action(ActionId::Import), &QAction::triggered);
  bool wizardShown = false;
  QTimer::singleShot(0, &window, [&wizardShown] {  // the import wizard is modal: note it and close it
    if (QWidget* modal = QApplication::activeModalWidget()) {
      wizardShown = true;
      modal->close();
    }
  });
  import->setFocus();
  QTest::keyClick(import, Qt::Key_Space);
  EXPECT_EQ(triggered.count(), 1);
  EXPECT_TRUE(wizardShown);

  // The Dashboard and Models' Train tab say the same and offer the same way forward.
  auto* dashboard = findWorkspace<DashboardWorkspace>(window);
  ModelsWorkspace* models = showWorkspace<ModelsWorkspace>(window);
  ASSERT_NE(dashboard, nullptr);
  ASSERT_NE(models, nullptr);
  models->showTab(models->trainPage());
  EXPECT_TRUE(shown(models->trainEmptyState()));
  EXPECT_FALSE(shown(models->trainPage()));
  EXPECT_TRUE(dashboard->noEventsState()->isVisibleTo(dashboard));
  EXPECT_FALSE(dashboard->dashboardContent()->isVisibleTo(dashboard));
  for (EmptyState* other : {dashboard->noEventsState(), models->trainEmptyState()}) {
    EXPECT_EQ(other->heading(), QStringLiteral("No events yet"));
    ASSERT_EQ(other->buttons().size(), 1);
    QTimer::singleShot(0, &window, [] {
      if (QWidget* modal = QApplication::activeModalWidget()) modal->close();
    });
    other->buttons().first()->click();
  }
  EXPECT_EQ(triggered.count(), 3);

  // Once the project holds events the tables replace the empty state.
  window.session()->close();
  const QString withEvents = dir_.filePath(QStringLiteral("events.reco"));
  testproject::buildSmallProject(withEvents.toStdString());
  ASSERT_TRUE(window.openProject(withEvents));
  EXPECT_TRUE(shown(models->trainPage()));
  EXPECT_FALSE(shown(models->trainEmptyState()));
  ASSERT_EQ(showWorkspace<DataWorkspace>(window), data);
  EXPECT_FALSE(shown(empty));
  EXPECT_TRUE(shown(data->tabs()));
  EXPECT_FALSE(dashboard->noEventsState()->isVisibleTo(dashboard));
}

TEST_F(EmptyStatesTest, AModelLessProjectShowsTryItAndEvaluateEmptyStates) {
  AppSettings settings(iniPath_);
  MainWindow window(settings);
  ModelsWorkspace* models = showWorkspace<ModelsWorkspace>(window);
  ASSERT_NE(models, nullptr);
  const QString path = dir_.filePath(QStringLiteral("small.reco"));
  testproject::buildSmallProject(path.toStdString());
  ASSERT_TRUE(window.openProject(path));

  models->showTab(models->tryItPage());
  EXPECT_TRUE(shown(models->tryItEmptyState()));
  EXPECT_FALSE(shown(models->tryItPage()));
  EXPECT_EQ(models->tryItEmptyState()->heading(), QStringLiteral("No trained model yet"));
  QTest::qWait(20);
  shots::keep(shots::render(window), QStringLiteral("models-try-it-no-model"));
  models->showTab(models->evaluatePage());
  EXPECT_TRUE(shown(models->evaluateEmptyState()));
  ASSERT_EQ(models->evaluateEmptyState()->buttons().size(), 1);
  models->evaluateEmptyState()->buttons().first()->click();  // "Train a model…" opens the Train tab
  EXPECT_EQ(models->tabs()->currentIndex(), 0);
}

TEST_F(EmptyStatesTest, RendersTheWelcomePageAndAnEmptyStateInLightAndDark) {
  AppSettings settings(iniPath_);
  settings.addRecentProject(dir_.filePath(QStringLiteral("shop-2025.reco")));
  settings.addRecentProject(emptyPath_);
  MainWindow window(settings);
  ASSERT_NE(showWorkspace<DataWorkspace>(window), nullptr);
  for (const char* theme : {"light", "dark"}) {
    applyTheme(QLatin1String(theme));
    window.session()->close();
    QTest::qWait(50);
    const QImage welcome = shots::render(window);
    shots::keep(welcome, QStringLiteral("welcome-%1").arg(QLatin1String(theme)));
    EXPECT_EQ(welcome.size(), QSize(1280, 800));
    EXPECT_GT(shots::distinctColours(welcome), 30);
    EXPECT_GT(shots::nonBackgroundShare(welcome), 0.03);

    ASSERT_TRUE(window.openProject(emptyPath_));
    QTest::qWait(50);
    const QImage empty = shots::render(window);
    shots::keep(empty, QStringLiteral("data-no-events-%1").arg(QLatin1String(theme)));
    EXPECT_GT(shots::distinctColours(empty), 30);
  }
}

}  // namespace

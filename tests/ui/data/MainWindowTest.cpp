// Offscreen smoke test of the main window on a small demo project: workspaces, actions, persistence, rendering.
#include <gtest/gtest.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "ShotWriter.h"
#include "TestProject.h"
#include "ui/app/ActionRegistry.h"
#include "ui/app/AppSettings.h"
#include "ui/app/MainWindow.h"
#include "ui/base/ProjectSession.h"
#include "ui/data/DataTableModel.h"
#include "ui/data/DataTablePage.h"
#include "ui/data/DataWorkspace.h"
#include "ui/data/DatasetSummaryPanel.h"

namespace {

class MainWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    projectPath_ = dir_.filePath(QStringLiteral("demo.reco"));
    testproject::buildDemoProject(projectPath_.toStdString());
    iniPath_ = dir_.filePath(QStringLiteral("settings.ini"));
  }
  QTemporaryDir dir_;
  QString projectPath_;
  QString iniPath_;
};

TEST_F(MainWindowTest, OpensTheDemoProjectAndRendersTheDataWorkspace) {
  AppSettings settings(iniPath_);
  MainWindow window(settings);
  ASSERT_GE(window.workspaceCount(), 1);
  DataWorkspace* data = nullptr;
  for (int i = 0; i < window.workspaceCount(); ++i) {
    EXPECT_FALSE(window.workspace(i)->title().isEmpty());
    if (auto* d = qobject_cast<DataWorkspace*>(window.workspace(i))) data = d;
  }
  ASSERT_NE(data, nullptr);
  for (int i = 0; i < window.workspaceCount(); ++i)
    if (window.workspace(i) == data) window.setCurrentWorkspace(i);
  QSignalSpy summaryShown(data->summaryPanel(), &DatasetSummaryPanel::summaryShown);
  ASSERT_TRUE(window.openProject(projectPath_));
  window.resize(1280, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  ASSERT_TRUE(summaryShown.count() > 0 || summaryShown.wait(20000));

  ASSERT_TRUE(data->summaryPanel()->summary().has_value());
  const reco::DatasetSummary& s = *data->summaryPanel()->summary();
  EXPECT_EQ(s.users, 200);
  EXPECT_EQ(s.items, 100);
  EXPECT_GT(s.events, 0);
  EXPECT_EQ(data->summaryPanel()->eventsByTypeTable()->rowCount(), static_cast<int>(s.eventsByType.size()));
  EXPECT_EQ(data->usersPage()->model()->totalRows(), 200);
  EXPECT_EQ(data->eventsPage()->model()->totalRows(), s.events);

  data->tabs()->setCurrentIndex(2);  // events
  QTest::qWait(50);
  const QImage image = shots::render(window);
  shots::keep(image, QStringLiteral("main-window-data-events"));
  EXPECT_EQ(image.size(), QSize(1280, 800));
  EXPECT_GT(shots::distinctColours(image), 30);
  EXPECT_GT(shots::nonBackgroundShare(image), 0.05);

  data->tabs()->setCurrentIndex(1);  // items
  QTest::qWait(50);
  shots::keep(shots::render(window), QStringLiteral("main-window-data-items"));
  data->tabs()->setCurrentIndex(0);
  QTest::qWait(50);
  shots::keep(shots::render(window), QStringLiteral("main-window-data-users"));
}

TEST_F(MainWindowTest, ActionsHaveTheirShortcutsAndFollowTheProjectState) {
  AppSettings settings(iniPath_);
  MainWindow window(settings);
  ActionRegistry* actions = window.actions();
  EXPECT_EQ(actions->action(ActionId::New)->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));
  EXPECT_EQ(actions->action(ActionId::Open)->shortcut(), QKeySequence(QStringLiteral("Ctrl+O")));
  EXPECT_EQ(actions->action(ActionId::Close)->shortcut(), QKeySequence(QStringLiteral("Ctrl+W")));
  EXPECT_EQ(actions->action(ActionId::Import)->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
  EXPECT_EQ(actions->action(ActionId::Quit)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
  ASSERT_NE(actions->action(ActionId::workspace(1)), nullptr);
  EXPECT_EQ(actions->action(ActionId::workspace(1))->shortcut(), QKeySequence(QStringLiteral("Ctrl+1")));

  EXPECT_FALSE(actions->action(ActionId::Import)->isEnabled());  // nothing to import into yet
  ASSERT_TRUE(window.openProject(projectPath_));
  EXPECT_TRUE(actions->action(ActionId::Import)->isEnabled());
  actions->action(ActionId::Close)->trigger();
  EXPECT_FALSE(window.session()->isOpen());
  EXPECT_FALSE(actions->action(ActionId::Import)->isEnabled());
}

TEST_F(MainWindowTest, GeometryAndRecentProjectsPersistBetweenRuns) {
  QByteArray geometry;
  QSize size;
  {
    AppSettings settings(iniPath_);
    MainWindow window(settings);
    ASSERT_TRUE(window.openProject(projectPath_));
    window.resize(1000, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    size = window.size();
    window.close();
    geometry = window.saveGeometry();
  }
  AppSettings settings(iniPath_);
  ASSERT_FALSE(settings.recentProjects().isEmpty());
  EXPECT_EQ(settings.recentProjects().first(), QFileInfo(projectPath_).absoluteFilePath());
  EXPECT_EQ(settings.windowGeometry(), geometry);
  MainWindow window(settings);
  window.startUp(QString(), false);  // reopens the most recent project
  ASSERT_TRUE(window.session()->isOpen());
  EXPECT_EQ(window.session()->path(), QFileInfo(projectPath_).absoluteFilePath());
  EXPECT_EQ(window.size(), size);
}

// The status bar names the open project as a user reads its place: "~/…" under the home folder, the whole path in
// the tooltip (issue 14: the screenshots showed a temporary folder's path).
TEST_F(MainWindowTest, StatusBarShowsTheProjectUnderTheHomeFolderAsTilde) {
  const QByteArray oldHome = qgetenv("HOME");
  const QString home = dir_.filePath(QStringLiteral("home"));
  ASSERT_TRUE(QDir().mkpath(home + QStringLiteral("/Documents")));
  const QString inHome = home + QStringLiteral("/Documents/demo.reco");
  ASSERT_TRUE(QFile::copy(projectPath_, inHome));
  qputenv("HOME", QFile::encodeName(home));
  {
    AppSettings settings(iniPath_);
    MainWindow window(settings);
    ASSERT_TRUE(window.openProject(inHome));
    QLabel* label = nullptr;
    for (QLabel* l : window.statusBar()->findChildren<QLabel*>())
      if (l->toolTip() == QDir::toNativeSeparators(inHome)) label = l;
    ASSERT_NE(label, nullptr);
#ifndef Q_OS_WIN
    EXPECT_EQ(label->text(), QStringLiteral("~/Documents/demo.reco"));
#endif
    window.session()->close();
  }
  qputenv("HOME", oldHome);
}

TEST(AppSettingsTest, RecentProjectsAreDedupedAndCapped) {
  QTemporaryDir dir;
  AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
  for (int i = 0; i < 15; ++i) settings.addRecentProject(dir.filePath(QStringLiteral("p%1.reco").arg(i)));
  settings.addRecentProject(dir.filePath(QStringLiteral("p3.reco")));
  const QStringList recent = settings.recentProjects();
  ASSERT_EQ(recent.size(), AppSettings::kMaxRecentProjects);
  EXPECT_TRUE(recent.first().endsWith(QStringLiteral("p3.reco")));
  EXPECT_EQ(recent.count(recent.first()), 1);
  EXPECT_TRUE(recent.at(1).endsWith(QStringLiteral("p14.reco")));
  settings.removeRecentProject(recent.first());
  EXPECT_EQ(settings.recentProjects().size(), AppSettings::kMaxRecentProjects - 1);
  EXPECT_EQ(settings.theme(), QStringLiteral("system"));
}

}  // namespace

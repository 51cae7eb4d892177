// The global work-in-progress indicator (issue 14, item 6): the status bar shows running work and hides when idle,
// the list's Cancel cancels its task, the window title carries a marker while work runs, and closing the window
// while work runs asks first and does what the answer says.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <exception>
#include <thread>

#include "ShotWriter.h"
#include "TestProject.h"
#include "ui/app/ActionRegistry.h"
#include "ui/app/AppSettings.h"
#include "ui/app/MainWindow.h"
#include "ui/app/RunningTasksCloseGuard.h"
#include "ui/app/RunningTasksIndicator.h"
#include "ui/app/RunningTasksList.h"
#include "ui/base/ProjectTask.h"
#include "ui/base/TaskMonitor.h"

namespace {

struct Stopped : std::exception {};

// A task that reports "half way" and runs until released or cancelled; a cancelled run takes stopDelayMs to stop
// (so the close guard's wait is visible) and ends Cancelled.
class WaitingTask {
 public:
  explicit WaitingTask(const QString& name, int stopDelayMs = 0) : stopDelayMs_(stopDelayMs) { task_.setName(name); }
  ~WaitingTask() { task_.cancelAndWait(); }

  void start() {
    release_ = false;
    task_.run<Stopped>([this](TaskContext& ctx, int&) {
      ctx.report(500, QStringLiteral("half way"));
      while (!release_ && !ctx.isCancelled()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
      if (ctx.isCancelled()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(stopDelayMs_));
        throw Stopped();
      }
    });
  }
  void release() { release_ = true; }
  ProjectTask<int>& task() { return task_; }
  bool waitEnded() {
    return QTest::qWaitFor([this] { return !task_.isRunning(); }, 10000);
  }

 private:
  int stopDelayMs_;
  std::atomic<bool> release_{false};
  ProjectTask<int> task_;
};

// Clicks `button` in the next message box that opens; `text` receives its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text) {
  auto* poll = new QTimer;
  poll->setInterval(20);
  QObject::connect(poll, &QTimer::timeout, poll, [poll, button, text] {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (!box) return;
    *text = box->text();
    box->button(button)->click();
    poll->deleteLater();
  });
  poll->start();
}

class RunningTasksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    projectPath_ = dir_.filePath(QStringLiteral("shop.reco"));
    testproject::buildSmallProject(projectPath_.toStdString());
    settings_ = std::make_unique<AppSettings>(dir_.filePath(QStringLiteral("settings.ini")));
    window_ = std::make_unique<MainWindow>(*settings_);
    ASSERT_TRUE(window_->openProject(projectPath_));
    window_->resize(1280, 800);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    // The project's own view refreshes (summary, dashboard) end first.
    ASSERT_TRUE(QTest::qWaitFor([] { return TaskMonitor::instance().running().isEmpty(); }, 20000));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !indicator()->isBusy(); }, 2000));
  }
  void TearDown() override { window_.reset(); }

  RunningTasksIndicator* indicator() const { return window_->runningTasksIndicator(); }
  bool waitBusy(bool busy) {
    return QTest::qWaitFor([this, busy] { return indicator()->isBusy() == busy; }, 5000);
  }

  QTemporaryDir dir_;
  QString projectPath_;
  std::unique_ptr<AppSettings> settings_;
  std::unique_ptr<MainWindow> window_;
};

TEST_F(RunningTasksTest, IndicatorAndTitleMarkerShowWhileWorkRunsAndGoWhenItEnds) {
  EXPECT_FALSE(indicator()->isVisible());
  EXPECT_EQ(window_->windowTitle(), QStringLiteral("shop.reco — RecoEngine"));

  WaitingTask training(QStringLiteral("Training iALS"));
  training.start();
  ASSERT_TRUE(waitBusy(true));
  EXPECT_TRUE(indicator()->isVisible());
  EXPECT_EQ(indicator()->text(), QStringLiteral("Training iALS — half way"));
  EXPECT_EQ(indicator()->progressBar()->value(), 500);
  EXPECT_EQ(window_->windowTitle(), QStringLiteral("● shop.reco — Training iALS… — RecoEngine"));
  shots::keep(shots::render(*window_), QStringLiteral("running-tasks-status-bar"));

  WaitingTask import(QStringLiteral("Importing events.csv"));
  import.start();
  ASSERT_TRUE(QTest::qWaitFor([this] { return indicator()->text().endsWith(QStringLiteral("+1 more")); }, 5000))
      << indicator()->text().toStdString();
  EXPECT_TRUE(indicator()->text().startsWith(QStringLiteral("Training iALS — half way")));  // the oldest stays
  EXPECT_EQ(window_->windowTitle(), QStringLiteral("● shop.reco — Training iALS and 1 more… — RecoEngine"));

  training.release();
  ASSERT_TRUE(training.waitEnded());
  EXPECT_EQ(training.task().state(), BackgroundTask::State::Succeeded);
  ASSERT_TRUE(QTest::qWaitFor([this] { return indicator()->text() == QStringLiteral("Importing events.csv — half way"); },
                              5000));
  import.release();
  ASSERT_TRUE(import.waitEnded());
  ASSERT_TRUE(waitBusy(false));
  EXPECT_FALSE(indicator()->isVisible());
  EXPECT_EQ(window_->windowTitle(), QStringLiteral("shop.reco — RecoEngine"));
}

TEST_F(RunningTasksTest, CancelInTheListCancelsThatTaskOnly) {
  WaitingTask first(QStringLiteral("Evaluating models"));
  WaitingTask second(QStringLiteral("Training EASE"));
  first.start();
  second.start();
  ASSERT_TRUE(waitBusy(true));

  // Keyboard: View > Running Tasks… (Ctrl+Shift+T) opens the list.
  QAction* open = window_->actions()->action(ActionId::RunningTasks);
  ASSERT_NE(open, nullptr);
  EXPECT_EQ(open->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
  open->trigger();
  RunningTasksList* list = indicator()->taskList();
  ASSERT_NE(list, nullptr);
  ASSERT_TRUE(QTest::qWaitFor([list] { return list->isVisible(); }, 2000));
  EXPECT_EQ(list->rowCount(), 2);
  shots::keep(shots::render(*list), QStringLiteral("running-tasks-list"));

  QPushButton* cancel = list->cancelButton(&second.task());
  ASSERT_NE(cancel, nullptr);
  cancel->click();
  ASSERT_TRUE(second.waitEnded());
  EXPECT_EQ(second.task().state(), BackgroundTask::State::Cancelled);
  EXPECT_TRUE(first.task().isRunning());
  ASSERT_TRUE(QTest::qWaitFor([list] { return list->rowCount() == 1; }, 2000));
  EXPECT_EQ(list->cancelButton(&second.task()), nullptr);
  list->close();

  // Mouse: clicking the indicator opens the list too.
  QTest::mouseClick(indicator(), Qt::LeftButton);
  ASSERT_TRUE(QTest::qWaitFor([list] { return list->isVisible(); }, 2000));
  list->cancelButton(&first.task())->click();
  ASSERT_TRUE(first.waitEnded());
  EXPECT_EQ(first.task().state(), BackgroundTask::State::Cancelled);
  ASSERT_TRUE(waitBusy(false));
}

TEST_F(RunningTasksTest, ClosingWhileWorkRunsAsksAndNoKeepsTheWindow) {
  WaitingTask import(QStringLiteral("Importing events.csv"));
  WaitingTask training(QStringLiteral("Training iALS"));
  import.start();
  training.start();
  QString question;
  answerNextMessageBox(QMessageBox::No, &question);
  EXPECT_FALSE(window_->close());
  EXPECT_EQ(question, QStringLiteral("2 tasks are running: Importing events.csv, Training iALS.\n\nCancel them and quit?"));
  EXPECT_TRUE(window_->isVisible());
  EXPECT_TRUE(import.task().isRunning());
  EXPECT_TRUE(training.task().isRunning());
  EXPECT_FALSE(window_->closeGuard()->isQuitting());
  import.release();
  training.release();
  ASSERT_TRUE(import.waitEnded());
  ASSERT_TRUE(training.waitEnded());
  EXPECT_EQ(import.task().state(), BackgroundTask::State::Succeeded);
}

TEST_F(RunningTasksTest, ClosingWhileWorkRunsAsksAndYesCancelsWaitsThenCloses) {
  WaitingTask training(QStringLiteral("Training iALS"), /*stopDelayMs=*/600);
  training.start();
  QString question;
  answerNextMessageBox(QMessageBox::Yes, &question);
  EXPECT_FALSE(window_->close());  // not yet: the task is stopping
  EXPECT_EQ(question, QStringLiteral("1 task is running: Training iALS.\n\nCancel it and quit?"));
  EXPECT_TRUE(window_->closeGuard()->isQuitting());
  ASSERT_NE(window_->closeGuard()->waitDialog(), nullptr);
  EXPECT_TRUE(window_->closeGuard()->waitDialog()->isVisible());
  EXPECT_TRUE(window_->closeGuard()->waitDialog()->labelText().contains(QStringLiteral("Training iALS")));
  EXPECT_TRUE(window_->isVisible());
  // The event loop keeps running while the task stops, and the window closes by itself once it has.
  ASSERT_TRUE(QTest::qWaitFor([this] { return !window_->isVisible(); }, 10000));
  EXPECT_FALSE(training.task().isRunning());
  EXPECT_EQ(training.task().state(), BackgroundTask::State::Cancelled);
}

TEST_F(RunningTasksTest, ClosingOverAViewRefreshDoesNotAsk) {
  WaitingTask refresh(QStringLiteral("Refreshing the dashboard"));
  refresh.task().setViewRefresh(true);
  refresh.start();
  EXPECT_TRUE(window_->close());  // no message box: it would block here
  EXPECT_FALSE(window_->isVisible());
  refresh.release();
  ASSERT_TRUE(refresh.waitEnded());
}

}  // namespace

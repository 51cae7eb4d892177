// The background-task runner (ui/base): outcome, progress on the GUI thread, cancel (prompt and late), errors,
// a task destroyed with its window mid-run, and the TaskMonitor that sees every task.
#include <gtest/gtest.h>

#include <QApplication>
#include <QImage>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QWidget>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/storage/Project.h"
#include "ui/base/ProjectTask.h"
#include "ui/base/TaskMonitor.h"

namespace {

struct Stopped : std::runtime_error {
  Stopped() : std::runtime_error("stopped") {}
};

struct Count {
  int value = 0;
  bool projectOpen = false;
};

class ProjectTaskTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    path_ = dir_.filePath(QStringLiteral("task.reco"));
    reco::Project::create(path_.toStdString());
  }
  // Waits for finished() (already emitted counts).
  static bool waitFinished(BackgroundTask& task, QSignalSpy& spy) {
    return !spy.isEmpty() || spy.wait(20000) || task.state() != BackgroundTask::State::Running;
  }
  QTemporaryDir dir_;
  QString path_;
};

void spinUntil(const std::atomic<bool>& flag) {
  while (!flag) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

}  // namespace

TEST_F(ProjectTaskTest, DeliversOutcomeAndProgressOnTheGuiThread) {
  ProjectTask<Count> task;
  QList<int> permilles;
  QStringList stages;
  bool allOnGuiThread = true;
  QObject::connect(&task, &BackgroundTask::progressChanged, &task, [&](int permille, const QString& stage) {
    allOnGuiThread = allOnGuiThread && QThread::currentThread() == qApp->thread();
    permilles.append(permille);
    stages.append(stage);
  });
  QSignalSpy finished(&task, &BackgroundTask::finished);
  const Qt::HANDLE guiThread = QThread::currentThreadId();
  std::atomic<bool> ranOnWorker{false};
  ASSERT_TRUE(task.start(path_, [&ranOnWorker, guiThread](reco::Project& project, TaskContext& ctx, Count& out) {
    ranOnWorker = QThread::currentThreadId() != guiThread;
    out.projectOpen = project.path() != std::string();
    for (int i = 1; i <= 4; ++i) {
      out.value += i;
      ctx.report(i * 250, QStringLiteral("step %1").arg(i));
    }
  }));
  EXPECT_TRUE(task.isRunning());
  EXPECT_FALSE(task.start(path_, [](reco::Project&, TaskContext&, Count&) {}));  // one run at a time
  ASSERT_TRUE(waitFinished(task, finished));
  EXPECT_EQ(finished.count(), 1);
  EXPECT_EQ(task.state(), BackgroundTask::State::Succeeded);
  EXPECT_TRUE(task.error().isEmpty());
  EXPECT_EQ(task.outcome().value, 10);
  EXPECT_TRUE(task.outcome().projectOpen);
  EXPECT_TRUE(ranOnWorker);
  EXPECT_TRUE(allOnGuiThread);
  EXPECT_EQ(permilles, (QList<int>{250, 500, 750, 1000}));  // all of them, in order, before finished()
  EXPECT_EQ(stages.last(), QStringLiteral("step 4"));
}

TEST_F(ProjectTaskTest, ThrottledProgressDropsRepeatsButKeepsChanges) {
  ProjectTask<Count> task;
  QList<int> permilles;
  QObject::connect(&task, &BackgroundTask::progressChanged, &task,
                   [&](int permille, const QString&) { permilles.append(permille); });
  QSignalSpy finished(&task, &BackgroundTask::finished);
  task.start(path_, [](reco::Project&, TaskContext& ctx, Count&) {
    for (int i = 0; i < 100; ++i) ctx.progress(1, QString());  // the same permille, well within 100 ms
    ctx.progress(2, QString());
  });
  ASSERT_TRUE(waitFinished(task, finished));
  EXPECT_EQ(permilles, (QList<int>{1, 2}));
}

TEST_F(ProjectTaskTest, CancelStopsAtTheNextCheck) {
  ProjectTask<Count> task;
  QSignalSpy finished(&task, &BackgroundTask::finished);
  QSignalSpy progress(&task, &BackgroundTask::progressChanged);
  task.start<Stopped>(path_, [](reco::Project&, TaskContext& ctx, Count& out) {
    ctx.report(0, QStringLiteral("working"));
    for (;;) {
      ++out.value;
      if (ctx.isCancelled()) throw Stopped();
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  });
  ASSERT_TRUE(progress.wait(20000));
  task.cancel();
  EXPECT_TRUE(task.isCancelling());
  ASSERT_TRUE(waitFinished(task, finished));
  EXPECT_EQ(task.state(), BackgroundTask::State::Cancelled);
  EXPECT_TRUE(task.error().isEmpty());
  EXPECT_GT(task.outcome().value, 0);  // what the body filled before it stopped stays readable
}

TEST_F(ProjectTaskTest, LateCancelCountsOnlyWhenAsked) {
  for (const bool late : {true, false}) {
    ProjectTask<Count> task;
    QSignalSpy finished(&task, &BackgroundTask::finished);
    std::atomic<bool> release{false};
    task.start(
        path_,
        [&release](reco::Project&, TaskContext&, Count& out) {
          spinUntil(release);  // never looks at the cancel flag
          out.value = 1;
        },
        late);
    task.cancel();
    release = true;
    ASSERT_TRUE(waitFinished(task, finished));
    EXPECT_EQ(task.state(), late ? BackgroundTask::State::Cancelled : BackgroundTask::State::Succeeded) << late;
    EXPECT_EQ(task.outcome().value, 1);
  }
}

TEST_F(ProjectTaskTest, ErrorsCarryTheExceptionText) {
  ProjectTask<Count> task;
  QSignalSpy finished(&task, &BackgroundTask::finished);
  task.start<Stopped>(path_, [](reco::Project&, TaskContext& ctx, Count&) {
    if (!ctx.isCancelled()) throw std::invalid_argument("bad parameter 'factors'");
  });
  ASSERT_TRUE(waitFinished(task, finished));
  EXPECT_EQ(task.state(), BackgroundTask::State::Failed);
  EXPECT_EQ(task.error(), QStringLiteral("bad parameter 'factors'"));

  // A project that cannot be opened fails the run with core's message; the body never runs.
  finished.clear();
  bool ran = false;
  task.start(dir_.filePath(QStringLiteral("missing/none.reco")),
             [&ran](reco::Project&, TaskContext&, Count&) { ran = true; });
  ASSERT_TRUE(waitFinished(task, finished));
  EXPECT_EQ(task.state(), BackgroundTask::State::Failed);
  EXPECT_FALSE(task.error().isEmpty());
  EXPECT_FALSE(ran);
}

TEST_F(ProjectTaskTest, WindowDestroyedMidRunCancelsAndDropsPendingProgress) {
  auto* window = new QWidget;
  auto* task = new ProjectTask<Count>(window);
  int delivered = 0;
  QObject::connect(task, &BackgroundTask::progressChanged, window, [&delivered] { ++delivered; });
  QSignalSpy monitorFinished(&TaskMonitor::instance(), &TaskMonitor::taskFinished);
  std::atomic<bool> started{false};
  std::atomic<bool> stopped{false};
  task->start<Stopped>(path_, [&started, &stopped](reco::Project&, TaskContext& ctx, Count&) {
    started = true;
    for (;;) {
      ctx.report(0, QStringLiteral("busy"));  // posts to a task that is about to go
      if (ctx.isCancelled()) {
        stopped = true;
        throw Stopped();
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  });
  spinUntil(started);
  BackgroundTask* const taskAddress = task;
  delete window;  // cancels and waits for the body
  EXPECT_TRUE(stopped);
  ASSERT_EQ(monitorFinished.count(), 1);
  EXPECT_EQ(monitorFinished.first().first().value<BackgroundTask*>(), taskAddress);
  EXPECT_FALSE(TaskMonitor::instance().running().contains(taskAddress));
  QCoreApplication::processEvents();  // the queued reports were dropped with the task
  QCoreApplication::processEvents();
  EXPECT_EQ(delivered, 0);
}

TEST_F(ProjectTaskTest, MonitorSeesEveryTaskStartProgressAndFinish) {
  TaskMonitor& monitor = TaskMonitor::instance();
  ASSERT_TRUE(monitor.running().isEmpty());
  QSignalSpy started(&monitor, &TaskMonitor::taskStarted);
  QSignalSpy progressed(&monitor, &TaskMonitor::taskProgress);
  QSignalSpy ended(&monitor, &TaskMonitor::taskFinished);
  ProjectTask<Count> first;
  ProjectTask<int> second;
  std::atomic<bool> release{false};
  QSignalSpy firstDone(&first, &BackgroundTask::finished);
  QSignalSpy secondDone(&second, &BackgroundTask::finished);
  first.start(path_, [&release](reco::Project&, TaskContext& ctx, Count&) {
    ctx.report(500, QStringLiteral("half"));
    spinUntil(release);
  });
  second.start(path_, [&release](reco::Project&, TaskContext&, int& out) {
    spinUntil(release);
    out = 7;
  });
  ASSERT_EQ(started.count(), 2);
  EXPECT_EQ(monitor.running(), (QList<BackgroundTask*>{&first, &second}));
  EXPECT_TRUE(progressed.wait(20000));
  EXPECT_EQ(progressed.first().at(0).value<BackgroundTask*>(), &first);
  EXPECT_EQ(progressed.first().at(1).toInt(), 500);
  EXPECT_EQ(progressed.first().at(2).toString(), QStringLiteral("half"));
  release = true;
  ASSERT_TRUE(waitFinished(first, firstDone));
  ASSERT_TRUE(waitFinished(second, secondDone));
  EXPECT_EQ(ended.count(), 2);
  EXPECT_TRUE(monitor.running().isEmpty());
  EXPECT_EQ(second.outcome(), 7);
}

// Qt's raster painting and image scaling split work over QThreadPool::globalInstance() (one thread per core) and
// wait for it on the GUI thread: tasks there (an import and a training on a 2-core machine) froze every repaint
// until one ended (the status bar's progress bar hung in paintEvent). Tasks keep that pool free, and the window
// still paints while as many tasks run as it has threads.
TEST_F(ProjectTaskTest, TasksLeaveQtsGlobalThreadPoolFreeForPainting) {
  QThreadPool& global = *QThreadPool::globalInstance();
  const int tasks = std::max(2, global.maxThreadCount());
  std::atomic<bool> release{false};
  std::atomic<int> started{0};
  std::vector<std::unique_ptr<ProjectTask<Count>>> running;
  for (int i = 0; i < tasks; ++i) {
    running.push_back(std::make_unique<ProjectTask<Count>>());
    running.back()->run([&](TaskContext&, Count&) {
      ++started;
      while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    });
  }
  ASSERT_TRUE(QTest::qWaitFor([&] { return started == tasks; }, 10000)) << started << " of " << tasks << " started";
  if (const int busy = global.activeThreadCount(); busy > 0) {  // painting now would wait for the tasks to end
    release = true;
    for (auto& task : running) task->cancelAndWait();
    FAIL() << busy << " tasks run on Qt's global thread pool";
  }
  QWidget window;
  window.resize(1280, 800);
  QProgressBar bar(&window);
  bar.setGeometry(10, 10, 600, 20);
  bar.setRange(0, 0);
  const QImage image = window.grab().toImage();  // hung here while the tasks held the global pool
  EXPECT_EQ(image.size(), QSize(1280, 800));
  release = true;
  for (auto& task : running) task->cancelAndWait();
}

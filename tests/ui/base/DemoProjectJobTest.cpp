// DemoProjectJob on the task runner: a finished demo lands at its path (no .part left), progress arrives on the
// GUI thread, a cancelled one leaves nothing behind, a failure names core's reason.
#include <gtest/gtest.h>

#include <QApplication>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include "core/storage/Project.h"
#include "ui/app/DemoProjectJob.h"
#include "ui/base/TaskMonitor.h"

namespace {
reco::DemoOptions smallDemo() {
  reco::DemoOptions o;
  o.users = 200;
  o.items = 80;
  o.days = 14;
  return o;
}
}  // namespace

TEST(DemoProjectJobTest, BuildsTheProjectAndReportsProgressOnTheGuiThread) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("demo.reco"));
  DemoProjectJob job;
  QList<int> permilles;
  bool onGuiThread = true;
  QObject::connect(&job, &DemoProjectJob::progressChanged, &job, [&](int permille) {
    onGuiThread = onGuiThread && QThread::currentThread() == qApp->thread();
    permilles.append(permille);
  });
  QSignalSpy finished(&job, &DemoProjectJob::finished);
  QSignalSpy monitorStarted(&TaskMonitor::instance(), &TaskMonitor::taskStarted);
  job.start(path, smallDemo());
  EXPECT_TRUE(job.isRunning());
  EXPECT_EQ(monitorStarted.count(), 1);
  ASSERT_TRUE(finished.wait(120000));
  EXPECT_FALSE(job.isRunning());
  EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
  EXPECT_TRUE(finished.first().at(1).toString().isEmpty());
  EXPECT_TRUE(QFileInfo::exists(path));
  EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
  EXPECT_TRUE(onGuiThread);
  ASSERT_FALSE(permilles.isEmpty());
  for (int i = 1; i < permilles.size(); ++i) EXPECT_NE(permilles[i], permilles[i - 1]);  // only changes are sent
  reco::Project project = reco::Project::openReadOnly(path.toStdString());
  EXPECT_FALSE(project.dataFingerprint().empty());
}

TEST(DemoProjectJobTest, CancelledLeavesNoFilesAndNoError) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("demo.reco"));
  DemoProjectJob job;
  QSignalSpy finished(&job, &DemoProjectJob::finished);
  reco::DemoOptions big = smallDemo();
  big.users = 5000;
  big.days = 90;
  job.start(path, big);
  job.cancel();
  ASSERT_TRUE(finished.wait(120000));
  EXPECT_FALSE(finished.first().at(0).toBool());
  EXPECT_TRUE(finished.first().at(1).toString().isEmpty());  // cancelled, not failed
  EXPECT_FALSE(QFileInfo::exists(path));
  EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
}

TEST(DemoProjectJobTest, FailureCarriesCoreReason) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  DemoProjectJob job;
  QSignalSpy finished(&job, &DemoProjectJob::finished);
  job.start(dir.filePath(QStringLiteral("no/such/folder/demo.reco")), smallDemo());
  ASSERT_TRUE(finished.wait(120000));
  EXPECT_FALSE(finished.first().at(0).toBool());
  EXPECT_FALSE(finished.first().at(1).toString().isEmpty());
}

#include "ui/app/RunningTasksCloseGuard.h"

#include <QMessageBox>
#include <QMetaObject>
#include <QProgressDialog>
#include <QStringList>
#include <QWidget>

#include "ui/base/BackgroundTask.h"
#include "ui/base/TaskMonitor.h"

namespace {

QString namesOf(const QList<BackgroundTask*>& tasks) {
  QStringList names;
  for (const BackgroundTask* task : tasks)
    names << (task->name().isEmpty() ? RunningTasksCloseGuard::tr("Background work") : task->name());
  return names.join(RunningTasksCloseGuard::tr(", "));
}

}  // namespace

RunningTasksCloseGuard::RunningTasksCloseGuard(QWidget* window) : QObject(window), window_(window) {
  TaskMonitor& monitor = TaskMonitor::instance();
  // Once the user agreed to quit, work that starts meanwhile (e.g. a refresh after a cancelled import) is cancelled
  // too, so the wait ends.
  connect(&monitor, &TaskMonitor::taskStarted, this, [this](BackgroundTask* task) {
    if (quitting_) task->cancel();
  });
  connect(&monitor, &TaskMonitor::taskFinished, this, &RunningTasksCloseGuard::onTaskFinished);
}

bool RunningTasksCloseGuard::mayClose() {
  const QList<BackgroundTask*>& running = TaskMonitor::instance().running();
  if (quitting_) {
    if (running.isEmpty()) return true;
    cancelAll();  // closed again while waiting: keep waiting
    return false;
  }
  QList<BackgroundTask*> work;
  for (BackgroundTask* task : running)
    if (!task->isViewRefresh()) work << task;
  if (work.isEmpty()) return true;  // view refreshes: their owners cancel and wait for them on destruction

  const int n = static_cast<int>(work.size());
  const QString question = n == 1 ? tr("1 task is running: %1.\n\nCancel it and quit?").arg(namesOf(work))
                                  : tr("%n tasks are running: %1.\n\nCancel them and quit?", nullptr, n)
                                        .arg(namesOf(work));
  const auto answer = QMessageBox::question(window_, tr("Work in progress"), question,
                                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
  if (answer != QMessageBox::Yes) return false;
  // The tasks may have ended while the question was open.
  if (TaskMonitor::instance().running().isEmpty()) return true;

  quitting_ = true;
  auto* wait = new QProgressDialog(window_);
  wait->setObjectName(QStringLiteral("cancellingTasksDialog"));
  wait->setWindowTitle(tr("Quitting"));
  wait->setCancelButton(nullptr);
  wait->setRange(0, 0);
  wait->setMinimumDuration(0);
  wait->setAutoClose(false);
  wait->setAutoReset(false);
  wait->setWindowModality(Qt::WindowModal);
  wait->setAttribute(Qt::WA_DeleteOnClose);
  wait_ = wait;
  cancelAll();
  onTaskFinished();  // sets the label
  wait->show();
  return false;
}

void RunningTasksCloseGuard::cancelAll() {
  for (BackgroundTask* task : TaskMonitor::instance().running()) task->cancel();
}

void RunningTasksCloseGuard::onTaskFinished() {
  if (!quitting_) return;
  const QList<BackgroundTask*>& running = TaskMonitor::instance().running();
  if (!running.isEmpty()) {
    if (wait_) wait_->setLabelText(tr("Cancelling running work… waiting for %1 to stop.").arg(namesOf(running)));
    return;
  }
  if (wait_) wait_->close();
  // Closed from the event loop, after the task's own finished() handlers have run.
  QMetaObject::invokeMethod(window_, &QWidget::close, Qt::QueuedConnection);
}

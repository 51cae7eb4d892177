#include "ui/base/BackgroundTask.h"

#include <QMetaObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

#include "ui/base/TaskMonitor.h"

QThreadPool& BackgroundTask::pool() {
  static QThreadPool* tasks = [] {
    auto* p = new QThreadPool();  // lives as long as the process, like the tasks' futures
    p->setObjectName(QStringLiteral("BackgroundTaskPool"));
    p->setMaxThreadCount(32);  // every task gets a thread at once; a queued one would look hung
    return p;
  }();
  return *tasks;
}

bool ProgressThrottle::due(bool changed) {
  const auto now = Clock::now();
  if (!changed && now - last_ < interval_) return false;
  last_ = now;
  return true;
}

const std::atomic<bool>* TaskContext::cancelFlag() const { return &task_.cancel_; }

void TaskContext::progress(int permille, const QString& stage) {
  if (!throttle_.due(permille != lastPermille_)) return;
  lastPermille_ = permille;
  report(permille, stage);
}

void TaskContext::report(int permille, const QString& stage) {
  BackgroundTask* task = &task_;
  post([task, permille, stage] { task->deliverProgress(permille, stage); });
}

void TaskContext::post(std::function<void()> fn) {
  QMetaObject::invokeMethod(&task_, std::move(fn), Qt::QueuedConnection);
}

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent), watcher_(new QFutureWatcher<void>(this)) {
  connect(watcher_, &QFutureWatcher<void>::finished, this, &BackgroundTask::onWorkerDone);
}

BackgroundTask::~BackgroundTask() {
  cancelAndWait();
  TaskMonitor::instance().remove(this);
}

void BackgroundTask::cancelAndWait() {
  cancel_ = true;
  watcher_->waitForFinished();
}

bool BackgroundTask::launch(std::function<void(TaskContext&)> fn, CancellationTest isCancellation,
                            bool lateCancelIsCancel) {
  if (isRunning()) return false;
  cancel_ = false;
  state_ = State::Running;
  error_.clear();
  permille_ = -1;
  stage_.clear();
  TaskMonitor::instance().add(this);
  watcher_->setFuture(QtConcurrent::run(&pool(), [this, fn = std::move(fn), isCancellation = std::move(isCancellation),
                                         lateCancelIsCancel] {
    TaskContext context(*this);
    workerError_.clear();
    try {
      fn(context);
      workerState_ = lateCancelIsCancel && cancel_ ? State::Cancelled : State::Succeeded;
    } catch (const std::exception& e) {
      if (isCancellation && isCancellation(e)) {
        workerState_ = State::Cancelled;
      } else {
        workerState_ = State::Failed;
        workerError_ = QString::fromStdString(e.what());
      }
    }
  }));
  return true;
}

void BackgroundTask::deliverProgress(int permille, const QString& stage) {
  permille_ = permille;
  stage_ = stage;
  Q_EMIT progressChanged(permille, stage);
  TaskMonitor::instance().progress(this, permille, stage);
}

void BackgroundTask::onWorkerDone() {
  state_ = workerState_;
  error_ = workerError_;
  TaskMonitor::instance().remove(this);
  Q_EMIT finished();
}

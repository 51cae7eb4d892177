#include "ui/base/TaskMonitor.h"

TaskMonitor& TaskMonitor::instance() {
  static TaskMonitor* monitor = new TaskMonitor();  // lives as long as the process; never reached from a worker
  return *monitor;
}

void TaskMonitor::add(BackgroundTask* task) {
  running_.append(task);
  Q_EMIT taskStarted(task);
}

void TaskMonitor::progress(BackgroundTask* task, int permille, const QString& stage) {
  Q_EMIT taskProgress(task, permille, stage);
}

void TaskMonitor::remove(BackgroundTask* task) {
  if (running_.removeOne(task)) Q_EMIT taskFinished(task);
}

// Sees every background task of the application: each BackgroundTask announces its start, progress and end here
// (on the GUI thread), so a global progress indicator can observe all running work without knowing the jobs.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class BackgroundTask;

class TaskMonitor : public QObject {
  Q_OBJECT
 public:
  // The application's monitor; use it from the GUI thread only.
  static TaskMonitor& instance();

  // The tasks started and not yet finished, oldest first.
  const QList<BackgroundTask*>& running() const { return running_; }

 Q_SIGNALS:
  void taskStarted(BackgroundTask* task);
  // Every progress report a task delivers to the GUI thread (permille 0..1000, or -1 when the task reports no
  // fraction).
  void taskProgress(BackgroundTask* task, int permille, const QString& stage);
  // Emitted once per start: when the outcome is delivered, or when the task is destroyed while running.
  void taskFinished(BackgroundTask* task);

 private:
  friend class BackgroundTask;
  using QObject::QObject;
  void add(BackgroundTask* task);
  void progress(BackgroundTask* task, int permille, const QString& stage);
  void remove(BackgroundTask* task);

  QList<BackgroundTask*> running_;
};

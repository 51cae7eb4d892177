// The one way ui/ runs long work off the GUI thread: a BackgroundTask runs a function through QtConcurrent::run,
// hands it a TaskContext (a cooperative cancel flag for core, progress that reaches the GUI thread as queued
// signals) and reports how it ended (succeeded, cancelled, failed with the exception's text) on the GUI thread.
// ProjectTask<Outcome> (ProjectTask.h) adds the project connection and the typed outcome; jobs build on that.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <chrono>
#include <exception>
#include <functional>

class BackgroundTask;
class QThreadPool;

// Decides, for a change-driven progress stream, which reports are worth sending to the GUI: one whenever the
// report differs from the last one sent, otherwise at most one per interval. Used on the worker thread only.
class ProgressThrottle {
 public:
  explicit ProgressThrottle(std::chrono::milliseconds interval) : interval_(interval) {}
  // True when a report should go out now (and records it as sent).
  bool due(bool changed);

 private:
  using Clock = std::chrono::steady_clock;
  std::chrono::milliseconds interval_;
  Clock::time_point last_{};
};

// What a task's function sees on the worker thread.
class TaskContext {
 public:
  explicit TaskContext(BackgroundTask& task) : task_(task) {}

  // The cooperative cancel flag to pass to core functions (true once cancel() was called).
  const std::atomic<bool>* cancelFlag() const;
  bool isCancelled() const { return cancelFlag()->load(); }

  // Progress (permille 0..1000, stage text) to the GUI thread, at most every 100 ms unless the permille changed.
  void progress(int permille, const QString& stage);
  // The same without throttling (stage changes that must always be seen).
  void report(int permille, const QString& stage);
  // Runs fn on the GUI thread in the task's context (dropped if the task is destroyed first): for job-specific
  // signals. Calls are delivered in order, before the task's finished().
  void post(std::function<void()> fn);

 private:
  BackgroundTask& task_;
  int lastPermille_ = -1;
  ProgressThrottle throttle_{std::chrono::milliseconds(100)};
};

class BackgroundTask : public QObject {
  Q_OBJECT
 public:
  enum class State { Idle, Running, Succeeded, Cancelled, Failed };

  explicit BackgroundTask(QObject* parent = nullptr);
  ~BackgroundTask() override;  // cancels and waits for the function to return

  // Asks the function to stop at its next check; it then ends Cancelled (see launch() for which endings count).
  void cancel() { cancel_ = true; }
  bool isCancelling() const { return cancel_; }
  bool isRunning() const { return state_ == State::Running; }
  // Valid after finished(): how the last run ended, and the exception's text when it Failed.
  State state() const { return state_; }
  const QString& error() const { return error_; }
  // Cancels and blocks until the function has returned (finished() is still delivered later by the event loop).
  void cancelAndWait();

  // The threads tasks run on. Not QThreadPool::globalInstance(): Qt's raster painting and image scaling split their
  // work over that pool (one thread per core) and wait for it on the GUI thread, so two long tasks on a 2-core
  // machine (an import and a training) would freeze every repaint until one of them ended.
  static QThreadPool& pool();

  // What the user calls this work ("Training iALS", "Importing ratings.csv"), shown by the running-tasks indicator;
  // each job sets it before it starts the task.
  void setName(const QString& name) { name_ = name; }
  const QString& name() const { return name_; }
  // A view's own refresh (dashboard, summary, member counts): work the user did not start and loses nothing by, so
  // closing the window cancels it without asking, and the indicator names it only while nothing else runs.
  void setViewRefresh(bool refresh) { viewRefresh_ = refresh; }
  bool isViewRefresh() const { return viewRefresh_; }
  // The last progress delivered to the GUI thread in this run (permille 0..1000, or -1 when none or no fraction).
  int permille() const { return permille_; }
  const QString& stage() const { return stage_; }

 Q_SIGNALS:
  void progressChanged(int permille, const QString& stage);
  void finished();

 protected:
  // Decides whether an exception thrown by the function is core's answer to the cancel flag.
  using CancellationTest = std::function<bool(const std::exception&)>;
  // Starts fn on the thread pool unless a run is in progress (returns false then). The run ends
  //   Succeeded  when fn returns (or Cancelled, with lateCancelIsCancel, if cancel() came after its last check),
  //   Cancelled  when fn throws an exception that isCancellation accepts,
  //   Failed     when fn throws any other std::exception (error() holds what()).
  bool launch(std::function<void(TaskContext&)> fn, CancellationTest isCancellation, bool lateCancelIsCancel);

 private:
  friend class TaskContext;
  void deliverProgress(int permille, const QString& stage);
  void onWorkerDone();

  std::atomic<bool> cancel_{false};
  QFutureWatcher<void>* watcher_;
  State state_ = State::Idle;
  QString error_;
  QString name_;
  bool viewRefresh_ = false;
  int permille_ = -1;
  QString stage_;
  // Written by the worker, read on the GUI thread after the future finished.
  State workerState_ = State::Idle;
  QString workerError_;
};

// The status bar's sense of work in progress: observes every BackgroundTask through the TaskMonitor and, while work
// runs, shows a compact progress bar with the current task's name and stage ("Training iALS — iteration 7/15") and
// "+2 more" when several run. Clicking it opens the RunningTasksList (each task with its progress and Cancel).
#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

class BackgroundTask;
class QLabel;
class QProgressBar;
class RunningTasksList;

class RunningTasksIndicator : public QWidget {
  Q_OBJECT
 public:
  // Work shorter than this never shows (a view's refresh would only flicker in the status bar).
  static constexpr int kShowDelayMs = 300;
  // Longer task texts are elided (the full text is in the tooltip and the list).
  static constexpr int kMaxTextWidth = 420;

  explicit RunningTasksIndicator(QWidget* parent = nullptr);

  // True (and the indicator visible) once work has run for kShowDelayMs; false as soon as nothing runs.
  bool isBusy() const { return busy_; }
  // For the window title: the current task's name, with "and N more" when several run; empty when not busy.
  QString activity() const;
  // The text beside the bar, e.g. "Training iALS — iteration 7/15   +2 more".
  QString text() const;
  // The task the indicator describes: the oldest running one that is not a view refresh, else the oldest.
  BackgroundTask* currentTask() const;
  QProgressBar* progressBar() const { return bar_; }

  // Opens the list of running tasks above the indicator (or at the window's bottom right while it is hidden).
  void showTaskList();
  // The list once opened; null before.
  RunningTasksList* taskList() const { return list_; }

 Q_SIGNALS:
  // isBusy() or activity() changed.
  void activityChanged();

 protected:
  void mousePressEvent(QMouseEvent* event) override;

 private:
  void refresh();
  void onProgress(BackgroundTask* task);

  QProgressBar* bar_;
  QLabel* label_;
  QLabel* more_;
  QTimer showDelay_;
  bool busy_ = false;
  QString activity_;
  QString text_;  // the current task's name and stage, unelided
  RunningTasksList* list_ = nullptr;
};

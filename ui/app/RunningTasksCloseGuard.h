// Decides whether the main window may close while background work runs. Work the user started (an import, a
// training, an evaluation) makes it ask "2 tasks are running: …. Cancel them and quit?"; on yes it cancels every
// task, shows a wait dialog (the GUI keeps running) and closes the window once the last task has ended; on no the
// window stays. View refreshes alone never ask (their owners cancel and wait for them when destroyed).
#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QWidget;

class RunningTasksCloseGuard : public QObject {
  Q_OBJECT
 public:
  explicit RunningTasksCloseGuard(QWidget* window);

  // Called from the window's closeEvent: true when it may close now; false when it must stay (the user said no, or
  // the tasks are being cancelled and the window will close by itself when they have ended).
  bool mayClose();
  // True between the user's yes and the window's closing.
  bool isQuitting() const { return quitting_; }
  // The "waiting for tasks to stop" dialog while it shows; null otherwise.
  QProgressDialog* waitDialog() const { return wait_; }

 private:
  void cancelAll();
  void onTaskFinished();

  QWidget* window_;
  bool quitting_ = false;
  QPointer<QProgressDialog> wait_;
};

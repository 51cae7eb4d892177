// The list of running tasks that the status bar's indicator opens (a small popup): each task with its name, stage,
// progress bar and a Cancel button that cancels that task. It follows the TaskMonitor while open.
#pragma once

#include <QFrame>
#include <QHash>

class BackgroundTask;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

class RunningTasksList : public QFrame {
  Q_OBJECT
 public:
  explicit RunningTasksList(QWidget* parent = nullptr);

  // Shows the list with its bottom-right corner at the given global point (kept on the anchor's screen).
  void popUp(const QPoint& bottomRight);

  int rowCount() const { return static_cast<int>(rows_.size()); }
  // The Cancel button of a task's row; null when the task has no row.
  QPushButton* cancelButton(BackgroundTask* task) const;

 private:
  struct Row {
    QWidget* widget = nullptr;
    QLabel* stage = nullptr;
    QProgressBar* bar = nullptr;
    QPushButton* cancel = nullptr;
  };
  void addRow(BackgroundTask* task);
  void removeRow(BackgroundTask* task);
  void updateRow(BackgroundTask* task);
  void updateEmptyState();

  QVBoxLayout* rowsLayout_;
  QLabel* empty_;
  QHash<BackgroundTask*, Row> rows_;
};

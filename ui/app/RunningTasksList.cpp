#include "ui/app/RunningTasksList.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include "ui/base/BackgroundTask.h"
#include "ui/base/TaskMonitor.h"

RunningTasksList::RunningTasksList(QWidget* parent)
    : QFrame(parent, Qt::Popup), rowsLayout_(new QVBoxLayout), empty_(new QLabel(tr("No work is running."), this)) {
  setObjectName(QStringLiteral("runningTasksList"));
  setAccessibleName(tr("Running tasks"));
  setFrameShape(QFrame::StyledPanel);
  setMinimumWidth(380);
  auto* title = new QLabel(tr("Running tasks"), this);
  QFont bold = title->font();
  bold.setBold(true);
  title->setFont(bold);
  empty_->setObjectName(QStringLiteral("runningTasksEmpty"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(10, 8, 10, 10);
  layout->addWidget(title);
  layout->addWidget(empty_);
  layout->addLayout(rowsLayout_);

  TaskMonitor& monitor = TaskMonitor::instance();
  for (BackgroundTask* task : monitor.running()) addRow(task);
  connect(&monitor, &TaskMonitor::taskStarted, this, &RunningTasksList::addRow);
  connect(&monitor, &TaskMonitor::taskFinished, this, &RunningTasksList::removeRow);
  connect(&monitor, &TaskMonitor::taskProgress, this, &RunningTasksList::updateRow);
  updateEmptyState();
}

void RunningTasksList::popUp(const QPoint& bottomRight) {
  adjustSize();
  QPoint topLeft = bottomRight - QPoint(width(), height());
  if (const QScreen* screen = QGuiApplication::screenAt(bottomRight)) {
    const QRect area = screen->availableGeometry();
    topLeft.setX(qBound(area.left(), topLeft.x(), area.right() - width()));
    topLeft.setY(qBound(area.top(), topLeft.y(), area.bottom() - height()));
  }
  move(topLeft);
  show();
  raise();
  // Keyboard users land on the first Cancel button (Tab moves between them, Esc closes the list).
  if (!rows_.isEmpty()) {
    for (int i = 0; i < rowsLayout_->count(); ++i)
      if (auto* button = rowsLayout_->itemAt(i)->widget()->findChild<QPushButton*>()) {
        button->setFocus(Qt::PopupFocusReason);
        break;
      }
  }
}

QPushButton* RunningTasksList::cancelButton(BackgroundTask* task) const {
  const auto it = rows_.constFind(task);
  return it == rows_.constEnd() ? nullptr : it->cancel;
}

void RunningTasksList::addRow(BackgroundTask* task) {
  if (rows_.contains(task)) return;
  Row row;
  row.widget = new QWidget(this);
  auto* name = new QLabel(task->name().isEmpty() ? tr("Background work") : task->name(), row.widget);
  QFont bold = name->font();
  bold.setBold(true);
  name->setFont(bold);
  row.stage = new QLabel(row.widget);
  row.stage->setTextFormat(Qt::PlainText);
  row.stage->setWordWrap(true);
  row.bar = new QProgressBar(row.widget);
  row.bar->setTextVisible(false);
  row.bar->setFixedHeight(12);
  row.cancel = new QPushButton(tr("Cancel"), row.widget);
  row.cancel->setObjectName(QStringLiteral("cancelTask"));
  row.cancel->setAccessibleName(tr("Cancel %1").arg(name->text()));
  row.cancel->setToolTip(tr("Cancel %1").arg(name->text()));
  auto* grid = new QGridLayout(row.widget);
  grid->setContentsMargins(0, 6, 0, 0);
  grid->addWidget(name, 0, 0);
  grid->addWidget(row.cancel, 0, 1, 3, 1, Qt::AlignVCenter);
  grid->addWidget(row.stage, 1, 0);
  grid->addWidget(row.bar, 2, 0);
  grid->setColumnStretch(0, 1);
  QPushButton* cancel = row.cancel;
  connect(cancel, &QPushButton::clicked, this, [task, cancel] {
    task->cancel();
    cancel->setEnabled(false);
    cancel->setText(tr("Cancelling…"));
  });
  rows_.insert(task, row);
  rowsLayout_->addWidget(row.widget);
  updateRow(task);
  updateEmptyState();
}

void RunningTasksList::removeRow(BackgroundTask* task) {
  const auto it = rows_.find(task);
  if (it == rows_.end()) return;
  delete it->widget;
  rows_.erase(it);
  updateEmptyState();
}

void RunningTasksList::updateRow(BackgroundTask* task) {
  const auto it = rows_.constFind(task);
  if (it == rows_.constEnd()) return;
  it->stage->setText(task->stage().isEmpty() ? tr("Starting…") : task->stage());
  if (task->permille() < 0) {
    it->bar->setRange(0, 0);
  } else {
    it->bar->setRange(0, 1000);
    it->bar->setValue(task->permille());
  }
}

void RunningTasksList::updateEmptyState() {
  empty_->setVisible(rows_.isEmpty());
  if (isVisible()) adjustSize();
}

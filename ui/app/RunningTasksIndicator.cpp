#include "ui/app/RunningTasksIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>

#include "ui/app/RunningTasksList.h"
#include "ui/base/BackgroundTask.h"
#include "ui/base/TaskMonitor.h"

namespace {

QString nameOf(const BackgroundTask* task) {
  return task->name().isEmpty() ? RunningTasksIndicator::tr("Background work") : task->name();
}

}  // namespace

RunningTasksIndicator::RunningTasksIndicator(QWidget* parent)
    : QWidget(parent), bar_(new QProgressBar(this)), label_(new QLabel(this)), more_(new QLabel(this)) {
  setObjectName(QStringLiteral("runningTasksIndicator"));
  setAccessibleName(tr("Running tasks"));
  setToolTip(tr("Work in progress: click to see every running task and cancel it"));
  setCursor(Qt::PointingHandCursor);
  bar_->setObjectName(QStringLiteral("runningTasksBar"));
  bar_->setRange(0, 1000);
  bar_->setTextVisible(false);
  bar_->setFixedSize(110, 12);
  label_->setObjectName(QStringLiteral("runningTasksText"));
  label_->setMinimumWidth(80);
  label_->setTextFormat(Qt::PlainText);
  more_->setObjectName(QStringLiteral("runningTasksMore"));
  QFont bold = more_->font();
  bold.setBold(true);
  more_->setFont(bold);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(4, 0, 16, 0);  // apart from the project path beside it
  layout->setSpacing(8);
  layout->addWidget(bar_, 0, Qt::AlignVCenter);
  layout->addWidget(label_);
  layout->addWidget(more_);
  setVisible(false);

  showDelay_.setSingleShot(true);
  showDelay_.setInterval(kShowDelayMs);
  connect(&showDelay_, &QTimer::timeout, this, [this] {
    if (TaskMonitor::instance().running().isEmpty()) return;
    busy_ = true;
    refresh();
  });
  TaskMonitor& monitor = TaskMonitor::instance();
  connect(&monitor, &TaskMonitor::taskStarted, this, &RunningTasksIndicator::refresh);
  connect(&monitor, &TaskMonitor::taskFinished, this, &RunningTasksIndicator::refresh);
  connect(&monitor, &TaskMonitor::taskProgress, this, &RunningTasksIndicator::onProgress);
  refresh();
}

BackgroundTask* RunningTasksIndicator::currentTask() const {
  const QList<BackgroundTask*>& running = TaskMonitor::instance().running();
  for (BackgroundTask* task : running)
    if (!task->isViewRefresh()) return task;
  return running.isEmpty() ? nullptr : running.front();
}

QString RunningTasksIndicator::activity() const { return busy_ ? activity_ : QString(); }

QString RunningTasksIndicator::text() const {
  if (!busy_) return {};
  return more_->text().isEmpty() ? text_ : text_ + QLatin1Char(' ') + more_->text();
}

void RunningTasksIndicator::refresh() {
  const int count = static_cast<int>(TaskMonitor::instance().running().size());
  BackgroundTask* task = currentTask();
  if (!task) {
    showDelay_.stop();
    busy_ = false;
  } else if (!busy_ && !showDelay_.isActive()) {
    showDelay_.start();
  }
  QString activity;
  if (busy_ && task) {
    const QString name = nameOf(task);
    activity = count > 1 ? tr("%1 and %n more", nullptr, count - 1).arg(name) : name;
    text_ = task->stage().isEmpty() ? name : tr("%1 — %2").arg(name, task->stage());
    label_->setText(label_->fontMetrics().elidedText(text_, Qt::ElideRight, kMaxTextWidth));
    more_->setText(count > 1 ? tr("+%n more", nullptr, count - 1) : QString());
    more_->setVisible(count > 1);
    if (task->permille() < 0) {
      bar_->setRange(0, 0);  // no fraction reported: busy animation
    } else {
      bar_->setRange(0, 1000);
      bar_->setValue(task->permille());
    }
    setToolTip(tr("%1\nClick to see every running task and cancel it.").arg(text()));
  }
  setVisible(busy_);
  if (activity != activity_) {
    activity_ = activity;
    Q_EMIT activityChanged();
  }
}

void RunningTasksIndicator::onProgress(BackgroundTask* task) {
  if (busy_ && task == currentTask()) refresh();
}

void RunningTasksIndicator::showTaskList() {
  if (!list_) list_ = new RunningTasksList(this);
  QPoint corner;
  if (isVisible()) {
    corner = mapToGlobal(QPoint(width(), 0));
  } else {
    const QWidget* w = window();
    corner = w->mapToGlobal(QPoint(w->width() - 8, w->height() - 24));
  }
  list_->popUp(corner);
}

void RunningTasksIndicator::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) {
    showTaskList();
    event->accept();
    return;
  }
  QWidget::mousePressEvent(event);
}

// Builds the demo project (reco::generateDemo) as a background task with progress and cancel.
// The project is written to "<path>.part" and renamed into place only when complete, so a cancelled or failed run
// never leaves a half-written demo behind.
#pragma once

#include <QObject>
#include <QString>

#include "core/demo/DemoGenerator.h"
#include "ui/base/ProjectTask.h"

class DemoProjectJob : public QObject {
  Q_OBJECT
 public:
  explicit DemoProjectJob(QObject* parent = nullptr);
  ~DemoProjectJob() override;  // cancels and waits

  // <AppDataLocation>/demo.reco (the folder is created when missing).
  static QString defaultPath();

  void start(const QString& path, const reco::DemoOptions& options);
  void cancel() { task_->cancel(); }
  bool isRunning() const { return task_->isRunning(); }

 Q_SIGNALS:
  void progressChanged(int permille);
  // ok: the project is at path. !ok && error.isEmpty(): cancelled. Otherwise error says why.
  void finished(bool ok, const QString& error);

 private:
  ProjectTask<bool>* task_;  // outcome: the project is complete (false: generation was cancelled)
};

// Runs reco::importFiles on a worker thread with its own connection to the project, reporting progress (bytes,
// rows) and honouring cancel. The GUI thread's connection is never touched by the worker.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <string>
#include <vector>

#include "core/import/Importer.h"

class ImportJob : public QObject {
  Q_OBJECT
 public:
  struct Outcome {
    reco::ImportResult result;
    QString error;  // set when the import could not run at all (unusable input, project cannot be opened)
  };

  explicit ImportJob(QObject* parent = nullptr);
  ~ImportJob() override;  // cancels and waits

  void start(const QString& projectPath, const QStringList& paths, const reco::ImportOptions& options);
  void cancel() { cancel_ = true; }
  bool isRunning() const { return watcher_->isRunning(); }
  bool isCancelling() const { return cancel_; }
  // Valid after finished().
  const Outcome& outcome() const { return outcome_; }

 Q_SIGNALS:
  void progressChanged(quint64 bytesDone, quint64 bytesTotal, quint64 rowsRead, const QString& currentFile);
  void finished();

 private:
  std::atomic<bool> cancel_{false};
  QFutureWatcher<Outcome>* watcher_;
  Outcome outcome_;
};

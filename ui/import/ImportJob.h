// Runs reco::importFiles as a ProjectTask (its own connection to the project), reporting progress (bytes, rows)
// and honouring cancel.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include "core/import/Importer.h"
#include "ui/base/ProjectTask.h"

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
  void cancel() { task_->cancel(); }
  bool isRunning() const { return task_->isRunning(); }
  bool isCancelling() const { return task_->isCancelling(); }
  // Valid after finished().
  const Outcome& outcome() const { return outcome_; }

 Q_SIGNALS:
  void progressChanged(quint64 bytesDone, quint64 bytesTotal, quint64 rowsRead, const QString& currentFile);
  void finished();

 private:
  ProjectTask<reco::ImportResult>* task_;
  Outcome outcome_;
};

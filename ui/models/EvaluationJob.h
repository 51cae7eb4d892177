// Runs an offline evaluation (reco::EvaluationRunner) as a ProjectTask (its own connection to the project):
// loads the interactions, evaluates the models on the split, stores the run (reco::EvaluationStore) and hands back
// its report. Progress arrives as signals on the GUI thread; cancel() stops the run at the next user or iteration.
#pragma once

#include <QObject>
#include <QString>
#include <string>

#include "core/evaluation/EvaluationJson.h"
#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/InteractionList.h"
#include "ui/base/ProjectTask.h"

class EvaluationJob : public QObject {
  Q_OBJECT
 public:
  struct Request {
    reco::EvaluationConfig config;
    reco::InteractionLoadOptions loading;
    std::string segmentAttribute;  // user attribute for the per-segment breakdown ("" = activity only)
  };
  struct Outcome {
    bool ok = false;
    bool cancelled = false;
    QString error;
    reco::EvaluationReport run;  // the report of the result
    qint64 runId = 0;    // its id in the project's run history
    qint64 createdAt = 0;
  };

  explicit EvaluationJob(QObject* parent = nullptr);
  ~EvaluationJob() override;  // cancels and waits

  void start(const QString& projectPath, const Request& request);
  void cancel() { task_->cancel(); }
  bool isRunning() const { return task_->isRunning(); }
  const Outcome& outcome() const { return outcome_; }

 Q_SIGNALS:
  void progressChanged(int permille, const QString& stage);
  void finished();

 private:
  ProjectTask<Outcome>* task_;
  Outcome outcome_;
};

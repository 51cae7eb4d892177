// Trains one recommender as a ProjectTask (its own connection to the project): builds the interaction matrix
// from the project's events, fits the model (per-iteration progress as signals on the GUI thread, cooperative
// cancel) and stores it in the project under its name.
#pragma once

#include <QObject>
#include <QString>
#include <string>

#include "core/data/MatrixSettings.h"
#include "core/models/Recommender.h"
#include "ui/base/ProjectTask.h"

class TrainingJob : public QObject {
  Q_OBJECT
 public:
  struct Request {
    std::string algorithm;
    reco::ModelParams params;
    std::string name;  // the stored model's name (an existing model of that name is replaced)
    reco::MatrixSettings matrix;  // how events become the training matrix (weights, window, filters)
  };
  struct Outcome {
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString name;
    double seconds = 0;  // training time (fit only)
    int users = 0;
    int items = 0;
    qint64 interactions = 0;
  };

  explicit TrainingJob(QObject* parent = nullptr);
  ~TrainingJob() override;  // cancels and waits

  void start(const QString& projectPath, const Request& request);
  void cancel() { task_->cancel(); }
  bool isRunning() const { return task_->isRunning(); }
  bool isCancelling() const { return task_->isCancelling(); }
  const Outcome& outcome() const { return outcome_; }

 Q_SIGNALS:
  void stageChanged(const QString& stage);
  // One finished iteration; loss is NaN for algorithms without an iterative loss.
  void iterationFinished(int iteration, int iterations, double loss, double elapsedSeconds);
  void finished();

 private:
  ProjectTask<Outcome>* task_;
  QString name_;  // the running request's model name (reported even when the project cannot be opened)
  Outcome outcome_;
};

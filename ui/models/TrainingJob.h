// Trains one recommender on a worker thread with its own connection to the project: builds the interaction matrix
// from the project's events, fits the model (per-iteration progress as queued signals, cancel through an atomic
// flag) and stores it in the project under its name. The GUI thread's connection is never touched by the worker.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <string>

#include "core/data/MatrixSettings.h"
#include "core/models/Recommender.h"

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
  void cancel() { cancel_ = true; }
  bool isRunning() const { return watcher_->isRunning(); }
  bool isCancelling() const { return cancel_; }
  const Outcome& outcome() const { return outcome_; }

 Q_SIGNALS:
  void stageChanged(const QString& stage);
  // One finished iteration; loss is NaN for algorithms without an iterative loss.
  void iterationFinished(int iteration, int iterations, double loss, double elapsedSeconds);
  void finished();

 private:
  std::atomic<bool> cancel_{false};
  QFutureWatcher<Outcome>* watcher_;
  Outcome outcome_;
};

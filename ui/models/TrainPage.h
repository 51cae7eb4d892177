// The Train tab of the Models workspace: choose an algorithm, edit its parameters, train it in the background
// (progress bar, live loss chart, Cancel), and manage the trained models stored in the project.
#pragma once

#include <QWidget>
#include <memory>

#include "core/models/Recommender.h"

class LossChart;
class ParamForm;
class ProjectSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class TrainedModelsModel;
class TrainingJob;

class TrainPage : public QWidget {
  Q_OBJECT
 public:
  explicit TrainPage(QWidget* parent = nullptr);
  ~TrainPage() override;

  void setSession(std::shared_ptr<ProjectSession> session);
  // Re-reads the stored models (after training, deleting, or a project change).
  void reloadModels();

  bool selectAlgorithm(const QString& name);
  QString algorithm() const;
  ParamForm* paramForm() const { return params_; }
  // Training data filters: only the last `days` days (0 = all), users/items with at least these many items/users.
  void setTrainingData(int windowDays, int minUserInteractions, int minItemInteractions);
  void setModelName(const QString& name);
  QString modelName() const;

  // Starts training with the form's settings (false, with the reason shown, when it cannot start).
  bool train();
  void cancelTraining();
  bool isTraining() const;
  bool deleteModel(const QString& name);

  TrainingJob* job() const { return job_; }
  TrainedModelsModel* modelsModel() const { return models_; }
  LossChart* lossChart() const { return chart_; }
  QTableView* modelsView() const { return modelsView_; }

 Q_SIGNALS:
  void modelsChanged();
  void trainingFinished(bool ok);
  void tryModelRequested(const QString& name);

 private:
  void onAlgorithmChanged(int index);
  void onIteration(int iteration, int iterations, double loss, double elapsed);
  void onFinished();
  void updateState();
  void showStoredCurve();
  QString suggestedName() const;
  QString selectedModel() const;

  std::shared_ptr<ProjectSession> session_;
  TrainingJob* job_;
  TrainedModelsModel* models_;
  QComboBox* algorithm_;
  QLabel* description_;
  ParamForm* params_;
  QPushButton* defaults_;
  QSpinBox* windowDays_;
  QSpinBox* minUser_;
  QSpinBox* minItem_;
  QLineEdit* name_;
  bool nameEdited_ = false;
  QPushButton* train_;
  QPushButton* cancel_;
  QProgressBar* progress_;
  QLabel* stage_;
  LossChart* chart_;
  QTableView* modelsView_;
  QPushButton* delete_;
  QPushButton* tryIt_;
};

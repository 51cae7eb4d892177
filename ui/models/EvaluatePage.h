// The Evaluate tab of the Models workspace: pick models (an algorithm with parameters, or the settings of a stored
// model) and a protocol (split, ratio, seed, repetitions, cut-offs, segment attribute), run the evaluation in the
// background with progress and cancel, then read the results table (confidence intervals, significance against a
// chosen baseline), a bar chart per metric, the per-segment table and the run history; export a run as CSV or HTML.
#pragma once

#include <QWidget>
#include <memory>
#include <vector>

#include "core/evaluation/EvaluationRunner.h"
#include "ui/models/EvaluationReport.h"

class EvaluationJob;
class EvaluationResultsModel;
class EvaluationRunsModel;
class MetricBarChart;
class ParamForm;
class ProjectSession;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;
class SegmentMetricsModel;

class EvaluatePage : public QWidget {
  Q_OBJECT
 public:
  explicit EvaluatePage(QWidget* parent = nullptr);
  ~EvaluatePage() override;

  // The session whose project is evaluated (null: nothing open). Reloads the run history.
  void setSession(std::shared_ptr<ProjectSession> session);
  void reload();  // the run history
  // The trained models offered as "stored model" choices (label = the model's name, algorithm and parameters).
  void setStoredModels(std::vector<reco::ModelSpec> models);

  // The models of the next run.
  void addModel(const reco::ModelSpec& spec);
  void clearModels();
  const std::vector<reco::ModelSpec>& models() const { return specs_; }
  // The protocol as the form describes it (throws std::invalid_argument for a malformed k list).
  reco::EvaluationConfig config() const;
  void setSplit(reco::SplitKind kind, double ratio);
  void setCutoffs(const QString& ks);
  void setSeed(int seed);
  void setBootstrapReplicates(int replicates);
  // The user attribute of the per-segment breakdown ("" = activity only); false when the project has no such one.
  bool setSegmentAttribute(const QString& attribute);

  // Starts the run (false, with a message shown, when it cannot start).
  bool runEvaluation();
  void cancelEvaluation();
  bool isRunning() const;
  EvaluationJob* job() const { return job_; }

  // The run shown (the last finished one, or the one picked in the history).
  const EvaluationReport& report() const { return report_; }
  void showReport(const EvaluationReport& report);
  void setBaseline(int model);
  void setChartMetric(const QString& metric);

  bool exportCsv(const QString& path, QString* error) const;
  bool exportHtml(const QString& path, QString* error) const;

  EvaluationResultsModel* resultsModel() const { return results_; }
  SegmentMetricsModel* segmentsModel() const { return segments_; }
  EvaluationRunsModel* runsModel() const { return runs_; }
  MetricBarChart* chart() const { return chart_; }
  QTabWidget* resultTabs() const { return resultTabs_; }

 Q_SIGNALS:
  void evaluationFinished(bool ok);

 private:
  QWidget* buildSetup();
  QWidget* buildResults();
  void refreshModelList();
  void addSelectedAlgorithm();
  void addStoredModel();
  void removeSelectedModel();
  void updateSplitFields();
  void updateRunState();
  void onFinished();
  void onRunSelected();
  void deleteSelectedRun();
  void exportWithDialog(bool html);
  QString uniqueLabel(const QString& base) const;

  std::shared_ptr<ProjectSession> session_;
  std::vector<reco::ModelSpec> specs_;
  std::vector<reco::ModelSpec> stored_;
  EvaluationReport report_;
  EvaluationJob* job_;
  EvaluationResultsModel* results_;
  SegmentMetricsModel* segments_;
  EvaluationRunsModel* runs_;

  // setup
  QComboBox* algorithm_;
  ParamForm* params_;
  QPushButton* addAlgorithm_;
  QComboBox* storedModels_;
  QPushButton* addStored_;
  QListWidget* modelList_;
  QPushButton* removeModel_;
  QComboBox* splitKind_;
  QDoubleSpinBox* ratio_;
  QSpinBox* leaveOut_;
  QSpinBox* folds_;
  QSpinBox* seed_;
  QSpinBox* seeds_;
  QLineEdit* ks_;
  QSpinBox* bootstrap_;
  QComboBox* segmentAttribute_;
  QPushButton* run_;
  QPushButton* cancel_;
  QProgressBar* progress_;
  QLabel* stage_;

  // results
  QTabWidget* resultTabs_;
  QLabel* protocol_;
  QComboBox* baseline_;
  QTableView* resultsView_;
  QComboBox* chartMetric_;
  MetricBarChart* chart_;
  QTableView* segmentsView_;
  QTableView* runsView_;
  QPushButton* deleteRun_;
  QPushButton* exportCsv_;
  QPushButton* exportHtml_;
};

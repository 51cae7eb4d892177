// The Curation workspace's Impact page: for a chosen trained model, the offline metrics (nDCG@10, recall@10,
// catalogue coverage, Gini of exposure) on the evaluation split without and with the CURRENT working rule set, one
// small table per segment with the change coloured, and a plain-words summary. Runs reco::CurationImpact on a worker
// thread with progress and cancel.
#pragma once

#include <QWidget>
#include <memory>
#include <optional>

#include "core/curation/CurationImpact.h"
#include "ui/base/ProjectTask.h"
#include "ui/curation/RuleSetSupplier.h"

class ProjectSession;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

class CurationImpactPanel : public QWidget {
  Q_OBJECT
 public:
  explicit CurationImpactPanel(RuleSetSupplier rules, QWidget* parent = nullptr);
  ~CurationImpactPanel() override;  // cancels and waits

  void setSession(std::shared_ptr<ProjectSession> session);
  void reload();  // the stored models
  bool selectModel(const QString& name);
  void setSplit(const QString& spec);
  void setSeed(int seed);
  void setTime(qint64 unixSeconds);

  // Starts the run; false (reason shown) without a project or model, for a bad split, or while busy.
  bool run();
  void cancel() { task_->cancel(); }
  bool isRunning() const { return task_->isRunning(); }

  const std::optional<reco::CurationImpactResult>& result() const { return result_; }
  bool wasCancelled() const { return cancelled_; }
  QString summaryText() const;
  QString errorText() const { return error_; }
  // The table of one segment ("all users" or a rule set segment); nullptr when not shown.
  QTableWidget* tableFor(const QString& segment) const;

 Q_SIGNALS:
  void progressChanged(int permille, const QString& stage);
  void finished();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  struct Outcome {
    std::optional<reco::CurationImpactResult> result;
    bool cancelled = false;
    QString error;
  };
  void setUpFields();
  void buildLayout();
  void onFinished();
  void showResult(const reco::CurationImpactResult& r);
  void clearTables();
  QString summarise(const reco::CurationImpactResult& r) const;

  RuleSetSupplier rules_;
  std::shared_ptr<ProjectSession> session_;
  ProjectTask<std::optional<reco::CurationImpactResult>>* task_;
  std::optional<reco::CurationImpactResult> result_;
  bool cancelled_ = false;
  QString error_;

  QComboBox* model_;
  QLineEdit* split_;
  QSpinBox* seed_;
  QDateTimeEdit* time_;
  QPushButton* runButton_;
  QPushButton* cancelButton_;
  QProgressBar* progress_;
  QLabel* stage_;
  QLabel* summary_;
  QWidget* tables_;
  QVBoxLayout* tablesLayout_;
};

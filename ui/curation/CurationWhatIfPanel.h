// The Curation workspace's What-if page: for a chosen trained model, the click rate the CURRENT working rule set
// would have had on the project's logged impressions, with and without the rules, and the difference with its
// paired 95% interval, by off-policy evaluation (core/whatif: SNIPS in the summary, every estimator in the table),
// with the diagnostics and their warnings. Recomputed on a worker thread after each edit (debounced; an edit during
// a run cancels it and starts again), cancellable.
#pragma once

#include <QWidget>
#include <memory>
#include <optional>

#include "core/whatif/OffPolicyEstimate.h"
#include "ui/base/ProjectTask.h"
#include "ui/curation/RuleSetSupplier.h"

class ProjectSession;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

class CurationWhatIfPanel : public QWidget {
  Q_OBJECT
 public:
  explicit CurationWhatIfPanel(RuleSetSupplier rules, QWidget* parent = nullptr);
  ~CurationWhatIfPanel() override;  // cancels and waits

  void setSession(std::shared_ptr<ProjectSession> session);
  void reload();  // the stored models
  bool selectModel(const QString& name);
  // Estimate on the traffic of one segment of the rule set ("all users": every logged impression).
  bool selectSegment(const QString& name);
  void setEpsilon(double epsilon);
  void setDebounceMs(int ms);
  void setReplicates(int replicates) { replicates_ = replicates; }

  // The rule set changed: recompute after the debounce interval (cancelling a run in progress).
  void scheduleRecompute();
  // Recomputes now; false (reason shown) without a project, a model or logged impressions. A run in progress is
  // cancelled and the new one starts when it has stopped.
  bool recompute();
  void cancel();
  bool isRunning() const { return task_->isRunning(); }
  bool isScheduled() const;

  const std::optional<reco::WhatIfComparison>& result() const { return result_; }
  bool wasCancelled() const { return cancelled_; }
  int runsStarted() const { return runsStarted_; }
  QString summaryText() const;
  QString warningsText() const;
  QString statusText() const;
  QTableWidget* table() const { return table_; }

 Q_SIGNALS:
  void finished();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  struct Outcome {
    std::optional<reco::WhatIfComparison> comparison;
    qint64 impressions = 0;
    qint64 clicks = 0;
    QString noData;  // why there is nothing to estimate (no impressions), shown as the status
  };
  bool start();
  void onFinished();
  void showResult(const reco::WhatIfComparison& c, const Outcome& out);
  void clearResult();
  QString warningText(const reco::WhatIfWarning& w, const reco::WhatIfDiagnostics& d) const;

  RuleSetSupplier rules_;
  std::shared_ptr<ProjectSession> session_;
  ProjectTask<Outcome>* task_;
  QTimer* debounce_;
  std::optional<reco::WhatIfComparison> result_;
  bool cancelled_ = false;
  bool restart_ = false;  // start again when the cancelled run has stopped
  int runsStarted_ = 0;
  int replicates_ = 200;  // bootstrap resamples: enough for a live page, about 30 ms each on 400,000 impressions

  void refreshSegments();

  QComboBox* model_;
  QComboBox* segment_;
  QDoubleSpinBox* epsilon_;
  QPushButton* cancelButton_;
  QProgressBar* progress_;
  QLabel* status_;
  QLabel* summary_;
  QTableWidget* table_;
  QLabel* diagnostics_;
  QLabel* warnings_;
};

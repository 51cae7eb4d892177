// The Data workspace's summary: counts, date range and events by type (count and share) of the open project.
// reco::summarizeDataset runs on a worker thread with its own read-only connection; the panel shows the latest result.
#pragma once

#include <QString>
#include <QWidget>
#include <memory>
#include <optional>

#include "core/storage/DatasetSummary.h"
#include "ui/base/ProjectTask.h"

class QLabel;
class QTableWidget;
class ProjectSession;

class DatasetSummaryPanel : public QWidget {
  Q_OBJECT
 public:
  explicit DatasetSummaryPanel(QWidget* parent = nullptr);
  ~DatasetSummaryPanel() override;

  void setSession(std::shared_ptr<ProjectSession> session);
  // Recomputes in the background (on open and after each import).
  void refresh();
  bool isComputing() const { return computing_; }
  const std::optional<reco::DatasetSummary>& summary() const { return summary_; }
  QTableWidget* eventsByTypeTable() const { return byType_; }
  // As narrow as its facts allow (a table view alone would ask for 256 pixels more than it needs): the Data
  // workspace's tables get the rest of the width.
  QSize sizeHint() const override;

 Q_SIGNALS:
  void summaryShown();

 private:
  struct Outcome {
    reco::DatasetSummary summary;
    QString error;
  };
  void display(const Outcome& outcome);
  void clear(const QString& message);

  std::shared_ptr<ProjectSession> session_;
  std::optional<reco::DatasetSummary> summary_;
  ProjectTask<reco::DatasetSummary>* task_;
  quint64 generation_ = 0;
  quint64 watchedGeneration_ = 0;
  bool computing_ = false;
  bool pending_ = false;
  QLabel* state_;
  QLabel* users_;
  QLabel* items_;
  QLabel* events_;
  QLabel* firstEvent_;
  QLabel* lastEvent_;
  QLabel* categories_;
  QLabel* placements_;
  QLabel* variants_;
  QTableWidget* byType_;
};

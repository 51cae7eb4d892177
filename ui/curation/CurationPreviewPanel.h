// The Curation workspace's Preview page: pick a trained model and a user (typed, or sampled from a segment) and see
// the model's ranking beside the list the CURRENT working rule set (unsaved edits included) makes of it, with the
// rule that decided each position and the changed positions highlighted. Curation runs on a worker thread.
#pragma once

#include <QStringList>
#include <QWidget>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/curation/CurationPreview.h"
#include "ui/base/ProjectTask.h"
#include "ui/curation/RuleSetSupplier.h"

class ProjectSession;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStandardItemModel;
class QTableView;

class CurationPreviewPanel : public QWidget {
  Q_OBJECT
 public:
  explicit CurationPreviewPanel(RuleSetSupplier rules, QWidget* parent = nullptr);
  ~CurationPreviewPanel() override;  // waits for a running preview

  void setSession(std::shared_ptr<ProjectSession> session);
  // Where segment sizes come from; segments with fewer than reco::kFewUsers members get a warning icon and tooltip
  // in the segment box, and sampling from one says so in the status line.
  void setSegmentSizes(SegmentSizeSupplier sizes);
  // Re-marks the small segments in the segment box (after a new census).
  void markSmallSegments();
  // Re-reads the stored models and the rule set's segments (keeps the current choices when still there).
  void reload();
  bool selectModel(const QString& name);
  QString currentModel() const;
  void setCount(int n);
  void setTime(qint64 unixSeconds);

  // Starts previewing one user; false (reason in the status line) without a project or model, or while busy.
  bool previewUser(const QString& userExtId);
  // Draws users of the segment (a new draw each call) and previews the first; the others can be picked after.
  bool sampleFromSegment(const QString& segment);
  bool isRunning() const { return task_->isRunning(); }

  QStandardItemModel* beforeModel() const { return before_; }
  QStandardItemModel* afterModel() const { return after_; }
  const std::optional<reco::CurationPreviewResult>& result() const { return result_; }
  QStringList sampledUsers() const;
  QString statusText() const;

 Q_SIGNALS:
  void finished();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  struct Request {
    std::string path, model, user;
    std::optional<reco::Segment> segment;  // sample from it instead of `user`
    std::size_t sampleSize = 8;
    std::uint64_t seed = 1;
    reco::RuleSet rules;
    std::size_t n = 10;
    std::int64_t time = 0;
  };
  struct Outcome {
    QString error;
    std::optional<reco::CurationPreviewResult> result;
    std::vector<std::string> samples;
    std::string segment;  // sampled from
    bool sampled = false;
  };
  void setUpFields();
  void setUpTables();
  void fitColumns();  // sizes the number, score and rule columns to their contents; sets the width the page needs
  void buildLayout();
  bool start(Request request);
  void onFinished();
  void showResult(const reco::CurationPreviewResult& r);
  void setStatus(const QString& text, bool warning);
  std::optional<QString> smallSegmentWarning(const QString& segment) const;  // when it has too few members
  void clearTables();

  RuleSetSupplier rules_;
  SegmentSizeSupplier sizes_;
  std::shared_ptr<ProjectSession> session_;
  ProjectTask<Outcome>* task_;
  std::optional<reco::CurationPreviewResult> result_;
  std::uint64_t sampleDraws_ = 0;

  QComboBox* model_;
  QSpinBox* count_;
  QDateTimeEdit* time_;
  QLineEdit* user_;
  QPushButton* previewButton_;
  QComboBox* segment_;
  QPushButton* sampleButton_;
  QComboBox* samples_;
  QLabel* status_;
  QLabel* details_;
  QStandardItemModel* before_;
  QStandardItemModel* after_;
  QTableView* beforeView_;
  QTableView* afterView_;
  QSplitter* tablesSplit_ = nullptr;  // the two tables side by side
};

// The Models workspace: train recommenders and manage the trained ones (Train), look at one model's recommendations
// for a user (Try it), and compare models offline (Evaluate).
#pragma once

#include "ui/base/GuideChapter.h"
#include "ui/base/Workspace.h"

class EmptyState;
class EvaluatePage;
class QLabel;
class QStackedWidget;
class QTabWidget;
class TrainPage;
class TryItPage;

class ModelsWorkspace : public Workspace {
  Q_OBJECT
 public:
  explicit ModelsWorkspace(QWidget* parent = nullptr);

  QString title() const override { return tr("Models"); }
  QString guideChapter() const override { return GuideChapter::Models; }
  QIcon icon() const override;
  void setProject(std::shared_ptr<ProjectSession> session) override;

  TrainPage* trainPage() const { return train_; }
  TryItPage* tryItPage() const { return tryIt_; }
  EvaluatePage* evaluatePage() const { return evaluate_; }
  QTabWidget* tabs() const { return tabs_; }
  // Makes the tab holding page (train, try it or evaluate page) current.
  void showTab(QWidget* page);
  // Shown instead of Try it and Evaluate while the project holds no trained model; their button opens Train.
  EmptyState* tryItEmptyState() const { return tryItEmpty_; }
  EmptyState* evaluateEmptyState() const { return evaluateEmpty_; }
  // Shown instead of Train while the project holds no events; its button asks for an import.
  EmptyState* trainEmptyState() const { return trainEmpty_; }

 private:
  void showProject();
  void dropProject();
  void reloadData();
  void onModelsChanged();
  void showTrainOrEmptyState();
  EmptyState* addModelTab(QWidget* page, QStackedWidget* pane, const QString& label, const QString& heading,
                          const QString& message);

  std::shared_ptr<ProjectSession> session_;
  QStackedWidget* stack_;
  QLabel* noProject_;
  QTabWidget* tabs_;
  TrainPage* train_;
  TryItPage* tryIt_;
  EvaluatePage* evaluate_;
  QStackedWidget* trainPane_;  // each tab: the page, or its empty state
  QStackedWidget* tryItPane_;
  QStackedWidget* evaluatePane_;
  EmptyState* trainEmpty_ = nullptr;
  EmptyState* tryItEmpty_ = nullptr;
  EmptyState* evaluateEmpty_ = nullptr;
};

// The "Try it" tab: pick a trained model and a user (by external id, with completion), see the user's history beside
// the model's recommendations (titles, scores), and the similar items of an item selected in either list. A cold user
// (no interactions in the model's training data, e.g. added since) gets the popularity fallback, flagged in the status
// line. Recommending runs on the GUI thread: one user's top-n takes milliseconds.
#pragma once

#include <QWidget>
#include <memory>

#include "core/models/Recommender.h"
#include "ui/models/ItemCatalog.h"

class ProjectSession;
class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStringListModel;
class QTableView;
class ScoredItemsModel;
class UserHistoryModel;

class TryItPage : public QWidget {
  Q_OBJECT
 public:
  explicit TryItPage(QWidget* parent = nullptr);
  ~TryItPage() override;

  void setSession(std::shared_ptr<ProjectSession> session);
  // The stored models to choose from (keeps the current choice when it is still there).
  void setModelNames(const QStringList& names);
  // Forgets the loaded model and the item catalogue (project closed or data changed).
  void reset();

  bool selectModel(const QString& name);
  QString currentModel() const;
  // Shows the user's history and recommendations (the popularity fallback for a cold user); false (with the reason
  // shown) when the user does not exist in the project or no model is loaded.
  bool showUser(const QString& userExtId);
  // Shows the items most similar to this project item (by items.id).
  bool showSimilar(qint64 itemId);

  UserHistoryModel* historyModel() const { return history_; }
  QTableView* historyView() const { return historyView_; }
  ScoredItemsModel* recommendationsModel() const { return recommendations_; }
  ScoredItemsModel* similarModel() const { return similar_; }
  bool popularityFallback() const { return fallback_; }
  QString statusText() const;
  QLineEdit* userField() const { return user_; }

 private:
  bool ensureModel();
  void ensureCatalog();
  void updateCompletions(const QString& prefix);
  void refresh();
  void onHistorySelected();
  void onRecommendationSelected();
  void setStatus(const QString& text, bool warning = false);

  std::shared_ptr<ProjectSession> session_;
  std::unique_ptr<reco::Recommender> model_;
  QString loadedModel_;
  ItemCatalog catalog_;
  bool fallback_ = false;
  QString shownUser_;

  QComboBox* modelCombo_;
  QLineEdit* user_;
  QCompleter* completer_;
  QStringListModel* completions_;
  QSpinBox* count_;
  QCheckBox* excludeSeen_;
  QCheckBox* impressions_;
  QLabel* status_;
  QLabel* similarTitle_;
  UserHistoryModel* history_;
  ScoredItemsModel* recommendations_;
  ScoredItemsModel* similar_;
  QTableView* historyView_;
  QTableView* recommendationsView_;
  QTableView* similarView_;
};

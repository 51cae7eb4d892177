// The Curation workspace: segments (with member counts) and a segment editor on the left, the selected segment's
// rules as an editable table with the linter's markers in the centre, and below the rules, across the centre's
// width, a tab widget with the pages other parts add (preview, impact), the problems and the undo history; the
// splitters' positions are remembered between sessions (saveLayout/restoreLayout). Every edit is an undo command on the document's
// stack; versions, export and import go through core's RuleSetStore.
#pragma once

#include <QHash>
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

#include "ui/base/GuideChapter.h"
#include "ui/base/Workspace.h"

class AddRuleDialog;
class CurationDocument;
class EmptyState;
class ItemPicker;
class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolBar;
class QTreeView;
class QUndoView;
class RulesTableModel;
class SegmentEditor;
class SegmentListModel;

namespace reco {
struct Rule;
}

namespace CurationActionId {
inline constexpr const char* AddRule = "curation.addRule";
inline constexpr const char* RemoveRule = "curation.removeRule";
inline constexpr const char* EditRule = "curation.editRule";
inline constexpr const char* ToggleEnabled = "curation.toggleEnabled";
inline constexpr const char* RaisePriority = "curation.raisePriority";
inline constexpr const char* LowerPriority = "curation.lowerPriority";
inline constexpr const char* Undo = "curation.undo";
inline constexpr const char* Redo = "curation.redo";
inline constexpr const char* SaveVersion = "curation.saveVersion";
inline constexpr const char* Versions = "curation.versions";
inline constexpr const char* Import = "curation.import";
inline constexpr const char* Export = "curation.export";
inline constexpr const char* FindItem = "curation.findItem";
inline constexpr const char* NewSegment = "curation.newSegment";
inline constexpr const char* RemoveSegment = "curation.removeSegment";
}  // namespace CurationActionId

class CurationWorkspace : public Workspace {
  Q_OBJECT
 public:
  explicit CurationWorkspace(QWidget* parent = nullptr);
  ~CurationWorkspace() override;

  QString title() const override { return tr("Curation"); }
  QString guideChapter() const override { return GuideChapter::Curation; }
  QIcon icon() const override;
  void setProject(std::shared_ptr<ProjectSession> session) override;

  // Adds a page (e.g. preview, impact) to the tab widget below the rules, before the problems and the history, in
  // a scroll area (so a small window scrolls it rather than squeezing it); the first page added is shown.
  void addSidePage(QWidget* page, const QString& title);
  void showSidePage(QWidget* page);

  QByteArray saveLayout() const override;
  bool restoreLayout(const QByteArray& layout) override;

  CurationDocument* document() const { return document_; }
  QString currentSegment() const;
  std::int64_t currentRuleId() const;  // 0 when none
  void selectSegment(const QString& name);
  bool selectRule(std::int64_t id);  // selects its segment too

  // Adds a rule to the current segment (id, creation time and author filled in when unset); false with the
  // reason shown when core refuses it.
  bool addRule(reco::Rule rule);
  void removeSelectedRules();
  void moveSelectedRule(int direction);  // -1 up (higher priority), +1 down
  void toggleSelectedEnabled();
  // Removes a segment and, in the same undo step, its rules.
  bool removeSegment(const QString& name);
  // Writes version `version` to `path` with exactly core's exported bytes.
  bool exportVersion(std::int64_t version, const QString& path, QString* error);

  QAction* action(const char* id) const { return actions_.value(QLatin1String(id)); }
  RulesTableModel* rulesModel() const { return rulesModel_; }
  SegmentListModel* segmentsModel() const { return segmentsModel_; }
  QTableView* rulesView() const { return rulesView_; }
  QTreeView* segmentsView() const { return segmentsView_; }
  SegmentEditor* segmentEditor() const { return segmentEditor_; }
  QListWidget* problemsList() const { return problems_; }
  QUndoView* historyView() const { return history_; }
  QTabWidget* sideTabs() const { return sideTabs_; }
  QSplitter* mainSplitter() const { return mainSplitter_; }      // the left column beside the centre
  QSplitter* centreSplitter() const { return centreSplitter_; }  // the rules above the tab widget
  ItemPicker* itemPicker() const { return itemPicker_; }
  QLabel* statusLabel() const { return status_; }
  // Shown instead of the rules table while the rule set has no rule: what rules do and the buttons to start.
  EmptyState* rulesEmptyState() const { return rulesEmpty_; }
  // Under the rules table: the current rule's note, author and creation time in full (the table elides the note
  // and has no room for author and time at 1280x800).
  QLabel* ruleDetailsLabel() const { return ruleDetails_; }

 Q_SIGNALS:
  void currentSegmentChanged(const QString& segment);
  void currentRuleChanged(qint64 ruleId);

 protected:
  // Ctrl+N is also the window's "New Project" shortcut; inside this workspace it adds a rule, as the brief of the
  // editor promises, so the workspace claims it before the shortcut map sees it.
  bool event(QEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  QAction* createAction(const char* id, const QString& text, const QList<QKeySequence>& keys, const QIcon& icon = {});
  void createActions();
  void buildToolBar();
  void connectDocument();
  void connectViews();
  QWidget* buildLeft();
  QWidget* buildCentre();
  void showProject();
  void dropProject();
  void onSegmentSelected();
  void updateActions();
  void updateProblems();
  void updateHeading();
  void updateRulesEmptyState();
  void updateRuleDetails();
  void showStatus(const QString& text, bool error);
  std::vector<reco::Rule> selectedRules() const;  // copies, in selection order
  void selectRuleRow(int row);
  void confirmRemoveSegment();  // asks first when the segment has rules
  void openAddRuleDialog(const QString& item);
  void onItemPicked(const QString& item);
  void saveVersionDialog();
  void versionsDialog();
  void importDialog();
  void exportDialog();

  std::shared_ptr<ProjectSession> session_;
  CurationDocument* document_;
  SegmentListModel* segmentsModel_;
  RulesTableModel* rulesModel_;
  QHash<QString, QAction*> actions_;
  QStackedWidget* stack_;
  QLabel* noProject_;
  QToolBar* toolBar_;
  ItemPicker* itemPicker_;
  QTreeView* segmentsView_;
  SegmentEditor* segmentEditor_;
  QLabel* rulesHeading_;
  QTableView* rulesView_;
  QStackedWidget* rulesPane_ = nullptr;  // the rules table or its empty state
  EmptyState* rulesEmpty_ = nullptr;
  QLabel* ruleDetails_ = nullptr;
  QLabel* status_;
  QListWidget* problems_;
  QLabel* problemsHeading_;
  QUndoView* history_;
  QTabWidget* sideTabs_;
  QSplitter* mainSplitter_;
  QSplitter* centreSplitter_ = nullptr;  // the rules above the tab widget
  QWidget* problemsTab_ = nullptr;
  int fixedSidePages_ = 0;  // problems and history, always the last tabs
};

// Offscreen tests of the Curation workspace editor on a small demo project: undo and redo of every edit kind
// restore the exact previous rule set (core's canonical JSON, in memory and in the project), consecutive edits of
// one cell merge, the table models pass QAbstractItemModelTester, linter markers appear for a pin and a ban of the
// same item, the segment editor reports parse errors with their column and unknown attributes, export writes
// core's bytes, a broken import lists JSON paths and changes nothing, and the workspace renders to a non-blank
// image (written to $RECO_SCREENSHOT_DIR/curation-editor.png when set).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <functional>
#include <cstdio>
#include <memory>

#include "core/curation/RuleSetStore.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/ItemCatalogue.h"
#include "core/storage/Project.h"
#include "tests/common/SampleSegments.h"
#include "ui/base/EmptyState.h"
#include "ui/base/ProjectSession.h"
#include "ui/curation/AddRuleDialog.h"
#include "ui/curation/CurationDocument.h"
#include "ui/curation/CurationPreviewPanel.h"
#include "ui/curation/CurationWorkspace.h"
#include "ui/curation/ImportDialog.h"
#include "ui/curation/ItemPicker.h"
#include "ui/curation/ReplaceRuleSetCommand.h"
#include "ui/curation/RulesTableModel.h"
#include "ui/curation/SegmentEditor.h"
#include "ui/curation/SegmentListModel.h"
#include "ui/curation/VersionsDialog.h"

namespace {

constexpr int kTimeoutMs = 30000;

bool notBlank(const QImage& image) {
  QSet<QRgb> colours;
  for (int y = 0; y < image.height(); y += 7)
    for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
  return colours.size() > 20;
}

class CurationWorkspaceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new QTemporaryDir;
    ASSERT_TRUE(dir_->isValid());
    path_ = dir_->filePath(QStringLiteral("demo.reco"));
    reco::Project project = reco::Project::create(path_.toStdString());
    reco::DemoOptions options;
    options.users = 200;
    options.items = 80;
    options.days = 4;
    options.impressionsPerUserDay = 3;
    reco::generateDemo(project, options);
    items_ = new std::map<std::string, std::string>(reco::ItemCatalogue::load(project));
  }
  static void TearDownTestSuite() {
    delete items_;
    items_ = nullptr;
    delete dir_;
    dir_ = nullptr;
  }

  void SetUp() override {
    // Every test starts from an empty working copy and no versions.
    {
      reco::Project project = reco::Project::open(path_.toStdString());
      project.db().exec("DELETE FROM curation_rules; DELETE FROM curation_segments; DELETE FROM rule_set_versions;");
    }
    session_ = std::make_shared<ProjectSession>();
    QString error;
    ASSERT_TRUE(session_->open(path_, &error)) << error.toStdString();
    workspace_ = std::make_unique<CurationWorkspace>();
    workspace_->setProject(session_);
    workspace_->resize(1400, 900);
    doc_ = workspace_->document();
    ASSERT_TRUE(doc_->isOpen());
    ASSERT_TRUE(QTest::qWaitFor([&] { return doc_->censusCurrent() && !doc_->catalogue().empty(); }, kTimeoutMs));
  }

  void TearDown() override {
    workspace_.reset();
    session_->close();
  }

  std::string item(int n) const {
    auto it = items_->begin();
    std::advance(it, n);
    return it->first;
  }

  std::string canonical() const { return doc_->ruleSet().toJson().dump(); }
  std::string stored() const { return reco::RuleSetStore(*session_->project()).load().toJson().dump(); }

  // Runs `edit`, then checks that undo restores the exact previous rule set (in memory and in the project) and
  // redo the edited one. Returns the number of commands the edit pushed.
  int checkUndoRedo(const char* what, const std::function<void()>& edit) {
    QUndoStack* stack = doc_->undoStack();
    const int before = stack->index();
    const std::string a = canonical();
    edit();
    const std::string b = canonical();
    EXPECT_NE(a, b) << what << ": the edit changed nothing";
    EXPECT_EQ(stored(), b) << what << ": the project does not hold the edited rule set";
    const int pushed = stack->index() - before;
    EXPECT_GE(pushed, 1) << what;
    for (int i = 0; i < pushed; ++i) stack->undo();
    EXPECT_EQ(canonical(), a) << what << ": undo";
    EXPECT_EQ(stored(), a) << what << ": undo (project)";
    for (int i = 0; i < pushed; ++i) stack->redo();
    EXPECT_EQ(canonical(), b) << what << ": redo";
    EXPECT_EQ(stored(), b) << what << ": redo (project)";
    return pushed;
  }

  reco::Rule makeRule(reco::RuleKind kind, const std::string& target, int priority = 0) {
    reco::Rule r;
    r.kind = kind;
    if (r.targetsItem())
      r.item = target;
    else
      r.category = target;
    r.position = 1;
    r.factor = r.isBury() ? 0.5 : 2.0;
    r.maxItems = 2;
    r.priority = priority;
    r.createdAt = 1700000000;
    r.author = "tester";
    return r;
  }

  QModelIndex cell(std::int64_t ruleId, int column) const {
    RulesTableModel* m = workspace_->rulesModel();
    return m->index(m->rowOf(ruleId), column);
  }

  static QTemporaryDir* dir_;
  static QString path_;
  static std::map<std::string, std::string>* items_;
  std::shared_ptr<ProjectSession> session_;
  std::unique_ptr<CurationWorkspace> workspace_;
  CurationDocument* doc_ = nullptr;
};

QTemporaryDir* CurationWorkspaceTest::dir_ = nullptr;
QString CurationWorkspaceTest::path_;
std::map<std::string, std::string>* CurationWorkspaceTest::items_ = nullptr;

}  // namespace

TEST_F(CurationWorkspaceTest, UndoAndRedoOfEveryEditKindRestoreTheExactRuleSet) {
  SegmentEditor* editor = workspace_->segmentEditor();
  // Add segment (through the segment editor).
  checkUndoRedo("add segment", [&] {
    editor->startNew();
    editor->nameField()->setText(QStringLiteral("mobile DE"));
    editor->expressionField()->setPlainText(QStringLiteral("country = \"DE\" and device = \"mobile\""));
    ASSERT_TRUE(editor->apply()) << editor->problemLabel()->text().toStdString();
  });
  ASSERT_NE(doc_->ruleSet().findSegment("mobile DE"), nullptr);
  workspace_->selectSegment(QStringLiteral("mobile DE"));

  // Add rules (to the selected segment).
  checkUndoRedo("add rule", [&] { ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::PinItem, item(0), 5))); });
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BoostItem, item(1), 1)));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BanCategory, doc_->catalogue().begin()->second)));
  const std::int64_t pin = doc_->ruleSet().rules[0].id;
  const std::int64_t boost = doc_->ruleSet().rules[1].id;
  EXPECT_EQ(workspace_->rulesModel()->rowCount(), 3);
  EXPECT_EQ(workspace_->rulesModel()->ruleIdAt(0), pin);  // priority order

  // Edit segment: definition, then a rename that carries the rules along.
  checkUndoRedo("edit segment", [&] {
    workspace_->selectSegment(QStringLiteral("mobile DE"));
    editor->expressionField()->setPlainText(QStringLiteral("country in (\"DE\", \"AT\")"));
    ASSERT_TRUE(editor->apply()) << editor->problemLabel()->text().toStdString();
  });
  checkUndoRedo("rename segment", [&] {
    workspace_->selectSegment(QStringLiteral("mobile DE"));
    editor->nameField()->setText(QStringLiteral("DACH"));
    ASSERT_TRUE(editor->apply()) << editor->problemLabel()->text().toStdString();
    EXPECT_EQ(doc_->ruleSet().findRule(pin)->segment, "DACH");
  });
  workspace_->selectSegment(QStringLiteral("DACH"));
  RulesTableModel* model = workspace_->rulesModel();
  ASSERT_EQ(model->rowCount(), 3);

  // Set rule field: every editable column.
  const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
  const QDateTime end(QDate(2026, 4, 1), QTime(0, 0), QTimeZone::utc());
  struct Edit {
    const char* what;
    std::int64_t rule;
    int column;
    QVariant value;
  };
  const std::vector<Edit> edits = {
      {"kind", boost, RulesTableModel::KindColumn, static_cast<int>(reco::RuleKind::BuryItem)},
      {"item", pin, RulesTableModel::TargetColumn, QString::fromStdString(item(2))},
      {"position", pin, RulesTableModel::PositionColumn, 3},
      {"factor", boost, RulesTableModel::FactorColumn, 0.25},
      {"starts", pin, RulesTableModel::StartsColumn, start},
      {"ends", pin, RulesTableModel::EndsColumn, end},
      {"priority", boost, RulesTableModel::PriorityColumn, 9},
      {"note", pin, RulesTableModel::NoteColumn, QStringLiteral("spring campaign")},
      {"author", pin, RulesTableModel::AuthorColumn, QStringLiteral("alice")},
  };
  for (const Edit& e : edits)
    EXPECT_EQ(checkUndoRedo(e.what, [&] { ASSERT_TRUE(model->setData(cell(e.rule, e.column), e.value)); }), 1) << e.what;
  EXPECT_EQ(doc_->ruleSet().findRule(pin)->startsAt, start.toSecsSinceEpoch());
  EXPECT_EQ(doc_->ruleSet().findRule(boost)->kind, reco::RuleKind::BuryItem);
  // Clearing a window bound (an invalid date-time means "no bound").
  checkUndoRedo("clear ends", [&] { ASSERT_TRUE(model->setData(cell(pin, RulesTableModel::EndsColumn), QDateTime())); });
  EXPECT_FALSE(doc_->ruleSet().findRule(pin)->endsAt.has_value());
  // Max items on a cap rule.
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::CategoryCap, "")));
  const std::int64_t cap = doc_->ruleSet().rules.back().id;
  checkUndoRedo("max items", [&] { ASSERT_TRUE(model->setData(cell(cap, RulesTableModel::MaxItemsColumn), 4)); });

  // Invalid values are refused with a reason and push nothing.
  const int depth = doc_->undoStack()->count();
  QString rejected;
  QObject::connect(model, &RulesTableModel::editRejected, [&](const QString& m) { rejected = m; });
  EXPECT_FALSE(model->setData(cell(boost, RulesTableModel::FactorColumn), 3.0));  // a bury factor must be < 1
  EXPECT_TRUE(rejected.contains(QStringLiteral("factor"))) << rejected.toStdString();
  EXPECT_FALSE(model->setData(cell(pin, RulesTableModel::TargetColumn), QString()));
  EXPECT_EQ(doc_->undoStack()->count(), depth);

  // Consecutive edits of one cell merge into one step; undo goes back to before the first.
  {
    const std::string a = canonical();
    const int count = doc_->undoStack()->count();
    ASSERT_TRUE(model->setData(cell(pin, RulesTableModel::NoteColumn), QStringLiteral("s")));
    ASSERT_TRUE(model->setData(cell(pin, RulesTableModel::NoteColumn), QStringLiteral("sp")));
    ASSERT_TRUE(model->setData(cell(pin, RulesTableModel::NoteColumn), QStringLiteral("spr")));
    EXPECT_EQ(doc_->undoStack()->count(), count + 1);
    doc_->undoStack()->undo();
    EXPECT_EQ(canonical(), a);
    doc_->undoStack()->redo();
    EXPECT_EQ(doc_->ruleSet().findRule(pin)->note, "spr");
  }

  // Enable / disable: the check box, and the action on a selection.
  checkUndoRedo("disable (check box)", [&] {
    ASSERT_TRUE(model->setData(cell(pin, RulesTableModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole));
  });
  EXPECT_FALSE(doc_->ruleSet().findRule(pin)->enabled);
  checkUndoRedo("toggle enabled (action)", [&] {
    ASSERT_TRUE(workspace_->selectRule(boost));
    workspace_->action(CurationActionId::ToggleEnabled)->trigger();
  });

  // Reorder priority.
  checkUndoRedo("move down", [&] {
    ASSERT_TRUE(workspace_->selectRule(boost));
    const int row = model->rowOf(boost);
    workspace_->action(CurationActionId::LowerPriority)->trigger();
    EXPECT_EQ(model->rowOf(boost), row + 1);
  });
  checkUndoRedo("move up", [&] {
    ASSERT_TRUE(workspace_->selectRule(cap));
    const int row = model->rowOf(cap);
    workspace_->moveSelectedRule(-1);
    EXPECT_EQ(model->rowOf(cap), row - 1);
  });

  // Remove rule (the Delete action on the selection).
  checkUndoRedo("remove rule", [&] {
    ASSERT_TRUE(workspace_->selectRule(boost));
    workspace_->action(CurationActionId::RemoveRule)->trigger();
    EXPECT_EQ(doc_->ruleSet().findRule(boost), nullptr);
  });

  // Restore a version (saved twice, restore the first).
  const std::int64_t v1 = doc_->saveVersion("first", "tester");
  EXPECT_TRUE(doc_->undoStack()->isClean());
  ASSERT_TRUE(model->setData(cell(pin, RulesTableModel::PositionColumn), 7));
  EXPECT_FALSE(doc_->undoStack()->isClean());
  doc_->saveVersion("second", "tester");
  checkUndoRedo("restore version", [&] {
    doc_->restoreVersion(v1, "tester");
    EXPECT_EQ(doc_->ruleSet().findRule(pin)->position, 3);
  });
  EXPECT_TRUE(doc_->undoStack()->isClean());  // a restore is saved as a version

  // Import (replaces the working copy): the first version's export, after an edit.
  const std::string exported = doc_->exportText(v1);
  ASSERT_TRUE(model->setData(cell(pin, RulesTableModel::PriorityColumn), 42));
  checkUndoRedo("import", [&] {
    reco::JsonIssues issues;
    ASSERT_TRUE(doc_->importText(exported, "tester", false, issues).has_value());
    EXPECT_TRUE(issues.empty());
  });

  // Remove segment: its rules go in the same undo step.
  checkUndoRedo("remove segment", [&] {
    ASSERT_TRUE(workspace_->removeSegment(QStringLiteral("DACH")));
    EXPECT_EQ(doc_->ruleSet().findSegment("DACH"), nullptr);
    EXPECT_TRUE(doc_->ruleSet().rules.empty());
  });
  EXPECT_EQ(workspace_->currentSegment(), QString::fromLatin1(reco::Segment::kAllUsers));

  // The history view shows the stack.
  EXPECT_EQ(workspace_->historyView()->stack(), doc_->undoStack());
  EXPECT_GT(doc_->undoStack()->count(), 15);
}

TEST_F(CurationWorkspaceTest, TableModelsPassTheModelTester) {
  RulesTableModel* rules = workspace_->rulesModel();
  QAbstractItemModelTester rulesTester(rules, QAbstractItemModelTester::FailureReportingMode::Fatal);
  QAbstractItemModelTester segmentsTester(workspace_->segmentsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::PinItem, item(0), 1)));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BuryItem, item(3))));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::CategoryCap, "")));
  EXPECT_EQ(rules->rowCount(), 3);
  EXPECT_EQ(rules->columnCount(), RulesTableModel::ColumnCount);
  for (int row = 0; row < rules->rowCount(); ++row)
    for (int c = 0; c < rules->columnCount(); ++c)
      for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole), int(Qt::DecorationRole),
                       int(Qt::CheckStateRole)})
        (void)rules->index(row, c).data(role);
  // Display texts follow the kinds; non-applicable cells are empty and not editable.
  const int pinRow = rules->rowOf(doc_->ruleSet().rules[0].id);
  EXPECT_EQ(rules->index(pinRow, RulesTableModel::KindColumn).data().toString(), QStringLiteral("Pin item"));
  EXPECT_EQ(rules->index(pinRow, RulesTableModel::PositionColumn).data().toString(), QStringLiteral("1"));
  EXPECT_TRUE(rules->index(pinRow, RulesTableModel::FactorColumn).data().toString().isEmpty());
  EXPECT_FALSE(rules->flags(rules->index(pinRow, RulesTableModel::FactorColumn)) & Qt::ItemIsEditable);
  EXPECT_TRUE(rules->flags(rules->index(pinRow, RulesTableModel::EnabledColumn)) & Qt::ItemIsUserCheckable);
  // Priority moves (layout changes), removals, segment switches and undo all keep the testers quiet.
  ASSERT_TRUE(workspace_->selectRule(doc_->ruleSet().rules[1].id));
  workspace_->moveSelectedRule(-1);
  workspace_->removeSelectedRules();
  doc_->undoStack()->undo();
  doc_->undoStack()->undo();
  workspace_->action(CurationActionId::NewSegment)->trigger();
  workspace_->segmentEditor()->nameField()->setText(QStringLiteral("tablets"));
  workspace_->segmentEditor()->expressionField()->setPlainText(QStringLiteral("device = \"tablet\""));
  ASSERT_TRUE(workspace_->segmentEditor()->apply());
  EXPECT_EQ(workspace_->currentSegment(), QStringLiteral("tablets"));
  EXPECT_EQ(rules->rowCount(), 0);
  // Segments: "all users" first, member counts from the census once counted.
  SegmentListModel* segments = workspace_->segmentsModel();
  EXPECT_EQ(segments->nameAt(0), QString::fromLatin1(reco::Segment::kAllUsers));
  ASSERT_TRUE(QTest::qWaitFor([&] { return doc_->censusCurrent(); }, kTimeoutMs));
  EXPECT_EQ(segments->index(0, SegmentListModel::MembersColumn).data().toString(), QStringLiteral("200"));
  EXPECT_EQ(segments->index(0, SegmentListModel::RulesColumn).data().toInt(), 3);
  doc_->undoStack()->undo();
  EXPECT_EQ(segments->rowCount(), 1);
}

TEST_F(CurationWorkspaceTest, LinterMarkersForAPinAndABanOfTheSameItem) {
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::PinItem, item(5))));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BanItem, item(5))));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BoostItem, item(6))));
  const std::int64_t pin = doc_->ruleSet().rules[0].id;
  const std::int64_t ban = doc_->ruleSet().rules[1].id;
  const std::int64_t fine = doc_->ruleSet().rules[2].id;
  RulesTableModel* model = workspace_->rulesModel();
  for (std::int64_t id : {pin, ban}) {
    const QModelIndex marker = cell(id, RulesTableModel::IdColumn);
    EXPECT_EQ(marker.data(RulesTableModel::SeverityRole).toInt(), 2) << id;
    EXPECT_FALSE(marker.data(Qt::DecorationRole).value<QIcon>().isNull()) << id;
    EXPECT_TRUE(marker.data(Qt::ToolTipRole).toString().contains(QStringLiteral("pin-ban-conflict"))) << id;
  }
  EXPECT_EQ(cell(fine, RulesTableModel::IdColumn).data(RulesTableModel::SeverityRole).toInt(), 0);
  // The problems list names the conflict; activating it selects the rule.
  QListWidget* problems = workspace_->problemsList();
  QListWidgetItem* conflict = nullptr;
  for (int i = 0; i < problems->count(); ++i)
    if (problems->item(i)->text().contains(QStringLiteral("pin-ban-conflict"))) conflict = problems->item(i);
  ASSERT_NE(conflict, nullptr);
  workspace_->rulesView()->clearSelection();
  Q_EMIT problems->itemActivated(conflict);
  EXPECT_EQ(workspace_->currentRuleId(), pin);
  // Markers follow edits: disabling the ban clears the conflict; undo brings it back.
  ASSERT_TRUE(model->setData(cell(ban, RulesTableModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole));
  EXPECT_EQ(cell(pin, RulesTableModel::IdColumn).data(RulesTableModel::SeverityRole).toInt(), 0);
  doc_->undoStack()->undo();
  EXPECT_EQ(cell(pin, RulesTableModel::IdColumn).data(RulesTableModel::SeverityRole).toInt(), 2);
  // Unknown items are reported against the project's catalogue.
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BoostItem, "no-such-item")));
  const std::int64_t unknown = doc_->ruleSet().rules.back().id;
  EXPECT_GT(cell(unknown, RulesTableModel::IdColumn).data(RulesTableModel::SeverityRole).toInt(), 0);
}

TEST_F(CurationWorkspaceTest, ItemsShowAsTitleAndIdWhereAPersonReadsThem) {
  // Issue 14: the rules table, its tooltips, the linter's messages and the problems list name items as
  // "title (id)"; the cell's edit value stays the id, and an edit through it is one undo step.
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::PinItem, item(5))));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BanItem, item(5))));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BuryItem, item(6))));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BoostItem, "no-such-item")));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BoostCategory, items_->begin()->second)));
  const std::string title5 = doc_->itemTitle(item(5));
  ASSERT_FALSE(title5.empty()) << "the demo's items have titles";
  RulesTableModel* model = workspace_->rulesModel();
  ASSERT_EQ(model->rowCount(), 5);
  for (int row = 0; row < model->rowCount(); ++row) {
    const reco::Rule* rule = model->ruleAt(row);
    ASSERT_NE(rule, nullptr);
    const std::string title = rule->targetsItem() ? doc_->itemTitle(rule->item) : std::string();
    for (int column = 0; column < model->columnCount(); ++column) {
      const QString text = model->index(row, column).data(Qt::DisplayRole).toString();
      for (const auto& [id, category] : *items_) {
        if (doc_->itemTitle(id).empty()) continue;
        EXPECT_NE(text, QString::fromStdString(id)) << "row " << row << " column " << column << " shows a bare id";
      }
    }
    const QModelIndex target = model->index(row, RulesTableModel::TargetColumn);
    if (!title.empty()) {
      const QString label = QString::fromStdString(title + " (" + rule->item + ")");
      EXPECT_EQ(target.data(Qt::DisplayRole).toString(), label);
      EXPECT_TRUE(target.data(Qt::ToolTipRole).toString().contains(label));
      EXPECT_EQ(target.data(Qt::EditRole).toString(), QString::fromStdString(rule->item));
    } else if (rule->targetsItem()) {
      EXPECT_EQ(target.data(Qt::DisplayRole).toString(), QString::fromStdString(rule->item));  // no title known
    }
  }
  // The linter's messages and the problems list: the conflict names the item by title and id.
  const QString named = QString::fromStdString("'" + title5 + "' (" + item(5) + ")");
  bool inFindings = false;
  for (const reco::LintFinding& f : doc_->findings())
    if (f.code == "pin-ban-conflict") inFindings = QString::fromStdString(f.message).contains(named);
  EXPECT_TRUE(inFindings) << named.toStdString();
  QListWidget* problems = workspace_->problemsList();
  bool inList = false;
  for (int i = 0; i < problems->count(); ++i)
    if (problems->item(i)->text().contains(QStringLiteral("pin-ban-conflict")))
      inList = problems->item(i)->text().contains(named);
  EXPECT_TRUE(inList);
  // The undo history names the item the same way.
  bool inHistory = false;
  for (int i = 0; i < doc_->undoStack()->count(); ++i)
    inHistory = inHistory || doc_->undoStack()->text(i).contains(named);
  EXPECT_TRUE(inHistory);
  // Editing the target with an id is one undo step, and the cell then reads the new item's title.
  const std::int64_t bury = doc_->ruleSet().rules[2].id;
  const int pushed = checkUndoRedo("target", [&] {
    ASSERT_TRUE(model->setData(cell(bury, RulesTableModel::TargetColumn), QString::fromStdString(item(7))));
  });
  EXPECT_EQ(pushed, 1);
  EXPECT_EQ(cell(bury, RulesTableModel::TargetColumn).data().toString(),
            QString::fromStdString(doc_->itemTitle(item(7)) + " (" + item(7) + ")"));
}

TEST_F(CurationWorkspaceTest, SegmentEditorReportsParseErrorsAndCountsMembers) {
  SegmentEditor* editor = workspace_->segmentEditor();
  editor->startNew();
  editor->nameField()->setText(QStringLiteral("broken"));
  editor->expressionField()->setPlainText(QStringLiteral("country = "));
  EXPECT_TRUE(editor->problemLabel()->text().contains(QStringLiteral("column 11")))
      << editor->problemLabel()->text().toStdString();
  EXPECT_TRUE(editor->problemLabel()->text().contains(QLatin1Char('^')));
  EXPECT_FALSE(editor->applyButton()->isEnabled());
  editor->expressionField()->setPlainText(QStringLiteral("colour = \"red\""));
  const QString unknown = editor->problemLabel()->text();
  EXPECT_TRUE(unknown.contains(QStringLiteral("colour"))) << unknown.toStdString();
  EXPECT_TRUE(unknown.contains(QStringLiteral("country"))) << unknown.toStdString();  // the known ones are listed
  EXPECT_FALSE(editor->apply());
  EXPECT_EQ(doc_->undoStack()->count(), 0);
  // A valid expression: members counted in the background.
  editor->expressionField()->setPlainText(QStringLiteral("device = \"mobile\""));
  EXPECT_TRUE(editor->applyButton()->isEnabled());
  ASSERT_TRUE(QTest::qWaitFor([&] { return editor->membersLabel()->text().contains(QStringLiteral("of 200 users")); }, kTimeoutMs));
  // An explicit list of user ids.
  editor->listMode()->setChecked(true);
  editor->userIdsField()->setPlainText(QStringLiteral("u1, u2\nu3"));
  QString error;
  const auto draft = editor->draft(&error);
  ASSERT_TRUE(draft.has_value()) << error.toStdString();
  EXPECT_EQ(draft->userIds().size(), 3u);
  // "all users" is built in and read-only.
  workspace_->selectSegment(QString::fromLatin1(reco::Segment::kAllUsers));
  EXPECT_FALSE(editor->nameField()->isEnabled());
  EXPECT_FALSE(editor->applyButton()->isVisible() && editor->applyButton()->isEnabled());
}

TEST_F(CurationWorkspaceTest, ExportWritesCoresBytesAndABrokenImportChangesNothing) {
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::PinItem, item(1))));
  const std::int64_t v = doc_->saveVersion("one pin", "tester");
  QTemporaryDir out;
  const QString file = out.filePath(QStringLiteral("rules.json"));
  QString error;
  ASSERT_TRUE(workspace_->exportVersion(v, file, &error)) << error.toStdString();
  QFile f(file);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const std::string bytes = f.readAll().toStdString();
  EXPECT_EQ(bytes, reco::RuleSetStore(*session_->project()).document(v).exportText());
  // Dry run of the same file: no changes, nothing pushed.
  {
    ImportDialog dialog(*doc_, QStringLiteral("rules.json"), bytes);
    EXPECT_TRUE(dialog.canImport());
    EXPECT_TRUE(dialog.reportText().contains(QStringLiteral("no changes"))) << dialog.reportText().toStdString();
  }
  // A broken file: every error with its JSON path; the working copy and the stack are untouched.
  std::string broken = bytes;
  broken.replace(broken.find("\"pin_item\""), 10, "\"pin_itme\"");
  const std::string before = canonical();
  const int depth = doc_->undoStack()->count();
  ImportDialog dialog(*doc_, QStringLiteral("broken.json"), broken);
  EXPECT_FALSE(dialog.canImport());
  EXPECT_TRUE(dialog.reportText().contains(QStringLiteral("/rules/0/kind"))) << dialog.reportText().toStdString();
  EXPECT_FALSE(dialog.import());
  EXPECT_EQ(canonical(), before);
  EXPECT_EQ(doc_->undoStack()->count(), depth);
  // The versions dialog shows a readable diff.
  ASSERT_TRUE(workspace_->rulesModel()->setData(
      workspace_->rulesModel()->index(0, RulesTableModel::PositionColumn), 4));
  VersionsDialog versions(*doc_);
  versions.selectVersion(v);
  versions.compareBox()->setCurrentIndex(1);  // against the working copy
  EXPECT_TRUE(versions.diffText().contains(QStringLiteral("position: 1 -> 4"))) << versions.diffText().toStdString();
  // Against the empty rule set before it, every added rule names its item by title and id (issue 14, item 3).
  versions.compareBox()->setCurrentIndex(0);
  for (const reco::Rule& r : doc_->versionDocument(v).content.rules) {
    if (!r.targetsItem()) continue;
    const std::string title = doc_->itemTitle(r.item);
    ASSERT_FALSE(title.empty()) << r.item;
    const QString reference = QString::fromStdString("'" + title + "' (" + r.item + ")");
    EXPECT_TRUE(versions.diffText().contains(reference)) << versions.diffText().toStdString();
  }
}

TEST_F(CurationWorkspaceTest, ShortcutsAndSidePages) {
  auto keys = [&](const char* id) { return workspace_->action(id)->shortcuts(); };
  EXPECT_TRUE(keys(CurationActionId::Undo).contains(QKeySequence(QKeySequence::Undo)));
  EXPECT_TRUE(keys(CurationActionId::Redo).contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
  EXPECT_TRUE(keys(CurationActionId::Redo).contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
  EXPECT_TRUE(keys(CurationActionId::AddRule).contains(QKeySequence(Qt::Key_Insert)));
  EXPECT_TRUE(keys(CurationActionId::AddRule).contains(QKeySequence(Qt::CTRL | Qt::Key_N)));
  EXPECT_TRUE(keys(CurationActionId::RemoveRule).contains(QKeySequence(QKeySequence::Delete)));
  EXPECT_TRUE(keys(CurationActionId::EditRule).contains(QKeySequence(Qt::Key_F2)));
  EXPECT_TRUE(keys(CurationActionId::SaveVersion).contains(QKeySequence(QKeySequence::Save)));
  EXPECT_TRUE(keys(CurationActionId::FindItem).contains(QKeySequence(QKeySequence::Find)));
  // Ctrl+F focuses the item picker; Undo/Redo actions drive the stack.
  workspace_->show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(workspace_.get()));
  workspace_->action(CurationActionId::FindItem)->trigger();
  EXPECT_TRUE(workspace_->itemPicker()->hasFocus());
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BanItem, item(2))));
  EXPECT_TRUE(workspace_->action(CurationActionId::Undo)->isEnabled());
  workspace_->action(CurationActionId::Undo)->trigger();
  EXPECT_TRUE(doc_->ruleSet().rules.empty());
  workspace_->action(CurationActionId::Redo)->trigger();
  EXPECT_EQ(doc_->ruleSet().rules.size(), 1u);
  // Picking an item while an item rule is selected sets its item (one undoable edit).
  ASSERT_TRUE(workspace_->selectRule(doc_->ruleSet().rules[0].id));
  Q_EMIT workspace_->itemPicker()->itemPicked(QString::fromStdString(item(4)));
  EXPECT_EQ(doc_->ruleSet().rules[0].item, item(4));
  // Ctrl+N inside the workspace opens the add-rule dialog (not the window's New Project).
  {
    int dialogs = 0;
    QTimer::singleShot(0, [&dialogs] {
      if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
        ++dialogs;
        d->reject();
      }
    });
    workspace_->rulesView()->setFocus();
    QTest::keyClick(workspace_->rulesView(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(dialogs, 1);
  }
  // Side pages (the preview and impact panels are added by the workspace itself) come before the problems and the
  // history, each in a scroll area; showSidePage brings one to the front.
  QTabWidget* tabs = workspace_->sideTabs();
  const int pages = tabs->count();
  EXPECT_FALSE(tabs->isHidden());
  EXPECT_EQ(tabs->tabText(pages - 1), QStringLiteral("History"));
  auto* extra = new QLabel(QStringLiteral("page"));
  workspace_->addSidePage(extra, QStringLiteral("Extra"));
  ASSERT_EQ(tabs->count(), pages + 1);
  EXPECT_EQ(tabs->tabText(pages - 2), QStringLiteral("Extra"));
  EXPECT_EQ(tabs->tabText(pages), QStringLiteral("History"));
  EXPECT_TRUE(tabs->widget(pages - 2)->isAncestorOf(extra));
  workspace_->showSidePage(extra);
  EXPECT_EQ(tabs->currentIndex(), pages - 2);
}

TEST_F(CurationWorkspaceTest, SegmentsWithFewUsersAreMarkedAsSmallSamples) {
  // A list of 5 demo users and one of 40: the first is too small to judge by (< 30), with a warning icon and a
  // tooltip saying why; "all users" (200) and the large list are not.
  std::vector<std::string> few, many;
  for (int u = 1; u <= 40; ++u) {
    const std::string id = QStringLiteral("U%1").arg(u, 6, 10, QLatin1Char('0')).toStdString();
    if (u <= 5) few.push_back(id);
    many.push_back(id);
  }
  ASSERT_TRUE(doc_->addSegment(reco::Segment::withUserIds("five users", few)).isEmpty());
  ASSERT_TRUE(doc_->addSegment(reco::Segment::withUserIds("forty users", many)).isEmpty());
  ASSERT_TRUE(QTest::qWaitFor([&] { return doc_->censusCurrent(); }, kTimeoutMs));
  SegmentListModel* segments = workspace_->segmentsModel();
  const auto members = [&](const char* name) {
    return segments->index(segments->rowOf(QString::fromLatin1(name)), SegmentListModel::MembersColumn);
  };
  ASSERT_EQ(members("five users").data().toString(), QStringLiteral("5"));
  ASSERT_EQ(members("forty users").data().toString(), QStringLiteral("40"));
  EXPECT_TRUE(members("five users").data(SegmentListModel::SmallSampleRole).toBool());
  EXPECT_FALSE(members("five users").data(Qt::DecorationRole).value<QIcon>().isNull());
  EXPECT_TRUE(members("five users").data(Qt::ToolTipRole).toString().contains(QStringLiteral("fewer than 30")));
  const QModelIndex name = segments->index(segments->rowOf(QStringLiteral("five users")), SegmentListModel::NameColumn);
  EXPECT_TRUE(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Users in this segment: 5. That is fewer than 30")));
  for (const char* big : {"forty users", reco::Segment::kAllUsers}) {
    EXPECT_FALSE(members(big).data(SegmentListModel::SmallSampleRole).toBool()) << big;
    EXPECT_TRUE(members(big).data(Qt::DecorationRole).value<QIcon>().isNull()) << big;
  }
  // The preview's segment box marks it too.
  auto* preview = workspace_->findChild<CurationPreviewPanel*>();
  ASSERT_NE(preview, nullptr);
  preview->reload();
  auto* box = preview->findChild<QComboBox*>(QStringLiteral("previewSegment"));
  ASSERT_NE(box, nullptr);
  const int small = box->findText(QStringLiteral("five users"));
  const int large = box->findText(QStringLiteral("forty users"));
  ASSERT_GE(small, 0);
  ASSERT_GE(large, 0);
  EXPECT_FALSE(box->itemIcon(small).isNull());
  EXPECT_TRUE(box->itemData(small, Qt::ToolTipRole).toString().contains(QStringLiteral("fewer than 30")));
  EXPECT_TRUE(box->itemIcon(large).isNull());
}

// Issue 14: a rule set without rules shows what rules do and the buttons to start, not an empty table; the
// first rule replaces it by the table and undoing that rule brings it back.
TEST_F(CurationWorkspaceTest, AnEmptyRuleSetShowsAnEmptyStateWithItsButtons) {
  workspace_->show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(workspace_.get()));
  ASSERT_TRUE(doc_->ruleSet().rules.empty());
  EmptyState* empty = workspace_->rulesEmptyState();
  ASSERT_NE(empty, nullptr);
  EXPECT_TRUE(empty->isVisible());
  EXPECT_FALSE(workspace_->rulesView()->isVisible());
  EXPECT_FALSE(workspace_->ruleDetailsLabel()->isVisible());
  EXPECT_EQ(empty->heading(), QStringLiteral("No rules yet"));
  EXPECT_TRUE(empty->message().contains(QStringLiteral("segment")));
  ASSERT_EQ(empty->buttons().size(), 3);
  const QStringList names = {QStringLiteral("Add rule"), QStringLiteral("New segment"),
                             QStringLiteral("Import rule set")};
  const char* actions[] = {CurationActionId::AddRule, CurationActionId::NewSegment, CurationActionId::Import};
  for (int i = 0; i < 3; ++i) {
    QPushButton* button = empty->buttons().at(i);
    EXPECT_EQ(button->accessibleName(), names.at(i));
    EXPECT_FALSE(button->toolTip().isEmpty()) << names.at(i).toStdString();
    EXPECT_TRUE(button->isVisible() && button->isEnabled()) << names.at(i).toStdString();
    EXPECT_EQ(button->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    if (i == 2) continue;  // Import asks for a file first (a native file dialog)
    QSignalSpy triggered(workspace_->action(actions[i]), &QAction::triggered);
    bool addRuleShown = false;
    QTimer::singleShot(0, workspace_.get(), [&addRuleShown] {
      if (auto* dialog = qobject_cast<AddRuleDialog*>(QApplication::activeModalWidget())) {
        addRuleShown = true;
        dialog->reject();
      }
    });
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);  // the keyboard reaches it
    EXPECT_EQ(triggered.count(), 1) << names.at(i).toStdString();
    if (i == 0) {
      EXPECT_TRUE(addRuleShown);
    }
  }

  reco::Rule pin;
  pin.kind = reco::RuleKind::PinItem;
  pin.item = item(2);
  pin.position = 1;
  ASSERT_TRUE(workspace_->addRule(pin));
  EXPECT_FALSE(empty->isVisible());
  EXPECT_TRUE(workspace_->rulesView()->isVisible());
  EXPECT_TRUE(workspace_->ruleDetailsLabel()->isVisible());
  doc_->undoStack()->undo();
  EXPECT_TRUE(doc_->ruleSet().rules.empty());
  EXPECT_TRUE(empty->isVisible());
  EXPECT_FALSE(workspace_->rulesView()->isVisible());
}

TEST_F(CurationWorkspaceTest, RendersToANonBlankImage) {
  // A small, realistic rule set: two segments, a conflict to show markers, a window, a disabled rule.
  SegmentEditor* editor = workspace_->segmentEditor();
  ASSERT_TRUE(reco_test::addSampleSegments(editor));
  workspace_->selectSegment(QString::fromLatin1(reco::Segment::kAllUsers));
  const std::string category = doc_->catalogue().begin()->second;
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::PinItem, item(0), 10)));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BanItem, item(0))));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BoostCategory, category, 2)));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::BuryItem, item(7))));
  ASSERT_TRUE(workspace_->addRule(makeRule(reco::RuleKind::CategoryCap, "")));
  reco::Rule windowed = makeRule(reco::RuleKind::PinItem, item(9), 3);
  windowed.position = 2;
  windowed.startsAt = 1772366400;  // 2026-03-01T12:00:00Z
  windowed.endsAt = 1775001600;
  windowed.note = "spring campaign";
  ASSERT_TRUE(workspace_->addRule(windowed));
  reco::Rule off = makeRule(reco::RuleKind::BanCategory, category);
  off.enabled = false;
  off.note = "kept for the next sale";
  ASSERT_TRUE(workspace_->addRule(off));
  ASSERT_TRUE(QTest::qWaitFor([&] { return doc_->censusCurrent(); }, kTimeoutMs));
  ASSERT_TRUE(workspace_->selectRule(doc_->ruleSet().rules[0].id));
  workspace_->show();
  QTest::qWait(150);  // let the layouts settle as on screen
  const QImage image = workspace_->grab().toImage();
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.width(), 1400);
  EXPECT_TRUE(notBlank(image));
  const QByteArray dir = qgetenv("RECO_SCREENSHOT_DIR");
  if (!dir.isEmpty()) {
    QDir().mkpath(QString::fromLocal8Bit(dir));
    EXPECT_TRUE(image.save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("curation-editor.png"))));
  }

  // The segment editor with a parse error, the versions dialog with a diff and the add-rule dialog render too.
  auto shot = [&](QWidget& w, const QString& name) {
    w.show();
    QTest::qWait(100);
    const QImage img = w.grab().toImage();
    EXPECT_TRUE(notBlank(img)) << name.toStdString();
    if (!dir.isEmpty()) img.save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
  };
  workspace_->selectSegment(QStringLiteral("mobile DE/AT"));
  editor->expressionField()->setPlainText(QStringLiteral("country in (\"DE\", \"AT\" and device = \"mobile\""));
  shot(*workspace_, QStringLiteral("curation-segment-error.png"));
  doc_->saveVersion("first rules", "tester");
  std::int64_t campaign = 0;
  for (const auto& r : doc_->ruleSet().rules)
    if (r.kind == reco::RuleKind::PinItem && r.item == item(9)) campaign = r.id;
  workspace_->selectSegment(QString::fromLatin1(reco::Segment::kAllUsers));
  ASSERT_TRUE(workspace_->rulesModel()->setData(cell(campaign, RulesTableModel::PositionColumn), 3));
  doc_->saveVersion("pin the campaign item at 3", "tester");
  VersionsDialog versions(*doc_);
  shot(versions, QStringLiteral("curation-versions.png"));
  AddRuleDialog add(session_->project(), doc_->categories(), QStringLiteral("all users"));
  add.setKind(reco::RuleKind::BoostCategory);
  shot(add, QStringLiteral("curation-add-rule.png"));
}

TEST_F(CurationWorkspaceTest, EditsAndUndoWithAThousandRules) {
  // Each edit writes the working copy back and relints; with 1,000 rules every edit lands and undoes exactly.
  reco::RuleSet big = doc_->ruleSet();
  for (int i = 0; i < 1000; ++i) {
    reco::Rule r = makeRule(i % 3 == 0 ? reco::RuleKind::BoostItem : reco::RuleKind::BuryItem, item(i % 80));
    r.id = i + 1;
    r.segment = reco::Segment::kAllUsers;
    r.factor = r.isBoost() ? 1.5 : 0.5;
    big.rules.push_back(r);
  }
  doc_->undoStack()->push(new ReplaceRuleSetCommand(*doc_, doc_->ruleSet(), big, QStringLiteral("load 1000 rules")));
  RulesTableModel* model = workspace_->rulesModel();
  ASSERT_EQ(model->rowCount(), 1000);
  constexpr int kEdits = 20;
  for (int i = 0; i < kEdits; ++i)
    ASSERT_TRUE(model->setData(cell(i + 1, RulesTableModel::PriorityColumn), i + 1));
  EXPECT_NE(doc_->ruleSet().toJson(), big.toJson());
  for (int i = 0; i < kEdits; ++i) doc_->undoStack()->undo();
  EXPECT_EQ(doc_->ruleSet().toJson(), big.toJson());
}

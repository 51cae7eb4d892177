// Issue 14, item 2: in the main window at its default size (1280×800) the curation Preview and Impact pages get the
// room their tables need (every column at least as wide as its header and its widest cell, no horizontal
// scrolling); at 1024×700 they keep that room and scroll instead of being squeezed; the splitters' positions are
// kept in the settings and restored by the next window. With $RECO_SHOT_DIR set the screens are kept as
// curation-<page>-<size>-<theme>.png (light and dark).
#include <gtest/gtest.h>

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QHeaderView>
#include <QImage>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <string>

#include "core/base/Time.h"
#include "core/curation/Rule.h"
#include "core/data/MatrixBuilder.h"
#include "core/demo/DemoGenerator.h"
#include "core/models/ModelStore.h"
#include "core/storage/ItemCatalogue.h"
#include "core/storage/Project.h"
#include "ui/app/AppSettings.h"
#include "ui/app/MainWindow.h"
#include "ui/app/Theme.h"
#include "ui/curation/CurationDocument.h"
#include "ui/curation/CurationImpactPanel.h"
#include "ui/curation/CurationPreviewPanel.h"
#include "ui/curation/CurationWorkspace.h"
#include "ui/curation/ItemPicker.h"
#include "ui/curation/RulesTableModel.h"
#include "ui/base/LocaleFormat.h"

namespace {

constexpr int kTimeoutMs = 120000;

void keep(QWidget& widget, const QString& name) {
  if (qEnvironmentVariableIsEmpty("RECO_SHOT_DIR")) return;
  QDir dir(qEnvironmentVariable("RECO_SHOT_DIR"));
  dir.mkpath(QStringLiteral("."));
  widget.grab().save(dir.filePath(name + QStringLiteral(".png")));
}

// Every column of the view at least as wide as its header and its widest cell need, and together no wider than
// the viewport (no horizontal scrolling inside the table).
void expectNoColumnCut(QTableView* view, const std::string& what) {
  QHeaderView* header = view->horizontalHeader();
  for (int c = 0; c < header->count(); ++c) {
    if (header->isSectionHidden(c)) continue;
    // QAbstractItemView::sizeHintForColumn is public (QTableView overrides it as protected).
    const int need = std::max(header->sectionSizeHint(c), static_cast<QAbstractItemView*>(view)->sizeHintForColumn(c));
    EXPECT_GE(header->sectionSize(c), need)
        << what << ": column " << c << " (" << view->model()->headerData(c, Qt::Horizontal).toString().toStdString()
        << ") is cut";
  }
  EXPECT_LE(header->length(), view->viewport()->width()) << what;
}

class CurationLayoutTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new QTemporaryDir;
    ASSERT_TRUE(dir_->isValid());
    path_ = dir_->filePath(QStringLiteral("demo.reco"));
    reco::Project project = reco::Project::create(path_.toStdString());
    reco::DemoOptions options;
    options.users = 200;
    options.items = 80;
    options.days = 6;
    reco::generateDemo(project, options);
    reco::MatrixBuilder builder;
    const reco::InteractionMatrix m = builder.build(project);
    auto model = reco::createRecommender("popular");
    model->fit(m, {});
    reco::TrainingRecord record;
    record.dataFingerprint = project.dataFingerprint();
    reco::ModelStore(project).save("popular", *model, record);
    const auto catalogue = reco::ItemCatalogue::load(project);
    // The item with the longest title, pinned: the widest cell the preview has to show.
    for (const auto& [id, category] : catalogue) {
      (void)category;
      if (pinned_.empty() || id.size() > pinned_.size()) pinned_ = id;
    }
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  void SetUp() override { ini_ = dir_->filePath(QStringLiteral("settings-%1.ini").arg(++run_)); }
  void TearDown() override { applyTheme(QStringLiteral("system")); }

  // Opens the demo project in a window of the given size with the Curation workspace current.
  CurationWorkspace* open(MainWindow& window, QSize size) {
    CurationWorkspace* curation = nullptr;
    for (int i = 0; i < window.workspaceCount(); ++i)
      if (auto* c = qobject_cast<CurationWorkspace*>(window.workspace(i))) {
        curation = c;
        window.setCurrentWorkspace(i);
      }
    EXPECT_NE(curation, nullptr);
    if (!curation) return nullptr;
    EXPECT_TRUE(window.openProject(path_));
    window.resize(size);
    window.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    CurationDocument* doc = curation->document();
    EXPECT_TRUE(QTest::qWaitFor([&] { return doc->censusCurrent() && !doc->catalogue().empty(); }, kTimeoutMs));
    return curation;
  }

  // A pin of the longest-titled item (the only rule: one left by an earlier window is removed), then the preview of
  // user U000001.
  void preview(CurationWorkspace* curation) {
    CurationDocument* doc = curation->document();
    if (!doc->ruleSet().rules.empty()) doc->removeRules(doc->ruleSet().rules);
    reco::Rule pin;
    pin.kind = reco::RuleKind::PinItem;
    pin.item = pinned_;
    pin.position = 1;
    pin.note = "layout test";
    ASSERT_TRUE(curation->addRule(pin));
    auto* panel = curation->findChild<CurationPreviewPanel*>();
    ASSERT_NE(panel, nullptr);
    curation->showSidePage(panel);
    panel->reload();
    ASSERT_TRUE(panel->selectModel(QStringLiteral("popular")));
    QSignalSpy done(panel, &CurationPreviewPanel::finished);
    ASSERT_TRUE(panel->previewUser(QStringLiteral("U000001"))) << panel->statusText().toStdString();
    ASSERT_TRUE(done.wait(kTimeoutMs));
    ASSERT_EQ(panel->afterModel()->rowCount(), 10) << panel->statusText().toStdString();
    QTest::qWait(100);  // let the views lay out their new rows
  }

  static QTemporaryDir* dir_;
  static QString path_;
  static std::string pinned_;
  static int run_;
  QString ini_;
};

QTemporaryDir* CurationLayoutTest::dir_ = nullptr;
QString CurationLayoutTest::path_;
std::string CurationLayoutTest::pinned_;
int CurationLayoutTest::run_ = 0;

QScrollArea* scrollOf(QWidget* page) {
  return qobject_cast<QScrollArea*>(page->parentWidget()->parentWidget());
}

TEST_F(CurationLayoutTest, PreviewAndImpactHaveTheRoomTheirColumnsNeedAt1280x800) {
  for (const char* theme : {"light", "dark"}) {
    applyTheme(QLatin1String(theme));
    AppSettings settings(ini_ + QLatin1String(theme));
    MainWindow window(settings);
    CurationWorkspace* curation = open(window, QSize(1280, 800));
    ASSERT_NE(curation, nullptr);
    ASSERT_NO_FATAL_FAILURE(preview(curation));

    auto* panel = curation->findChild<CurationPreviewPanel*>();
    for (const char* name : {"previewBefore", "previewAfter"}) {
      auto* view = panel->findChild<QTableView*>(QLatin1String(name));
      ASSERT_NE(view, nullptr) << name;
      expectNoColumnCut(view, name);
      // The default list of 10 is seen whole, without scrolling the table.
      EXPECT_EQ(view->verticalScrollBar()->maximum(), 0) << name << " scrolls";
    }
    QScrollArea* scroll = scrollOf(panel);
    ASSERT_NE(scroll, nullptr);
    EXPECT_EQ(scroll->horizontalScrollBar()->maximum(), 0) << "the preview page scrolls sideways at 1280×800";
    EXPECT_EQ(scroll->verticalScrollBar()->maximum(), 0) << "the preview page scrolls down at 1280×800";
    keep(window, QStringLiteral("curation-preview-1280x800-%1").arg(QLatin1String(theme)));

    auto* impact = curation->findChild<CurationImpactPanel*>();
    ASSERT_NE(impact, nullptr);
    curation->showSidePage(impact);
    impact->reload();
    ASSERT_TRUE(impact->selectModel(QStringLiteral("popular")));
    QSignalSpy measured(impact, &CurationImpactPanel::finished);
    ASSERT_TRUE(impact->run()) << impact->errorText().toStdString();
    ASSERT_TRUE(measured.wait(kTimeoutMs));
    ASSERT_TRUE(impact->result().has_value()) << impact->errorText().toStdString();
    QTest::qWait(100);
    QTableWidget* all = impact->tableFor(QStringLiteral("all users"));
    ASSERT_NE(all, nullptr);
    expectNoColumnCut(all, "impact");
    EXPECT_GE(all->verticalHeader()->width(), all->verticalHeader()->sizeHint().width()) << "metric names cut";
    EXPECT_EQ(scrollOf(impact)->horizontalScrollBar()->maximum(), 0) << "the impact page scrolls sideways";
    keep(window, QStringLiteral("curation-impact-1280x800-%1").arg(QLatin1String(theme)));
  }
}

// Issue 14: the rules table used to scroll sideways at 1280×800 (Note, Author and Created out of sight). Now every
// column shown fits: the short ones whole, the item and the note (elided in the middle) at least as wide as their
// header with their whole text in the tooltip; the note, author and creation time are whole in the details line
// under the table, which follows the selected rule.
TEST_F(CurationLayoutTest, EveryRulesTableColumnFitsAt1280x800) {
  for (const char* theme : {"light", "dark"}) {
    applyTheme(QLatin1String(theme));
    AppSettings settings(ini_ + QLatin1String(theme));
    MainWindow window(settings);
    CurationWorkspace* curation = open(window, QSize(1280, 800));
    ASSERT_NE(curation, nullptr);
    CurationDocument* doc = curation->document();
    if (!doc->ruleSet().rules.empty()) doc->removeRules(doc->ruleSet().rules);
    const std::string note = "spring campaign: keep this item first for returning users until the stock runs out";
    reco::Rule pin;
    pin.kind = reco::RuleKind::PinItem;
    pin.item = pinned_;
    pin.position = 1;
    pin.note = note;
    pin.author = "alice.marketing";
    pin.startsAt = 1735689600;  // 2025-01-01, a campaign of January (the end is exclusive)
    pin.endsAt = 1738368000;
    ASSERT_TRUE(curation->addRule(pin));
    reco::Rule boost;
    boost.kind = reco::RuleKind::BoostCategory;
    boost.category = doc->categories().value(0).toStdString();
    boost.factor = 1.75;
    ASSERT_TRUE(curation->addRule(boost));
    reco::Rule cap;
    cap.kind = reco::RuleKind::CategoryCap;
    cap.maxItems = 3;
    ASSERT_TRUE(curation->addRule(cap));
    QTest::qWait(100);

    QTableView* view = curation->rulesView();
    ASSERT_TRUE(view->isVisible());
    QHeaderView* header = view->horizontalHeader();
    EXPECT_LE(header->length(), view->viewport()->width()) << theme << ": the rules table scrolls sideways";
    EXPECT_EQ(view->horizontalScrollBar()->maximum(), 0) << theme;
    EXPECT_TRUE(header->isSectionHidden(RulesTableModel::AuthorColumn));  // both in the details line
    EXPECT_TRUE(header->isSectionHidden(RulesTableModel::CreatedColumn));
    for (int c = 0; c < header->count(); ++c) {
      if (header->isSectionHidden(c)) continue;
      const std::string name = view->model()->headerData(c, Qt::Horizontal).toString().toStdString();
      EXPECT_GE(header->sectionSize(c), header->sectionSizeHint(c)) << theme << ": header of " << name << " is cut";
      if (c == RulesTableModel::TargetColumn || c == RulesTableModel::NoteColumn) {
        for (int r = 0; r < view->model()->rowCount(); ++r) {  // elided: whole in the tooltip
          const QModelIndex i = view->model()->index(r, c);
          EXPECT_TRUE(i.data(Qt::ToolTipRole).toString().contains(i.data().toString())) << name << " row " << r;
        }
        continue;
      }
      EXPECT_GE(header->sectionSize(c), static_cast<QAbstractItemView*>(view)->sizeHintForColumn(c))
          << theme << ": column " << name << " is cut";
    }
    // The note's column keeps room to be read (not squeezed to its minimum) and the item shows a title.
    EXPECT_GE(header->sectionSize(RulesTableModel::NoteColumn), 80) << theme;
    EXPECT_GE(header->sectionSize(RulesTableModel::TargetColumn), 140) << theme;

    // The details line shows the selected rule's note, author and creation time (locale format, not ISO) whole.
    const reco::Rule* stored = nullptr;
    for (const reco::Rule& r : doc->ruleSet().rules)
      if (r.kind == reco::RuleKind::PinItem) stored = &r;
    ASSERT_NE(stored, nullptr);
    ASSERT_TRUE(curation->selectRule(stored->id));
    const QString details = curation->ruleDetailsLabel()->text();
    EXPECT_TRUE(curation->ruleDetailsLabel()->isVisible());
    EXPECT_TRUE(details.contains(QString::fromStdString(note))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("alice.marketing"))) << details.toStdString();
    EXPECT_TRUE(details.contains(
        LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(stored->createdAt, QTimeZone::utc()),
                               stored->createdAt % 60 != 0)))
        << details.toStdString();
    EXPECT_FALSE(details.contains(QString::fromStdString(reco::utc::format(stored->createdAt))))
        << "ISO time: " << details.toStdString();
    // The toolbar's item finder stays in view (not behind the toolbar's overflow arrow).
    EXPECT_TRUE(curation->itemPicker()->isVisible()) << theme;
    keep(window, QStringLiteral("curation-rules-1280x800-%1").arg(QLatin1String(theme)));
  }
}

TEST_F(CurationLayoutTest, At1024x700ThePagesScrollInsteadOfSqueezing) {
  AppSettings settings(ini_);
  MainWindow window(settings);
  CurationWorkspace* curation = open(window, QSize(1024, 700));
  ASSERT_NE(curation, nullptr);
  ASSERT_NO_FATAL_FAILURE(preview(curation));
  auto* panel = curation->findChild<CurationPreviewPanel*>();
  // The page keeps at least its minimum size; what does not fit scrolls.
  EXPECT_GE(panel->width(), panel->minimumSizeHint().width());
  EXPECT_GE(panel->height(), panel->minimumSizeHint().height());
  for (const char* name : {"previewBefore", "previewAfter"})
    expectNoColumnCut(panel->findChild<QTableView*>(QLatin1String(name)), name);
  // The rules table scrolls sideways rather than hiding columns.
  EXPECT_GT(curation->rulesView()->viewport()->width(), 0);
  keep(window, QStringLiteral("curation-preview-1024x700-light"));
}

TEST_F(CurationLayoutTest, SplitterPositionsAreRestoredFromTheSettings) {
  QList<int> centre, main;
  {
    AppSettings settings(ini_);
    MainWindow window(settings);
    CurationWorkspace* curation = open(window, QSize(1280, 800));
    ASSERT_NE(curation, nullptr);
    // The user gives the pages below the rules more height, and the left column more width.
    const QList<int> before = curation->centreSplitter()->sizes();
    ASSERT_EQ(before.size(), 2);
    const int total = before[0] + before[1];
    curation->centreSplitter()->setSizes({total / 3, total - total / 3});
    const QList<int> left = curation->mainSplitter()->sizes();
    curation->mainSplitter()->setSizes({left[0] + 40, left[1] - 40});
    centre = curation->centreSplitter()->sizes();
    main = curation->mainSplitter()->sizes();
    ASSERT_NE(centre, before);
    window.close();  // saves the layout
  }
  AppSettings settings(ini_);
  EXPECT_FALSE(settings.workspaceLayout(QStringLiteral("curationWorkspace")).isEmpty());
  MainWindow window(settings);
  CurationWorkspace* curation = open(window, QSize(1280, 800));
  ASSERT_NE(curation, nullptr);
  EXPECT_EQ(curation->centreSplitter()->sizes(), centre);
  EXPECT_EQ(curation->mainSplitter()->sizes(), main);
  // A blob the workspace does not understand leaves the default layout.
  EXPECT_FALSE(curation->restoreLayout(QByteArrayLiteral("not a layout")));
  EXPECT_EQ(curation->centreSplitter()->sizes(), centre);
}

}  // namespace

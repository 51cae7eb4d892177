// The screenshots of README and the user guide: the main window on a small demo project at 1280x800, every
// workspace in the state the guide describes (events table; dashboard refreshed; a model trained, an evaluation run
// and a user's recommendations; curation before its first rule, then segments, rules, a preview, the impact and the
// what-if estimate) and every dialog the menus and toolbars open (drawn over the window), in the light and the dark
// theme. Each shot is checked for real content; with $RECO_SHOT_DIR set they are kept as <screen>-<theme>.png
// (packaging/screenshots.sh copies them into resources/screenshots/, which README shows and the guide embeds).
#include <gtest/gtest.h>

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>
#include <functional>

#include "ShotWriter.h"
#include "TableFit.h"
#include "ui/base/EmptyState.h"
#include "core/analytics/Rollups.h"
#include "core/curation/Rule.h"
#include "core/curation/Segment.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/ItemCatalogue.h"
#include "core/storage/Project.h"
#include "tests/common/SampleSegments.h"
#include "ui/app/ActionRegistry.h"
#include "ui/app/AppSettings.h"
#include "ui/app/DemoProjectJob.h"
#include "ui/app/MainWindow.h"
#include "ui/app/Theme.h"
#include "ui/curation/CurationDocument.h"
#include "ui/curation/CurationImpactPanel.h"
#include "ui/curation/CurationWhatIfPanel.h"
#include "ui/curation/CurationPreviewPanel.h"
#include "ui/curation/CurationWorkspace.h"
#include "ui/curation/SegmentEditor.h"
#include "ui/dashboard/DashboardWorkspace.h"
#include "ui/data/DataWorkspace.h"
#include "ui/data/DatasetSummaryPanel.h"
#include "ui/import/ImportSourcePage.h"
#include "ui/import/ImportWizard.h"
#include "ui/models/EvaluatePage.h"
#include "ui/models/ModelsWorkspace.h"
#include "ui/models/ParamForm.h"
#include "ui/models/TrainPage.h"
#include "ui/models/TrainingJob.h"
#include "ui/models/TryItPage.h"

namespace {

constexpr int kTimeoutMs = 120000;
const QSize kWindowSize(1280, 800);

template <typename T>
T* findWorkspace(MainWindow& window, int* index) {
  for (int i = 0; i < window.workspaceCount(); ++i)
    if (auto* w = qobject_cast<T*>(window.workspace(i))) {
      *index = i;
      return w;
    }
  return nullptr;
}

void expectContent(const QImage& image, const QString& name) {
  EXPECT_EQ(image.size(), kWindowSize) << name.toStdString();  // every screen fits 1280 x 800 without widening
  EXPECT_GT(shots::distinctColours(image), 40) << name.toStdString();
  // The welcome page is mostly calm background; every other screen is mostly content.
  EXPECT_GT(shots::nonBackgroundShare(image), name == QLatin1String("welcome") ? 0.03 : 0.10) << name.toStdString();
}

// Kept in full colour: reduced to 256 colours the dark theme's fields merge into their background.
void keep(const QImage& image, const QString& name) { shots::keep(image, name); }

// The window as it is now (after its layouts settle), checked and kept as <name>-<theme>.
void shootWindow(MainWindow& window, const QString& name, const QString& theme) {
  window.resize(kWindowSize);  // a wider workspace shown before may have widened the window
  QTest::qWait(200);
  const QImage image = shots::render(window);
  expectContent(image, name);
  // No column cut at 1280 x 800 (issue 14): every table shown fits its width.
  const QStringList cut = tablefit::viewsScrollingSideways(window);
  EXPECT_TRUE(cut.isEmpty()) << name.toStdString() << ": " << cut.join(QStringLiteral("; ")).toStdString();
  keep(image, name + QLatin1Char('-') + theme);
}

// Opens a modal dialog with `open` (an action's trigger, as a user would), lets `prepare` put it in the state to show,
// and keeps the window with the dialog drawn over its centre (offscreen windows have no frames: a 1-pixel border
// stands in for it). The dialog is then rejected.
void shootDialog(MainWindow& window, const std::function<void()>& open, const QString& name, const QString& theme,
                 const std::function<void(QDialog&)>& prepare = {}) {
  bool shot = false;
  QTimer::singleShot(0, &window, [&] {
    auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
    if (!dialog) return;
    if (prepare) prepare(*dialog);
    QTest::qWait(200);
    QImage image = shots::render(window);
    const QImage over = shots::render(*dialog);
    {
      QPainter painter(&image);
      const QPoint at((image.width() - over.width()) / 2, (image.height() - over.height()) / 2);
      painter.drawImage(at, over);
      painter.setPen(dialog->palette().color(QPalette::Mid));
      painter.drawRect(QRect(at, over.size()).adjusted(-1, -1, 0, 0));
    }
    expectContent(image, name);
    EXPECT_GT(shots::distinctColours(over), 10) << name.toStdString();
    keep(image, name + QLatin1Char('-') + theme);
    shot = true;
    dialog->reject();
  });
  open();
  EXPECT_TRUE(shot) << name.toStdString() << " opened no dialog";
}

reco::Rule rule(reco::RuleKind kind, const std::string& target) {
  reco::Rule r;
  r.kind = kind;
  if (r.targetsItem())
    r.item = target;
  else
    r.category = target;
  r.author = "guide";
  return r;
}

// A small generic event log for the import wizard's pages.
QString writeEventsCsv(const QTemporaryDir& dir) {
  const QString path = dir.filePath(QStringLiteral("events.csv"));
  QFile f(path);
  EXPECT_TRUE(f.open(QIODevice::WriteOnly));
  QByteArray data = "user_id,item_id,event_type,timestamp,item_title\n";
  for (int i = 0; i < 60; ++i)
    data += "u" + QByteArray::number(i % 12) + ",i" + QByteArray::number(i % 9) + "," +
            (i % 4 == 0 ? "click" : "impression") + "," + QByteArray::number(1704067200 + 3600 * i) + ",Item " +
            QByteArray::number(i % 9) + "\n";
  f.write(data);
  return path;
}

// The pictures show what a user of the app sees: the demo project where File › Open Demo Project puts it, in the
// app's data folder under a home folder (the status bar shows "~/…"), not a test's temporary path.
class Screenshots : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(home_.isValid());
    oldHome_ = qgetenv("HOME");
    oldDataHome_ = qgetenv("XDG_DATA_HOME");
    qputenv("HOME", QFile::encodeName(home_.path()));
    qunsetenv("XDG_DATA_HOME");
    QApplication::setOrganizationName(QStringLiteral("RecoEngine"));  // as app/gui/main.cpp names the app
    QApplication::setApplicationName(QStringLiteral("recoengine"));
  }
  void TearDown() override {
    applyTheme(QStringLiteral("system"));
    QApplication::setOrganizationName(oldOrganization_);
    QApplication::setApplicationName(oldApplication_);
    qputenv("HOME", oldHome_);
    if (oldDataHome_.isEmpty())
      qunsetenv("XDG_DATA_HOME");
    else
      qputenv("XDG_DATA_HOME", oldDataHome_);
  }
  QTemporaryDir home_;
  QByteArray oldHome_, oldDataHome_;
  const QString oldOrganization_ = QApplication::organizationName();
  const QString oldApplication_ = QApplication::applicationName();
};

TEST_F(Screenshots, EveryWorkspaceAndDialogOnTheDemoProjectInLightAndDark) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = DemoProjectJob::defaultPath();
  ASSERT_TRUE(path.startsWith(home_.path())) << path.toStdString();
  std::map<std::string, std::string> catalogue;
  {
    reco::Project project = reco::Project::create(path.toStdString());
    reco::DemoOptions options;  // the demo project, smaller: 8 weeks so the dashboard compares two periods
    options.users = 400;
    options.items = 150;
    options.days = 56;
    reco::generateDemo(project, options);
    reco::rebuildRollups(project.db());
    catalogue = reco::ItemCatalogue::load(project);
  }
  ASSERT_GT(catalogue.size(), 20u);
  const QString csv = writeEventsCsv(dir);

  applyTheme(QStringLiteral("light"));
  AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
  settings.addRecentProject(path);
  MainWindow window(settings);
  window.resize(kWindowSize);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  for (const char* theme : {"light", "dark"}) {  // the welcome page, before any project is open
    applyTheme(QLatin1String(theme));
    shootWindow(window, QStringLiteral("welcome"), QLatin1String(theme));
  }
  applyTheme(QStringLiteral("light"));

  int dataIndex = -1, dashboardIndex = -1, modelsIndex = -1, curationIndex = -1;
  auto* data = findWorkspace<DataWorkspace>(window, &dataIndex);
  auto* dashboard = findWorkspace<DashboardWorkspace>(window, &dashboardIndex);
  auto* models = findWorkspace<ModelsWorkspace>(window, &modelsIndex);
  auto* curation = findWorkspace<CurationWorkspace>(window, &curationIndex);
  ASSERT_TRUE(data && dashboard && models && curation);

  QSignalSpy summaryShown(data->summaryPanel(), &DatasetSummaryPanel::summaryShown);
  window.setCurrentWorkspace(dataIndex);
  ASSERT_TRUE(window.openProject(path));
  ASSERT_TRUE(summaryShown.count() > 0 || summaryShown.wait(kTimeoutMs));

  // Dashboard: after its refresh (and any refresh queued behind it).
  QSignalSpy refreshed(dashboard, &DashboardWorkspace::refreshed);
  window.setCurrentWorkspace(dashboardIndex);
  ASSERT_TRUE(QTest::qWaitFor([&] { return dashboard->lastData().has_value(); }, kTimeoutMs));
  while (refreshed.wait(500)) {
  }

  // Models: an iALS model trained (its loss curve), then popular, item-kNN and iALS evaluated.
  TrainPage* train = models->trainPage();
  ASSERT_TRUE(train->selectAlgorithm(QStringLiteral("ials")));
  train->paramForm()->setParams({{"factors", 32}, {"iterations", 12}, {"threads", 2}});
  train->setModelName(QStringLiteral("ials"));
  QSignalSpy trained(train->job(), &TrainingJob::finished);
  ASSERT_TRUE(train->train());
  ASSERT_TRUE(trained.wait(kTimeoutMs));
  ASSERT_TRUE(train->job()->outcome().ok) << train->job()->outcome().error.toStdString();

  EvaluatePage* evaluate = models->evaluatePage();
  evaluate->clearModels();
  evaluate->addModel({"popular", {}, ""});
  evaluate->addModel({"itemknn", {}, ""});
  evaluate->addModel({"ials", {{"factors", 32}, {"iterations", 12}}, ""});
  evaluate->setCutoffs(QStringLiteral("10"));
  evaluate->setBootstrapReplicates(200);
  QSignalSpy evaluated(evaluate, &EvaluatePage::evaluationFinished);
  ASSERT_TRUE(evaluate->runEvaluation());
  ASSERT_TRUE(evaluated.wait(kTimeoutMs));
  ASSERT_TRUE(evaluated.front().front().toBool());

  // A user the model knows (not a cold user): Try it shows them, the curation preview too.
  TryItPage* tryIt = models->tryItPage();
  ASSERT_TRUE(tryIt->selectModel(QStringLiteral("ials")));
  QString user;
  for (int u = 1; u <= 400 && user.isEmpty(); ++u) {
    const QString id = QStringLiteral("U%1").arg(u, 6, 10, QLatin1Char('0'));
    if (tryIt->showUser(id) && !tryIt->popularityFallback()) user = id;
  }
  ASSERT_FALSE(user.isEmpty());

  // Curation: two segments, a handful of rules of different kinds, the preview of one user and the impact.
  CurationDocument* doc = curation->document();
  ASSERT_TRUE(QTest::qWaitFor([&] { return doc->censusCurrent() && !doc->catalogue().empty(); }, kTimeoutMs));
  // Before the first rule: what the rules pane says and offers.
  window.setCurrentWorkspace(curationIndex);
  ASSERT_TRUE(doc->ruleSet().rules.empty());
  for (const char* theme : {"light", "dark"}) {
    applyTheme(QLatin1String(theme));
    EXPECT_TRUE(curation->rulesEmptyState()->isVisible());
    shootWindow(window, QStringLiteral("curation-no-rules"), QLatin1String(theme));
  }
  applyTheme(QStringLiteral("light"));
  SegmentEditor* editor = curation->segmentEditor();
  ASSERT_TRUE(reco_test::addSampleSegments(editor));
  curation->selectSegment(QString::fromLatin1(reco::Segment::kAllUsers));
  auto item = [&](int n) {
    auto it = catalogue.begin();
    std::advance(it, n);
    return it->first;
  };
  const std::string category = catalogue.begin()->second;
  reco::Rule pin = rule(reco::RuleKind::PinItem, item(3));
  pin.position = 1;
  pin.priority = 5;
  pin.note = "campaign item";
  ASSERT_TRUE(curation->addRule(pin));
  reco::Rule boost = rule(reco::RuleKind::BoostCategory, category);
  boost.factor = 1.5;
  ASSERT_TRUE(curation->addRule(boost));
  reco::Rule bury = rule(reco::RuleKind::BuryItem, item(11));
  bury.factor = 0.5;
  bury.note = "low stock";
  ASSERT_TRUE(curation->addRule(bury));
  reco::Rule cap = rule(reco::RuleKind::CategoryCap, "");
  cap.maxItems = 3;
  ASSERT_TRUE(curation->addRule(cap));
  ASSERT_TRUE(curation->addRule(rule(reco::RuleKind::BanItem, item(20))));
  ASSERT_TRUE(QTest::qWaitFor([&] { return doc->censusCurrent(); }, kTimeoutMs));
  doc->saveVersion("Spring campaign", "guide");

  auto* preview = curation->findChild<CurationPreviewPanel*>();
  ASSERT_NE(preview, nullptr);
  window.setCurrentWorkspace(curationIndex);
  curation->showSidePage(preview);
  preview->reload();
  ASSERT_TRUE(preview->selectModel(QStringLiteral("ials")));
  QSignalSpy previewed(preview, &CurationPreviewPanel::finished);
  ASSERT_TRUE(preview->previewUser(user)) << preview->statusText().toStdString();
  ASSERT_TRUE(previewed.wait(kTimeoutMs));
  EXPECT_GT(preview->afterModel()->rowCount(), 0) << preview->statusText().toStdString();
  auto* impact = curation->findChild<CurationImpactPanel*>();
  ASSERT_NE(impact, nullptr);
  curation->showSidePage(impact);
  impact->reload();
  ASSERT_TRUE(impact->selectModel(QStringLiteral("ials")));
  QSignalSpy measured(impact, &CurationImpactPanel::finished);
  ASSERT_TRUE(impact->run()) << impact->errorText().toStdString();
  ASSERT_TRUE(measured.wait(kTimeoutMs));
  // What-if: the click rate with and without the rule set, estimated from the demo's logged impressions.
  auto* whatIf = curation->findChild<CurationWhatIfPanel*>();
  ASSERT_NE(whatIf, nullptr);
  curation->showSidePage(whatIf);
  whatIf->reload();
  ASSERT_TRUE(whatIf->selectModel(QStringLiteral("ials")));
  QSignalSpy estimated(whatIf, &CurationWhatIfPanel::finished);
  ASSERT_TRUE(whatIf->recompute()) << whatIf->statusText().toStdString();
  ASSERT_TRUE(QTest::qWaitFor([&] { return whatIf->result().has_value() && !whatIf->isRunning(); }, kTimeoutMs))
      << whatIf->statusText().toStdString();
  ASSERT_TRUE(curation->selectRule(doc->ruleSet().rules.front().id));

  ActionRegistry* actions = window.actions();
  for (const char* themeName : {"light", "dark"}) {
    const QString theme = QLatin1String(themeName);
    applyTheme(theme);
    data->tabs()->setCurrentIndex(2);
    window.setCurrentWorkspace(dataIndex);
    shootWindow(window, QStringLiteral("data"), theme);
    window.setCurrentWorkspace(dashboardIndex);
    shootWindow(window, QStringLiteral("dashboard"), theme);
    window.setCurrentWorkspace(modelsIndex);
    models->showTab(train);
    shootWindow(window, QStringLiteral("models-train"), theme);
    models->showTab(evaluate);
    shootWindow(window, QStringLiteral("models-evaluate"), theme);
    models->showTab(tryIt);
    shootWindow(window, QStringLiteral("models-try-it"), theme);
    window.setCurrentWorkspace(curationIndex);
    curation->showSidePage(preview);
    shootWindow(window, QStringLiteral("curation"), theme);
    curation->showSidePage(impact);
    shootWindow(window, QStringLiteral("curation-impact"), theme);
    curation->showSidePage(whatIf);
    shootWindow(window, QStringLiteral("curation-whatif"), theme);

    // Dialogs, each opened by its action.
    shootDialog(window, [&] { curation->action(CurationActionId::AddRule)->trigger(); }, QStringLiteral("add-rule"),
                theme);
    shootDialog(window, [&] { curation->action(CurationActionId::SaveVersion)->trigger(); },
                QStringLiteral("save-version"), theme);
    shootDialog(window, [&] { curation->action(CurationActionId::Versions)->trigger(); }, QStringLiteral("versions"),
                theme);
    shootDialog(window, [&] { actions->action(ActionId::Import)->trigger(); }, QStringLiteral("import-wizard"), theme,
                [&](QDialog& dialog) {  // the mapping page of a small CSV log
                  auto* wizard = qobject_cast<ImportWizard*>(&dialog);
                  ASSERT_NE(wizard, nullptr);
                  auto* source = qobject_cast<ImportSourcePage*>(wizard->page(ImportWizard::SourcePageId));
                  ASSERT_NE(source, nullptr);
                  source->addPaths({csv});
                  wizard->next();
                  wizard->next();
                  EXPECT_EQ(wizard->currentId(), ImportWizard::MappingPageId);
                });
    shootDialog(window, [&] { actions->action(ActionId::Preferences)->trigger(); }, QStringLiteral("preferences"),
                theme);
    shootDialog(window, [&] { actions->action(ActionId::About)->trigger(); }, QStringLiteral("about"), theme);
  }
}

}  // namespace

// The user guide's screenshots: the main window on a small demo project, one shot per workspace in the state the
// guide describes (events table; dashboard refreshed; a model trained and an evaluation run; segments, rules and a
// preview). Each shot is checked for real content; with $RECO_SHOT_DIR set they are kept as guide-*.png, which
// packaging/make-guide-screenshots.sh copies into resources/guide/images/.
#include <gtest/gtest.h>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "ShotWriter.h"
#include "core/analytics/Rollups.h"
#include "core/curation/Rule.h"
#include "core/curation/Segment.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/ItemCatalogue.h"
#include "core/storage/Project.h"
#include "tests/common/SampleSegments.h"
#include "ui/app/AppSettings.h"
#include "ui/app/MainWindow.h"
#include "ui/app/Theme.h"
#include "ui/curation/CurationDocument.h"
#include "ui/curation/CurationPreviewPanel.h"
#include "ui/curation/CurationWorkspace.h"
#include "ui/curation/SegmentEditor.h"
#include "ui/dashboard/DashboardWorkspace.h"
#include "ui/data/DataWorkspace.h"
#include "ui/data/DatasetSummaryPanel.h"
#include "ui/models/EvaluatePage.h"
#include "ui/models/ModelsWorkspace.h"
#include "ui/models/ParamForm.h"
#include "ui/models/TrainPage.h"
#include "ui/models/TrainingJob.h"
#include "ui/models/TryItPage.h"

namespace {

constexpr int kTimeoutMs = 120000;

template <typename T>
T* findWorkspace(MainWindow& window, int* index) {
  for (int i = 0; i < window.workspaceCount(); ++i)
    if (auto* w = qobject_cast<T*>(window.workspace(i))) {
      *index = i;
      return w;
    }
  return nullptr;
}

// Renders the window with the given workspace current, checks the image has content and keeps it.
void shoot(MainWindow& window, int index, const QString& name) {
  window.setCurrentWorkspace(index);
  QTest::qWait(200);  // let the layouts settle as on screen
  const QImage image = shots::render(window);
  EXPECT_EQ(image.size(), window.size()) << name.toStdString();
  EXPECT_GT(shots::distinctColours(image), 40) << name.toStdString();
  EXPECT_GT(shots::nonBackgroundShare(image), 0.10) << name.toStdString();
  // The guide's copy: scaled smoothly to the width the guide shows it at (QTextBrowser would scale it without
  // smoothing), in 256 colours without dithering so flat screens and text stay crisp and the PNG small (< 150 KB).
  shots::keep(image.scaledToWidth(1000, Qt::SmoothTransformation)
                  .convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither),
              QStringLiteral("guide-") + name);
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

TEST(GuideScreenshots, EveryWorkspaceOnTheDemoProject) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("demo.reco"));
  std::map<std::string, std::string> catalogue;
  {
    reco::Project project = reco::Project::create(path.toStdString());
    reco::DemoOptions options;
    options.users = 400;
    options.items = 150;
    options.days = 28;
    reco::generateDemo(project, options);
    reco::rebuildRollups(project.db());
    catalogue = reco::ItemCatalogue::load(project);
  }
  ASSERT_GT(catalogue.size(), 20u);

  applyTheme(QStringLiteral("light"));
  AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
  MainWindow window(settings);
  int dataIndex = -1, dashboardIndex = -1, modelsIndex = -1, curationIndex = -1;
  auto* data = findWorkspace<DataWorkspace>(window, &dataIndex);
  auto* dashboard = findWorkspace<DashboardWorkspace>(window, &dashboardIndex);
  auto* models = findWorkspace<ModelsWorkspace>(window, &modelsIndex);
  auto* curation = findWorkspace<CurationWorkspace>(window, &curationIndex);
  ASSERT_TRUE(data && dashboard && models && curation);

  QSignalSpy summaryShown(data->summaryPanel(), &DatasetSummaryPanel::summaryShown);
  window.setCurrentWorkspace(dataIndex);
  ASSERT_TRUE(window.openProject(path));
  window.resize(1440, 900);  // the size the guide's pictures are taken at (scaled to 1000 px wide)
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

  // Data: the events table beside the summary.
  ASSERT_TRUE(summaryShown.count() > 0 || summaryShown.wait(kTimeoutMs));
  data->tabs()->setCurrentIndex(2);
  shoot(window, dataIndex, QStringLiteral("data"));

  // Dashboard: after its refresh (and any refresh queued behind it).
  QSignalSpy refreshed(dashboard, &DashboardWorkspace::refreshed);
  window.setCurrentWorkspace(dashboardIndex);
  ASSERT_TRUE(QTest::qWaitFor([&] { return dashboard->lastData().has_value(); }, kTimeoutMs));
  while (refreshed.wait(500)) {
  }
  shoot(window, dashboardIndex, QStringLiteral("dashboard"));

  // Models: an iALS model trained (its loss curve), then popular against iALS evaluated.
  TrainPage* train = models->trainPage();
  ASSERT_TRUE(train->selectAlgorithm(QStringLiteral("ials")));
  train->paramForm()->setParams({{"factors", 32}, {"iterations", 12}, {"threads", 2}});
  train->setModelName(QStringLiteral("ials"));
  QSignalSpy trained(train->job(), &TrainingJob::finished);
  ASSERT_TRUE(train->train());
  ASSERT_TRUE(trained.wait(kTimeoutMs));
  ASSERT_TRUE(train->job()->outcome().ok) << train->job()->outcome().error.toStdString();
  models->showTab(train);
  shoot(window, modelsIndex, QStringLiteral("models-train"));

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
  models->showTab(evaluate);
  shoot(window, modelsIndex, QStringLiteral("models-evaluate"));

  // A user the model knows (not a cold user), for the curation preview.
  TryItPage* tryIt = models->tryItPage();
  ASSERT_TRUE(tryIt->selectModel(QStringLiteral("ials")));
  QString user;
  for (int u = 1; u <= 400 && user.isEmpty(); ++u) {
    const QString id = QStringLiteral("U%1").arg(u, 6, 10, QLatin1Char('0'));
    if (tryIt->showUser(id) && !tryIt->popularityFallback()) user = id;
  }
  ASSERT_FALSE(user.isEmpty());

  // Curation: two segments, a handful of rules of different kinds, and the preview of one user.
  CurationDocument* doc = curation->document();
  ASSERT_TRUE(QTest::qWaitFor([&] { return doc->censusCurrent() && !doc->catalogue().empty(); }, kTimeoutMs));
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

  CurationPreviewPanel* preview = curation->findChild<CurationPreviewPanel*>();
  ASSERT_NE(preview, nullptr);
  curation->showSidePage(preview);
  preview->reload();
  ASSERT_TRUE(preview->selectModel(QStringLiteral("ials")));
  QSignalSpy previewed(preview, &CurationPreviewPanel::finished);
  ASSERT_TRUE(preview->previewUser(user)) << preview->statusText().toStdString();
  ASSERT_TRUE(previewed.wait(kTimeoutMs));
  EXPECT_GT(preview->afterModel()->rowCount(), 0) << preview->statusText().toStdString();
  ASSERT_TRUE(curation->selectRule(doc->ruleSet().rules.front().id));
  shoot(window, curationIndex, QStringLiteral("curation"));
}

}  // namespace

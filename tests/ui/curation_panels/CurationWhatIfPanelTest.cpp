// Offscreen tests of the Curation workspace's What-if page (issue 17) on a small project of simulated logged
// impressions (four items, three slots, a uniform random logger) with a stored popular model: it recomputes after an
// edit of the rule set (debounced: several edits, one run), shows the difference a pin makes with its interval,
// restarts when an edit arrives during a run, and cancels. The workspace with the page renders in light and dark
// (/tmp/curation-whatif-<theme>.png, or $RECO_SCREENSHOT_DIR when set).
#include <gtest/gtest.h>

#include <QDir>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "core/base/Random.h"
#include "core/curation/RuleSet.h"
#include "core/curation/RuleSetStore.h"
#include "core/data/MatrixBuilder.h"
#include "core/import/Importer.h"
#include "core/models/ModelStore.h"
#include "core/storage/Project.h"
#include "ui/app/Theme.h"
#include "ui/base/ProjectSession.h"
#include "ui/curation/CurationWhatIfPanel.h"
#include "ui/curation/CurationWorkspace.h"

namespace {

constexpr int kTimeoutMs = 60000;

QString shotPath(const QString& name) {
  const QString dir = qEnvironmentVariable("RECO_SCREENSHOT_DIR", QStringLiteral("/tmp"));
  QDir().mkpath(dir);
  return QDir(dir).filePath(name);
}

// An Open Bandit-style log: `rows` impressions of four items in three slots, chosen uniformly (propensity 1/4), by
// 30 users; item k is clicked with probability 0.05 (k + 1) times the slot's examination.
void writeLog(const QString& folder, int rows) {
  QDir().mkpath(folder);
  QFile items(folder + QStringLiteral("/item_context.csv"));
  ASSERT_TRUE(items.open(QIODevice::WriteOnly));
  items.write(",item_id,item_feature_0,item_feature_1,item_feature_2,item_feature_3\n");
  for (int a = 0; a < 4; ++a) items.write(QStringLiteral("%1,%1,0.5,f1,f2,f3\n").arg(a).toUtf8());
  QFile events(folder + QStringLiteral("/men.csv"));
  ASSERT_TRUE(events.open(QIODevice::WriteOnly));
  events.write(",timestamp,item_id,position,click,propensity_score,user_feature_0,user_feature_1,user_feature_2,"
               "user_feature_3\n");
  reco::SeededRandom rng(17);
  const double examination[3] = {1.0, 0.7, 0.5};
  for (int i = 0; i < rows; ++i) {
    const int slot = i % 3;
    const int item = static_cast<int>(rng.below(4));
    const int click = rng.uniform() < examination[slot] * 0.05 * (item + 1) ? 1 : 0;
    const int minute = i / 3;
    events.write(QStringLiteral("%1,2019-11-24 %2:%3:00+00:00,%4,%5,%6,0.25,u%7,b,c,d\n")
                     .arg(i)
                     .arg(minute / 60 % 24, 2, 10, QLatin1Char('0'))
                     .arg(minute % 60, 2, 10, QLatin1Char('0'))
                     .arg(item)
                     .arg(slot + 1)
                     .arg(click)
                     .arg((i / 3) % 30)
                     .toUtf8());
  }
}

reco::RuleSet pinRuleSet(const std::string& item) {
  reco::Rule pin;
  pin.id = 1;
  pin.kind = reco::RuleKind::PinItem;
  pin.item = item;
  pin.position = 1;
  pin.segment = "all users";
  pin.createdAt = 1700000000;
  reco::RuleSet rules;
  rules.rules = {pin};
  return rules;
}

class CurationWhatIfPanelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    path_ = dir_.filePath(QStringLiteral("whatif.reco"));
    writeLog(dir_.filePath(QStringLiteral("random/men")), 3000);
    {
      reco::Project project = reco::Project::create(path_.toStdString(), true);
      const reco::ImportResult imported =
          reco::importFiles(project, {dir_.filePath(QStringLiteral("random/men")).toStdString()}, {});
      ASSERT_TRUE(imported.committed) << imported.error;
      reco::MatrixBuilder builder;
      reco::InteractionMatrix m = builder.build(project);
      auto model = reco::createRecommender("popular");
      model->fit(m, {});
      reco::TrainingRecord record;
      record.dataFingerprint = project.dataFingerprint();
      reco::ModelStore(project).save("pop", *model, record);
    }
    session_ = std::make_shared<ProjectSession>();
    QString error;
    ASSERT_TRUE(session_->open(path_, &error)) << error.toStdString();
  }
  void TearDown() override { session_->close(); }

  std::unique_ptr<CurationWhatIfPanel> shownPanel() {
    auto panel = std::make_unique<CurationWhatIfPanel>([this] { return rules_; });
    panel->setDebounceMs(30);
    panel->setReplicates(200);
    panel->setSession(session_);
    EXPECT_TRUE(panel->selectModel(QStringLiteral("pop")));
    panel->resize(900, 420);
    panel->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
    return panel;
  }

  QTemporaryDir dir_;
  QString path_;
  std::shared_ptr<ProjectSession> session_;
  reco::RuleSet rules_;
};

TEST_F(CurationWhatIfPanelTest, RecomputesAfterAnEditAndShowsTheDifference) {
  auto panel = shownPanel();
  QSignalSpy done(panel.get(), &CurationWhatIfPanel::finished);
  // Shown with no result: it computes by itself (no rules: with = without).
  QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1 && !panel->isRunning() && !panel->isScheduled(), kTimeoutMs);
  ASSERT_TRUE(panel->result().has_value()) << panel->statusText().toStdString();
  for (const auto& d : panel->result()->difference) {
    EXPECT_EQ(d.estimate, 0.0) << reco::estimatorName(d.estimator);
    EXPECT_EQ(d.low, 0.0);
    EXPECT_EQ(d.high, 0.0);
  }
  EXPECT_TRUE(panel->summaryText().contains(QStringLiteral("change nothing"))) << panel->summaryText().toStdString();

  // The edit: pin the most clicked item in slot 1. Recomputed after the debounce, the difference is in slot 1 only.
  const int runs = panel->runsStarted();
  const int finishedBefore = static_cast<int>(done.count());
  rules_ = pinRuleSet("men/3");
  panel->scheduleRecompute();
  EXPECT_TRUE(panel->isScheduled());
  QTRY_VERIFY_WITH_TIMEOUT(done.count() > finishedBefore && !panel->isRunning() && !panel->isScheduled(), kTimeoutMs);
  EXPECT_EQ(panel->runsStarted(), runs + 1);
  ASSERT_TRUE(panel->result().has_value());
  const auto& c = *panel->result();
  ASSERT_EQ(c.positionDifferences.size(), 3u);
  const reco::EstimatorResult& slot1 = c.positionDifferences[0][2];  // SNIPS
  ASSERT_EQ(slot1.estimator, reco::Estimator::Snips);
  EXPECT_NE(slot1.estimate, 0.0);
  EXPECT_LE(slot1.low, slot1.estimate);
  EXPECT_GE(slot1.high, slot1.estimate);
  for (const auto& d : c.positionDifferences[2]) EXPECT_EQ(d.estimate, 0.0) << "slot 3 is untouched";
  EXPECT_EQ(panel->table()->rowCount(), 5);
  EXPECT_TRUE(panel->summaryText().contains(QStringLiteral("With the rules")));
  EXPECT_TRUE(panel->statusText().contains(QStringLiteral("Up to date")));
}

TEST_F(CurationWhatIfPanelTest, EstimatesOnOneSegmentsTraffic) {
  rules_ = pinRuleSet("men/3");
  rules_.segments = {reco::Segment::withExpression("one user", "user_feature_0 = \"u1\"")};
  auto panel = shownPanel();
  QSignalSpy done(panel.get(), &CurationWhatIfPanel::finished);
  QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1 && !panel->isRunning() && !panel->isScheduled(), kTimeoutMs);
  ASSERT_TRUE(panel->result().has_value());
  EXPECT_EQ(panel->result()->with.diagnostics.impressions, 3000);
  const int finishedBefore = static_cast<int>(done.count());
  ASSERT_TRUE(panel->selectSegment(QStringLiteral("one user")));
  QTRY_VERIFY_WITH_TIMEOUT(done.count() > finishedBefore && !panel->isRunning() && !panel->isScheduled(), kTimeoutMs);
  ASSERT_TRUE(panel->result().has_value()) << panel->statusText().toStdString();
  EXPECT_EQ(panel->result()->with.diagnostics.impressions, 102);  // u1 has slates 1, 31, ..., 991: 34 of 3 slots
}

TEST_F(CurationWhatIfPanelTest, SeveralEditsInARowMakeOneRun) {
  auto panel = shownPanel();
  QSignalSpy done(panel.get(), &CurationWhatIfPanel::finished);
  QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1 && !panel->isRunning() && !panel->isScheduled(), kTimeoutMs);
  panel->setDebounceMs(400);
  const int runs = panel->runsStarted();
  for (const char* item : {"men/1", "men/2", "men/3"}) {
    rules_ = pinRuleSet(item);
    panel->scheduleRecompute();
    QTest::qWait(20);
  }
  QTRY_VERIFY_WITH_TIMEOUT(panel->runsStarted() > runs && !panel->isRunning() && !panel->isScheduled(), kTimeoutMs);
  EXPECT_EQ(panel->runsStarted(), runs + 1);
}

TEST_F(CurationWhatIfPanelTest, AnEditDuringARunRestartsItAndCancelStopsIt) {
  auto panel = shownPanel();
  QSignalSpy done(panel.get(), &CurationWhatIfPanel::finished);
  QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1 && !panel->isRunning() && !panel->isScheduled(), kTimeoutMs);
  panel->setReplicates(20000);  // long enough to be caught running
  // An edit while running: the run is cancelled and started again with the new rules.
  rules_ = pinRuleSet("men/2");
  ASSERT_TRUE(panel->recompute());
  ASSERT_TRUE(panel->isRunning());
  const int runs = panel->runsStarted();
  rules_ = pinRuleSet("men/3");
  ASSERT_TRUE(panel->recompute());
  QTRY_VERIFY_WITH_TIMEOUT(panel->runsStarted() == runs + 1, kTimeoutMs);
  ASSERT_TRUE(panel->isRunning());
  // Cancel: the run stops, says so, and the figures from before stay.
  const int finishedBefore = static_cast<int>(done.count());
  panel->cancel();
  QTRY_VERIFY_WITH_TIMEOUT(done.count() > finishedBefore && !panel->isRunning(), kTimeoutMs);
  EXPECT_TRUE(panel->wasCancelled());
  EXPECT_TRUE(panel->statusText().contains(QStringLiteral("Cancelled")));
  EXPECT_TRUE(panel->result().has_value());
}

TEST_F(CurationWhatIfPanelTest, TheWorkspaceShowsThePageInLightAndDark) {
  {  // the project's working rule set: the pin the page evaluates
    reco::Project project = reco::Project::open(path_.toStdString());
    reco::RuleSetStore(project).addRule(pinRuleSet("men/3").rules.front());
  }
  session_->notifyDataChanged();
  CurationWorkspace workspace;
  workspace.setProject(session_);
  workspace.resize(1280, 800);
  workspace.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
  auto* panel = workspace.findChild<CurationWhatIfPanel*>();
  ASSERT_NE(panel, nullptr);
  panel->setReplicates(200);
  workspace.showSidePage(panel);
  QSignalSpy done(panel, &CurationWhatIfPanel::finished);
  QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1 && !panel->isRunning() && !panel->isScheduled(), kTimeoutMs);
  ASSERT_TRUE(panel->result().has_value()) << panel->statusText().toStdString();
  EXPECT_NE(panel->result()->difference.front().estimate, 0.0);  // the stored pin is what it evaluates
  for (const char* theme : {"light", "dark"}) {
    applyTheme(QLatin1String(theme));
    QTest::qWait(50);
    const QImage image = workspace.grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
      for (int x = 0; x < image.width(); x += 5) colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 20);
    EXPECT_TRUE(image.save(shotPath(QStringLiteral("curation-whatif-%1.png").arg(QLatin1String(theme)))));
  }
  applyTheme(QStringLiteral("system"));
}

}  // namespace

// Offscreen tests of the curation Preview and Impact panels on a small project with a stored popular model: the
// preview shows the pinned item at its position with the deciding rule after the worker finishes, samples segment
// members, explains unknown users; the impact panel runs, shows one table per segment with coloured changes and a
// summary, and cancels. Both render to non-blank images (/tmp/curation-preview.png, /tmp/curation-impact.png, or
// $RECO_SCREENSHOT_DIR when set).
#include <gtest/gtest.h>

#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "core/curation/RuleSet.h"
#include "core/curation/SmallSegment.h"
#include "core/data/MatrixBuilder.h"
#include "core/models/ModelStore.h"
#include "core/storage/Project.h"
#include "ui/base/ProjectSession.h"
#include "ui/curation/CurationImpactPanel.h"
#include "ui/curation/CurationPreviewPanel.h"

namespace {

constexpr int kTimeoutMs = 60000;

bool notBlank(const QImage& image) {
  QSet<QRgb> colours;
  for (int y = 0; y < image.height(); y += 5)
    for (int x = 0; x < image.width(); x += 5) colours.insert(image.pixel(x, y));
  return colours.size() > 20;
}

QString shotPath(const QString& name) {
  const QString dir = qEnvironmentVariable("RECO_SCREENSHOT_DIR", QStringLiteral("/tmp"));
  QDir().mkpath(dir);
  return QDir(dir).filePath(name);
}

reco::Rule rule(std::int64_t id, reco::RuleKind kind, const std::string& item, const std::string& segment = "all users") {
  reco::Rule r;
  r.id = id;
  r.kind = kind;
  r.item = item;
  r.segment = segment;
  r.createdAt = 1700000000 + id;
  return r;
}

// Users u1..u6 (u1-u3 DE, u4-u6 FR) and u7 (DE, no events); items i1..i5 with titles and categories.
// Popularity: i1 5, i2 4, i3 3, i4 2, i5 1; u5 has seen only i1.
class CurationPanelsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    path_ = dir_.filePath(QStringLiteral("panels.reco"));
    {
      reco::Project project = reco::Project::create(path_.toStdString(), true);
      project.db().exec(R"SQL(
        INSERT INTO users(id, ext_id, country) VALUES (1, 'u1', 'DE'), (2, 'u2', 'DE'), (3, 'u3', 'DE'),
          (4, 'u4', 'FR'), (5, 'u5', 'FR'), (6, 'u6', 'FR'), (7, 'u7', 'DE');
        INSERT INTO items(id, ext_id, title, category) VALUES (1, 'i1', 'Trail running shoes', 'shoes'),
          (2, 'i2', 'Wool beanie', 'hats'), (3, 'i3', 'Leather boots', 'shoes'), (4, 'i4', 'Sun hat', 'hats'),
          (5, 'i5', 'Rain jacket (new arrival)', 'coats');
        INSERT INTO events(user_id, item_id, type, ts) VALUES (1, 1, 1, 1), (1, 2, 1, 2), (1, 3, 1, 3),
          (2, 1, 1, 1), (2, 2, 1, 2), (2, 3, 1, 3), (3, 1, 1, 1), (3, 4, 1, 2), (3, 2, 1, 3), (4, 1, 1, 1),
          (4, 3, 1, 2), (4, 5, 1, 3), (5, 1, 1, 1), (6, 2, 1, 1), (6, 4, 1, 2);
      )SQL");
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

    rules_.segments = {reco::Segment::withExpression("germany", "country = \"DE\"")};
    reco::Rule pin = rule(1, reco::RuleKind::PinItem, "i5");
    pin.position = 1;
    reco::Rule boost = rule(3, reco::RuleKind::BoostItem, "i4");
    boost.factor = 3.0;
    rules_.rules = {pin, rule(2, reco::RuleKind::BanItem, "i3"), boost};
  }
  void TearDown() override { session_->close(); }

  QTemporaryDir dir_;
  QString path_;
  std::shared_ptr<ProjectSession> session_;
  reco::RuleSet rules_;
};

TEST_F(CurationPanelsTest, PreviewShowsThePinnedItemAtItsPositionWithTheDecidingRule) {
  CurationPreviewPanel panel([this] { return rules_; });
  panel.setSession(session_);
  ASSERT_TRUE(panel.selectModel(QStringLiteral("pop")));
  panel.setCount(3);
  QSignalSpy done(&panel, &CurationPreviewPanel::finished);
  ASSERT_TRUE(panel.previewUser(QStringLiteral("u5")));
  EXPECT_TRUE(panel.isRunning() || done.count() == 1);
  QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeoutMs);
  ASSERT_TRUE(panel.result().has_value()) << panel.statusText().toStdString();

  QStandardItemModel* before = panel.beforeModel();
  QStandardItemModel* after = panel.afterModel();
  ASSERT_EQ(before->rowCount(), 3);
  ASSERT_EQ(after->rowCount(), 3);
  EXPECT_EQ(before->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("i2"));
  EXPECT_EQ(before->item(0, 1)->text(), QStringLiteral("Wool beanie"));
  // Pinned first, then the boosted i4 above i2; i3 banned.
  EXPECT_EQ(after->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("i5"));
  EXPECT_EQ(after->item(0, 1)->text(), QStringLiteral("Rain jacket (new arrival)"));
  EXPECT_EQ(after->item(0, 3)->text(), QStringLiteral("pin #1"));
  EXPECT_FALSE(after->item(0, 3)->toolTip().isEmpty());
  EXPECT_EQ(after->item(1, 1)->data(Qt::UserRole).toString(), QStringLiteral("i4"));
  EXPECT_EQ(after->item(1, 3)->text(), QStringLiteral("organic (#3)"));
  EXPECT_EQ(after->item(2, 3)->text(), QStringLiteral("organic"));
  EXPECT_TRUE(after->item(0, 1)->font().bold());  // changed positions highlighted
  EXPECT_TRUE(panel.statusText().contains(QStringLiteral("u5")));
  // The banned item is named by title and id (issue 14).
  const QLabel* details = panel.findChild<QLabel*>(QStringLiteral("previewDetails"));
  ASSERT_NE(details, nullptr);
  EXPECT_TRUE(details->text().contains(QStringLiteral("Banned: Leather boots (i3, rule #2)"))) << details->text().toStdString();
  panel.resize(760, 420);
  panel.show();
  QTest::qWait(50);
  const QImage image = panel.grab().toImage();
  EXPECT_TRUE(notBlank(image));
  EXPECT_TRUE(image.save(shotPath(QStringLiteral("curation-preview.png"))));

  // The supplier is read at each run: an edit (pin removed) shows without saving.
  rules_.rules.erase(rules_.rules.begin());
  ASSERT_TRUE(panel.previewUser(QStringLiteral("u5")));
  QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, kTimeoutMs);
  EXPECT_EQ(after->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("i4"));

}

TEST_F(CurationPanelsTest, PreviewSamplesSegmentMembersAndExplainsUnknownUsers) {
  CurationPreviewPanel panel([this] { return rules_; });
  panel.setSession(session_);
  QSignalSpy done(&panel, &CurationPreviewPanel::finished);
  ASSERT_TRUE(panel.sampleFromSegment(QStringLiteral("germany")));
  QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeoutMs);
  const QStringList samples = panel.sampledUsers();
  ASSERT_EQ(samples.size(), 4);  // u1 u2 u3 u7: fewer than a draw, so all
  ASSERT_TRUE(panel.result().has_value());
  EXPECT_EQ(QString::fromStdString(panel.result()->user), samples.front());
  EXPECT_FALSE(panel.sampleFromSegment(QStringLiteral("no such segment")));

  ASSERT_TRUE(panel.previewUser(QStringLiteral("nobody")));
  QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, kTimeoutMs);
  ASSERT_TRUE(panel.result().has_value());
  EXPECT_FALSE(panel.result()->knownUser);
  EXPECT_TRUE(panel.statusText().contains(QStringLiteral("nobody")));
  EXPECT_GT(panel.afterModel()->rowCount(), 0);
}

TEST_F(CurationPanelsTest, ImpactShowsATablePerSegmentWithColouredChanges) {
  rules_.rules.erase(rules_.rules.begin() + 1);  // no ban of i3: the pin and the boost only
  CurationImpactPanel panel([this] { return rules_; });
  panel.setSession(session_);
  ASSERT_TRUE(panel.selectModel(QStringLiteral("pop")));
  panel.setSplit(QStringLiteral("leave-last:1"));
  QSignalSpy done(&panel, &CurationImpactPanel::finished);
  QSignalSpy progress(&panel, &CurationImpactPanel::progressChanged);
  ASSERT_TRUE(panel.run());
  QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeoutMs);
  ASSERT_TRUE(panel.result().has_value()) << panel.errorText().toStdString();
  EXPECT_GT(progress.count(), 0);
  const auto& r = *panel.result();
  ASSERT_EQ(r.segments.size(), 2u);
  for (const auto& s : r.segments) {
    QTableWidget* table = panel.tableFor(QString::fromStdString(s.segment));
    ASSERT_NE(table, nullptr) << s.segment;
    ASSERT_EQ(table->rowCount(), 4);
    for (int m = 0; m < 4; ++m) {
      EXPECT_EQ(table->item(m, 0)->text(), QString::number(s.without[static_cast<std::size_t>(m)], 'f', 4));
      EXPECT_EQ(table->item(m, 1)->text(), QString::number(s.with[static_cast<std::size_t>(m)], 'f', 4));
    }
  }
  // The pin of i5 (u4's held-out item) raises recall for everyone: green.
  const auto& all = r.segments.front();
  ASSERT_GT(all.change(1), 0.0);
  EXPECT_EQ(panel.tableFor(QStringLiteral("all users"))->item(1, 2)->foreground().color(), QColor(0x2e, 0x7d, 0x32));
  EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("rises")));
  // Every segment of this tiny project has far fewer than 30 test users: each table says its figures rest on few
  // users, in the box title and its tooltip.
  for (const auto& s : r.segments) {
    ASSERT_LT(s.users, reco::kFewUsers);
    QTableWidget* table = panel.tableFor(QString::fromStdString(s.segment));
    EXPECT_TRUE(table->property("smallSample").toBool()) << s.segment;
    auto* box = qobject_cast<QGroupBox*>(table->parentWidget());
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->title().contains(QStringLiteral("few users"))) << box->title().toStdString();
    EXPECT_TRUE(box->toolTip().contains(QStringLiteral("fewer than 30"))) << box->toolTip().toStdString();
  }

  panel.resize(560, 640);
  panel.show();
  QTest::qWait(50);
  const QImage image = panel.grab().toImage();
  EXPECT_TRUE(notBlank(image));
  EXPECT_TRUE(image.save(shotPath(QStringLiteral("curation-impact.png"))));
}

TEST_F(CurationPanelsTest, ImpactCancelsAndRejectsBadSplits) {
  CurationImpactPanel panel([this] { return rules_; });
  panel.setSession(session_);
  panel.setSplit(QStringLiteral("halves"));
  EXPECT_FALSE(panel.run());
  EXPECT_FALSE(panel.errorText().isEmpty());
  panel.setSplit(QStringLiteral("leave-last:1"));
  QSignalSpy done(&panel, &CurationImpactPanel::finished);
  ASSERT_TRUE(panel.run());
  panel.cancel();
  QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeoutMs);
  EXPECT_TRUE(panel.wasCancelled());
  EXPECT_FALSE(panel.result().has_value());
}

}  // namespace

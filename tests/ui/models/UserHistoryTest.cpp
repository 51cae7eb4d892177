// Try it's history (issue 14): the user's own events by user id, all of them, made into rows lazily (fetchMore).
// A fixture whose user ids are prefixes of each other ("1", "10", "100"; "100" with 100,000 events) always runs;
// MovieLens 100K's user 1 (272 ratings) runs when the dataset is present ($RECO_ML100K_DIR, default
// /work/shared/data/ml-100k beside the checkout) and is skipped, saying so, when it is not.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>
#include <set>

#include "core/import/Importer.h"
#include "core/storage/EventStore.h"
#include "core/storage/Project.h"
#include "ui/base/ProjectSession.h"
#include "ui/models/TryItPage.h"
#include "ui/models/UserHistoryModel.h"

namespace {

// Rows made so far, then every row: fetchMore until the model has them all.
int fetchAll(UserHistoryModel* model) {
  int rounds = 0;
  while (model->canFetchMore({})) {
    model->fetchMore({});
    ++rounds;
  }
  return rounds;
}

class UserHistoryFixtureTest : public ::testing::Test {
 protected:
  static constexpr int kUser1Events = 600;     // more than two pages, more than the old 500-row cap
  static constexpr int kUser100Events = 100000;
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    path_ = dir_.filePath(QStringLiteral("prefix.reco"));
    {
      reco::Project project = reco::Project::create(path_.toStdString(), true);
      auto& db = project.db();
      db.exec(
          "INSERT INTO users(id, ext_id) VALUES (1,'1'),(2,'10'),(3,'100'),(4,'2');"
          "INSERT INTO items(id, ext_id, title, category) VALUES (1,'1','Toy Story (1995)','Animation'),"
          "(2,'10','GoldenEye (1995)','Action'),(3,'100','Four Rooms (1995)','Thriller');");
      db.exec("BEGIN");
      reco::EventWriter writer(db);
      // Interleaved: user 1's events lie between those of users 10 and 100 in id order and in time.
      std::int64_t ts = 881'250'949;
      for (int i = 0; i < kUser100Events; ++i) {
        reco::EventRow e;
        e.type = 4;
        e.item = 1 + i % 3;
        e.value = 1 + i % 5;
        e.ts = ts + i;
        e.user = 3;
        writer.append(e);
        if (i % 50 == 0) {
          e.user = 2;
          writer.append(e);
        }
        if (i % 100 == 7 && expected1_.size() < kUser1Events) {
          e.user = 1;
          e.ts = ts + 3 * i;  // not in id order
          expected1_.insert(e.ts);
          writer.append(e);
        }
      }
      writer.finish();
      db.exec("COMMIT");
    }
    session_ = std::make_shared<ProjectSession>();
    QString error;
    ASSERT_TRUE(session_->open(path_, &error)) << error.toStdString();
  }
  void TearDown() override { session_->close(); }

  QTemporaryDir dir_;
  QString path_;
  std::shared_ptr<ProjectSession> session_;
  std::set<qint64> expected1_;
};

TEST_F(UserHistoryFixtureTest, HoldsEveryEventOfTheUserAndNoneOfUsersWithLongerIds) {
  ASSERT_EQ(expected1_.size(), std::size_t(kUser1Events));
  TryItPage page;
  page.setSession(session_);
  UserHistoryModel* history = page.historyModel();
  QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::Fatal);
  page.showUser(QStringLiteral("1"));  // no model trained: the history shows all the same
  EXPECT_EQ(history->eventCount(), kUser1Events);
  EXPECT_LE(history->rowCount(), UserHistoryModel::kPageSize);  // rows are made as the view scrolls
  EXPECT_GT(fetchAll(history), 0);
  ASSERT_EQ(history->rowCount(), kUser1Events);
  std::set<qint64> shown;
  for (int r = 0; r < history->rowCount(); ++r) {
    const UserHistoryModel::Row* row = history->row(r);
    shown.insert(row->timestamp);
    if (r > 0) {
      EXPECT_GE(history->row(r - 1)->timestamp, row->timestamp) << "newest first, row " << r;
    }
  }
  EXPECT_EQ(shown, expected1_);
  // Titles, categories and dates for people; the item id stays available.
  const QModelIndex first = history->index(0, 0);
  EXPECT_FALSE(first.data().toString().isEmpty());
  EXPECT_NE(first.data().toString(), QString::number(history->row(0)->timestamp));
  bool titled = false;
  for (int c = 0; c < history->columnCount(); ++c) {
    if (history->index(0, c).data().toString() == history->row(0)->title) titled = !history->row(0)->title.isEmpty();
  }
  EXPECT_TRUE(titled);
  EXPECT_FALSE(history->row(0)->category.isEmpty());

  page.showUser(QStringLiteral("10"));
  EXPECT_EQ(history->eventCount(), kUser100Events / 50);
  page.showUser(QStringLiteral("2"));  // a user without events
  EXPECT_EQ(history->eventCount(), 0);
  EXPECT_EQ(history->rowCount(), 0);
}

TEST_F(UserHistoryFixtureTest, AUserWithAHundredThousandEventsOpensWithOnePage) {
  TryItPage page;
  page.setSession(session_);
  page.resize(1280, 800);
  page.show();
  page.showUser(QStringLiteral("100"));
  UserHistoryModel* history = page.historyModel();
  EXPECT_EQ(history->eventCount(), kUser100Events);
  EXPECT_LE(history->rowCount(), 2 * UserHistoryModel::kPageSize);  // not 100,000 rows of text
  auto* view = page.findChild<QTableView*>(QStringLiteral("historyView"));
  ASSERT_NE(view, nullptr);
  view->scrollToBottom();  // the view asks for more as it reaches the end
  QTest::qWait(20);
  EXPECT_GT(history->rowCount(), UserHistoryModel::kPageSize);
  EXPECT_EQ(history->row(0)->timestamp, 881'250'949 + kUser100Events - 1);
}

QString movieLensDir() {
  const QString env = qEnvironmentVariable("RECO_ML100K_DIR");
  if (!env.isEmpty()) return env;
  return QDir::cleanPath(QStringLiteral(RECO_TEST_DATA_DIR) + QStringLiteral("/../../../shared/data/ml-100k"));
}

TEST(UserHistoryMovieLensTest, UserOneHoldsTheir272Ratings) {
  const QString ml = movieLensDir();
  if (!QFileInfo::exists(ml + QStringLiteral("/u.data")))
    GTEST_SKIP() << "MovieLens 100K not found at " << ml.toStdString()
                 << " (set RECO_ML100K_DIR to the folder holding u.data, u.item and u.user to run this test)";
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("ml.reco"));
  {
    reco::Project project = reco::Project::create(path.toStdString(), true);
    const reco::ImportResult result = reco::importFiles(project, {ml.toStdString()}, {});
    ASSERT_TRUE(result.committed) << result.error;
  }
  auto session = std::make_shared<ProjectSession>();
  QString error;
  ASSERT_TRUE(session->open(path, &error)) << error.toStdString();
  TryItPage page;
  page.setSession(session);
  page.showUser(QStringLiteral("1"));
  UserHistoryModel* history = page.historyModel();
  EXPECT_EQ(history->eventCount(), 272);
  fetchAll(history);
  ASSERT_EQ(history->rowCount(), 272);
  std::set<QString> items;
  for (int r = 0; r < history->rowCount(); ++r) {
    EXPECT_EQ(history->row(r)->type, QStringLiteral("rating"));
    EXPECT_FALSE(history->row(r)->title.isEmpty()) << history->row(r)->itemExtId.toStdString();
    items.insert(history->row(r)->itemExtId);
  }
  EXPECT_EQ(items.size(), 272u);  // one rating per movie
  page.showUser(QStringLiteral("10"));
  EXPECT_EQ(history->eventCount(), 184);  // user 10 of u.data, not users 1 and 100..109
  session->close();
}

}  // namespace

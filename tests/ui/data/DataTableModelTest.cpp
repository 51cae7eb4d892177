// The lazy table models of the Data workspace: model contract (QAbstractItemModelTester), paging, search, sort.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTemporaryDir>
#include <memory>

#include "TestProject.h"
#include "core/storage/Project.h"
#include "ui/base/LocaleFormat.h"
#include "ui/data/DataTableModel.h"

namespace {

// Collects the model tester's complaints (it reports through qWarning in Warning mode).
QStringList* g_failures = nullptr;
void collectFailures(QtMsgType type, const QMessageLogContext&, const QString& message) {
  if (g_failures && type != QtDebugMsg && type != QtInfoMsg && message.contains(QLatin1String("FAIL!")))
    g_failures->append(message);
}

class DataTableModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    path_ = dir_.filePath(QStringLiteral("small.reco")).toStdString();
    testproject::buildSmallProject(path_);
    project_ = std::make_unique<reco::Project>(reco::Project::open(path_));
    g_failures = &failures_;
    previous_ = qInstallMessageHandler(collectFailures);
  }
  void TearDown() override {
    qInstallMessageHandler(previous_);
    g_failures = nullptr;
  }

  QString cell(const DataTableModel& m, int row, int column) { return m.data(m.index(row, column)).toString(); }

  QTemporaryDir dir_;
  std::string path_;
  std::unique_ptr<reco::Project> project_;
  QStringList failures_;
  QtMessageHandler previous_ = nullptr;
};

void fetchAll(DataTableModel& model) {
  while (model.canFetchMore({})) model.fetchMore({});
}

TEST_F(DataTableModelTest, EachModelPassesTheModelTesterWhileFetchingSortingAndSearching) {
  for (auto table : {reco::BrowseTable::Users, reco::BrowseTable::Items, reco::BrowseTable::Events}) {
    DataTableModel model(table);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setProject(project_.get());
    fetchAll(model);
    model.sort(1, Qt::DescendingOrder);
    model.fetchMore({});
    model.setSearchText(QStringLiteral("1"));
    fetchAll(model);
    model.setSearchText(QString());
    model.reload();
    model.setProject(nullptr);
    EXPECT_TRUE(failures_.isEmpty()) << failures_.join(QLatin1Char('\n')).toStdString();
  }
}

TEST_F(DataTableModelTest, FetchesInPagesUntilEveryRowIsLoaded) {
  DataTableModel users(reco::BrowseTable::Users);
  users.setProject(project_.get());
  EXPECT_EQ(users.totalRows(), 600);
  EXPECT_EQ(users.rowCount(), DataTableModel::kPageSize);
  ASSERT_TRUE(users.canFetchMore({}));
  users.fetchMore({});
  EXPECT_EQ(users.rowCount(), 2 * DataTableModel::kPageSize);
  users.fetchMore({});
  EXPECT_EQ(users.rowCount(), 600);
  EXPECT_FALSE(users.canFetchMore({}));
  // Rows are contiguous and in id order: no page was skipped or repeated.
  for (int r = 0; r < 600; ++r) ASSERT_EQ(cell(users, r, 0).toInt(), r + 1);
  EXPECT_EQ(cell(users, 599, 1), QStringLiteral("u0599"));

  DataTableModel events(reco::BrowseTable::Events);
  events.setProject(project_.get());
  fetchAll(events);
  EXPECT_EQ(events.rowCount(), 1000);
  // Event 1: user (0*7)%600+1 -> "u0000", item "i000" titled "Café 0", type 0 = impression, placement home, variant B.
  EXPECT_EQ(cell(events, 0, 1), QStringLiteral("u0000"));
  EXPECT_EQ(cell(events, 0, 2), QStringLiteral("i000"));
  EXPECT_EQ(cell(events, 0, 3), QStringLiteral("Caf\u00e9 0"));
  EXPECT_EQ(cell(events, 0, 4), QStringLiteral("impression"));
  // Timestamps in the user's locale, in UTC: 2024-02-11 16:00:00 UTC. The cell leaves out the "UTC" its header
  // ("Time (UTC)") already says; the tooltip keeps it.
  EXPECT_EQ(events.index(0, 5).data(Qt::ToolTipRole).toString(),
            LocaleFormat::utcDateTime(1704067200 + 1000 * 3600, true));
  EXPECT_TRUE(events.headerData(5, Qt::Horizontal).toString().contains(QStringLiteral("UTC")));
  {
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(cell(events, 0, 5), QStringLiteral("11.02.2024 16:00:00"));
    EXPECT_EQ(events.index(0, 5).data(Qt::ToolTipRole).toString(), QStringLiteral("11.02.2024 16:00:00 UTC"));
    QLocale::setDefault(previous);
  }
  EXPECT_EQ(cell(events, 0, 8), QStringLiteral("home"));
  EXPECT_EQ(cell(events, 0, 9), QStringLiteral("B"));
  EXPECT_TRUE(events.data(events.index(0, 6)).isNull());  // no value
}

TEST_F(DataTableModelTest, SearchMatchesIdPrefixAndTitleSubstring) {
  DataTableModel users(reco::BrowseTable::Users);
  users.setProject(project_.get());
  users.setSearchText(QStringLiteral("u001"));
  EXPECT_EQ(users.totalRows(), 10);  // u0010..u0019
  fetchAll(users);
  for (int r = 0; r < users.rowCount(); ++r) EXPECT_TRUE(cell(users, r, 1).startsWith(QStringLiteral("u001")));
  users.setSearchText(QStringLiteral("u0042"));
  EXPECT_EQ(users.totalRows(), 1);
  users.setSearchText(QStringLiteral("nobody"));
  EXPECT_EQ(users.totalRows(), 0);
  EXPECT_FALSE(users.canFetchMore({}));

  DataTableModel items(reco::BrowseTable::Items);
  items.setProject(project_.get());
  items.setSearchText(QStringLiteral("Caf\u00e9"));
  EXPECT_EQ(items.totalRows(), 30);
  items.setSearchText(QStringLiteral("i29"));
  EXPECT_EQ(items.totalRows(), 10);  // i290..i299
  items.setSearchText(QStringLiteral("100%"));  // LIKE wildcards are literal
  EXPECT_EQ(items.totalRows(), 0);

  DataTableModel events(reco::BrowseTable::Events);
  events.setProject(project_.get());
  events.setSearchText(QStringLiteral("u0007"));  // user 8: events with (e*7)%600 == 7
  fetchAll(events);
  ASSERT_GT(events.rowCount(), 0);
  for (int r = 0; r < events.rowCount(); ++r) EXPECT_EQ(cell(events, r, 1), QStringLiteral("u0007"));
  events.setSearchText(QStringLiteral("Caf\u00e9 10"));  // item i010 only (substring of title)
  fetchAll(events);
  ASSERT_GT(events.rowCount(), 0);
  for (int r = 0; r < events.rowCount(); ++r) EXPECT_TRUE(cell(events, r, 3).contains(QStringLiteral("Caf\u00e9 10")));
}

TEST_F(DataTableModelTest, SortingRequeriesCoreAndIgnoresUnsortableColumns) {
  DataTableModel users(reco::BrowseTable::Users);
  users.setProject(project_.get());
  users.sort(1, Qt::DescendingOrder);
  EXPECT_EQ(cell(users, 0, 1), QStringLiteral("u0599"));
  EXPECT_EQ(users.sortColumn(), 1);
  EXPECT_EQ(users.sortOrder(), Qt::DescendingOrder);

  DataTableModel events(reco::BrowseTable::Events);
  events.setProject(project_.get());
  const int itemColumn = 2;
  ASSERT_TRUE(events.isSortable(itemColumn));
  events.sort(itemColumn, Qt::DescendingOrder);
  fetchAll(events);
  ASSERT_EQ(events.rowCount(), 1000);
  for (int r = 1; r < events.rowCount(); ++r) ASSERT_GE(cell(events, r - 1, itemColumn), cell(events, r, itemColumn));
  EXPECT_EQ(cell(events, 0, itemColumn), QStringLiteral("i299"));

  const int timeColumn = 5;  // no index on time: not offered on a table that can hold millions of rows
  ASSERT_FALSE(events.isSortable(timeColumn));
  events.sort(timeColumn, Qt::AscendingOrder);
  EXPECT_EQ(events.sortColumn(), itemColumn);
  EXPECT_EQ(events.sortOrder(), Qt::DescendingOrder);
  EXPECT_EQ(cell(events, 0, itemColumn), QStringLiteral("i299"));

  events.sort(1, Qt::AscendingOrder);  // by user, each user's events in time order (events_user index)
  fetchAll(events);
  for (int r = 1; r < events.rowCount(); ++r) {
    ASSERT_LE(cell(events, r - 1, 1), cell(events, r, 1));
    if (cell(events, r - 1, 1) == cell(events, r, 1)) {
      ASSERT_LE(events.index(r - 1, timeColumn).data(DataTableModel::ValueRole).toLongLong(),
                events.index(r, timeColumn).data(DataTableModel::ValueRole).toLongLong());
    }
  }
}

TEST_F(DataTableModelTest, ReloadSeesRowsWrittenByAnotherConnection) {
  DataTableModel items(reco::BrowseTable::Items);
  items.setProject(project_.get());
  EXPECT_EQ(items.totalRows(), 300);
  {
    reco::Project writer = reco::Project::open(path_);
    writer.db().exec("INSERT INTO items(ext_id, title) VALUES ('new-item', 'Fresh')");
  }
  items.reload();
  EXPECT_EQ(items.totalRows(), 301);
}

}  // namespace

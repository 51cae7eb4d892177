// Issue 14, "no column cut at 1280 x 800 in any workspace": the Data workspace's tables (users, items, events and the
// events-by-type summary) fit the main window at that size without a horizontal scroll bar, an item title too long
// for its column is elided in the middle with the whole title in its tooltip, and only columns without a value in the
// loaded rows are left out (the header's menu shows them again).
#include <gtest/gtest.h>

#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "TableFit.h"
#include "TestProject.h"
#include "ui/app/AppSettings.h"
#include "ui/app/MainWindow.h"
#include "ui/data/DataTableModel.h"
#include "ui/data/DataTablePage.h"
#include "ui/data/DataWorkspace.h"
#include "ui/data/DatasetSummaryPanel.h"

namespace {

TEST(DataLayoutTest, EveryTableFitsTheWindowAt1280x800) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("demo.reco"));
  testproject::buildDemoProject(path.toStdString());
  AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
  MainWindow window(settings);
  DataWorkspace* data = nullptr;
  for (int i = 0; i < window.workspaceCount(); ++i)
    if (auto* d = qobject_cast<DataWorkspace*>(window.workspace(i))) {
      data = d;
      window.setCurrentWorkspace(i);
    }
  ASSERT_NE(data, nullptr);
  QSignalSpy summaryShown(data->summaryPanel(), &DatasetSummaryPanel::summaryShown);
  ASSERT_TRUE(window.openProject(path));
  window.resize(1280, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  ASSERT_TRUE(summaryShown.count() > 0 || summaryShown.wait(20000));

  for (int tab = 0; tab < data->tabs()->count(); ++tab) {
    data->tabs()->setCurrentIndex(tab);
    auto* page = qobject_cast<DataTablePage*>(data->tabs()->widget(tab));
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->rowCount() > 0; }, 20000));
    QTest::qWait(50);  // layouts settle
    const QStringList offenders = tablefit::viewsScrollingSideways(window);
    EXPECT_TRUE(offenders.isEmpty()) << data->tabs()->tabText(tab).toStdString() << ": "
                                     << offenders.join(QStringLiteral("; ")).toStdString();
  }

  // The events' item titles: the title column takes the room left, elides in the middle, shows the whole title on
  // hover.
  DataTablePage* events = data->eventsPage();
  data->tabs()->setCurrentWidget(events);
  QTest::qWait(50);
  QTableView* view = events->view();
  EXPECT_EQ(view->textElideMode(), Qt::ElideMiddle);
  int titleColumn = -1;
  for (int c = 0; c < events->model()->columnCount(); ++c)
    if (events->model()->headerData(c, Qt::Horizontal).toString() == QLatin1String("Item title")) titleColumn = c;
  ASSERT_GE(titleColumn, 0);
  EXPECT_EQ(view->horizontalHeader()->sectionResizeMode(titleColumn), QHeaderView::Stretch);
  const QModelIndex title = events->model()->index(0, titleColumn);
  EXPECT_FALSE(title.data(Qt::DisplayRole).toString().isEmpty());
  EXPECT_EQ(title.data(Qt::ToolTipRole), title.data(Qt::DisplayRole));

  // Only columns without a value in the loaded rows are hidden, and the header menu's choice brings one back.
  int hidden = -1;
  for (int c = 0; c < events->model()->columnCount(); ++c)
    if (view->isColumnHidden(c)) {
      EXPECT_FALSE(events->model()->hasValues(c)) << c;
      hidden = c;
    }
  EXPECT_FALSE(view->isColumnHidden(titleColumn));
  if (hidden >= 0) {
    events->setColumnShown(hidden, true);
    EXPECT_FALSE(view->isColumnHidden(hidden));
    events->setColumnShown(hidden, false);
    EXPECT_TRUE(view->isColumnHidden(hidden));
  }
}

}  // namespace

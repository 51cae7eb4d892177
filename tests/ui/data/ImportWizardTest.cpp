// The import wizard: every page renders, the generic CSV path maps columns and imports with rejects listed, and
// aborted or cancelled imports leave the project unchanged.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include "ShotWriter.h"
#include "TestProject.h"
#include "core/import/RejectsCsv.h"
#include "core/storage/Project.h"
#include "ui/app/AppSettings.h"
#include "ui/import/ImportJob.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportPolicyPage.h"
#include "ui/import/ImportSourcePage.h"
#include "ui/import/ImportSummaryPage.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/RejectsTableModel.h"

namespace {

class ImportWizardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    projectPath_ = dir_.filePath(QStringLiteral("p.reco"));
    reco::Project::create(projectPath_.toStdString());
    settings_ = std::make_unique<AppSettings>(dir_.filePath(QStringLiteral("s.ini")));
  }

  // A generic event log with column names the importer should recognise, plus one bad row (line 4: no number).
  QString writeEventsCsv(int goodRows, bool withBadRow) {
    const QString path = dir_.filePath(QStringLiteral("events.csv"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    QByteArray data = "user_id,item_id,event_type,timestamp,item_title\n";
    for (int i = 0; i < goodRows; ++i) {
      data += "u" + QByteArray::number(i % 50) + ",i" + QByteArray::number(i % 20) + "," +
              (i % 5 == 0 ? "click" : "impression") + "," + QByteArray::number(1704067200 + i) + ",\"Item, " +
              QByteArray::number(i % 20) + "\"\n";
      if (withBadRow && i == 1) data += "u1,i1,click,not-a-time,x\n";
    }
    f.write(data);
    return path;
  }

  std::int64_t eventCount() {
    reco::Project p = reco::Project::openReadOnly(projectPath_.toStdString());
    return p.db().queryInt("SELECT count(*) FROM events");
  }

  bool waitForPage(ImportWizard& w, int id) {
    return QTest::qWaitFor([&] { return w.currentId() == id; }, 30000);
  }

  QTemporaryDir dir_;
  QString projectPath_;
  std::unique_ptr<AppSettings> settings_;
};

TEST_F(ImportWizardTest, WalksEveryPageAndImportsAGenericLogWithRejects) {
  const QString csv = writeEventsCsv(200, true);
  ImportWizard wizard(projectPath_, *settings_);
  wizard.resize(820, 600);
  wizard.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
  auto* source = qobject_cast<ImportSourcePage*>(wizard.page(ImportWizard::SourcePageId));
  ASSERT_NE(source, nullptr);
  EXPECT_FALSE(source->isComplete());
  source->addPaths({csv});
  ASSERT_TRUE(source->isComplete());
  ASSERT_TRUE(wizard.preview.has_value());
  EXPECT_EQ(wizard.preview->format, reco::ImportFormat::Events);
  auto check = [](const QImage& image) {
    EXPECT_GT(shots::distinctColours(image), 10);
    EXPECT_GT(shots::nonBackgroundShare(image), 0.02);
  };
  QImage shot = shots::render(wizard);
  check(shot);
  shots::keep(shot, QStringLiteral("import-1-source"));

  wizard.next();
  ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
  shot = shots::render(wizard);
  check(shot);
  shots::keep(shot, QStringLiteral("import-2-preview"));

  wizard.next();
  ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
  auto* mapping = qobject_cast<ImportMappingPage*>(wizard.currentPage());
  ASSERT_NE(mapping, nullptr);
  EXPECT_EQ(mapping->combo("user")->currentText(), QStringLiteral("user_id"));
  EXPECT_EQ(mapping->combo("item")->currentText(), QStringLiteral("item_id"));
  EXPECT_TRUE(mapping->isComplete());
  shot = shots::render(wizard);
  check(shot);
  shots::keep(shot, QStringLiteral("import-3-mapping"));

  wizard.next();
  ASSERT_EQ(wizard.currentId(), ImportWizard::PolicyPageId);
  shot = shots::render(wizard);
  check(shot);
  shots::keep(shot, QStringLiteral("import-4-policy"));

  wizard.next();  // commit: starts the import
  ASSERT_EQ(wizard.currentId(), ImportWizard::ProgressPageId);
  shot = shots::render(wizard);
  check(shot);
  shots::keep(shot, QStringLiteral("import-5-progress"));

  ASSERT_TRUE(waitForPage(wizard, ImportWizard::SummaryPageId));
  shot = shots::render(wizard);
  check(shot);
  shots::keep(shot, QStringLiteral("import-6-summary"));
  const ImportJob::Outcome& out = wizard.job()->outcome();
  ASSERT_TRUE(out.error.isEmpty()) << out.error.toStdString();
  EXPECT_TRUE(wizard.committed());
  EXPECT_EQ(out.result.rowsRead, 201u);
  EXPECT_EQ(out.result.rowsImported, 200u);
  EXPECT_EQ(out.result.rowsRejected, 1u);
  EXPECT_EQ(eventCount(), 200);

  auto* summary = qobject_cast<ImportSummaryPage*>(wizard.currentPage());
  ASSERT_NE(summary, nullptr);
  RejectsTableModel* rejects = summary->rejectsModel();
  ASSERT_EQ(rejects->rowCount(), 1);
  EXPECT_EQ(rejects->data(rejects->index(0, 1)).toString(), QStringLiteral("4"));
  const QString saved = dir_.filePath(QStringLiteral("rejects.csv"));
  QString error;
  ASSERT_TRUE(rejects->writeCsv(saved, &error)) << error.toStdString();
  QFile f(saved);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QByteArray bytes = f.readAll();
  EXPECT_EQ(bytes.toStdString(), reco::writeRejectsCsv(rejects->rejects()));
  const QList<QByteArray> lines = bytes.split('\n');
  EXPECT_EQ(lines.at(0).trimmed(), QByteArray("file,line,reason"));
  EXPECT_TRUE(lines.at(1).contains(",4,")) << lines.at(1).toStdString();
}

TEST_F(ImportWizardTest, AbortAtFirstBadRowLeavesTheProjectUnchanged) {
  const QString csv = writeEventsCsv(50, true);
  ImportWizard wizard(projectPath_, *settings_);
  wizard.show();
  qobject_cast<ImportSourcePage*>(wizard.page(ImportWizard::SourcePageId))->addPaths({csv});
  wizard.next();  // preview
  wizard.next();  // mapping
  wizard.next();  // policy
  auto* policy = qobject_cast<ImportPolicyPage*>(wizard.currentPage());
  ASSERT_NE(policy, nullptr);
  policy->abortButton()->setChecked(true);
  wizard.next();
  ASSERT_TRUE(waitForPage(wizard, ImportWizard::SummaryPageId));
  EXPECT_FALSE(wizard.committed());
  EXPECT_FALSE(wizard.job()->outcome().result.error.empty());
  EXPECT_EQ(eventCount(), 0);
}

TEST_F(ImportWizardTest, CancelDuringImportLeavesTheProjectUnchanged) {
  const QString csv = writeEventsCsv(300000, false);
  ImportWizard wizard(projectPath_, *settings_);
  wizard.show();
  qobject_cast<ImportSourcePage*>(wizard.page(ImportWizard::SourcePageId))->addPaths({csv});
  wizard.next();
  wizard.next();
  wizard.next();
  wizard.next();  // starts
  ASSERT_EQ(wizard.currentId(), ImportWizard::ProgressPageId);
  wizard.reject();  // Cancel while running cancels the import, the wizard stays open
  EXPECT_TRUE(wizard.isVisible());
  ASSERT_TRUE(waitForPage(wizard, ImportWizard::SummaryPageId));
  EXPECT_TRUE(wizard.job()->outcome().result.cancelled);
  EXPECT_FALSE(wizard.committed());
  EXPECT_EQ(eventCount(), 0);
}

// Every page offers one Cancel button, the wizard's; on the progress page it cancels the import (and says it is
// cancelling), so there is no second button inside the page.
TEST_F(ImportWizardTest, EveryPageHasOneCancelButtonAndItCancelsTheImport) {
  const QString csv = writeEventsCsv(300000, false);
  ImportWizard wizard(projectPath_, *settings_);
  wizard.resize(820, 600);
  wizard.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
  qobject_cast<ImportSourcePage*>(wizard.page(ImportWizard::SourcePageId))->addPaths({csv});
  auto visibleCancels = [&wizard] {
    QList<QAbstractButton*> found;
    for (QAbstractButton* b : wizard.findChildren<QAbstractButton*>())
      if (b->isVisible() && b->text().remove(QLatin1Char('&')).contains(QLatin1String("Cancel"))) found << b;
    return found;
  };
  for (int page : {ImportWizard::SourcePageId, ImportWizard::PreviewPageId, ImportWizard::MappingPageId,
                   ImportWizard::PolicyPageId}) {
    ASSERT_EQ(wizard.currentId(), page);
    EXPECT_EQ(visibleCancels().size(), 1) << "page " << page;
    wizard.next();
  }
  ASSERT_EQ(wizard.currentId(), ImportWizard::ProgressPageId);
  const QList<QAbstractButton*> cancels = visibleCancels();
  ASSERT_EQ(cancels.size(), 1);
  EXPECT_EQ(cancels.front(), wizard.button(QWizard::CancelButton));
  EXPECT_EQ(cancels.front()->text(), QStringLiteral("&Cancel Import"));
  ASSERT_TRUE(wizard.job()->isRunning());
  cancels.front()->click();
  EXPECT_TRUE(wizard.isVisible());
  EXPECT_FALSE(cancels.front()->isEnabled());
  EXPECT_EQ(cancels.front()->text(), QStringLiteral("Cancelling…"));
  ASSERT_TRUE(waitForPage(wizard, ImportWizard::SummaryPageId));
  EXPECT_TRUE(wizard.job()->outcome().result.cancelled);
  EXPECT_EQ(eventCount(), 0);
  EXPECT_TRUE(visibleCancels().isEmpty());  // the summary closes with Finish
}

}  // namespace

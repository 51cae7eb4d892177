#include "ui/import/ImportSummaryPage.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/base/ImportFolderSetting.h"
#include "ui/base/LocaleFormat.h"
#include "ui/import/ImportJob.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/RejectsTableModel.h"

ImportSummaryPage::ImportSummaryPage(ImportWizard* wizard)
    : QWizardPage(wizard),
      wizard_(wizard),
      headline_(new QLabel(this)),
      figures_(new QLabel(this)),
      rejects_(new RejectsTableModel(this)),
      table_(new QTableView(this)),
      rejectsNote_(new QLabel(this)),
      save_(new QPushButton(tr("&Save Rejects as CSV…"), this)) {
  setTitle(tr("Import finished"));
  setSubTitle(tr("Rows read, imported and rejected."));
  setFinalPage(true);
  headline_->setWordWrap(true);
  headline_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  figures_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  rejectsNote_->setWordWrap(true);
  table_->setModel(rejects_);
  table_->setAlternatingRowColors(true);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setTabKeyNavigation(false);
  table_->setWordWrap(false);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setStretchLastSection(true);
  auto* bottom = new QHBoxLayout;
  bottom->addWidget(rejectsNote_, 1);
  bottom->addWidget(save_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(headline_);
  layout->addWidget(figures_);
  layout->addWidget(table_, 1);
  layout->addLayout(bottom);
  connect(save_, &QPushButton::clicked, this, &ImportSummaryPage::saveRejects);
}

void ImportSummaryPage::initializePage() {
  const ImportJob::Outcome& out = wizard_->job()->outcome();
  const reco::ImportResult& r = out.result;
  auto n = [](std::uint64_t v) { return LocaleFormat::count(static_cast<std::int64_t>(v)); };
  if (!out.error.isEmpty()) {
    setTitle(tr("Import failed"));
    setSubTitle(tr("Nothing was imported."));
    headline_->setText(out.error);
  } else if (r.cancelled) {
    setTitle(tr("Import cancelled"));
    setSubTitle(tr("The import was cancelled; the project is unchanged."));
    headline_->clear();
  } else if (!r.committed) {
    setTitle(tr("Import aborted"));
    setSubTitle(tr("The import stopped and the project is unchanged."));
    headline_->setText(QString::fromStdString(r.error));
  } else {
    setTitle(tr("Import finished"));
    setSubTitle(r.rowsRejected == 0 ? tr("All rows were imported.")
                                    : tr("The import finished; %Ln row(s) were rejected and are listed below.",
                                         nullptr, static_cast<int>(r.rowsRejected)));
    headline_->clear();
  }
  headline_->setVisible(!headline_->text().isEmpty());
  figures_->setText(tr("Rows read: %1 · imported: %2 · rejected: %3 · new users: %4 · new items: %5 · %6")
                        .arg(n(r.rowsRead), n(r.rowsImported), n(r.rowsRejected), n(r.usersAdded), n(r.itemsAdded),
                             LocaleFormat::duration(r.seconds)));
  rejects_->setRejects(r.rejects);
  table_->resizeColumnToContents(0);
  table_->resizeColumnToContents(1);
  const bool any = !r.rejects.empty();
  save_->setEnabled(any);
  table_->setVisible(any);
  if (!any)
    rejectsNote_->setText(tr("No rows were rejected."));
  else if (r.rowsRejected > r.rejects.size())
    rejectsNote_->setText(tr("Showing the first %1 of %2 rejected rows.").arg(n(r.rejects.size()), n(r.rowsRejected)));
  else
    rejectsNote_->setText(tr("%Ln rejected row(s).", nullptr, static_cast<int>(r.rejects.size())));
}

void ImportSummaryPage::saveRejects() {
  const QString start = QDir(wizard_->settings().lastImportFolder().isEmpty() ? QDir::homePath()
                                                                               : wizard_->settings().lastImportFolder())
                            .filePath(tr("rejects.csv"));
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Rejects"), start, tr("CSV files (*.csv)"));
  if (path.isEmpty()) return;
  QString error;
  if (!rejects_->writeCsv(path, &error)) QMessageBox::warning(this, tr("Save Rejects"), error);
}

#include "ui/import/ImportProgressPage.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QAbstractButton>
#include <QVBoxLayout>

#include "ui/import/ImportJob.h"
#include "ui/import/ImportWizard.h"

ImportProgressPage::ImportProgressPage(ImportWizard* wizard)
    : QWizardPage(wizard),
      wizard_(wizard),
      bar_(new QProgressBar(this)),
      file_(new QLabel(this)),
      rows_(new QLabel(this)),
      bytes_(new QLabel(this)) {
  setTitle(tr("Importing"));
  setSubTitle(tr("Reading, validating and storing the rows. Cancelling leaves the project unchanged."));
  // The wizard's own Cancel button cancels the import (ImportWizard::reject), so the page has no second one.
  setButtonText(QWizard::CancelButton, tr("&Cancel Import"));
  bar_->setRange(0, 1000);
  bar_->setValue(0);
  bar_->setTextVisible(true);
  auto* form = new QFormLayout;
  form->addRow(tr("File:"), file_);
  form->addRow(tr("Rows read:"), rows_);
  form->addRow(tr("Data read:"), bytes_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(bar_);
  layout->addLayout(form);
  layout->addStretch(1);

  connect(wizard_->job(), &ImportJob::progressChanged, this, &ImportProgressPage::showProgress);
  connect(wizard_->job(), &ImportJob::finished, this, &ImportProgressPage::jobFinished);
}

void ImportProgressPage::initializePage() {
  done_ = false;
  bar_->setValue(0);
  file_->setText(QStringLiteral("–"));
  rows_->setText(QStringLiteral("0"));
  bytes_->setText(QStringLiteral("0"));
  wizard_->button(QWizard::CancelButton)->setEnabled(true);  // disabled by the previous cancel, if any
  clock_.start();
  wizard_->job()->start(wizard_->projectPath(), wizard_->paths, wizard_->options);
}

void ImportProgressPage::showProgress(quint64 bytesDone, quint64 bytesTotal, quint64 rowsRead,
                                      const QString& currentFile) {
  const QLocale locale;
  if (bytesTotal > 0) bar_->setValue(static_cast<int>(1000.0 * static_cast<double>(bytesDone) / static_cast<double>(bytesTotal)));
  file_->setText(QFileInfo(currentFile).fileName());
  const double seconds = static_cast<double>(clock_.elapsed()) / 1000.0;
  rows_->setText(seconds > 0.5 ? tr("%1 (%2 rows/s)")
                                     .arg(locale.toString(static_cast<qulonglong>(rowsRead)),
                                          locale.toString(static_cast<double>(rowsRead) / seconds, 'f', 0))
                               : locale.toString(static_cast<qulonglong>(rowsRead)));
  bytes_->setText(tr("%1 of %2").arg(locale.formattedDataSize(static_cast<qint64>(bytesDone)),
                                     locale.formattedDataSize(static_cast<qint64>(bytesTotal))));
}

void ImportProgressPage::jobFinished() {
  done_ = true;
  Q_EMIT completeChanged();
  if (wizard_->currentPage() == this) wizard_->next();
}

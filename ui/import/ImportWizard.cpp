#include "ui/import/ImportWizard.h"

#include <QAbstractButton>
#include <exception>

#include "ui/import/ImportJob.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportPolicyPage.h"
#include "ui/import/ImportPreviewPage.h"
#include "ui/import/ImportProgressPage.h"
#include "ui/import/ImportSourcePage.h"
#include "ui/import/ImportSummaryPage.h"

ImportWizard::ImportWizard(const QString& projectPath, ImportFolderSetting& settings, QWidget* parent)
    : QWizard(parent), projectPath_(projectPath), settings_(settings), job_(new ImportJob(this)) {
  setObjectName(QStringLiteral("importWizard"));
  setWindowTitle(tr("Import Dataset"));
  setWizardStyle(QWizard::ClassicStyle);
  setOption(QWizard::NoBackButtonOnLastPage, true);
  setOption(QWizard::NoCancelButtonOnLastPage, true);
  setPage(SourcePageId, new ImportSourcePage(this));
  setPage(PreviewPageId, new ImportPreviewPage(this));
  setPage(MappingPageId, new ImportMappingPage(this));
  setPage(PolicyPageId, new ImportPolicyPage(this));
  setPage(ProgressPageId, new ImportProgressPage(this));
  setPage(SummaryPageId, new ImportSummaryPage(this));
  setStartId(SourcePageId);
  resize(820, 600);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::formatTitle(reco::ImportFormat format) {
  switch (format) {
    case reco::ImportFormat::Auto: return tr("Automatic");
    case reco::ImportFormat::Events: return tr("Generic event log (CSV/TSV)");
    case reco::ImportFormat::MovieLens100K: return tr("MovieLens 100K (u.data, u.item, u.user)");
    case reco::ImportFormat::MovieLensLatest: return tr("MovieLens latest (ratings.csv, movies.csv)");
    case reco::ImportFormat::MovieLens1M: return tr("MovieLens 1M (ratings.dat, movies.dat, users.dat)");
    case reco::ImportFormat::OpenBandit: return tr("Open Bandit Dataset (CSV, item_context.csv)");
  }
  return {};
}

bool ImportWizard::committed() const { return job_->outcome().result.committed; }

bool ImportWizard::updatePreview(QString* error) {
  preview.reset();
  if (paths.isEmpty()) {
    if (error) *error = tr("Choose at least one file or folder.");
    return false;
  }
  std::vector<std::string> files;
  for (const QString& p : paths) files.push_back(p.toStdString());
  try {
    preview = reco::previewImport(files, options, 20);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  return true;
}

void ImportWizard::reject() {
  if (job_->isRunning()) {
    job_->cancel();  // the progress page moves on to the summary when the worker has rolled back
    if (QAbstractButton* cancel = button(QWizard::CancelButton)) {
      cancel->setEnabled(false);
      cancel->setText(tr("Cancelling…"));
    }
    return;
  }
  QWizard::reject();
}

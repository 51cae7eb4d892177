// The Import Dataset wizard: choose files → detected format → preview → column mapping (generic event logs only)
// → error policy → progress (cancellable) → summary with the rejected rows. The import itself runs in ImportJob.
#pragma once

#include <QStringList>
#include <QWizard>
#include <optional>

#include "core/import/Importer.h"
#include "ui/base/ImportFolderSetting.h"

class ImportJob;

class ImportWizard : public QWizard {
  Q_OBJECT
 public:
  enum PageId { SourcePageId, PreviewPageId, MappingPageId, PolicyPageId, ProgressPageId, SummaryPageId };

  ImportWizard(const QString& projectPath, ImportFolderSetting& settings, QWidget* parent = nullptr);
  ~ImportWizard() override;

  // Display name of a format, translated ("MovieLens 100K", "Generic event log" ...).
  static QString formatTitle(reco::ImportFormat format);

  QString projectPath() const { return projectPath_; }
  ImportFolderSetting& settings() const { return settings_; }

  // The choices the pages build up.
  QStringList paths;
  reco::ImportOptions options;                // format (Auto until the user confirms), mapping, policy, encoding
  std::optional<reco::ImportPreview> preview;  // of paths with options.format
  ImportJob* job() const { return job_; }

  // True once an import committed rows to the project (the caller then refreshes its views).
  bool committed() const;

  // Re-runs previewImport for the current paths and options. Returns false and sets *error when the files cannot
  // be read or recognised.
  bool updatePreview(QString* error);

  // While importing, Cancel (button or Escape) cancels the import instead of closing the wizard.
  void reject() override;

 private:
  QString projectPath_;
  ImportFolderSetting& settings_;
  ImportJob* job_;
};

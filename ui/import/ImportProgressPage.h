// Import wizard, page 5: runs the import (ImportJob) with a bytes progress bar, rows read, the current file and a
// Cancel button (the wizard's, renamed "Cancel Import" on this page); moves on to the summary when the worker is done.
#pragma once

#include <QElapsedTimer>
#include <QWizardPage>

class ImportWizard;
class QLabel;
class QProgressBar;

class ImportProgressPage : public QWizardPage {
  Q_OBJECT
 public:
  explicit ImportProgressPage(ImportWizard* wizard);
  void initializePage() override;
  bool isComplete() const override { return done_; }

 private:
  void showProgress(quint64 bytesDone, quint64 bytesTotal, quint64 rowsRead, const QString& currentFile);
  void jobFinished();

  ImportWizard* wizard_;
  QProgressBar* bar_;
  QLabel* file_;
  QLabel* rows_;
  QLabel* bytes_;
  QElapsedTimer clock_;
  bool done_ = false;
};

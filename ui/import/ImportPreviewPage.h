// Import wizard, page 2: the first rows of the data as the importer will read them, with format, delimiter,
// encoding and the files involved.
#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QTableWidget;

class ImportPreviewPage : public QWizardPage {
  Q_OBJECT
 public:
  explicit ImportPreviewPage(ImportWizard* wizard);
  void initializePage() override;
  int nextId() const override;

 private:
  ImportWizard* wizard_;
  QLabel* facts_;
  QTableWidget* table_;
};

// Import wizard, last page: what the import did (rows read / imported / rejected, time) and the rejected rows
// (file, line, reason), which can be saved as CSV.
#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QPushButton;
class QTableView;
class RejectsTableModel;

class ImportSummaryPage : public QWizardPage {
  Q_OBJECT
 public:
  explicit ImportSummaryPage(ImportWizard* wizard);
  void initializePage() override;

  RejectsTableModel* rejectsModel() const { return rejects_; }

 private:
  void saveRejects();

  ImportWizard* wizard_;
  QLabel* headline_;
  QLabel* figures_;
  RejectsTableModel* rejects_;
  QTableView* table_;
  QLabel* rejectsNote_;
  QPushButton* save_;
};

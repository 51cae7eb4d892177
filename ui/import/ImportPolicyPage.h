// Import wizard, page 4: what to do with bad rows (skip and report, or abort at the first) and the text encoding.
// This is the commit page: its Import button starts the import.
#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QRadioButton;

class ImportPolicyPage : public QWizardPage {
  Q_OBJECT
 public:
  explicit ImportPolicyPage(ImportWizard* wizard);
  void initializePage() override;
  bool validatePage() override;

  QRadioButton* skipButton() const { return skip_; }
  QRadioButton* abortButton() const { return abort_; }

 private:
  ImportWizard* wizard_;
  QRadioButton* skip_;
  QRadioButton* abort_;
  QComboBox* encoding_;
  QLabel* summary_;
};

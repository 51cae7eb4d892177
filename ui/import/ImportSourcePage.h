// Import wizard, page 1: choose files or a dataset folder; shows the detected format with a combo to override it.
#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

class ImportSourcePage : public QWizardPage {
  Q_OBJECT
 public:
  explicit ImportSourcePage(ImportWizard* wizard);

  // Adds paths as if chosen in the file dialogs (tests, drag and drop).
  void addPaths(const QStringList& paths);
  bool isComplete() const override;
  bool validatePage() override;

 private:
  void pathsChanged();
  ImportWizard* wizard_;
  QListWidget* list_;
  QPushButton* addFiles_;
  QPushButton* addFolder_;
  QPushButton* remove_;
  QComboBox* format_;
  QLabel* detected_;
  bool detectedOk_ = false;
};

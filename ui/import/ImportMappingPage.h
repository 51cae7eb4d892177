// Import wizard, page 3 (generic event logs only): which file column feeds each event field. Starts from the
// importer's suggested mapping; user, item and timestamp are required.
#pragma once

#include <QWizardPage>
#include <map>
#include <string>

class ImportWizard;
class QComboBox;
class QFormLayout;
class QLabel;

class ImportMappingPage : public QWizardPage {
  Q_OBJECT
 public:
  explicit ImportMappingPage(ImportWizard* wizard);
  void initializePage() override;
  bool isComplete() const override;
  bool validatePage() override;
  int nextId() const override;

  // The combo for a field ("user", "item", "timestamp" ...), or null.
  QComboBox* combo(const std::string& field) const;

 private:
  ImportWizard* wizard_;
  QFormLayout* form_;
  QLabel* hint_;
  std::map<std::string, QComboBox*> combos_;
};

// Lists the saved versions of the project's rule set, shows a readable diff (core's RuleSetDiff) of the selected
// version against the one before it or against the working copy, and restores a version (undoable).
#pragma once

#include <QDialog>
#include <cstdint>

class CurationDocument;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

class VersionsDialog : public QDialog {
  Q_OBJECT
 public:
  explicit VersionsDialog(CurationDocument& document, QWidget* parent = nullptr);

  void reload();
  void selectVersion(std::int64_t version);
  std::int64_t selectedVersion() const;  // 0 when none
  QString diffText() const;
  QComboBox* compareBox() const { return compare_; }
  QTreeWidget* list() const { return list_; }
  // Restores the selected version (asks nothing; the button asks first). Returns false with the reason shown.
  bool restoreSelected();

 private:
  void showDiff();

  CurationDocument& document_;
  QTreeWidget* list_;
  QComboBox* compare_;
  QPlainTextEdit* diff_;
  QLabel* status_;
  QPushButton* restore_;
};

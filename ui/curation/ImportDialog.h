// Shows what importing a rule set file would do (core's dry run: the changes against the working copy) or every
// error with its JSON path, and imports on confirmation (undoable; saved as a version).
#pragma once

#include <QDialog>
#include <string>

class CurationDocument;
class QLabel;
class QPlainTextEdit;
class QPushButton;

class ImportDialog : public QDialog {
  Q_OBJECT
 public:
  // Runs the dry run right away on `text` (the file's content; `fileName` for messages).
  ImportDialog(CurationDocument& document, const QString& fileName, std::string text, QWidget* parent = nullptr);

  bool canImport() const { return ok_; }
  QString reportText() const;
  // Imports for real; false with the errors shown when core refuses.
  bool import();

 private:
  CurationDocument& document_;
  QString fileName_;
  std::string text_;
  bool ok_ = false;
  QLabel* summary_;
  QPlainTextEdit* report_;
  QPushButton* import_;
};

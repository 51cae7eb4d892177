// Asks for the message and author of a new rule set version ("Save version…").
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

class SaveVersionDialog : public QDialog {
  Q_OBJECT
 public:
  SaveVersionDialog(const QString& author, const QString& changesSummary, QWidget* parent = nullptr);
  QString message() const;
  QString author() const;
  QLineEdit* messageField() const { return message_; }

 private:
  QLineEdit* message_;
  QLineEdit* author_;
  QPushButton* ok_;
};

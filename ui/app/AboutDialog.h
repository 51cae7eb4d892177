// Help -> About RecoEngine: what the application is, its version (with the git revision), the Qt, SQLite and Eigen
// versions, the licence (GPL-3.0-or-later, because the application links Qt Charts) and the homepage.
#pragma once

#include <QDialog>

class QLabel;

class AboutDialog : public QDialog {
  Q_OBJECT
 public:
  explicit AboutDialog(QWidget* parent = nullptr);

  // The rich text shown (for tests and for copying into bug reports).
  QString text() const;
  QLabel* textLabel() const { return text_; }

 private:
  QLabel* text_;
};

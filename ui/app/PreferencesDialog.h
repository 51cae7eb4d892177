// Edit → Preferences…: the user interface language and the theme, written to AppSettings on OK.
#pragma once

#include <QDialog>

class AppSettings;
class QComboBox;

class PreferencesDialog : public QDialog {
  Q_OBJECT
 public:
  explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);

  QComboBox* languageCombo() const { return language_; }
  QComboBox* themeCombo() const { return theme_; }

  // Writes the choices to the settings (the theme applies at once; the language at the next start).
  void accept() override;

 private:
  AppSettings& settings_;
  QComboBox* language_;
  QComboBox* theme_;
};

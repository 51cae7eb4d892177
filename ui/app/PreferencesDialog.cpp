#include "ui/app/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/app/AppSettings.h"
#include "ui/app/UiLanguage.h"

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), settings_(settings), language_(new QComboBox(this)), theme_(new QComboBox(this)) {
  setObjectName(QStringLiteral("preferencesDialog"));
  setWindowTitle(tr("Preferences"));
  language_->setObjectName(QStringLiteral("preferencesLanguage"));
  theme_->setObjectName(QStringLiteral("preferencesTheme"));

  const QLocale system = QLocale::system();
  // A system language Qt cannot name (the C locale) shows as "System" alone, not "System ()".
  const QString systemName = system.nativeLanguageName();
  language_->addItem(systemName.isEmpty() ? tr("System") : tr("System (%1)").arg(systemName), QStringLiteral("system"));
  for (const QString& code : UiLanguage::codes()) language_->addItem(UiLanguage::nativeName(code), code);
  language_->setCurrentIndex(qMax(0, language_->findData(settings_.language())));

  theme_->addItem(tr("System"), QStringLiteral("system"));
  theme_->addItem(tr("Light"), QStringLiteral("light"));
  theme_->addItem(tr("Dark"), QStringLiteral("dark"));
  theme_->setCurrentIndex(qMax(0, theme_->findData(settings_.theme())));

  auto* note = new QLabel(tr("A new language applies the next time RecoEngine starts. Numbers, percentages and dates "
                             "follow the language's conventions; CSV exports keep a machine format."),
                          this);
  note->setWordWrap(true);

  auto* form = new QFormLayout;
  form->addRow(tr("&Language:"), language_);
  form->addRow(tr("&Theme:"), theme_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(note);
  layout->addStretch();
  layout->addWidget(buttons);
}

void PreferencesDialog::accept() {
  settings_.setLanguage(language_->currentData().toString());
  settings_.setTheme(theme_->currentData().toString());
  QDialog::accept();
}

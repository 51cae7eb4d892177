#include "ui/import/ImportPolicyPage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include "ui/import/ImportWizard.h"

ImportPolicyPage::ImportPolicyPage(ImportWizard* wizard)
    : QWizardPage(wizard),
      wizard_(wizard),
      skip_(new QRadioButton(tr("&Skip bad rows and list them afterwards"), this)),
      abort_(new QRadioButton(tr("&Abort at the first bad row (nothing is imported)"), this)),
      encoding_(new QComboBox(this)),
      summary_(new QLabel(this)) {
  setTitle(tr("Bad rows and encoding"));
  setSubTitle(tr("Every row is either imported or rejected with its file, line and reason; nothing vanishes."));
  setCommitPage(true);
  setButtonText(QWizard::CommitButton, tr("&Import"));

  auto* policy = new QGroupBox(tr("When a row cannot be imported"), this);
  auto* policyLayout = new QVBoxLayout(policy);
  policyLayout->addWidget(skip_);
  policyLayout->addWidget(abort_);
  skip_->setChecked(true);

  encoding_->addItem(tr("Automatic (UTF-8, byte order mark removed)"), QString());
  encoding_->addItem(tr("Latin-1 (ISO-8859-1)"), QStringLiteral("latin1"));
  auto* form = new QFormLayout;
  form->addRow(tr("Text &encoding:"), encoding_);

  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(policy);
  layout->addLayout(form);
  layout->addSpacing(12);
  layout->addWidget(summary_);
  layout->addStretch(1);
}

void ImportPolicyPage::initializePage() {
  const int index = encoding_->findData(QString::fromStdString(wizard_->options.encoding));
  encoding_->setCurrentIndex(index >= 0 ? index : 0);
  QStringList files;
  if (wizard_->preview)
    for (const auto& f : wizard_->preview->files) files << QFileInfo(QString::fromStdString(f)).fileName();
  summary_->setText(tr("Ready to import %1 as %2 into %3.\nThe import runs as one transaction: if it is aborted, "
                       "fails or is cancelled, the project stays exactly as it was.")
                        .arg(files.join(QStringLiteral(", ")), ImportWizard::formatTitle(wizard_->options.format),
                             QFileInfo(wizard_->projectPath()).fileName()));
}

bool ImportPolicyPage::validatePage() {
  wizard_->options.onError = abort_->isChecked() ? reco::ErrorPolicy::Abort : reco::ErrorPolicy::Skip;
  wizard_->options.encoding = encoding_->currentData().toString().toStdString();
  return true;
}

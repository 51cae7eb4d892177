#include "ui/curation/SaveVersionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SaveVersionDialog::SaveVersionDialog(const QString& author, const QString& changesSummary, QWidget* parent)
    : QDialog(parent), message_(new QLineEdit(this)), author_(new QLineEdit(author, this)) {
  setWindowTitle(tr("Save rule set version"));
  auto* summary = new QLabel(changesSummary, this);
  summary->setWordWrap(true);
  message_->setPlaceholderText(tr("What changed and why"));
  auto* form = new QFormLayout;
  form->addRow(tr("&Message:"), message_);
  form->addRow(tr("&Author:"), author_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  ok_ = buttons->button(QDialogButtonBox::Save);
  ok_->setEnabled(false);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(summary);
  layout->addLayout(form);
  layout->addWidget(buttons);
  connect(message_, &QLineEdit::textChanged, this,
          [this](const QString& text) { ok_->setEnabled(!text.trimmed().isEmpty()); });
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  resize(480, sizeHint().height());
}

QString SaveVersionDialog::message() const { return message_->text().trimmed(); }
QString SaveVersionDialog::author() const { return author_->text().trimmed(); }

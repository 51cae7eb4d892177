#include "ui/curation/ImportDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <exception>

#include "ui/curation/CurationDocument.h"

ImportDialog::ImportDialog(CurationDocument& document, const QString& fileName, std::string text, QWidget* parent)
    : QDialog(parent),
      document_(document),
      fileName_(fileName),
      text_(std::move(text)),
      summary_(new QLabel(this)),
      report_(new QPlainTextEdit(this)),
      import_(new QPushButton(tr("&Import"), this)) {
  setWindowTitle(tr("Import rule set"));
  summary_->setWordWrap(true);
  report_->setReadOnly(true);
  report_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  report_->setLineWrapMode(QPlainTextEdit::NoWrap);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  buttons->addButton(import_, QDialogButtonBox::AcceptRole);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(summary_);
  layout->addWidget(report_);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(import_, &QPushButton::clicked, this, [this] {
    if (import()) accept();
  });

  reco::JsonIssues issues;
  try {
    auto result = document_.importText(text_, CurationDocument::defaultAuthor().toStdString(), true, issues);
    if (result) {
      ok_ = true;
      summary_->setText(
          tr("Dry run of %1 (rule set %2, version %3, %4, %5): nothing has changed yet. "
             "Importing replaces the working rule set with this content and saves it as a version.")
              .arg(fileName_, QString::fromStdString(result->document.rulesetId))
              .arg(result->document.version)
              .arg(tr("%Ln segment(s)", nullptr, static_cast<int>(result->document.content.segments.size())),
                   tr("%Ln rule(s)", nullptr, static_cast<int>(result->document.content.rules.size()))));
      report_->setPlainText(QString::fromStdString(result->changes.text()));
    }
  } catch (const std::exception& e) {
    issues.push_back({"", e.what()});
  }
  if (!ok_) {
    summary_->setText(tr("%1 cannot be imported (%n error(s)); nothing was changed.", nullptr,
                         static_cast<int>(issues.size()))
                          .arg(fileName_));
    QStringList lines;
    for (const auto& i : issues) lines << QString::fromStdString(i.text());
    report_->setPlainText(lines.join(QLatin1Char('\n')));
  }
  import_->setEnabled(ok_);
  resize(720, 480);
}

QString ImportDialog::reportText() const { return summary_->text() + QLatin1Char('\n') + report_->toPlainText(); }

bool ImportDialog::import() {
  if (!ok_) return false;
  reco::JsonIssues issues;
  try {
    auto result = document_.importText(text_, CurationDocument::defaultAuthor().toStdString(), false, issues);
    if (result) return true;
  } catch (const std::exception& e) {
    issues.push_back({"", e.what()});
  }
  QStringList lines;
  for (const auto& i : issues) lines << QString::fromStdString(i.text());
  summary_->setText(tr("Import refused; nothing was changed."));
  report_->setPlainText(lines.join(QLatin1Char('\n')));
  ok_ = false;
  import_->setEnabled(false);
  return false;
}

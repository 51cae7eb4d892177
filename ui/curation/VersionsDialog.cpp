#include "ui/curation/VersionsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <exception>

#include "core/curation/RuleSetDiff.h"
#include "core/base/Time.h"
#include "ui/base/LocaleFormat.h"
#include "ui/curation/CurationDocument.h"

VersionsDialog::VersionsDialog(CurationDocument& document, QWidget* parent)
    : QDialog(parent),
      document_(document),
      list_(new QTreeWidget(this)),
      compare_(new QComboBox(this)),
      diff_(new QPlainTextEdit(this)),
      status_(new QLabel(this)),
      restore_(new QPushButton(tr("&Restore this version"), this)) {
  setWindowTitle(tr("Rule set versions"));
  list_->setRootIsDecorated(false);
  list_->setUniformRowHeights(true);
  list_->setHeaderLabels({tr("Version"), tr("Saved (UTC)"), tr("Author"), tr("Segments"), tr("Rules"), tr("Message")});
  list_->header()->setStretchLastSection(true);
  compare_->addItem(tr("the version before it"));
  compare_->addItem(tr("the working copy"));
  diff_->setReadOnly(true);
  diff_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  diff_->setLineWrapMode(QPlainTextEdit::NoWrap);
  status_->setWordWrap(true);
  auto* compareRow = new QHBoxLayout;
  compareRow->addWidget(new QLabel(tr("Changes compared with"), this));
  compareRow->addWidget(compare_);
  compareRow->addStretch(1);
  auto* right = new QWidget(this);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addLayout(compareRow);
  rightLayout->addWidget(diff_);
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(list_);
  splitter->addWidget(right);
  splitter->setStretchFactor(1, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  buttons->addButton(restore_, QDialogButtonBox::ActionRole);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter);
  layout->addWidget(status_);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(list_, &QTreeWidget::currentItemChanged, this, &VersionsDialog::showDiff);
  connect(compare_, &QComboBox::currentIndexChanged, this, &VersionsDialog::showDiff);
  connect(restore_, &QPushButton::clicked, this, [this] {
    const std::int64_t v = selectedVersion();
    if (v == 0) return;
    if (QMessageBox::question(this, tr("Restore version"),
                              tr("Make version %1 the working rule set again? It is saved as a new version; "
                                 "Undo in the editor takes it back.")
                                  .arg(v)) != QMessageBox::Yes)
      return;
    restoreSelected();
  });
  resize(900, 620);
  reload();
}

void VersionsDialog::reload() {
  const std::int64_t keep = selectedVersion();
  list_->clear();
  try {
    const auto versions = document_.versions();
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
      auto* row = new QTreeWidgetItem(list_);
      row->setText(0, QString::number(it->version));
      row->setData(0, Qt::UserRole, QVariant::fromValue<qint64>(it->version));
      row->setText(1, LocaleFormat::utcDateTime(it->createdAt));
      row->setText(2, QString::fromStdString(it->author));
      row->setText(3, LocaleFormat::count(it->segments));
      row->setText(4, LocaleFormat::count(it->rules));
      row->setText(5, QString::fromStdString(it->message));
      row->setToolTip(5, tr("SHA-256 %1").arg(QString::fromStdString(it->sha256)));
    }
    status_->setText(versions.empty() ? tr("No version saved yet: use Save version… in the editor.") : QString());
  } catch (const std::exception& e) {
    status_->setText(tr("The versions could not be read: %1").arg(QString::fromStdString(e.what())));
  }
  for (int c = 0; c < 5; ++c) list_->resizeColumnToContents(c);
  if (keep != 0) selectVersion(keep);
  if (!list_->currentItem() && list_->topLevelItemCount() > 0) list_->setCurrentItem(list_->topLevelItem(0));
  showDiff();
}

void VersionsDialog::selectVersion(std::int64_t version) {
  for (int i = 0; i < list_->topLevelItemCount(); ++i)
    if (list_->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == version)
      list_->setCurrentItem(list_->topLevelItem(i));
}

std::int64_t VersionsDialog::selectedVersion() const {
  const QTreeWidgetItem* item = list_->currentItem();
  return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

QString VersionsDialog::diffText() const { return diff_->toPlainText(); }

void VersionsDialog::showDiff() {
  const std::int64_t v = selectedVersion();
  restore_->setEnabled(v != 0);
  if (v == 0) {
    diff_->clear();
    return;
  }
  try {
    const reco::RuleSet selected = document_.versionDocument(v).content;
    QString heading;
    reco::RuleSetDiff diff;
    const reco::ItemTitleLookup titles = [this](const std::string& id) { return document_.itemTitle(id); };
    if (compare_->currentIndex() == 1) {
      heading = tr("From version %1 to the working copy:").arg(v);
      diff = reco::RuleSetDiff::compare(selected, document_.ruleSet(), titles);
    } else if (v > 1) {
      heading = tr("From version %1 to version %2:").arg(v - 1).arg(v);
      diff = reco::RuleSetDiff::compare(document_.versionDocument(v - 1).content, selected, titles);
    } else {
      heading = tr("Version 1 (first version) against an empty rule set:");
      diff = reco::RuleSetDiff::compare(reco::RuleSet{}, selected, titles);
    }
    diff_->setPlainText(heading + QLatin1Char('\n') + QString::fromStdString(diff.text()));
  } catch (const std::exception& e) {
    diff_->setPlainText(tr("The version could not be read: %1").arg(QString::fromStdString(e.what())));
  }
}

bool VersionsDialog::restoreSelected() {
  const std::int64_t v = selectedVersion();
  if (v == 0) return false;
  try {
    const std::int64_t created = document_.restoreVersion(v, CurationDocument::defaultAuthor().toStdString());
    reload();
    selectVersion(created);
    status_->setText(tr("Version %1 restored and saved as version %2.").arg(v).arg(created));
    return true;
  } catch (const std::exception& e) {
    status_->setText(tr("Version %1 could not be restored: %2").arg(v).arg(QString::fromStdString(e.what())));
    return false;
  }
}

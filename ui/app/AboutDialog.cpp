#include "ui/app/AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/app/BuildInfo.h"

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent), text_(new QLabel(this)) {
  setObjectName(QStringLiteral("aboutDialog"));
  setWindowTitle(tr("About RecoEngine"));

  auto* icon = new QLabel(this);
  icon->setPixmap(QIcon(QStringLiteral(":/icons/recoengine.svg")).pixmap(64, 64));
  icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

  const QString homepage = buildinfo::homepage();
  const QString html =
      tr("<h3>RecoEngine %1</h3>"
         "<p>A desktop workbench for people who run recommendation systems: import interaction logs, browse the "
         "data, train and evaluate recommender models, read dashboards and curate what users see.</p>")
          .arg(buildinfo::versionWithRevision().toHtmlEscaped()) +
      tr("<p>Built with %1; %2.</p>").arg(buildinfo::qtVersions(), buildinfo::coreLibraryVersions()) +
      tr("<p>RecoEngine links Qt Charts, which Qt offers under the GNU General Public License version 3 (or a "
         "commercial licence). RecoEngine as distributed is therefore licensed under the GNU General Public "
         "License, version 3 or (at your option) any later version. It comes with no warranty.</p>") +
      tr("<p>Homepage: <a href=\"%1\">%1</a></p>").arg(homepage.toHtmlEscaped());
  text_->setObjectName(QStringLiteral("aboutText"));
  text_->setTextFormat(Qt::RichText);
  text_->setText(html);
  text_->setWordWrap(true);
  text_->setOpenExternalLinks(true);
  text_->setTextInteractionFlags(Qt::TextBrowserInteraction);
  text_->setMinimumWidth(460);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton* copy = buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
  copy->setToolTip(tr("Copy the version, git revision and library versions (for a bug report)"));
  connect(copy, &QPushButton::clicked, this,
          [] { QApplication::clipboard()->setText(buildinfo::banner(QStringLiteral("recoengine"))); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* row = new QHBoxLayout;
  row->addWidget(icon);
  row->addWidget(text_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(row);
  layout->addWidget(buttons);
}

QString AboutDialog::text() const { return text_->text(); }

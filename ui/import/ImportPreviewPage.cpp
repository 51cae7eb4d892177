#include "ui/import/ImportPreviewPage.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/import/ImportWizard.h"

namespace {
QString delimiterName(char d) {
  switch (d) {
    case ',': return ImportPreviewPage::tr("comma");
    case '\t': return ImportPreviewPage::tr("tab");
    case ';': return ImportPreviewPage::tr("semicolon");
    case '|': return ImportPreviewPage::tr("pipe");
    case ':': return ImportPreviewPage::tr("'::'");
    default: return QStringLiteral("'%1'").arg(QLatin1Char(d));
  }
}
}  // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard), wizard_(wizard), facts_(new QLabel(this)), table_(new QTableWidget(this)) {
  setTitle(tr("Preview"));
  setSubTitle(tr("The first rows as RecoEngine reads them. If the columns look wrong, go back and choose another "
                 "format."));
  facts_->setWordWrap(true);
  facts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  table_->setAccessibleName(tr("First rows of the file"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  table_->setTabKeyNavigation(false);
  table_->horizontalHeader()->setStretchLastSection(true);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(facts_);
  layout->addWidget(table_, 1);
}

void ImportPreviewPage::initializePage() {
  table_->clear();
  if (!wizard_->preview) return;
  const reco::ImportPreview& p = *wizard_->preview;
  QStringList files;
  for (const auto& f : p.files) files << QFileInfo(QString::fromStdString(f)).fileName();
  facts_->setText(tr("Format: %1 · Delimiter: %2 · Encoding: %3\nFiles: %4")
                      .arg(ImportWizard::formatTitle(p.format), delimiterName(p.delimiter),
                           p.encoding.empty() ? tr("UTF-8") : QString::fromStdString(p.encoding),
                           files.join(QStringLiteral(", "))));
  int columns = static_cast<int>(p.header.size());
  for (const auto& row : p.rows) columns = std::max(columns, static_cast<int>(row.size()));
  table_->setColumnCount(columns);
  table_->setRowCount(static_cast<int>(p.rows.size()));
  QStringList header;
  for (int c = 0; c < columns; ++c)
    header << (c < static_cast<int>(p.header.size()) ? QString::fromStdString(p.header[static_cast<std::size_t>(c)])
                                                     : tr("column %1").arg(c + 1));
  table_->setHorizontalHeaderLabels(header);
  for (int r = 0; r < static_cast<int>(p.rows.size()); ++r) {
    const auto& row = p.rows[static_cast<std::size_t>(r)];
    for (int c = 0; c < static_cast<int>(row.size()); ++c)
      table_->setItem(r, c, new QTableWidgetItem(QString::fromStdString(row[static_cast<std::size_t>(c)])));
  }
  table_->resizeColumnsToContents();
  for (int c = 0; c < columns; ++c) table_->setColumnWidth(c, std::min(table_->columnWidth(c) + 8, 280));
}

int ImportPreviewPage::nextId() const {
  const bool generic = wizard_->options.format == reco::ImportFormat::Events;
  return generic ? ImportWizard::MappingPageId : ImportWizard::PolicyPageId;
}

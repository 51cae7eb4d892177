#include "ui/import/ImportSourcePage.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/base/ImportFolderSetting.h"
#include "ui/import/ImportWizard.h"

ImportSourcePage::ImportSourcePage(ImportWizard* wizard)
    : QWizardPage(wizard),
      wizard_(wizard),
      list_(new QListWidget(this)),
      addFiles_(new QPushButton(tr("Add &Files…"), this)),
      addFolder_(new QPushButton(tr("Add F&older…"), this)),
      remove_(new QPushButton(tr("&Remove"), this)),
      format_(new QComboBox(this)),
      detected_(new QLabel(this)) {
  setTitle(tr("Choose the data"));
  setSubTitle(tr("Pick an event log (CSV/TSV), a dataset's files, or a dataset folder such as MovieLens' ml-100k."));
  list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  list_->setAccessibleName(tr("Files to import"));
  detected_->setWordWrap(true);
  detected_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  for (auto f : {reco::ImportFormat::Auto, reco::ImportFormat::Events, reco::ImportFormat::MovieLens100K,
                 reco::ImportFormat::MovieLensLatest, reco::ImportFormat::MovieLens1M, reco::ImportFormat::OpenBandit})
    format_->addItem(ImportWizard::formatTitle(f), static_cast<int>(f));

  auto* buttons = new QVBoxLayout;
  buttons->addWidget(addFiles_);
  buttons->addWidget(addFolder_);
  buttons->addWidget(remove_);
  buttons->addStretch(1);
  auto* grid = new QGridLayout;
  grid->addWidget(list_, 0, 0);
  grid->addLayout(buttons, 0, 1);
  auto* form = new QFormLayout;
  form->addRow(tr("For&mat:"), format_);  // Alt+F is Add Files
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(grid, 1);
  layout->addLayout(form);
  layout->addWidget(detected_);

  auto startDir = [this] {
    const QString last = wizard_->settings().lastImportFolder();
    return last.isEmpty() ? QDir::homePath() : last;
  };
  connect(addFiles_, &QPushButton::clicked, this, [this, startDir] {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Files"), startDir(),
        tr("Data files (*.csv *.tsv *.txt *.dat *.data u.*);;All files (*)"));
    if (!files.isEmpty()) {
      wizard_->settings().setLastImportFolder(QFileInfo(files.first()).absolutePath());
      addPaths(files);
    }
  });
  connect(addFolder_, &QPushButton::clicked, this, [this, startDir] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Dataset Folder"), startDir());
    if (!dir.isEmpty()) {
      wizard_->settings().setLastImportFolder(dir);
      addPaths({dir});
    }
  });
  connect(remove_, &QPushButton::clicked, this, [this] {
    qDeleteAll(list_->selectedItems());
    pathsChanged();
  });
  connect(list_, &QListWidget::itemSelectionChanged, this,
          [this] { remove_->setEnabled(!list_->selectedItems().isEmpty()); });
  connect(format_, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT completeChanged(); });
  remove_->setEnabled(false);
  pathsChanged();
}

void ImportSourcePage::addPaths(const QStringList& paths) {
  for (const QString& p : paths) {
    const QString native = QDir::toNativeSeparators(QFileInfo(p).absoluteFilePath());
    if (list_->findItems(native, Qt::MatchExactly).isEmpty()) list_->addItem(native);
  }
  pathsChanged();
}

void ImportSourcePage::pathsChanged() {
  wizard_->paths.clear();
  for (int i = 0; i < list_->count(); ++i) wizard_->paths << QDir::fromNativeSeparators(list_->item(i)->text());
  wizard_->options.format = reco::ImportFormat::Auto;
  detectedOk_ = false;
  if (wizard_->paths.isEmpty()) {
    format_->setItemText(0, ImportWizard::formatTitle(reco::ImportFormat::Auto));
    detected_->setText(tr("No files chosen yet."));
  } else {
    QString error;
    detectedOk_ = wizard_->updatePreview(&error);
    if (detectedOk_) {
      const QString name = ImportWizard::formatTitle(wizard_->preview->format);
      format_->setItemText(0, tr("Automatic (detected: %1)").arg(name));
      QStringList files;
      for (const auto& f : wizard_->preview->files) files << QFileInfo(QString::fromStdString(f)).fileName();
      detected_->setText(tr("Detected format: %1.\nFiles that will be read: %2").arg(name, files.join(QStringLiteral(", "))));
    } else {
      format_->setItemText(0, tr("Automatic (not recognised)"));
      detected_->setText(tr("The format could not be detected: %1\nChoose the format above.").arg(error));
    }
  }
  Q_EMIT completeChanged();
}

bool ImportSourcePage::isComplete() const {
  if (wizard_->paths.isEmpty()) return false;
  return detectedOk_ || format_->currentIndex() > 0;
}

bool ImportSourcePage::validatePage() {
  const auto chosen = static_cast<reco::ImportFormat>(format_->currentData().toInt());
  wizard_->options.format = chosen;
  wizard_->options.mapping.clear();
  QString error;
  if (!wizard_->updatePreview(&error)) {
    detected_->setText(tr("These files cannot be read as %1: %2").arg(ImportWizard::formatTitle(chosen), error));
    wizard_->options.format = reco::ImportFormat::Auto;
    return false;
  }
  // From here on the format is explicit: the detected one or the user's choice.
  wizard_->options.format = wizard_->preview->format;
  return true;
}

#include "ui/import/ImportMappingPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/import/ImportWizard.h"

namespace {
bool isRequired(const std::string& field) { return field == "user" || field == "item" || field == "timestamp"; }

QString fieldTitle(const std::string& field) {
  if (field == "user") return ImportMappingPage::tr("User ID");
  if (field == "item") return ImportMappingPage::tr("Item ID");
  if (field == "type") return ImportMappingPage::tr("Event type");
  if (field == "timestamp") return ImportMappingPage::tr("Timestamp");
  if (field == "value") return ImportMappingPage::tr("Value (rating)");
  if (field == "position") return ImportMappingPage::tr("Position");
  if (field == "placement") return ImportMappingPage::tr("Placement");
  if (field == "variant") return ImportMappingPage::tr("Variant / model");
  if (field == "revenue") return ImportMappingPage::tr("Revenue");
  if (field == "propensity") return ImportMappingPage::tr("Propensity");
  if (field == "title") return ImportMappingPage::tr("Item title");
  if (field == "category") return ImportMappingPage::tr("Item category");
  if (field == "price") return ImportMappingPage::tr("Item price");
  return QString::fromStdString(field);
}
}  // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard), wizard_(wizard), form_(new QFormLayout), hint_(new QLabel(this)) {
  setTitle(tr("Map columns to fields"));
  setSubTitle(tr("Choose the file column for each field. Fields marked * are required; the others are optional."));
  form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  for (const std::string& field : reco::eventFieldNames()) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("map_") + QString::fromStdString(field));
    combos_[field] = combo;
    //: Form label of an import field; %1 is the field's title, * marks a required field
    form_->addRow((isRequired(field) ? tr("%1 *:") : tr("%1:")).arg(fieldTitle(field)), combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
  }
  hint_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form_);
  layout->addStretch(1);
  layout->addWidget(hint_);
}

QComboBox* ImportMappingPage::combo(const std::string& field) const {
  auto it = combos_.find(field);
  return it == combos_.end() ? nullptr : it->second;
}

void ImportMappingPage::initializePage() {
  const reco::ImportPreview* p = wizard_->preview ? &*wizard_->preview : nullptr;
  for (auto& [field, combo] : combos_) {
    QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("(not mapped)"), QString());
    if (!p) continue;
    for (const std::string& column : p->header) combo->addItem(QString::fromStdString(column), QString::fromStdString(column));
    auto suggested = p->suggestedMapping.find(field);
    if (suggested != p->suggestedMapping.end()) {
      const int index = combo->findData(QString::fromStdString(suggested->second));
      if (index >= 0) combo->setCurrentIndex(index);
    }
  }
  hint_->setText(p && !p->suggestedMapping.empty()
                     ? tr("Columns with common names were matched automatically; check them before importing.")
                     : tr("No column names were recognised; map at least the user, item and timestamp columns."));
  Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const {
  for (const auto& [field, combo] : combos_)
    if (isRequired(field) && combo->currentData().toString().isEmpty()) return false;
  return true;
}

bool ImportMappingPage::validatePage() {
  wizard_->options.mapping.clear();
  for (const auto& [field, combo] : combos_) {
    // An empty column explicitly leaves the field unmapped (the importer would otherwise guess from the names).
    wizard_->options.mapping[field] = combo->currentData().toString().toStdString();
  }
  return true;
}

int ImportMappingPage::nextId() const { return ImportWizard::PolicyPageId; }

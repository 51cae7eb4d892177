#include "ui/curation/AddRuleDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/curation/RuleEdits.h"
#include "ui/curation/ItemPicker.h"
#include "ui/curation/RulesTableModel.h"

AddRuleDialog::AddRuleDialog(reco::Project* project, const QStringList& categories, const QString& segment,
                             QWidget* parent)
    : QDialog(parent),
      kind_(new QComboBox(this)),
      item_(new ItemPicker(this)),
      category_(new QComboBox(this)),
      position_(new QSpinBox(this)),
      factor_(new QDoubleSpinBox(this)),
      maxItems_(new QSpinBox(this)),
      priority_(new QSpinBox(this)),
      note_(new QLineEdit(this)),
      problem_(new QLabel(this)),
      form_(new QFormLayout),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
  setWindowTitle(tr("Add rule to '%1'").arg(segment));
  for (reco::RuleKind k : reco::allRuleKinds())
    kind_->addItem(RulesTableModel::kindLabel(static_cast<int>(k)), static_cast<int>(k));
  kind_->setCurrentIndex(kind_->findData(static_cast<int>(reco::RuleKind::PinItem)));
  item_->setProject(project);
  category_->setEditable(true);
  category_->addItems(categories);
  category_->setCurrentText(QString());
  position_->setRange(1, 1000000);
  position_->setValue(reco::RuleEdits::kDefaultPosition);
  factor_->setDecimals(3);
  maxItems_->setRange(1, 1000000);
  maxItems_->setValue(reco::RuleEdits::kDefaultMaxItems);
  priority_->setRange(-1000000, 1000000);
  note_->setPlaceholderText(tr("Why this rule exists (optional)"));
  problem_->setStyleSheet(QStringLiteral("color: #c62828;"));
  problem_->setWordWrap(true);
  form_->addRow(tr("&Kind:"), kind_);
  form_->addRow(tr("&Item:"), item_);
  form_->addRow(tr("&Category:"), category_);
  form_->addRow(tr("&Position:"), position_);
  form_->addRow(tr("&Factor:"), factor_);
  form_->addRow(tr("&Max items:"), maxItems_);
  form_->addRow(tr("P&riority:"), priority_);
  form_->addRow(tr("N&ote:"), note_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form_);
  layout->addWidget(problem_);
  layout->addWidget(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &AddRuleDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(kind_, &QComboBox::currentIndexChanged, this, &AddRuleDialog::updateFields);
  updateFields();
  resize(460, sizeHint().height());
}

void AddRuleDialog::setKind(reco::RuleKind kind) { kind_->setCurrentIndex(kind_->findData(static_cast<int>(kind))); }
void AddRuleDialog::setItem(const QString& itemId) { item_->setText(itemId); }
void AddRuleDialog::setCategory(const QString& category) { category_->setCurrentText(category); }

void AddRuleDialog::updateFields() {
  reco::Rule probe;
  probe.kind = static_cast<reco::RuleKind>(kind_->currentData().toInt());
  const bool item = probe.targetsItem();
  const bool category = !item;
  const bool factor = probe.isBoost() || probe.isBury();
  form_->setRowVisible(item_, item);
  form_->setRowVisible(category_, category);
  form_->setRowVisible(position_, probe.kind == reco::RuleKind::PinItem);
  form_->setRowVisible(factor_, factor);
  form_->setRowVisible(maxItems_, probe.kind == reco::RuleKind::CategoryCap);
  category_->lineEdit()->setPlaceholderText(probe.kind == reco::RuleKind::CategoryCap ? tr("every category")
                                                                                       : tr("category"));
  if (probe.isBoost()) {
    factor_->setRange(1.001, reco::kMaxFactor);
    factor_->setSingleStep(0.25);
    factor_->setValue(reco::RuleEdits::kDefaultBoost);
  } else if (probe.isBury()) {
    factor_->setRange(1.0 / reco::kMaxFactor, 0.999);
    factor_->setSingleStep(0.05);
    factor_->setValue(reco::RuleEdits::kDefaultBury);
  }
  problem_->clear();
}

reco::Rule AddRuleDialog::rule() const {
  reco::Rule r;
  r.kind = static_cast<reco::RuleKind>(kind_->currentData().toInt());
  if (r.targetsItem()) r.item = item_->itemId().toStdString();
  else r.category = category_->currentText().trimmed().toStdString();
  r.position = position_->value();
  r.factor = (r.isBoost() || r.isBury()) ? factor_->value() : 1.0;
  r.maxItems = maxItems_->value();
  r.priority = priority_->value();
  r.note = note_->text().toStdString();
  return r;
}

QStringList AddRuleDialog::problems() const {
  reco::Rule r = rule();
  r.id = 1;              // assigned by the caller
  r.segment = "segment";  // set by the caller
  QStringList out;
  for (const auto& p : r.problems()) out << QString::fromStdString(p);
  return out;
}

void AddRuleDialog::accept() {
  const QStringList p = problems();
  if (!p.isEmpty()) {
    problem_->setText(p.join(QLatin1Char('\n')));
    return;
  }
  QDialog::accept();
}

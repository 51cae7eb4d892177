#include "ui/curation/RuleDelegate.h"

#include <algorithm>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTimeZone>

#include "core/curation/Rule.h"
#include "ui/base/LocaleFormat.h"
#include "ui/curation/CurationDocument.h"
#include "ui/curation/ItemPicker.h"
#include "ui/curation/RulesTableModel.h"

namespace {

// The "no bound" value of the window editors: shown as the special value text.
QDateTime noBound() { return QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc()); }

}  // namespace

RuleDelegate::RuleDelegate(CurationDocument& document, QObject* parent)
    : QStyledItemDelegate(parent), document_(document) {}

QWidget* RuleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
  const auto* model = qobject_cast<const RulesTableModel*>(index.model());
  const reco::Rule* rule = model ? model->ruleAt(index.row()) : nullptr;
  if (!rule) return QStyledItemDelegate::createEditor(parent, option, index);
  switch (index.column()) {
    case RulesTableModel::KindColumn: {
      auto* box = new QComboBox(parent);
      for (reco::RuleKind k : reco::allRuleKinds())
        box->addItem(RulesTableModel::kindLabel(static_cast<int>(k)), static_cast<int>(k));
      return box;
    }
    case RulesTableModel::TargetColumn: {
      if (rule->targetsItem()) {
        auto* picker = new ItemPicker(parent);
        picker->setProject(document_.project());
        picker->setFrame(false);
        return picker;
      }
      auto* box = new QComboBox(parent);
      box->setEditable(true);
      if (rule->kind == reco::RuleKind::CategoryCap) box->addItem(QString());  // every category
      box->addItems(document_.categories());
      return box;
    }
    case RulesTableModel::PositionColumn:
    case RulesTableModel::MaxItemsColumn: {
      auto* box = new QSpinBox(parent);
      box->setRange(1, 1000000);
      return box;
    }
    case RulesTableModel::PriorityColumn: {
      auto* box = new QSpinBox(parent);
      box->setRange(-1000000, 1000000);
      return box;
    }
    case RulesTableModel::FactorColumn: {
      auto* box = new QDoubleSpinBox(parent);
      box->setDecimals(3);
      if (rule->isBoost()) {
        box->setRange(1.001, reco::kMaxFactor);
        box->setSingleStep(0.25);
      } else {
        box->setRange(1.0 / reco::kMaxFactor, 0.999);
        box->setSingleStep(0.05);
      }
      return box;
    }
    case RulesTableModel::StartsColumn:
    case RulesTableModel::EndsColumn: {
      auto* edit = new QDateTimeEdit(parent);
      edit->setTimeSpec(Qt::UTC);
      edit->setDisplayFormat(LocaleFormat::dateTimeFormat(true));
      edit->setMinimumDateTime(noBound());
      edit->setSpecialValueText(tr("no bound"));
      edit->setCalendarPopup(true);
      return edit;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
  }
}

void RuleDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
  const QVariant value = index.data(Qt::EditRole);
  if (auto* picker = qobject_cast<ItemPicker*>(editor)) {
    picker->setText(value.toString());
    picker->selectAll();
  } else if (auto* box = qobject_cast<QComboBox*>(editor)) {
    if (box->isEditable()) {
      box->setCurrentText(value.toString());
    } else {
      box->setCurrentIndex(std::max(0, box->findData(value.toInt())));
    }
  } else if (auto* dt = qobject_cast<QDateTimeEdit*>(editor)) {
    const QDateTime t = value.toDateTime();
    dt->setDateTime(t.isValid() ? t : noBound());
  } else {
    QStyledItemDelegate::setEditorData(editor, index);
  }
}

void RuleDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
  if (auto* picker = qobject_cast<ItemPicker*>(editor)) {
    model->setData(index, picker->itemId(), Qt::EditRole);
  } else if (auto* box = qobject_cast<QComboBox*>(editor)) {
    model->setData(index, box->isEditable() ? QVariant(box->currentText()) : box->currentData(), Qt::EditRole);
  } else if (auto* dt = qobject_cast<QDateTimeEdit*>(editor)) {
    const QDateTime t = dt->dateTime();
    model->setData(index, t <= noBound() ? QDateTime() : t, Qt::EditRole);
  } else {
    QStyledItemDelegate::setModelData(editor, model, index);
  }
}

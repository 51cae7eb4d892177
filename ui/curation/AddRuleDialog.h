// Asks for a new rule's kind and its kind's fields (item via the item picker, category, position, factor, max
// items), priority and note; the rule's segment, id, author and creation time are set by the caller.
#pragma once

#include <QDialog>
#include <QStringList>

#include "core/curation/Rule.h"

class ItemPicker;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace reco {
class Project;
}

class AddRuleDialog : public QDialog {
  Q_OBJECT
 public:
  AddRuleDialog(reco::Project* project, const QStringList& categories, const QString& segment,
                QWidget* parent = nullptr);

  void setKind(reco::RuleKind kind);
  void setItem(const QString& itemId);
  void setCategory(const QString& category);
  // The rule as entered (segment, id, author and createdAt left for the caller).
  reco::Rule rule() const;
  // Problems of rule() as "field: reason" lines (ids and segment not checked here).
  QStringList problems() const;

  ItemPicker* itemPicker() const { return item_; }
  QComboBox* kindBox() const { return kind_; }

 private:
  void updateFields();
  void accept() override;

  QComboBox* kind_;
  ItemPicker* item_;
  QComboBox* category_;
  QSpinBox* position_;
  QDoubleSpinBox* factor_;
  QSpinBox* maxItems_;
  QSpinBox* priority_;
  QLineEdit* note_;
  QLabel* problem_;
  QFormLayout* form_;
  QDialogButtonBox* buttons_;
};

// Inline editors for the rules table: a kind combo box, an item picker or category combo box for the target,
// spin boxes for position, factor (range by kind), max items and priority, and UTC date-time editors for the
// window (the lowest value means "no bound").
#pragma once

#include <QStyledItemDelegate>

class CurationDocument;

class RuleDelegate : public QStyledItemDelegate {
  Q_OBJECT
 public:
  explicit RuleDelegate(CurationDocument& document, QObject* parent = nullptr);

  QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
  void setEditorData(QWidget* editor, const QModelIndex& index) const override;
  void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

 private:
  CurationDocument& document_;
};

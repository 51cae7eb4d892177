#include "ui/curation/ItemPicker.h"

#include <QAbstractItemView>
#include <QCompleter>

#include "ui/curation/ItemSearchModel.h"

ItemPicker::ItemPicker(QWidget* parent)
    : QLineEdit(parent), model_(new ItemSearchModel(this)), completer_(new QCompleter(this)) {
  setPlaceholderText(tr("Find item by id or title…"));
  setClearButtonEnabled(true);
  completer_->setModel(model_);
  // The model already holds exactly the matches (searched by core); the completer must not filter them again.
  completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
  completer_->setCompletionRole(ItemSearchModel::ItemIdRole);
  completer_->setMaxVisibleItems(12);
  setCompleter(completer_);
  connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
    model_->search(text);
    if (model_->rowCount() > 0) completer_->complete();
  });
  connect(completer_, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
    const QString id = index.data(ItemSearchModel::ItemIdRole).toString();
    setText(id);
    Q_EMIT itemPicked(id);
  });
  connect(this, &QLineEdit::returnPressed, this, [this] {
    if (completer_->popup()->isVisible()) return;  // the completer reports its own choice
    if (!itemId().isEmpty()) Q_EMIT itemPicked(itemId());
  });
}

void ItemPicker::setProject(reco::Project* project) { model_->setProject(project); }

// A line edit that finds items by external id or title as the user types (a completer over ItemSearchModel) and
// reports the chosen item's id. Used in the toolbar (Ctrl+F), the add-rule dialog and the rules table's item cells.
#pragma once

#include <QLineEdit>

class ItemSearchModel;
class QCompleter;

namespace reco {
class Project;
}

class ItemPicker : public QLineEdit {
  Q_OBJECT
 public:
  explicit ItemPicker(QWidget* parent = nullptr);

  void setProject(reco::Project* project);
  ItemSearchModel* searchModel() const { return model_; }
  QCompleter* itemCompleter() const { return completer_; }
  // The id typed or chosen (trimmed).
  QString itemId() const { return text().trimmed(); }

 Q_SIGNALS:
  // An item was chosen from the list or confirmed with Enter.
  void itemPicked(const QString& itemId);

 private:
  ItemSearchModel* model_;
  QCompleter* completer_;
};

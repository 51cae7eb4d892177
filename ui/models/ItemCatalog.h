// The project's items by id (external id, title, category) for labelling recommendations, read once through
// reco::DataBrowser on the GUI thread's connection and kept until the project changes.
#pragma once

#include <QHash>
#include <QString>

namespace reco {
class Project;
}

class ItemCatalog {
 public:
  struct Item {
    QString extId;
    QString title;
    QString category;
  };

  // Reads every item (throws what core throws).
  void load(reco::Project& project);
  void clear() { items_.clear(); }
  bool isEmpty() const { return items_.isEmpty(); }
  // The item with this project items.id; a placeholder naming the id when unknown.
  Item item(qint64 id) const;

 private:
  QHash<qint64, Item> items_;
};

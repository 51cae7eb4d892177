// The project's items by id (external id, title, category) for labelling recommendations: Qt strings over core's one
// item lookup (reco::ItemCatalogue), read once on the GUI thread's connection and kept until the project changes.
#pragma once

#include <QString>
#include <memory>

namespace reco {
class ItemCatalogue;
class Project;
}  // namespace reco

class ItemCatalog {
 public:
  struct Item {
    QString extId;
    QString title;
    QString category;
  };

  ItemCatalog();
  ~ItemCatalog();
  // Reads every item (throws what core throws).
  void load(reco::Project& project);
  void clear();
  bool isEmpty() const;
  // The item with this project items.id; a placeholder naming the id when unknown.
  Item item(qint64 id) const;
  // "title (id)" for a person to read; the id alone when the item has no title.
  static QString label(const Item& item);

 private:
  std::unique_ptr<reco::ItemCatalogue> items_;
};

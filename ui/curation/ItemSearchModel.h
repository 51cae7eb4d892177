// Items matching a search text (external id prefix or title substring), read a page at a time through core's
// DataBrowser; the model behind the item picker's completer.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <vector>

namespace reco {
class Project;
}

class ItemSearchModel : public QAbstractListModel {
  Q_OBJECT
 public:
  static constexpr int ItemIdRole = Qt::UserRole + 1;  // the item's external id (QString)
  static constexpr int kLimit = 50;                     // matches shown at most

  explicit ItemSearchModel(QObject* parent = nullptr);

  void setProject(reco::Project* project);
  // Re-reads the matches; an empty text lists the first items by id. Returns false (and keeps no rows) when the
  // project cannot be read.
  bool search(const QString& text);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

 private:
  struct Item {
    QString id;
    QString title;
    QString category;
  };
  reco::Project* project_ = nullptr;
  std::vector<Item> items_;
};

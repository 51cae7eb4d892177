// The segments of the working rule set for the editor's left list: the built-in "all users" first, then the
// user-defined segments by name, with member counts (from the document's background census) and rule counts.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>

class CurationDocument;

class SegmentListModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { NameColumn, MembersColumn, RulesColumn, ColumnCount };
  static constexpr int NameRole = Qt::UserRole + 1;  // the segment name (QString)

  explicit SegmentListModel(CurationDocument& document, QObject* parent = nullptr);

  QString nameAt(int row) const;
  int rowOf(const QString& name) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  void rebuild();
  void countsChanged();

  CurationDocument& document_;
  QStringList names_;
};

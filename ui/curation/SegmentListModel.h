// The segments of the working rule set for the editor's left list: the built-in "all users" first, then the
// user-defined segments by name, with member counts (from the document's background census) and rule counts; a
// segment with fewer than reco::kFewUsers members is marked as too small a sample.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>
#include <cstdint>

class CurationDocument;

class SegmentListModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { NameColumn, MembersColumn, RulesColumn, ColumnCount };
  static constexpr int NameRole = Qt::UserRole + 1;  // the segment name (QString)
  // True when the census counted fewer than reco::kFewUsers members (the Users cell then shows a warning icon and
  // says why in its tooltip); false while counting.
  static constexpr int SmallSampleRole = Qt::UserRole + 2;

  explicit SegmentListModel(CurationDocument& document, QObject* parent = nullptr);

  // "Users in this segment: N. That is fewer than 30, ..." (translated).
  static QString smallSampleWarning(std::int64_t members);

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

// The rules of one segment as a table (priority order), over the document's in-memory rule set. Editing a cell
// pushes an undo command instead of changing data; invalid values are refused with a reason (editRejected).
// The first column carries the linter's marker (icon + tooltip) for the rule.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <cstdint>
#include <string>
#include <vector>

class CurationDocument;

namespace reco {
struct Rule;
}

class RulesTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column {
    IdColumn,
    KindColumn,
    TargetColumn,  // item or category
    PositionColumn,
    FactorColumn,
    MaxItemsColumn,
    StartsColumn,
    EndsColumn,
    EnabledColumn,
    PriorityColumn,
    NoteColumn,
    AuthorColumn,
    CreatedColumn,
    ColumnCount
  };
  static constexpr int RuleIdRole = Qt::UserRole + 1;     // qint64
  static constexpr int SeverityRole = Qt::UserRole + 2;   // 0 none, 1 warning, 2 error (IdColumn)
  static constexpr int TargetsItemRole = Qt::UserRole + 3;  // bool (TargetColumn): an item, not a category

  explicit RulesTableModel(CurationDocument& document, QObject* parent = nullptr);

  void setSegment(const QString& segment);
  QString segment() const { return segment_; }
  // Row of a rule in this table; -1 when it is not shown.
  int rowOf(std::int64_t ruleId) const;
  std::int64_t ruleIdAt(int row) const;
  const reco::Rule* ruleAt(int row) const;
  // One line on the rule of `row` for the details under the table: its number and kind, its note, who created it
  // and when (in the UI locale, UTC); empty for a row that is not there.
  QString details(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  static QString kindLabel(int kind);  // translated label of a reco::RuleKind value
  static QString columnName(int column);

 Q_SIGNALS:
  void editRejected(const QString& reason);

 private:
  void refresh();
  void onFindingsChanged();
  std::vector<std::int64_t> currentIds() const;
  bool applicable(const reco::Rule& rule, int column) const;

  CurationDocument& document_;
  QString segment_;
  std::vector<std::int64_t> ids_;
};

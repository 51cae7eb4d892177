#include "ui/curation/SegmentListModel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>
#include <optional>

#include "core/curation/Segment.h"
#include "core/curation/SmallSegment.h"
#include "ui/base/LocaleFormat.h"
#include "ui/curation/CurationDocument.h"

SegmentListModel::SegmentListModel(CurationDocument& document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
  connect(&document_, &CurationDocument::reloaded, this, &SegmentListModel::rebuild);
  connect(&document_, &CurationDocument::segmentsChanged, this, &SegmentListModel::rebuild);
  connect(&document_, &CurationDocument::rulesChanged, this, &SegmentListModel::countsChanged);
  connect(&document_, &CurationDocument::censusChanged, this, &SegmentListModel::countsChanged);
  connect(&document_, &CurationDocument::findingsChanged, this, &SegmentListModel::countsChanged);
  rebuild();
}

void SegmentListModel::rebuild() {
  QStringList names;
  if (document_.isOpen()) {
    names << QString::fromLatin1(reco::Segment::kAllUsers);
    for (const auto& s : document_.ruleSet().segments) names << QString::fromStdString(s.name());
  }
  if (names == names_) {
    countsChanged();
    return;
  }
  beginResetModel();
  names_ = names;
  endResetModel();
}

void SegmentListModel::countsChanged() {
  if (!names_.isEmpty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SegmentListModel::nameAt(int row) const { return row >= 0 && row < names_.size() ? names_[row] : QString(); }

int SegmentListModel::rowOf(const QString& name) const { return static_cast<int>(names_.indexOf(name)); }

int SegmentListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(names_.size()); }

int SegmentListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SegmentListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const QString& name = names_[index.row()];
  const std::string key = name.toStdString();
  if (role == NameRole) return name;
  const bool builtIn = index.row() == 0;
  if (role == Qt::TextAlignmentRole && index.column() != NameColumn) return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
  if (role == Qt::FontRole && builtIn && index.column() == NameColumn) {
    QFont f;
    f.setItalic(true);
    return f;
  }
  const std::optional<std::int64_t> members = document_.members(key);
  const bool small = members && reco::isSmallSample(*members);
  if (role == SmallSampleRole) return small;
  if (small && index.column() == MembersColumn) {
    if (role == Qt::DecorationRole) return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole) return smallSampleWarning(*members);
  }
  if (role == Qt::ToolTipRole) {
    const QString warning = small ? QLatin1Char('\n') + smallSampleWarning(*members) : QString();
    if (builtIn) return tr("Built-in segment: every user of the project") + warning;
    const reco::Segment* s = document_.ruleSet().findSegment(key);
    if (!s) return {};
    QString def = s->hasExpression() ? QString::fromStdString(s->expressionText())
                                     : tr("%Ln listed user(s)", nullptr, static_cast<int>(s->userIds().size()));
    QStringList problems;
    for (const auto& f : document_.findings())
      if (f.segment == key) problems << QString::fromStdString(f.text());
    return (problems.isEmpty() ? def : def + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))) + warning;
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case NameColumn: return name;
    case MembersColumn:
      return members ? LocaleFormat::count(static_cast<std::int64_t>(*members)) : tr("counting…");
    case RulesColumn: {
      int n = 0;
      for (const auto& r : document_.ruleSet().rules) n += r.segment == key ? 1 : 0;
      return n;
    }
    default: return {};
  }
}

QString SegmentListModel::smallSampleWarning(std::int64_t members) {
  return tr("Users in this segment: %1. That is fewer than %2, too few for its preview and impact figures to be "
            "reliable.")
      .arg(LocaleFormat::count(static_cast<std::int64_t>(members)), LocaleFormat::count(reco::kFewUsers));
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case NameColumn: return tr("Segment");
    case MembersColumn: return tr("Users");
    case RulesColumn: return tr("Rules");
    default: return {};
  }
}

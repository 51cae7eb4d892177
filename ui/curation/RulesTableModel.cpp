#include "ui/curation/RulesTableModel.h"

#include <QApplication>
#include <QDateTime>
#include <QStyle>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

#include "core/curation/RuleEdits.h"
#include "core/base/Time.h"
#include "ui/base/LocaleFormat.h"
#include "ui/curation/CurationDocument.h"

namespace {

QString timeText(const std::optional<std::int64_t>& t) {
  return t ? QString::fromStdString(reco::utc::format(*t)) : QString();
}

// The table shows times in the user's locale (UTC is in the header; seconds only when not zero); the tooltip and
// the editor keep the exact ISO 8601 form.
QString shortTimeText(const std::optional<std::int64_t>& t) {
  if (!t) return QString();
  const QDateTime utc = QDateTime::fromSecsSinceEpoch(*t, QTimeZone::utc());
  return LocaleFormat::dateTime(utc, *t % 60 != 0);
}

// A start or end at midnight UTC (the usual campaign boundary) shows as its date alone, so the column stays narrow.
QString boundaryText(const std::optional<std::int64_t>& t) {
  if (t && *t % 86400 == 0) return LocaleFormat::date(QDateTime::fromSecsSinceEpoch(*t, QTimeZone::utc()).date());
  return shortTimeText(t);
}

QVariant timeValue(const std::optional<std::int64_t>& t) {
  if (!t) return QDateTime();
  return QDateTime::fromSecsSinceEpoch(*t, QTimeZone::utc());
}

std::optional<std::int64_t> timeFrom(const QVariant& v) {
  const QDateTime dt = v.toDateTime();
  if (!dt.isValid()) return std::nullopt;
  return dt.toSecsSinceEpoch();
}

}  // namespace

RulesTableModel::RulesTableModel(CurationDocument& document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
  connect(&document_, &CurationDocument::rulesChanged, this, &RulesTableModel::refresh);
  connect(&document_, &CurationDocument::reloaded, this, [this] {
    beginResetModel();
    ids_ = currentIds();
    endResetModel();
  });
  connect(&document_, &CurationDocument::findingsChanged, this, &RulesTableModel::onFindingsChanged);
}

void RulesTableModel::setSegment(const QString& segment) {
  beginResetModel();
  segment_ = segment;
  ids_ = currentIds();
  endResetModel();
}

std::vector<std::int64_t> RulesTableModel::currentIds() const {
  std::vector<std::int64_t> ids;
  for (const reco::Rule* r : reco::RuleEdits::inPriorityOrder(document_.ruleSet(), segment_.toStdString()))
    ids.push_back(r->id);
  return ids;
}

void RulesTableModel::refresh() {
  std::vector<std::int64_t> ids = currentIds();
  if (ids == ids_) {
    if (!ids_.empty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return;
  }
  std::vector<std::int64_t> a = ids, b = ids_;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  if (a != b) {
    beginResetModel();
    ids_ = std::move(ids);
    endResetModel();
    return;
  }
  // Same rules in another order (a priority change): keep selections by moving persistent indexes.
  Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
  const QModelIndexList before = persistentIndexList();
  QModelIndexList after;
  for (const QModelIndex& i : before) {
    const std::int64_t id = ids_[static_cast<std::size_t>(i.row())];
    const int row = static_cast<int>(std::find(ids.begin(), ids.end(), id) - ids.begin());
    after << index(row, i.column());
  }
  ids_ = std::move(ids);
  // index() above used the old ids_ only for bounds, which are unchanged.
  changePersistentIndexList(before, after);
  Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RulesTableModel::onFindingsChanged() {
  // The markers change, and item labels when the catalogue (titles) has just been loaded.
  if (!ids_.empty()) Q_EMIT dataChanged(index(0, IdColumn), index(rowCount() - 1, TargetColumn));
}

int RulesTableModel::rowOf(std::int64_t ruleId) const {
  auto it = std::find(ids_.begin(), ids_.end(), ruleId);
  return it == ids_.end() ? -1 : static_cast<int>(it - ids_.begin());
}

std::int64_t RulesTableModel::ruleIdAt(int row) const {
  return row >= 0 && row < rowCount() ? ids_[static_cast<std::size_t>(row)] : 0;
}

const reco::Rule* RulesTableModel::ruleAt(int row) const {
  return row >= 0 && row < rowCount() ? document_.ruleSet().findRule(ids_[static_cast<std::size_t>(row)]) : nullptr;
}

int RulesTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(ids_.size());
}

int RulesTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool RulesTableModel::applicable(const reco::Rule& r, int column) const {
  switch (column) {
    case PositionColumn: return r.kind == reco::RuleKind::PinItem;
    case FactorColumn: return r.isBoost() || r.isBury();
    case MaxItemsColumn: return r.kind == reco::RuleKind::CategoryCap;
    default: return true;
  }
}

QString RulesTableModel::kindLabel(int kind) {
  switch (static_cast<reco::RuleKind>(kind)) {
    case reco::RuleKind::BanItem: return tr("Ban item");
    case reco::RuleKind::BanCategory: return tr("Ban category");
    case reco::RuleKind::PinItem: return tr("Pin item");
    case reco::RuleKind::BoostItem: return tr("Boost item");
    case reco::RuleKind::BoostCategory: return tr("Boost category");
    case reco::RuleKind::BuryItem: return tr("Bury item");
    case reco::RuleKind::BuryCategory: return tr("Bury category");
    case reco::RuleKind::CategoryCap: return tr("Category cap");
  }
  return tr("Unknown");
}

QString RulesTableModel::columnName(int column) {
  switch (column) {
    case IdColumn: return tr("Rule");
    case KindColumn: return tr("Kind");
    case TargetColumn: return tr("Item / category");
    case PositionColumn: return tr("Position");
    case FactorColumn: return tr("Factor");
    case MaxItemsColumn: return tr("Max items");
    case StartsColumn: return tr("Starts (UTC)");
    case EndsColumn: return tr("Ends (UTC)");
    case EnabledColumn: return tr("Enabled");
    case PriorityColumn: return tr("Priority");
    case NoteColumn: return tr("Note");
    case AuthorColumn: return tr("Author");
    case CreatedColumn: return tr("Created (UTC)");
    default: return {};
  }
}

QVariant RulesTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const reco::Rule* rp = ruleAt(index.row());
  if (!rp) return {};
  const reco::Rule& r = *rp;
  const int column = index.column();
  if (role == RuleIdRole) return QVariant::fromValue<qint64>(r.id);
  if (role == TargetsItemRole && column == TargetColumn) return r.targetsItem();

  if (column == IdColumn && (role == SeverityRole || role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
    const auto findings = document_.findingsFor(r.id);
    int severity = 0;
    QStringList lines;
    for (const reco::LintFinding* f : findings) {
      severity = std::max(severity, f->severity == reco::LintFinding::Severity::Error ? 2 : 1);
      lines << QString::fromStdString(f->text());
    }
    if (role == SeverityRole) return severity;
    if (role == Qt::ToolTipRole)
      return lines.isEmpty() ? tr("Rule #%1: %2").arg(r.id).arg(QString::fromStdString(
                                   r.describe([this](const std::string& id) { return document_.itemTitle(id); })))
                             : lines.join(QLatin1Char('\n'));
    if (severity == 0) return {};
    return QApplication::style()->standardIcon(severity == 2 ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning);
  }

  if (role == Qt::CheckStateRole && column == EnabledColumn) return r.enabled ? Qt::Checked : Qt::Unchecked;
  if (role == Qt::TextAlignmentRole) {
    switch (column) {
      case PositionColumn:
      case FactorColumn:
      case MaxItemsColumn:
      case PriorityColumn: return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
      default: return {};
    }
  }
  if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) return {};
  const bool edit = role == Qt::EditRole;
  if (!applicable(r, column)) return edit ? QVariant() : QVariant(QString());
  switch (column) {
    case IdColumn: return edit ? QVariant::fromValue<qint64>(r.id) : QVariant(tr("#%1").arg(r.id));
    case KindColumn: return edit ? QVariant(static_cast<int>(r.kind)) : QVariant(kindLabel(static_cast<int>(r.kind)));
    case TargetColumn: {
      if (r.targetsItem()) {
        if (role == Qt::ToolTipRole) {
          const auto it = document_.catalogue().find(r.item);
          return it == document_.catalogue().end() || it->second.empty()
                     ? tr("Item %1").arg(document_.itemLabel(r.item))
                     : tr("Item %1 (category %2)").arg(document_.itemLabel(r.item), QString::fromStdString(it->second));
        }
        // People read "title (id)"; the editor edits the id.
        return edit ? QString::fromStdString(r.item) : document_.itemLabel(r.item);
      }
      if (r.kind == reco::RuleKind::CategoryCap && r.category.empty() && !edit) return tr("every category");
      return QString::fromStdString(r.category);
    }
    case PositionColumn: return edit ? QVariant(r.position) : QVariant(QString::number(r.position));
    case FactorColumn: return edit ? QVariant(r.factor) : QVariant(tr("×%1").arg(LocaleFormat::significant(r.factor, 6)));
    case MaxItemsColumn: return edit ? QVariant(r.maxItems) : QVariant(QString::number(r.maxItems));
    case StartsColumn:
    case EndsColumn: {
      const auto& t = column == StartsColumn ? r.startsAt : r.endsAt;
      if (edit) return timeValue(t);
      if (role == Qt::ToolTipRole)
        return t ? timeText(t) : (column == StartsColumn ? tr("No start: active from the beginning")
                                                         : tr("No end: active until disabled"));
      return t ? boundaryText(t) : tr("—");
    }
    case EnabledColumn:
      if (edit) return r.enabled;
      if (role == Qt::ToolTipRole) return r.enabled ? tr("Enabled") : tr("Disabled: the rule is never applied");
      return QString();  // the check box says it
    case PriorityColumn: return edit ? QVariant(r.priority) : QVariant(QString::number(r.priority));
    case NoteColumn: return QString::fromStdString(r.note);
    case AuthorColumn: return QString::fromStdString(r.author);
    case CreatedColumn: return role == Qt::ToolTipRole ? timeText(r.createdAt) : shortTimeText(r.createdAt);
    default: return {};
  }
}

QString RulesTableModel::details(int row) const {
  const reco::Rule* r = ruleAt(row);
  if (!r) return {};
  QString text = tr("Rule #%1, %2").arg(r->id).arg(kindLabel(static_cast<int>(r->kind)));
  text += QStringLiteral(" · ");
  text += r->note.empty() ? tr("no note") : tr("Note: %1").arg(QString::fromStdString(r->note));
  text += QStringLiteral(" · ");
  const QString when = r->createdAt > 0 ? shortTimeText(r->createdAt) : QString();
  const QString who = QString::fromStdString(r->author);
  if (!when.isEmpty() && !who.isEmpty())
    text += tr("created %1 UTC by %2").arg(when, who);
  else if (!when.isEmpty())
    text += tr("created %1 UTC").arg(when);
  else
    text += who.isEmpty() ? tr("not saved yet") : tr("by %1").arg(who);
  return text;
}

Qt::ItemFlags RulesTableModel::flags(const QModelIndex& index) const {
  if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return Qt::NoItemFlags;
  Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
  const reco::Rule* r = ruleAt(index.row());
  if (!r) return f;
  switch (index.column()) {
    case IdColumn:
    case CreatedColumn: return f;
    case EnabledColumn: return f | Qt::ItemIsUserCheckable;
    default: return applicable(*r, index.column()) ? f | Qt::ItemIsEditable : f;
  }
}

bool RulesTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return false;
  const reco::Rule* current = ruleAt(index.row());
  if (!current) return false;
  const reco::Rule before = *current;
  const int column = index.column();
  if (column == EnabledColumn && (role == Qt::CheckStateRole || role == Qt::EditRole)) {
    const bool enabled = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
    if (enabled == before.enabled) return true;
    document_.setRulesEnabled({before}, enabled);
    return true;
  }
  if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) return false;

  reco::Rule after = before;
  switch (column) {
    case KindColumn: {
      bool ok = false;
      const int kind = value.toInt(&ok);
      const auto& kinds = reco::allRuleKinds();
      if (!ok || std::find(kinds.begin(), kinds.end(), static_cast<reco::RuleKind>(kind)) == kinds.end()) return false;
      after = reco::RuleEdits::withKind(before, static_cast<reco::RuleKind>(kind));
      break;
    }
    case TargetColumn: {
      const std::string text = value.toString().trimmed().toStdString();
      if (before.targetsItem())
        after.item = text;
      else
        after.category = text;
      break;
    }
    case PositionColumn: after.position = value.toInt(); break;
    case FactorColumn: after.factor = value.toDouble(); break;
    case MaxItemsColumn: after.maxItems = value.toInt(); break;
    case StartsColumn: after.startsAt = timeFrom(value); break;
    case EndsColumn: after.endsAt = timeFrom(value); break;
    case PriorityColumn: after.priority = value.toInt(); break;
    case NoteColumn: after.note = value.toString().toStdString(); break;
    case AuthorColumn: after.author = value.toString().toStdString(); break;
    default: return false;
  }
  if (after == before) return true;
  const auto problems = after.problems();
  if (!problems.empty()) {
    Q_EMIT editRejected(tr("Rule #%1 not changed: %2").arg(before.id).arg(QString::fromStdString(problems.front())));
    return false;
  }
  document_.setRuleField(before, after, column, columnName(column));
  return true;
}

QVariant RulesTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
  if (role == Qt::DisplayRole) return columnName(section);
  if (role == Qt::ToolTipRole) {
    switch (section) {
      case PositionColumn: return tr("Pins: the 1-based position the item is placed at");
      case FactorColumn: return tr("Boosts: a factor above 1; buries: a factor below 1");
      case MaxItemsColumn: return tr("Category caps: at most this many items of the category in the list");
      case StartsColumn: return tr("The rule is active from this time on (inclusive, UTC)");
      case EndsColumn: return tr("The rule is active until this time (exclusive, UTC)");
      case PriorityColumn: return tr("Among pins of one position, the higher priority wins");
      default: return columnName(section);
    }
  }
  return {};
}

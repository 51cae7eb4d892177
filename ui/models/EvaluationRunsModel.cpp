#include "ui/models/EvaluationRunsModel.h"

#include <QDateTime>
#include <QStringList>
#include <nlohmann/json.hpp>

#include "ui/base/LocaleFormat.h"

namespace {
enum Column { Id, Created, Kind, Split, Seed, Models, Seconds, ColumnCount };

QString modelLabels(const nlohmann::json& models) {
  QStringList labels;
  if (!models.is_array()) return {};
  for (const auto& m : models) {
    if (m.is_object() && m.contains("label") && m["label"].is_string())
      labels << QString::fromStdString(m["label"].get<std::string>());
    else if (m.is_object() && m.contains("algorithm") && m["algorithm"].is_string())
      labels << QString::fromStdString(m["algorithm"].get<std::string>());
  }
  return labels.join(QStringLiteral(", "));
}
}  // namespace

EvaluationRunsModel::EvaluationRunsModel(QObject* parent) : QAbstractTableModel(parent) {}

void EvaluationRunsModel::setRuns(std::vector<reco::StoredEvaluationRun> runs) {
  beginResetModel();
  runs_ = std::move(runs);
  endResetModel();
}

const reco::StoredEvaluationRun* EvaluationRunsModel::run(int row) const {
  return row >= 0 && row < int(runs_.size()) ? &runs_[static_cast<std::size_t>(row)] : nullptr;
}

int EvaluationRunsModel::rowOf(qint64 runId) const {
  for (std::size_t i = 0; i < runs_.size(); ++i)
    if (runs_[i].id == runId) return int(i);
  return -1;
}

int EvaluationRunsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(runs_.size()); }
int EvaluationRunsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EvaluationRunsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const auto& r = runs_[static_cast<std::size_t>(index.row())];
  if (role == RunIdRole) return QVariant::fromValue<qint64>(r.id);
  if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Seed || index.column() == Seconds))
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::ToolTipRole && index.column() == Models) return modelLabels(r.models);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case Id:
      return QVariant::fromValue<qint64>(r.id);
    case Created:
      return LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(r.createdAt).toLocalTime(), true);
    case Kind:
      return r.kind == "tune" ? tr("tuning") : tr("evaluation");
    case Split:
      return QString::fromStdString(r.splitSpec);
    case Seed:
      return QString::number(r.seed);
    case Models:
      return modelLabels(r.models);
    case Seconds:
      return LocaleFormat::duration(r.seconds);
    default:
      return {};
  }
}

QVariant EvaluationRunsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Id:
      return tr("Run");
    case Created:
      return tr("Created");
    case Kind:
      return tr("Kind");
    case Split:
      return tr("Split");
    case Seed:
      return tr("Seed");
    case Models:
      return tr("Models");
    case Seconds:
      return tr("Duration");
    default:
      return {};
  }
}

#include "ui/models/TrainedModelsModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QStringList>

#include "core/models/Recommender.h"
#include "ui/base/LocaleFormat.h"

namespace {
enum Column { Name, Algorithm, Params, Seconds, TrainedAt, ColumnCount };

// The algorithm's name as the Train form shows it ("iALS" for "ials"); the id itself for one core does not know.
QString algorithmName(const QString& id) {
  for (const reco::AlgorithmInfo& info : reco::algorithmInfos())
    if (QString::fromStdString(info.name) == id) return QString::fromStdString(info.displayName);
  return id;
}
}  // namespace

TrainedModelsModel::TrainedModelsModel(QObject* parent) : QAbstractTableModel(parent) {}

void TrainedModelsModel::setRows(std::vector<Row> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
}

const TrainedModelsModel::Row* TrainedModelsModel::row(int index) const {
  return index >= 0 && index < int(rows_.size()) ? &rows_[static_cast<std::size_t>(index)] : nullptr;
}

int TrainedModelsModel::rowOf(const QString& name) const {
  for (std::size_t i = 0; i < rows_.size(); ++i)
    if (rows_[i].name == name) return int(i);
  return -1;
}

QStringList TrainedModelsModel::names() const {
  QStringList out;
  for (const Row& r : rows_) out << r.name;
  return out;
}

int TrainedModelsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int TrainedModelsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TrainedModelsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Row& r = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case NameRole:
      return r.name;
    case Qt::TextAlignmentRole:
      return index.column() == Seconds ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
      return r.currentData ? QVariant() : QVariant(QColor(0x9a, 0x6b, 0x00));
    case Qt::ToolTipRole:
      return r.currentData ? tr("%1 (%2): %3").arg(r.name, algorithmName(r.algorithm), r.params)
                           : tr("%1 was trained on data that has changed since; retrain it to use the current data.")
                                 .arg(r.name);
    case Qt::DisplayRole:
      switch (index.column()) {
        case Name:
          return r.currentData ? r.name : tr("%1 (stale)").arg(r.name);
        case Algorithm:
          return algorithmName(r.algorithm);
        case Params:
          return r.params;
        case Seconds:
          return LocaleFormat::duration(r.seconds);
        case TrainedAt:
          return LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(r.trainedAt).toLocalTime());
        default:
          return {};
      }
    default:
      return {};
  }
}

QVariant TrainedModelsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Name:
      return tr("Name");
    case Algorithm:
      return tr("Algorithm");
    case Params:
      return tr("Parameters");
    case Seconds:
      return tr("Training time");
    case TrainedAt:
      return tr("Trained at");
    default:
      return {};
  }
}

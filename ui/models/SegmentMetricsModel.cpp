#include "ui/models/SegmentMetricsModel.h"

#include <cmath>

#include "ui/base/LocaleFormat.h"

SegmentMetricsModel::SegmentMetricsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentMetricsModel::setReport(const EvaluationReport& report) {
  beginResetModel();
  rows_ = report.segments();
  metrics_.clear();
  // The run's metrics in its reading order, limited to those the segments carry (per-user metrics).
  for (const QString& name : report.metricNames()) {
    for (const auto& row : rows_)
      if (row.metrics.count(name.toStdString()) > 0) {
        metrics_ << name;
        break;
      }
  }
  endResetModel();
}

int SegmentMetricsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

int SegmentMetricsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kFixedColumns + int(metrics_.size());
}

QVariant SegmentMetricsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const auto& row = rows_[index.row()];
  const int col = index.column();
  if (col < kFixedColumns) {
    if (role == Qt::TextAlignmentRole && col == 3) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ValueRole) return {};
    switch (col) {
      case 0:
        return row.model;
      case 1:
        return row.group == QLatin1String("activity") ? tr("activity") : row.group;
      case 2:
        return row.segment.isEmpty() ? tr("(none)") : row.segment;
      default:
        return role == ValueRole ? QVariant(row.users) : QVariant(LocaleFormat::decimal(row.users, 0));
    }
  }
  const std::optional<double> value = row.value(metrics_[col - kFixedColumns]);
  switch (role) {
    case Qt::DisplayRole:
      return EvaluationReport::formatNumber(value);
    case ValueRole:
      return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
      return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
      return {};
  }
}

QVariant SegmentMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case 0:
      return tr("Model");
    case 1:
      return tr("Breakdown");
    case 2:
      return tr("Segment");
    case 3:
      return tr("Users");
    default:
      if (section - kFixedColumns < metrics_.size())
        return EvaluationReport::metricTitle(metrics_[section - kFixedColumns]);
      return {};
  }
}

#include "ui/models/EvaluationResultsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

#include "core/evaluation/MetricDirection.h"
#include "ui/base/ChangeColours.h"
#include "ui/base/LocaleFormat.h"

EvaluationResultsModel::EvaluationResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void EvaluationResultsModel::setReport(const EvaluationReport& report) {
  beginResetModel();
  report_ = report;
  baseline_ = 0;
  endResetModel();
}

void EvaluationResultsModel::setBaseline(int model) {
  const int clamped = report_.modelLabels().isEmpty() ? 0 : std::clamp(model, 0, int(report_.modelLabels().size()) - 1);
  if (clamped == baseline_) return;
  baseline_ = clamped;
  if (rowCount() > 0 && columnCount() > 0) {
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
  }
}

int EvaluationResultsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(report_.metricNames().size()) + (report_.isEmpty() ? 0 : 1);
}

int EvaluationResultsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(report_.modelLabels().size());
}

int EvaluationResultsModel::significance(int model, const QString& metric) const {
  const EvaluationReport::Comparison c = report_.compare(model, baseline_, metric);
  if (!c.found || !(c.tP < kSignificance) || c.meanDifference == 0) return 0;
  return c.meanDifference > 0 ? 1 : -1;
}

QVariant EvaluationResultsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const int model = index.column();
  const QStringList metrics = report_.metricNames();
  if (index.row() == metrics.size()) {  // the timing row
    const double s = report_.seconds(model);
    switch (role) {
      case Qt::DisplayRole:
        return LocaleFormat::duration(s);
      case ValueRole:
        return s;
      case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
      case Qt::ToolTipRole:
        return tr("Training and scoring time per repetition");
      default:
        return {};
    }
  }
  const QString& metric = metrics[index.row()];
  const EvaluationReport::Estimate e = report_.metric(model, metric);
  switch (role) {
    case Qt::DisplayRole: {
      if (!e.valid) return QStringLiteral("–");
      QString text = EvaluationReport::formatNumber(e.value);
      if (e.low && e.high)
        text += QStringLiteral("  [%1, %2]").arg(EvaluationReport::formatNumber(e.low),
                                                 EvaluationReport::formatNumber(e.high));
      const int sig = significance(model, metric);
      if (sig > 0) text += QStringLiteral(" ▲");
      if (sig < 0) text += QStringLiteral(" ▼");
      return text;
    }
    case ValueRole:
      return e.valid ? QVariant(e.value) : QVariant();
    case SignificanceRole:
      return significance(model, metric);
    case Qt::TextAlignmentRole:
      return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
      // Green for a significant improvement, red for a significant loss: by the metric's direction, so a lower
      // average popularity or Gini is green although its arrow points down.
      const int better = reco::improvementSign(metric.toStdString(), significance(model, metric));
      if (better > 0) return ChangeColours::better(QGuiApplication::palette());
      if (better < 0) return ChangeColours::worse(QGuiApplication::palette());
      return {};
    }
    case Qt::FontRole: {
      if (model != baseline_) return {};
      QFont f;
      f.setItalic(true);
      return f;
    }
    case Qt::ToolTipRole: {
      QString tip = tr("%1 of %2: %3").arg(EvaluationReport::metricTitle(metric), report_.modelLabels()[model],
                                           EvaluationReport::formatNumber(e.valid ? std::optional(e.value) : std::nullopt));
      if (e.low && e.high)
        tip += tr("\n%1% confidence interval (bootstrap over users): %2 … %3")
                   .arg(report_.confidence() * 100, 0, 'f', 0)
                   .arg(EvaluationReport::formatNumber(e.low), EvaluationReport::formatNumber(e.high));
      if (!reco::higherIsBetter(metric.toStdString())) tip += tr("\nLower is better for this metric.");
      if (model == baseline_) return tip + tr("\nThis is the baseline.");
      const EvaluationReport::Comparison c = report_.compare(model, baseline_, metric);
      if (c.found)
        tip += tr("\nAgainst %1 over %2 users: difference %3, paired t-test p = %4, Wilcoxon p = %5")
                   .arg(report_.modelLabels()[baseline_])
                   .arg(c.pairs)
                   .arg(EvaluationReport::formatNumber(c.meanDifference))
                   .arg(LocaleFormat::significant(c.tP, 3), LocaleFormat::significant(c.wilcoxonP, 3));
      return tip;
    }
    default:
      return {};
  }
}

QVariant EvaluationResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Horizontal) {
    if (section < 0 || section >= report_.modelLabels().size()) return {};
    if (role == Qt::DisplayRole)
      return section == baseline_ ? tr("%1 (baseline)").arg(report_.modelLabels()[section])
                                  : report_.modelLabels()[section];
    if (role == Qt::ToolTipRole)
      return tr("%1: %2").arg(report_.algorithm(section), report_.paramsText(section));
    return {};
  }
  const QStringList metrics = report_.metricNames();
  if (section < 0 || section > metrics.size()) return {};
  if (role == Qt::DisplayRole)
    return section == metrics.size() ? tr("Time") : EvaluationReport::metricTitle(metrics[section]);
  if (role == Qt::ToolTipRole && section < metrics.size())
    return reco::higherIsBetter(metrics[section].toStdString()) ? tr("Higher is better") : tr("Lower is better");
  return {};
}

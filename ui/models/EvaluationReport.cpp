#include "ui/models/EvaluationReport.h"

#include <QCoreApplication>
#include <cmath>

#include "core/evaluation/EvaluationReportView.h"
#include "ui/base/LocaleFormat.h"

namespace {

std::optional<double> finiteOrNone(double v) {
  return std::isfinite(v) ? std::optional(v) : std::nullopt;
}

QString text(const std::string& s) {
  return QString::fromStdString(s);
}

}  // namespace

std::optional<double> EvaluationReport::SegmentRow::value(const QString& metric) const {
  auto it = metrics.find(metric.toStdString());
  return it == metrics.end() ? std::nullopt : finiteOrNone(it->second);
}

EvaluationReport::EvaluationReport(reco::EvaluationReport run, qint64 id, qint64 createdAt)
    : run_(std::move(run)), id_(id), createdAt_(createdAt) {
  for (const auto& m : run_.models) models_ << text(m.label);
  for (const std::string& name : reco::metricsInReadingOrder(run_)) metrics_ << text(name);
}

const reco::EvaluationReport::Model* EvaluationReport::model(int index) const {
  if (index < 0 || index >= models_.size()) return nullptr;
  return &run_.models[static_cast<std::size_t>(index)];
}

QString EvaluationReport::algorithm(int m) const {
  return model(m) ? text(model(m)->algorithm) : QString();
}

QString EvaluationReport::paramsText(int m) const {
  return model(m) ? text(reco::paramsText(model(m)->params)) : QString();
}

double EvaluationReport::seconds(int m) const {
  return model(m) ? finiteOrNone(model(m)->seconds).value_or(0) : 0;
}

EvaluationReport::Estimate EvaluationReport::metric(int m, const QString& name) const {
  Estimate e;
  const auto* j = model(m);
  if (!j) return e;
  auto it = j->metrics.find(name.toStdString());
  if (it == j->metrics.end() || !std::isfinite(it->second.value)) return e;
  e.value = it->second.value;
  e.valid = true;
  e.low = finiteOrNone(it->second.low);
  e.high = finiteOrNone(it->second.high);
  return e;
}

EvaluationReport::Comparison EvaluationReport::compare(int m, int baseline, const QString& name) const {
  const reco::BaselineComparison c = reco::compareWithBaseline(run_, m, baseline, name.toStdString());
  return {c.found, c.meanDifference, c.tP, c.wilcoxonP, c.pairs};
}

QList<EvaluationReport::SegmentRow> EvaluationReport::segments() const {
  QList<SegmentRow> rows;
  for (int m = 0; m < models_.size(); ++m)
    for (const auto& s : model(m)->segments)
      rows.push_back({models_[m], text(s.group), text(s.segment), finiteOrNone(s.users).value_or(0), s.metrics});
  return rows;
}

QString EvaluationReport::split() const {
  return text(run_.split);
}

QList<int> EvaluationReport::ks() const {
  return QList<int>(run_.ks.begin(), run_.ks.end());
}

qint64 EvaluationReport::seed() const {
  return static_cast<qint64>(run_.seed);
}
int EvaluationReport::repetitions() const {
  return run_.repetitions;
}
double EvaluationReport::users() const {
  return finiteOrNone(run_.users).value_or(0);
}
double EvaluationReport::seconds() const {
  return finiteOrNone(run_.seconds).value_or(0);
}
double EvaluationReport::confidence() const {
  return finiteOrNone(run_.confidence).value_or(0.95);
}

QString EvaluationReport::protocolSummary() const {
  QStringList ks;
  for (int k : this->ks()) ks << QString::number(k);
  return QCoreApplication::translate("EvaluationReport",
                                     "split %1 · seed %2 · k = %3 · %4 users evaluated · %Ln repetition(s) · %5",
                                     nullptr, repetitions())
      .arg(split())
      .arg(seed())
      .arg(ks.join(QStringLiteral(", ")), LocaleFormat::decimal(users(), 0), LocaleFormat::duration(seconds()));
}

QString EvaluationReport::metricTitle(const QString& name) {
  const qsizetype at = name.indexOf(QLatin1Char('@'));
  const QString base = at < 0 ? name : name.left(at);
  const QString cut = at < 0 ? QString() : name.mid(at);
  QString title;
  if (base == QLatin1String("precision"))
    title = QCoreApplication::translate("EvaluationReport", "Precision");
  else if (base == QLatin1String("recall"))
    title = QCoreApplication::translate("EvaluationReport", "Recall");
  else if (base == QLatin1String("ndcg"))
    title = QCoreApplication::translate("EvaluationReport", "nDCG");
  else if (base == QLatin1String("map"))
    title = QCoreApplication::translate("EvaluationReport", "MAP");
  else if (base == QLatin1String("mrr"))
    title = QCoreApplication::translate("EvaluationReport", "MRR");
  else if (base == QLatin1String("hit"))
    title = QCoreApplication::translate("EvaluationReport", "Hit rate");
  else if (base == QLatin1String("auc"))
    title = QCoreApplication::translate("EvaluationReport", "AUC");
  else if (base == QLatin1String("coverage"))
    title = QCoreApplication::translate("EvaluationReport", "Coverage");
  else if (base == QLatin1String("novelty"))
    title = QCoreApplication::translate("EvaluationReport", "Novelty");
  else if (base == QLatin1String("gini"))
    title = QCoreApplication::translate("EvaluationReport", "Gini");
  else if (base == QLatin1String("avgpop"))
    title = QCoreApplication::translate("EvaluationReport", "Avg. popularity");
  else
    title = base;
  return title + cut;
}

QString EvaluationReport::formatNumber(std::optional<double> v) {
  if (!v) return LocaleFormat::missing();
  const double a = std::abs(*v);
  if (a != 0 && (a >= 1e5 || a < 1e-3)) return LocaleFormat::significant(*v, 4);
  if (a >= 100) return LocaleFormat::decimal(*v, 1);
  return LocaleFormat::decimal(*v, 4);
}

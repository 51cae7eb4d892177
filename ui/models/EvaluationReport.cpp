#include "ui/models/EvaluationReport.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

#include "ui/base/LocaleFormat.h"

namespace {

std::optional<double> number(const nlohmann::json& j) {
  if (j.is_number()) {
    const double v = j.get<double>();
    if (std::isfinite(v)) return v;
  }
  return std::nullopt;
}

QString text(const nlohmann::json& j, const char* key) {
  if (j.is_object() && j.contains(key) && j[key].is_string()) return QString::fromStdString(j[key].get<std::string>());
  return {};
}

double numberOr(const nlohmann::json& j, const char* key, double fallback) {
  if (j.is_object() && j.contains(key)) return number(j[key]).value_or(fallback);
  return fallback;
}

bool isMetric(const nlohmann::json& v) { return v.is_object() && v.contains("value") && v.contains("ci"); }

const nlohmann::json& emptyObject() {
  static const nlohmann::json empty = nlohmann::json::object();
  return empty;
}

}  // namespace

EvaluationReport::EvaluationReport(nlohmann::json run, qint64 id, qint64 createdAt)
    : run_(std::move(run)), id_(id), createdAt_(createdAt) {
  if (!run_.is_object() || !run_.contains("models") || !run_["models"].is_array()) return;
  QSet<QString> present;
  for (const auto& m : run_["models"]) {
    models_ << text(m, "model");
    for (auto it = m.begin(); it != m.end(); ++it)
      if (isMetric(it.value())) present.insert(QString::fromStdString(it.key()));
  }
  QStringList order;
  for (int k : ks())
    for (const char* base : {"precision", "recall", "ndcg", "map", "mrr", "hit"})
      order << QStringLiteral("%1@%2").arg(QLatin1String(base)).arg(k);
  for (const char* name : {"map", "auc", "coverage", "novelty", "gini", "avgpop"}) order << QLatin1String(name);
  for (const QString& name : order)
    if (present.remove(name)) metrics_ << name;
  QStringList rest(present.begin(), present.end());
  rest.sort();
  metrics_ << rest;
}

const nlohmann::json& EvaluationReport::model(int index) const {
  if (index < 0 || index >= models_.size()) return emptyObject();
  return run_["models"][static_cast<std::size_t>(index)];
}

QString EvaluationReport::algorithm(int m) const { return text(model(m), "algorithm"); }

QString EvaluationReport::paramsText(int m) const {
  const nlohmann::json& p = model(m).value("params", emptyObject());
  QStringList parts;
  for (auto it = p.begin(); it != p.end(); ++it)
    parts << QStringLiteral("%1=%2").arg(QString::fromStdString(it.key()),
                                        QString::number(number(it.value()).value_or(0), 'g', 6));
  return parts.join(QStringLiteral(", "));
}

double EvaluationReport::seconds(int m) const { return numberOr(model(m), "seconds", 0); }

EvaluationReport::Estimate EvaluationReport::metric(int m, const QString& name) const {
  Estimate e;
  const nlohmann::json& j = model(m);
  const std::string key = name.toStdString();
  if (!j.contains(key) || !isMetric(j[key])) return e;
  const auto value = number(j[key]["value"]);
  if (!value) return e;
  e.value = *value;
  e.valid = true;
  const auto& ci = j[key]["ci"];
  if (ci.is_array() && ci.size() == 2) {
    e.low = number(ci[0]);
    e.high = number(ci[1]);
  }
  return e;
}

EvaluationReport::Comparison EvaluationReport::compare(int m, int baseline, const QString& name) const {
  Comparison c;
  if (m == baseline || m < 0 || baseline < 0 || m >= models_.size() || baseline >= models_.size()) return c;
  if (!run_.contains("comparisons") || !run_["comparisons"].is_array()) return c;
  const QString a = models_[m];
  const QString b = models_[baseline];
  for (const auto& comp : run_["comparisons"]) {
    if (text(comp, "metric") != name) continue;
    const QString ca = text(comp, "a");
    const QString cb = text(comp, "b");
    double sign = 0;
    if (ca == a && cb == b)
      sign = 1;
    else if (ca == b && cb == a)
      sign = -1;  // stored as baseline - model
    else
      continue;
    c.found = true;
    c.meanDifference = sign * numberOr(comp, "mean_difference", 0);
    c.tP = numberOr(comp, "t_p", 1);
    c.wilcoxonP = numberOr(comp, "wilcoxon_p", 1);
    c.pairs = static_cast<int>(numberOr(comp, "pairs", 0));
    return c;
  }
  return c;
}

QList<EvaluationReport::SegmentRow> EvaluationReport::segments() const {
  QList<SegmentRow> rows;
  for (int m = 0; m < models_.size(); ++m) {
    const nlohmann::json& j = model(m);
    if (!j.contains("segments") || !j["segments"].is_array()) continue;
    for (const auto& s : j["segments"])
      rows.push_back({models_[m], text(s, "group"), text(s, "segment"), numberOr(s, "users", 0),
                      s.value("metrics", emptyObject())});
  }
  return rows;
}

QString EvaluationReport::split() const { return text(run_, "split"); }

QList<int> EvaluationReport::ks() const {
  QList<int> out;
  if (run_.is_object() && run_.contains("k") && run_["k"].is_array())
    for (const auto& k : run_["k"])
      if (k.is_number_integer()) out << k.get<int>();
  return out;
}

qint64 EvaluationReport::seed() const { return static_cast<qint64>(numberOr(run_, "seed", 0)); }
int EvaluationReport::repetitions() const { return static_cast<int>(numberOr(run_, "repetitions", 0)); }
double EvaluationReport::users() const { return numberOr(run_, "users", 0); }
double EvaluationReport::seconds() const { return numberOr(run_, "seconds", 0); }
double EvaluationReport::confidence() const { return numberOr(run_, "confidence", 0.95); }

QString EvaluationReport::protocolSummary() const {
  QStringList ks;
  for (int k : this->ks()) ks << QString::number(k);
  return QCoreApplication::translate("EvaluationReport",
                                     "split %1 · seed %2 · k = %3 · %4 users evaluated · %5 repetition(s) · %6 s")
      .arg(split())
      .arg(seed())
      .arg(ks.join(QStringLiteral(", ")))
      .arg(LocaleFormat::decimal(users(), 0))
      .arg(repetitions())
      .arg(LocaleFormat::decimal(seconds(), 2));
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

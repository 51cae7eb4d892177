// One evaluation run as the Evaluate tab shows it: core's report of the run (reco::EvaluationReport, read from the
// stored JSON by core), seen through Qt-typed accessors so a live run and a stored run display the same way.
// Reading only: every number comes from core; nothing is computed here except looking values up.
#pragma once

#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <string>

#include "core/evaluation/EvaluationJson.h"

class EvaluationReport {
 public:
  struct Estimate {
    double value = 0;
    std::optional<double> low;
    std::optional<double> high;
    bool valid = false;
  };
  struct Comparison {
    bool found = false;
    double meanDifference = 0;  // model - baseline
    double tP = 1;
    double wilcoxonP = 1;
    int pairs = 0;
  };
  struct SegmentRow {
    QString model;
    QString group;
    QString segment;
    double users = 0;
    std::map<std::string, double> metrics;  // name -> value (NaN when missing)
    // The finite value of a metric, if the segment has one.
    std::optional<double> value(const QString& metric) const;
  };

  EvaluationReport() = default;
  // id/createdAt: the stored run's (0 for a run not stored).
  explicit EvaluationReport(reco::EvaluationReport run, qint64 id = 0, qint64 createdAt = 0);

  bool isEmpty() const { return models_.empty(); }
  const reco::EvaluationReport& run() const { return run_; }
  qint64 id() const { return id_; }
  qint64 createdAt() const { return createdAt_; }

  QStringList modelLabels() const { return models_; }
  QString algorithm(int model) const;
  QString paramsText(int model) const;  // "name=value, ..." of the stored parameters
  double seconds(int model) const;
  // Metric names in reading order: per cut-off precision, recall, ndcg, map, mrr, hit; then map, auc and the
  // beyond-accuracy metrics.
  QStringList metricNames() const { return metrics_; }
  Estimate metric(int model, const QString& name) const;
  // The paired tests of `model` against `baseline` on a metric (found = false when the run has none, e.g. same model).
  Comparison compare(int model, int baseline, const QString& name) const;
  QList<SegmentRow> segments() const;

  QString split() const;
  QList<int> ks() const;
  qint64 seed() const;
  int repetitions() const;
  double users() const;
  double seconds() const;
  double confidence() const;
  // A one-line description: split, seed, k, users, repetitions.
  QString protocolSummary() const;

  // A human name of a metric ("precision@10" -> "Precision@10", "avgpop" -> "Avg. popularity").
  static QString metricTitle(const QString& name);
  // Numbers as tables show them (4 significant decimals; "–" for missing).
  static QString formatNumber(std::optional<double> v);

 private:
  const reco::EvaluationReport::Model* model(int index) const;
  reco::EvaluationReport run_;
  qint64 id_ = 0;
  qint64 createdAt_ = 0;
  QStringList models_;
  QStringList metrics_;
};

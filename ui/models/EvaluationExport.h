// Writes an evaluation run to files a colleague can open without RecoEngine: CSV (core's format,
// reco::writeEvaluationCsv) and a self-contained HTML report (inline CSS, charts embedded as PNG data
// URIs). Formatting only: every figure comes from the run.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "ui/models/EvaluationReport.h"

class EvaluationExport {
  Q_DECLARE_TR_FUNCTIONS(EvaluationExport)

 public:
  struct Chart {
    QString caption;
    QByteArray png;
  };

  static QString toCsv(const EvaluationReport& report, int baseline);
  static QString toHtml(const EvaluationReport& report, int baseline, const QList<Chart>& charts);

  // Writes text as UTF-8 atomically (QSaveFile); on failure returns false with the reason in *error.
  static bool writeFile(const QString& path, const QString& text, QString* error);
};

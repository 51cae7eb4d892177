#include "ui/models/EvaluationExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSaveFile>
#include <QStringList>

#include "core/evaluation/EvaluationCsv.h"
#include "core/evaluation/MetricDirection.h"
#include "ui/base/LocaleFormat.h"
#include "ui/models/EvaluationResultsModel.h"

namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }

}  // namespace

QString EvaluationExport::toCsv(const EvaluationReport& report, int baseline) {
  return QString::fromStdString(reco::writeEvaluationCsv(report.run(), baseline));
}

QString EvaluationExport::toHtml(const EvaluationReport& report, int baseline, const QList<Chart>& charts) {
  const QStringList models = report.modelLabels();
  QString h;
  h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">\n<title>")
           .arg(QLocale().bcp47Name());
  h += esc(tr("RecoEngine evaluation report")) + QStringLiteral("</title>\n<style>\n");
  h += QStringLiteral(
      "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:1100px;color:#222}\n"
      "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}\n"
      "table{border-collapse:collapse;font-size:.9em;margin:.5em 0}\n"
      "th,td{border:1px solid #ddd;padding:.3em .6em}th{background:#f4f4f4;text-align:left}\n"
      "td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
      ".better{color:#2e7d32;font-weight:600}.worse{color:#c62828;font-weight:600}.ci{color:#777}\n"
      ".meta{color:#555}figure{display:inline-block;margin:1em 1em 0 0}figcaption{color:#555;font-size:.85em}\n"
      "</style></head><body>\n");
  h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("RecoEngine evaluation report")));
  // A report people read: the date in the report's language (its <html lang>), as the Runs list shows it.
  const QString created =
      LocaleFormat::utcDateTime(report.createdAt() > 0 ? report.createdAt() : QDateTime::currentSecsSinceEpoch());
  h += QStringLiteral("<p class=\"meta\">%1</p>\n")
           .arg(esc(report.id() > 0 ? tr("Run %1 · %2").arg(report.id()).arg(created) : created));
  h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(report.protocolSummary()));

  h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
           .arg(esc(tr("Models")), esc(tr("Model")), esc(tr("Algorithm")), esc(tr("Parameters")),
                esc(tr("Seconds")));
  for (int m = 0; m < models.size(); ++m)
    h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"n\">%4</td></tr>\n")
             .arg(esc(models[m]) + (m == baseline ? esc(tr(" (baseline)")) : QString()), esc(report.algorithm(m)),
                  esc(report.paramsText(m)), LocaleFormat::decimal(report.seconds(m), 2));
  h += QStringLiteral("</table>\n");

  h += QStringLiteral("<h2>%1</h2>\n<p class=\"meta\">%2</p>\n")
           .arg(esc(tr("Results")),
                esc(tr("Values with their %1% bootstrap confidence interval. ▲/▼: significantly higher/lower than "
                       "the baseline (paired t-test over users, p < 0.05).")
                        .arg(report.confidence() * 100, 0, 'f', 0)));
  h += QStringLiteral("<table><tr><th>%1</th>").arg(esc(tr("Metric")));
  for (int m = 0; m < models.size(); ++m) h += QStringLiteral("<th>%1</th>").arg(esc(models[m]));
  h += QStringLiteral("</tr>\n");
  for (const QString& metric : report.metricNames()) {
    h += QStringLiteral("<tr><td>%1</td>").arg(esc(EvaluationReport::metricTitle(metric)));
    for (int m = 0; m < models.size(); ++m) {
      const EvaluationReport::Estimate e = report.metric(m, metric);
      QString cell = EvaluationReport::formatNumber(e.valid ? std::optional(e.value) : std::nullopt);
      if (e.low && e.high)
        cell += QStringLiteral(" <span class=\"ci\">[%1, %2]</span>")
                    .arg(EvaluationReport::formatNumber(e.low), EvaluationReport::formatNumber(e.high));
      const EvaluationReport::Comparison c = report.compare(m, baseline, metric);
      QString title;
      if (c.found) {
        title = tr("vs %1: difference %2, t-test p = %3, Wilcoxon p = %4")
                    .arg(models[baseline], EvaluationReport::formatNumber(c.meanDifference),
                         LocaleFormat::significant(c.tP, 3), LocaleFormat::significant(c.wilcoxonP, 3));
        // The arrow gives the sign of the difference, the colour whether that is better for this metric.
        if (c.tP < EvaluationResultsModel::kSignificance && c.meanDifference != 0) {
          const bool better = reco::improvementSign(metric.toStdString(), c.meanDifference) > 0;
          cell += QStringLiteral(" <span class=\"%1\">%2</span>")
                      .arg(better ? QStringLiteral("better") : QStringLiteral("worse"),
                           c.meanDifference > 0 ? QStringLiteral("▲") : QStringLiteral("▼"));
        }
      }
      h += QStringLiteral("<td class=\"n\" title=\"%1\">%2</td>").arg(esc(title), cell);
    }
    h += QStringLiteral("</tr>\n");
  }
  h += QStringLiteral("</table>\n");

  if (!charts.isEmpty()) {
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Charts")));
    for (const Chart& chart : charts)
      h += QStringLiteral("<figure><img alt=\"%1\" src=\"data:image/png;base64,%2\"><figcaption>%1</figcaption></figure>\n")
               .arg(esc(chart.caption), QString::fromLatin1(chart.png.toBase64()));
  }

  const auto segments = report.segments();
  if (!segments.isEmpty()) {
    QStringList metrics;
    for (const QString& name : report.metricNames())
      if (segments.front().metrics.count(name.toStdString()) > 0) metrics << name;
    h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>")
             .arg(esc(tr("Segments")), esc(tr("Model")), esc(tr("Breakdown")), esc(tr("Segment")), esc(tr("Users")));
    for (const QString& metric : metrics) h += QStringLiteral("<th>%1</th>").arg(esc(EvaluationReport::metricTitle(metric)));
    h += QStringLiteral("</tr>\n");
    for (const auto& row : segments) {
      h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"n\">%4</td>")
               .arg(esc(row.model), esc(row.group), esc(row.segment.isEmpty() ? tr("(none)") : row.segment),
                    LocaleFormat::decimal(row.users, 0));
      for (const QString& metric : metrics) {
        h += QStringLiteral("<td class=\"n\">%1</td>").arg(EvaluationReport::formatNumber(row.value(metric)));
      }
      h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");
  }
  h += QStringLiteral("<p class=\"meta\">%1</p>\n</body></html>\n")
           .arg(esc(tr("Generated by RecoEngine. Metric definitions: docs/evaluation.md.")));
  return h;
}

bool EvaluationExport::writeFile(const QString& path, const QString& text, QString* error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
  }
  file.write(text.toUtf8());
  if (!file.commit()) {
    if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
  }
  return true;
}

// Writes the whole dashboard as a PDF report: a title block stating the project, filters and period, the KPI table,
// then every panel (vector charts), two per row, paginated.
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

class ChartPanel;

struct DashboardPdfContent {
  QString title;
  QStringList headerLines;                   // project, filters, period, generated at
  std::vector<std::pair<QString, QString>> kpis;  // name, "value (change)"
  std::vector<ChartPanel*> panels;
};

// Returns false and sets *error when the file cannot be written.
bool writeDashboardPdf(const QString& path, const DashboardPdfContent& content, QString* error);

#include "ui/dashboard/DashboardPdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "ui/base/ChartPanel.h"

bool writeDashboardPdf(const QString& path, const DashboardPdfContent& content, QString* error) {
  QPdfWriter pdf(path);
  pdf.setResolution(96);  // one PDF unit per screen pixel: widgets keep their proportions
  pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                QPageLayout::Millimeter));
  pdf.setTitle(content.title);
  pdf.setCreator(QStringLiteral("RecoEngine"));
  QPainter painter;
  if (!painter.begin(&pdf)) {
    if (error) *error = QCoreApplication::translate("DashboardPdf", "Could not write the PDF file %1.").arg(path);
    return false;
  }
  const QRect page = painter.viewport();
  const int width = page.width();
  int y = 0;

  QFont titleFont = painter.font();
  titleFont.setPointSizeF(16);
  titleFont.setBold(true);
  QFont body = painter.font();
  body.setPointSizeF(9);
  QFont bold = body;
  bold.setBold(true);

  painter.setFont(titleFont);
  painter.drawText(QRect(0, y, width, 30), Qt::AlignLeft | Qt::AlignVCenter, content.title);
  y += 34;
  painter.setFont(body);
  const int line = painter.fontMetrics().height() + 2;
  for (const QString& l : content.headerLines) {
    painter.drawText(QRect(0, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, l);
    y += line;
  }
  y += 6;
  // KPI table: four columns of name/value pairs.
  const int cols = 4;
  const int cellW = width / cols;
  for (std::size_t i = 0; i < content.kpis.size(); ++i) {
    const int c = static_cast<int>(i) % cols;
    const int r = static_cast<int>(i) / cols;
    QRect cell(c * cellW, y + r * line, cellW - 8, line);
    painter.setFont(bold);
    painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, content.kpis[i].first);
    painter.setFont(body);
    painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter, content.kpis[i].second);
  }
  y += (static_cast<int>(content.kpis.size()) + cols - 1) / cols * line + 10;

  // Panels two per row, scaled to half the page width.
  const int gap = 12;
  const int slotW = (width - gap) / 2;
  int column = 0;
  int rowHeight = 0;
  for (ChartPanel* panel : content.panels) {
    QWidget* w = panel->body();
    const QSize size = w->size().isEmpty() ? w->sizeHint() : w->size();
    const double scale = static_cast<double>(slotW) / std::max(1, size.width());
    const int h = static_cast<int>(size.height() * scale) + line + 4;
    if (column == 0 && y + h > page.height()) {
      pdf.newPage();
      y = 0;
    }
    const int x = column * (slotW + gap);
    painter.setFont(bold);
    painter.drawText(QRect(x, y, slotW, line), Qt::AlignLeft | Qt::AlignVCenter, panel->title());
    painter.save();
    painter.translate(x, y + line + 2);
    painter.scale(scale, scale);
    w->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
    rowHeight = std::max(rowHeight, h);
    if (++column == 2) {
      column = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
  }
  painter.end();
  if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
    if (error) *error = QCoreApplication::translate("DashboardPdf", "Could not write the PDF file %1.").arg(path);
    return false;
  }
  return true;
}

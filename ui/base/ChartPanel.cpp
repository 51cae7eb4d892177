#include "ui/base/ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/base/ChartTheme.h"

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : QFrame(parent),
      title_(new QLabel(title, this)),
      exportButton_(new QToolButton(this)),
      body_(new QWidget(this)),
      bodyLayout_(new QVBoxLayout(body_)),
      view_(new QChartView(body_)) {
  setFrameShape(QFrame::StyledPanel);
  QFont bold = title_->font();
  bold.setBold(true);
  title_->setFont(bold);
  exportButton_->setText(tr("Export"));
  exportButton_->setToolTip(tr("Export this chart as PNG or SVG, or its data as CSV"));
  exportButton_->setPopupMode(QToolButton::InstantPopup);
  auto* menu = new QMenu(exportButton_);
  menu->addAction(tr("Chart as &PNG…"), this, [this] { exportWithDialog(0); });
  menu->addAction(tr("Chart as &SVG…"), this, [this] { exportWithDialog(1); });
  menu->addAction(tr("Data as &CSV…"), this, [this] { exportWithDialog(2); });
  exportButton_->setMenu(menu);

  auto* header = new QHBoxLayout;
  header->addWidget(title_, 1);
  header->addWidget(exportButton_);
  // Tab reaches the chart (keyboard users scroll and zoom it): screen readers announce it by the panel's title.
  view_->setAccessibleName(title);
  exportButton_->setAccessibleName(tr("Export %1").arg(title));
  view_->setRenderHint(QPainter::Antialiasing);
  view_->setMinimumHeight(240);
  bodyLayout_->setContentsMargins(0, 0, 0, 0);
  bodyLayout_->addWidget(view_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(header);
  layout->addWidget(body_, 1);
}

QString ChartPanel::title() const { return title_->text(); }

void ChartPanel::setTitle(const QString& title) { title_->setText(title); }

void ChartPanel::setChart(QChart* chart, const QString& csv) {
  ChartTheme::ensureSeriesContrast(chart);  // the builders theme it (ChartTheme::apply); this keeps lines readable
  QChart* old = view_->chart();
  view_->setChart(chart);
  delete old;
  csv_ = csv;
}

void ChartPanel::setExtraWidget(QWidget* widget, bool hideChart) {
  widget->setParent(body_);
  bodyLayout_->addWidget(widget, hideChart ? 1 : 0);
  view_->setVisible(!hideChart);
}

bool ChartPanel::exportPng(const QString& path, QString* error) const {
  QPixmap pixmap = body_->grab();
  if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
    if (error) *error = tr("Could not write the PNG file %1.").arg(path);
    return false;
  }
  return true;
}

bool ChartPanel::exportSvg(const QString& path, QString* error) const {
  QSvgGenerator svg;
  svg.setFileName(path);
  svg.setSize(body_->size());
  svg.setViewBox(QRect(QPoint(0, 0), body_->size()));
  svg.setTitle(title());
  QPainter painter;
  if (!painter.begin(&svg)) {
    if (error) *error = tr("Could not write the SVG file %1.").arg(path);
    return false;
  }
  body_->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
  painter.end();
  if (!QFile::exists(path)) {
    if (error) *error = tr("Could not write the SVG file %1.").arg(path);
    return false;
  }
  return true;
}

bool ChartPanel::exportCsv(const QString& path, QString* error) const {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(csv_.toUtf8()) < 0 || !file.commit()) {
    if (error) *error = tr("Could not write the CSV file %1: %2").arg(path, file.errorString());
    return false;
  }
  return true;
}

void ChartPanel::exportWithDialog(int kind) {
  static const char* filters[] = {QT_TR_NOOP("PNG images (*.png)"), QT_TR_NOOP("SVG drawings (*.svg)"),
                                  QT_TR_NOOP("CSV files (*.csv)")};
  static const char* suffixes[] = {".png", ".svg", ".csv"};
  QString base = title().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
  QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(title()), base + QLatin1String(suffixes[kind]),
                                              tr(filters[kind]));
  if (path.isEmpty()) return;
  QString error;
  bool ok = kind == 0 ? exportPng(path, &error) : kind == 1 ? exportSvg(path, &error) : exportCsv(path, &error);
  if (!ok) QMessageBox::warning(this, tr("Export failed"), error);
}

// A titled dashboard panel around a Qt Charts view (and optionally a widget below it, e.g. a table), with an export
// menu: the panel as PNG or SVG, its data as CSV.
#pragma once

#include <QFrame>
#include <QString>

class QChart;
class QChartView;
class QLabel;
class QToolButton;
class QVBoxLayout;

class ChartPanel : public QFrame {
  Q_OBJECT
 public:
  explicit ChartPanel(const QString& title, QWidget* parent = nullptr);

  QString title() const;
  void setTitle(const QString& title);  // e.g. to name the period a chart shows
  QChartView* chartView() const { return view_; }
  // Replaces the chart (the previous one is deleted) and the CSV behind it. Series colours that contrast less than
  // 3:1 with the chart's themed background are adjusted (ChartTheme::ensureSeriesContrast).
  void setChart(QChart* chart, const QString& csv);
  void setCsv(const QString& csv) { csv_ = csv; }
  const QString& csv() const { return csv_; }
  // Puts a widget under the chart; the panel owns it. hideChart leaves only that widget.
  void setExtraWidget(QWidget* widget, bool hideChart = false);
  // The part that exports and prints: the chart and the extra widget, without the header.
  QWidget* body() const { return body_; }

  // Each returns false and sets *error on failure.
  bool exportPng(const QString& path, QString* error) const;
  bool exportSvg(const QString& path, QString* error) const;
  bool exportCsv(const QString& path, QString* error) const;

 private:
  void exportWithDialog(int kind);
  QLabel* title_;
  QToolButton* exportButton_;
  QWidget* body_;
  QVBoxLayout* bodyLayout_;
  QChartView* view_;
  QString csv_;
};

#include "ui/dashboard/DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

#include "ui/base/ChartTheme.h"
#include "ui/base/LocaleFormat.h"

// Translation context of the chart builders. lupdate files an unqualified tr() inside a namespace under the
// namespace's name, so every call is qualified: DashboardCharts::tr("...") is extracted and looked up alike.
class DashboardCharts {
  Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};

namespace dashboardcharts {

namespace {

QChart* newChart(bool dark) {
  auto* chart = new QChart;
  chart->setLocale(QLocale());  // axis and bar labels, dates included, in the default locale
  chart->setLocalizeNumbers(true);
  ChartTheme::apply(chart, dark);
  chart->setMargins(QMargins(4, 4, 4, 4));
  chart->legend()->setAlignment(Qt::AlignBottom);
  return chart;
}

double metricValue(const reco::Group& g, BarMetric m) {
  switch (m) {
    case BarMetric::Ctr: return g.m.ctr() * 100.0;
    case BarMetric::Conversion: return g.m.conversionPerClick() * 100.0;
    case BarMetric::Revenue: return g.m.revenue;
    case BarMetric::Impressions: return static_cast<double>(g.m.impressions);
    case BarMetric::Clicks: return static_cast<double>(g.m.clicks);
    case BarMetric::Purchases: return static_cast<double>(g.m.purchases);
  }
  return 0;
}

void showTip(const QString& text) { QToolTip::showText(QCursor::pos(), text); }

}  // namespace

QString barMetricName(BarMetric m) {
  switch (m) {
    case BarMetric::Ctr: return DashboardCharts::tr("CTR (%)");
    case BarMetric::Conversion: return DashboardCharts::tr("Conversion per click (%)");
    case BarMetric::Revenue: return DashboardCharts::tr("Revenue");
    case BarMetric::Impressions: return DashboardCharts::tr("Impressions");
    case BarMetric::Clicks: return DashboardCharts::tr("Clicks");
    case BarMetric::Purchases: return DashboardCharts::tr("Purchases");
  }
  return {};
}

QString percentText(double fraction) { return LocaleFormat::percent(fraction, 2); }
QString countText(std::int64_t n) { return LocaleFormat::count(n); }
QString moneyText(double v) { return LocaleFormat::decimal(v, 2); }

QString groupTooltip(const reco::Group& g) {
  QString t = QStringLiteral("<b>%1</b><br>").arg(g.label.empty() ? DashboardCharts::tr("(not set)") : QString::fromStdString(g.label).toHtmlEscaped());
  t += DashboardCharts::tr("Impressions: %1<br>Clicks: %2 (CTR %3)<br>Add-to-carts: %4<br>Purchases: %5 (%6 per click)<br>Revenue: %7")
           .arg(countText(g.m.impressions), countText(g.m.clicks), percentText(g.m.ctr()), countText(g.m.addToCarts),
                countText(g.m.purchases), percentText(g.m.conversionPerClick()), moneyText(g.m.revenue));
  if (g.activeUsers >= 0) t += DashboardCharts::tr("<br>Active users: %1").arg(countText(g.activeUsers));
  return t;
}

QChart* timeSeriesChart(const std::vector<reco::Group>& series, reco::Dimension granularity, bool dark,
                        const ClickHandler& onClick) {
  QChart* chart = newChart(dark);
  auto* impressions = new QLineSeries;
  impressions->setName(DashboardCharts::tr("Impressions"));
  auto* clicks = new QLineSeries;
  clicks->setName(DashboardCharts::tr("Clicks"));
  auto* ctr = new QLineSeries;
  ctr->setName(DashboardCharts::tr("CTR (%)"));
  double maxCount = 1, maxCtr = 0.1;
  for (const reco::Group& g : series) {
    const double x = static_cast<double>(g.id) * 86400000.0 + 43200000.0;  // noon UTC of the bucket's first day
    impressions->append(x, static_cast<double>(g.m.impressions));
    clicks->append(x, static_cast<double>(g.m.clicks));
    const double c = std::isfinite(g.m.ctr()) ? g.m.ctr() * 100.0 : 0.0;
    ctr->append(x, c);
    maxCount = std::max(maxCount, static_cast<double>(g.m.impressions));
    maxCtr = std::max(maxCtr, c);
  }
  for (QLineSeries* s : {impressions, clicks, ctr}) {
    chart->addSeries(s);
    s->setPointsVisible(series.size() <= 40);
  }
  auto* x = new QDateTimeAxis;
  x->setFormat(granularity == reco::Dimension::Month ? QStringLiteral("MMM yyyy") : QStringLiteral("dd MMM"));
  x->setTitleText(granularity == reco::Dimension::Day    ? DashboardCharts::tr("Day")
                  : granularity == reco::Dimension::Week ? DashboardCharts::tr("Week (starting Monday)")
                                                         : DashboardCharts::tr("Month"));
  x->setTickCount(std::min<int>(8, std::max<int>(2, static_cast<int>(series.size()))));
  if (!series.empty()) {
    x->setMin(QDateTime::fromMSecsSinceEpoch(series.front().id * 86400000LL, Qt::UTC));
    x->setMax(QDateTime::fromMSecsSinceEpoch(series.back().id * 86400000LL + 86400000LL, Qt::UTC));
  }
  auto* counts = new QValueAxis;
  counts->setTitleText(DashboardCharts::tr("Count"));
  counts->setLabelFormat(QStringLiteral("%.0f"));
  counts->setRange(0, maxCount * 1.05);
  counts->applyNiceNumbers();
  auto* rate = new QValueAxis;
  rate->setTitleText(DashboardCharts::tr("CTR (%)"));
  rate->setLabelFormat(QStringLiteral("%.1f"));
  rate->setRange(0, maxCtr * 1.15);
  rate->applyNiceNumbers();
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(counts, Qt::AlignLeft);
  chart->addAxis(rate, Qt::AlignRight);
  for (QLineSeries* s : {impressions, clicks}) {
    s->attachAxis(x);
    s->attachAxis(counts);
  }
  ctr->attachAxis(x);
  ctr->attachAxis(rate);
  // Tooltips and drill-down by the bucket nearest to the pointer.
  auto nearest = [series](const QPointF& p) {
    int best = -1;
    double bestDist = 0;
    for (std::size_t i = 0; i < series.size(); ++i) {
      double d = std::fabs(static_cast<double>(series[i].id) * 86400000.0 + 43200000.0 - p.x());
      if (best < 0 || d < bestDist) {
        best = static_cast<int>(i);
        bestDist = d;
      }
    }
    return best;
  };
  for (QLineSeries* s : {impressions, clicks, ctr}) {
    QObject::connect(s, &QLineSeries::hovered, s, [series, nearest](const QPointF& p, bool state) {
      if (!state) return;
      int i = nearest(p);
      if (i >= 0) showTip(groupTooltip(series[static_cast<std::size_t>(i)]));
    });
    if (onClick)
      QObject::connect(s, &QLineSeries::clicked, s, [nearest, onClick](const QPointF& p) {
        int i = nearest(p);
        if (i >= 0) onClick(i);
      });
  }
  return chart;
}

QChart* breakdownChart(const std::vector<reco::Group>& groups, BarMetric metric, bool horizontal, bool dark,
                       const ClickHandler& onClick) {
  QChart* chart = newChart(dark);
  auto* set = new QBarSet(barMetricName(metric));
  QStringList labels;
  double maxValue = 0;
  // Horizontal bars list top-down in the given order: Qt draws the first category at the bottom, so reverse.
  std::vector<int> order;
  for (int i = 0; i < static_cast<int>(groups.size()); ++i) order.push_back(i);
  if (horizontal) std::reverse(order.begin(), order.end());
  for (int i : order) {
    const reco::Group& g = groups[static_cast<std::size_t>(i)];
    double v = metricValue(g, metric);
    if (!std::isfinite(v)) v = 0;
    set->append(v);
    maxValue = std::max(maxValue, v);
    QString label = g.label.empty() ? DashboardCharts::tr("(not set)") : QString::fromStdString(g.label);
    if (label.size() > 22) label = label.left(21) + QChar(0x2026);
    labels << label;
  }
  QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                          : static_cast<QAbstractBarSeries*>(new QBarSeries);
  series->append(set);
  series->setLabelsVisible(groups.size() <= 12);
  series->setLabelsFormat(metric == BarMetric::Ctr || metric == BarMetric::Conversion ? QStringLiteral("@value%")
                                                                                      : QStringLiteral("@value"));
  series->setLabelsPrecision(4);
  chart->addSeries(series);
  chart->legend()->hide();
  auto* cats = new QBarCategoryAxis;
  cats->append(labels);
  cats->setTruncateLabels(false);
  auto* values = new QValueAxis;
  values->setTitleText(barMetricName(metric));
  values->setRange(0, maxValue > 0 ? maxValue * 1.15 : 1.0);
  values->applyNiceNumbers();
  values->setLabelFormat(metric == BarMetric::Ctr || metric == BarMetric::Conversion ? QStringLiteral("%.1f")
                                                                                      : QStringLiteral("%.0f"));
  chart->addAxis(cats, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
  chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
  series->attachAxis(cats);
  series->attachAxis(values);
  QObject::connect(set, &QBarSet::hovered, set, [groups, order](bool state, int index) {
    if (state && index >= 0 && index < static_cast<int>(order.size()))
      showTip(groupTooltip(groups[static_cast<std::size_t>(order[static_cast<std::size_t>(index)])]));
  });
  if (onClick)
    QObject::connect(set, &QBarSet::clicked, set, [order, onClick](int index) {
      if (index >= 0 && index < static_cast<int>(order.size())) onClick(order[static_cast<std::size_t>(index)]);
    });
  return chart;
}

QChart* positionChart(const std::vector<reco::Group>& positions, bool dark) {
  QChart* chart = newChart(dark);
  auto* line = new QLineSeries;
  line->setName(DashboardCharts::tr("CTR by position"));
  auto* points = new QScatterSeries;
  points->setMarkerSize(8);
  double maxCtr = 0.1;
  std::int64_t maxPos = 1;
  for (const reco::Group& g : positions) {
    double c = std::isfinite(g.m.ctr()) ? g.m.ctr() * 100.0 : 0.0;
    line->append(static_cast<double>(g.id), c);
    points->append(static_cast<double>(g.id), c);
    maxCtr = std::max(maxCtr, c);
    maxPos = std::max(maxPos, g.id);
  }
  chart->addSeries(line);
  chart->addSeries(points);
  chart->legend()->hide();
  auto* x = new QValueAxis;
  x->setTitleText(DashboardCharts::tr("Position in the list"));
  x->setRange(0.5, static_cast<double>(maxPos) + 0.5);
  x->setTickType(QValueAxis::TicksDynamic);
  x->setTickAnchor(1);
  x->setTickInterval(maxPos > 20 ? 5 : 1);
  x->setLabelFormat(QStringLiteral("%d"));
  auto* y = new QValueAxis;
  y->setTitleText(DashboardCharts::tr("CTR (%)"));
  y->setRange(0, maxCtr * 1.15);
  y->applyNiceNumbers();
  y->setLabelFormat(QStringLiteral("%.1f"));
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  for (QXYSeries* s : {static_cast<QXYSeries*>(line), static_cast<QXYSeries*>(points)}) {
    s->attachAxis(x);
    s->attachAxis(y);
  }
  QObject::connect(points, &QScatterSeries::hovered, points, [positions](const QPointF& p, bool state) {
    if (!state) return;
    for (const reco::Group& g : positions)
      if (g.id == static_cast<std::int64_t>(std::lround(p.x())))
        showTip(DashboardCharts::tr("<b>Position %1</b><br>%2 impressions, %3 clicks<br>CTR %4")
                    .arg(g.id)
                    .arg(countText(g.m.impressions), countText(g.m.clicks), percentText(g.m.ctr())));
  });
  return chart;
}

QChart* funnelChart(const std::vector<reco::FunnelFigures>& funnel, bool dark) {
  QChart* chart = newChart(dark);
  auto* series = new QHorizontalBarSeries;
  const QStringList stages = {DashboardCharts::tr("Purchases"), DashboardCharts::tr("Add-to-carts"), DashboardCharts::tr("Clicks"), DashboardCharts::tr("Impressions")};  // bottom-up
  double maxValue = 10;
  for (const reco::FunnelFigures& f : funnel) {
    auto* set = new QBarSet(f.name == "All" ? DashboardCharts::tr("All") : QString::fromStdString(f.name));
    const std::int64_t counts[] = {f.m.purchases, f.m.addToCarts, f.m.clicks, f.m.impressions};
    for (std::int64_t c : counts) {
      set->append(std::max(1.0, static_cast<double>(c)));  // log axis: zero shows as 1
      maxValue = std::max(maxValue, static_cast<double>(c));
    }
    const reco::Measures m = f.m;
    const QString name = set->label();
    QObject::connect(set, &QBarSet::hovered, set, [m, name, stages](bool state, int index) {
      if (!state) return;
      const std::int64_t c[] = {m.purchases, m.addToCarts, m.clicks, m.impressions};
      QString tip = QStringLiteral("<b>%1 – %2</b><br>%3").arg(name, stages[index], countText(c[index]));
      if (index < 3 && c[index + 1] > 0)
        tip += DashboardCharts::tr("<br>%1 of the previous stage")
                   .arg(percentText(static_cast<double>(c[index]) / static_cast<double>(c[index + 1])));
      if (m.impressions > 0)
        tip += DashboardCharts::tr("<br>%1 of impressions").arg(percentText(static_cast<double>(c[index]) / m.impressions));
      showTip(tip);
    });
    series->append(set);
  }
  series->setLabelsVisible(false);  // exact counts are in the tooltips; labels would overlap across sets
  chart->addSeries(series);
  auto* cats = new QBarCategoryAxis;
  cats->append(stages);
  cats->setTruncateLabels(false);
  auto* values = new QLogValueAxis;
  values->setBase(10);
  values->setRange(1, maxValue * 3);
  values->setLabelFormat(QStringLiteral("%.0f"));
  values->setTitleText(DashboardCharts::tr("Events (log scale)"));
  values->setMinorTickCount(-1);
  chart->addAxis(cats, Qt::AlignLeft);
  chart->addAxis(values, Qt::AlignBottom);
  series->attachAxis(cats);
  series->attachAxis(values);
  return chart;
}

QChart* abChart(const reco::AbComparison& ab, bool dark) {
  QChart* chart = newChart(dark);
  auto* series = new QBoxPlotSeries;
  series->setName(DashboardCharts::tr("%1 with 95% interval").arg(QString::fromStdString(ab.metric)));
  double maxValue = 0.1;
  QStringList names;
  for (const reco::AbArm& a : ab.arms) {
    // The box spans the interval; the median line is the observed rate.
    auto* set = new QBoxSet(a.ci.low * 100.0, a.ci.low * 100.0, a.rate * 100.0, a.ci.high * 100.0,
                            a.ci.high * 100.0, QString::fromStdString(a.name));
    series->append(set);
    names << QString::fromStdString(a.name);
    maxValue = std::max(maxValue, a.ci.high * 100.0);
    const reco::AbArm arm = a;
    const QString successName = QString::fromStdString(ab.successName), trialName = QString::fromStdString(ab.trialName);
    QObject::connect(set, &QBoxSet::hovered, set, [arm, successName, trialName](bool state) {
      if (!state) return;
      showTip(DashboardCharts::tr("<b>%1</b><br>%2 %3 of %4 %5<br>rate %6 (95% CI %7 – %8)")
                  .arg(QString::fromStdString(arm.name), countText(arm.successes), successName,
                       countText(arm.trials), trialName, percentText(arm.rate), percentText(arm.ci.low),
                       percentText(arm.ci.high)));
    });
  }
  chart->addSeries(series);
  auto* cats = new QBarCategoryAxis;
  cats->append(names);
  auto* values = new QValueAxis;
  values->setTitleText(DashboardCharts::tr("%1 (%)").arg(QString::fromStdString(ab.metric)));
  values->setRange(0, maxValue * 1.15);
  values->applyNiceNumbers();
  values->setLabelFormat(QStringLiteral("%.1f"));
  chart->addAxis(cats, Qt::AlignBottom);
  chart->addAxis(values, Qt::AlignLeft);
  series->attachAxis(cats);
  series->attachAxis(values);
  chart->legend()->hide();
  return chart;
}

}  // namespace dashboardcharts

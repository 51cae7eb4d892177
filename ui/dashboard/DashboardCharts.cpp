#include "ui/dashboard/DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

#include "core/base/Time.h"
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

QString seriesTitle(SeriesMeasure measure, reco::Dimension granularity) {
  const bool week = granularity == reco::Dimension::Week, month = granularity == reco::Dimension::Month;
  switch (measure) {
    case SeriesMeasure::Impressions:
      return week ? DashboardCharts::tr("Impressions per week")
                  : month ? DashboardCharts::tr("Impressions per month") : DashboardCharts::tr("Impressions per day");
    case SeriesMeasure::Clicks:
      return week ? DashboardCharts::tr("Clicks per week")
                  : month ? DashboardCharts::tr("Clicks per month") : DashboardCharts::tr("Clicks per day");
    case SeriesMeasure::Purchases:
      return week ? DashboardCharts::tr("Purchases per week")
                  : month ? DashboardCharts::tr("Purchases per month") : DashboardCharts::tr("Purchases per day");
    case SeriesMeasure::Ctr:
      return week ? DashboardCharts::tr("CTR (%) per week")
                  : month ? DashboardCharts::tr("CTR (%) per month") : DashboardCharts::tr("CTR (%) per day");
  }
  return {};
}

namespace {

// A bucket's x: noon UTC of its first day.
double xOfBucket(const reco::Group& g) { return static_cast<double>(g.id) * 86400000.0 + 43200000.0; }

double seriesValue(const reco::Group& g, SeriesMeasure measure) {
  switch (measure) {
    case SeriesMeasure::Impressions: return static_cast<double>(g.m.impressions);
    case SeriesMeasure::Clicks: return static_cast<double>(g.m.clicks);
    case SeriesMeasure::Purchases: return static_cast<double>(g.m.purchases);
    case SeriesMeasure::Ctr: return std::isfinite(g.m.ctr()) ? g.m.ctr() * 100.0 : 0.0;
  }
  return 0;
}

QString seriesAxisTitle(SeriesMeasure measure) {
  switch (measure) {
    case SeriesMeasure::Impressions: return DashboardCharts::tr("Impressions");
    case SeriesMeasure::Clicks: return DashboardCharts::tr("Clicks");
    case SeriesMeasure::Purchases: return DashboardCharts::tr("Purchases");
    case SeriesMeasure::Ctr: return DashboardCharts::tr("CTR (%)");
  }
  return {};
}

// The last day of the time bucket starting on `start`.
std::int64_t bucketEnd(std::int64_t start, reco::Dimension granularity) {
  return granularity == reco::Dimension::Week    ? start + 6
         : granularity == reco::Dimension::Month ? reco::nextMonthStart(start) - 1
                                                 : start;
}

}  // namespace

QChart* timeSeriesChart(const std::vector<reco::Group>& series, reco::Dimension granularity, SeriesMeasure measure,
                        const SeriesSpan& span, bool dark, const ClickHandler& onClick) {
  QChart* chart = newChart(dark);
  auto* line = new QLineSeries;
  line->setObjectName(QStringLiteral("complete"));
  line->setName(seriesAxisTitle(measure));
  // Buckets that do not hold a full day, week or month of data are drawn as dashed segments without a point: the last
  // one when the data's partial last day is in it, and a week or month that the period cuts at either end.
  const std::size_t n = series.size();
  const bool byDay = granularity == reco::Dimension::Day;
  const bool lastHoldsPartialDay =
      n > 1 && span.partialDay && series.back().id <= *span.partialDay &&
      *span.partialDay <= std::min(bucketEnd(series.back().id, granularity), span.toDay);
  const bool lastCut = n > 1 && !byDay && bucketEnd(series.back().id, granularity) > span.toDay;
  const bool firstCut = n > 1 && !byDay && series.front().id < span.fromDay;
  const bool lastDashed = lastHoldsPartialDay || lastCut;
  const QString cutName = granularity == reco::Dimension::Week
                              ? DashboardCharts::tr("Week only partly in the period")
                              : DashboardCharts::tr("Month only partly in the period");
  const QString partialName = byDay ? DashboardCharts::tr("Partial day: the data ends during it")
                              : granularity == reco::Dimension::Week
                                  ? DashboardCharts::tr("Partial week: the data ends during its last day")
                                  : DashboardCharts::tr("Partial month: the data ends during its last day");
  std::vector<QLineSeries*> dashed;  // "partial" (the end) and "partialStart" (the beginning)
  auto dashedSeries = [&](const char* objectName, const QString& name, std::size_t from) {
    auto* s = new QLineSeries;
    s->setObjectName(QString::fromLatin1(objectName));
    s->setName(name);
    for (std::size_t i = from; i < from + 2; ++i) s->append(xOfBucket(series[i]), seriesValue(series[i], measure));
    dashed.push_back(s);
  };
  if (lastDashed) dashedSeries("partial", lastHoldsPartialDay ? partialName : cutName, n - 2);
  if (firstCut) dashedSeries("partialStart", cutName, 0);
  double maxValue = measure == SeriesMeasure::Ctr ? 0.1 : 1.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double v = seriesValue(series[i], measure);
    if (!(lastDashed && i + 1 == n) && !(firstCut && i == 0)) line->append(xOfBucket(series[i]), v);
    maxValue = std::max(maxValue, v);
  }
  chart->addSeries(line);
  line->setPointsVisible(n <= 40);
  for (QLineSeries* s : dashed) {
    chart->addSeries(s);
    QPen pen = s->pen();
    pen.setColor(line->pen().color());
    pen.setStyle(Qt::DashLine);
    s->setPen(pen);  // no point at the dashed end: that figure is not a whole bucket's
  }
  auto* x = new QDateTimeAxis;
  x->setFormat(granularity == reco::Dimension::Month ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
  x->setTitleText(granularity == reco::Dimension::Day    ? DashboardCharts::tr("Day")
                  : granularity == reco::Dimension::Week ? DashboardCharts::tr("Week (starting Monday)")
                                                         : DashboardCharts::tr("Month"));
  x->setTickCount(std::min<int>(6, std::max<int>(2, static_cast<int>(series.size()))));
  if (!series.empty()) {
    x->setMin(QDateTime::fromMSecsSinceEpoch(series.front().id * 86400000LL, Qt::UTC));
    // The end of the last bucket's first day, not the next midnight: the last label names the last day shown.
    x->setMax(QDateTime::fromMSecsSinceEpoch(series.back().id * 86400000LL + 86400000LL - 1000, Qt::UTC));
  }
  auto* y = new QValueAxis;
  y->setTitleText(seriesAxisTitle(measure));
  y->setRange(0, maxValue * 1.1);
  y->applyNiceNumbers();
  y->setLabelFormat(measure == SeriesMeasure::Ctr ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  line->attachAxis(x);
  line->attachAxis(y);
  for (QLineSeries* s : dashed) {
    s->attachAxis(x);
    s->attachAxis(y);
  }
  if (!dashed.empty()) {
    // The legend explains the dashed parts only (each name once); the solid line is named by the panel's title.
    for (QLegendMarker* marker : chart->legend()->markers(line)) marker->setVisible(false);
    if (dashed.size() == 2 && dashed[0]->name() == dashed[1]->name())
      for (QLegendMarker* marker : chart->legend()->markers(dashed[1])) marker->setVisible(false);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);  // the legend shows the dashed line itself
  } else {
    chart->legend()->hide();
  }
  // Tooltips and drill-down by the bucket nearest to the pointer.
  auto nearest = [series](const QPointF& p) {
    int best = -1;
    double bestDist = 0;
    for (std::size_t i = 0; i < series.size(); ++i) {
      double d = std::fabs(xOfBucket(series[i]) - p.x());
      if (best < 0 || d < bestDist) {
        best = static_cast<int>(i);
        bestDist = d;
      }
    }
    return best;
  };
  std::vector<QLineSeries*> all = dashed;
  all.push_back(line);
  for (QLineSeries* s : all) {
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

namespace {

// One row of an interval chart: a point at `value` and its interval as an I-bar.
struct IntervalRow {
  QString label;  // the axis label
  QString key;    // the series names' suffix (the variant)
  double low = 0, value = 0, high = 0;
  QString tooltip;
};

// Rows top-down on a category axis; the value axis at the bottom. zeroLine adds a dashed vertical line at 0.
QChart* intervalChart(const std::vector<IntervalRow>& rows, const QString& valueTitle, const QString& pointPrefix,
                      const QString& intervalPrefix, bool zeroLine, bool dark) {
  QChart* chart = newChart(dark);
  chart->legend()->hide();
  auto* y = new QCategoryAxis;
  y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
  const double n = static_cast<double>(rows.size());
  y->setRange(0.4, std::max(1.0, n) + 0.6);
  y->setGridLineVisible(false);
  auto* x = new QValueAxis;
  x->setTitleText(valueTitle);
  // The axis spans the intervals (and zero for differences), not zero to the top: rates of a few percent would
  // otherwise squeeze their intervals into dots.
  double lo = zeroLine || rows.empty() ? 0.0 : rows.front().low, hi = zeroLine || rows.empty() ? 0.0 : rows.front().high;
  for (const IntervalRow& r : rows) {
    lo = std::min(lo, r.low);
    hi = std::max(hi, r.high);
  }
  const double pad = std::max((hi - lo) * 0.1, 0.05);
  x->setRange(zeroLine ? lo - pad : std::max(0.0, lo - pad), hi + pad);
  x->applyNiceNumbers();
  // Ticks anchored at exactly 0: counted up from the nice minimum, the zero tick came out as -1e-17, "-0.0".
  if (x->tickCount() > 1) {
    const double step = (x->max() - x->min()) / (x->tickCount() - 1);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0.0);
    x->setTickInterval(step);
  }
  x->setLabelFormat(QStringLiteral("%.1f"));
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  const QColor ink = ChartTheme::foreground(chart);
  auto attach = [&](QXYSeries* s) {
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
  };
  if (zeroLine) {
    auto* zero = new QLineSeries;
    zero->setObjectName(QStringLiteral("zero"));
    zero->append(0, 0.4);
    zero->append(0, std::max(1.0, n) + 0.6);
    attach(zero);
    QPen pen(ink, 1, Qt::DashLine);
    zero->setPen(pen);
  }
  // A category axis takes its labels in increasing order: bottom row first.
  for (std::size_t i = rows.size(); i-- > 0;) y->append(rows[i].label, n - static_cast<double>(i));
  QColor pointColour;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const IntervalRow& r = rows[i];
    const double at = n - static_cast<double>(i);
    constexpr double cap = 0.12;
    auto* bar = new QLineSeries;  // an I-bar drawn as one path: cap, line, cap
    bar->setObjectName(intervalPrefix + r.key);
    bar->append(r.low, at - cap);
    bar->append(r.low, at + cap);
    bar->append(r.low, at);
    bar->append(r.high, at);
    bar->append(r.high, at + cap);
    bar->append(r.high, at - cap);
    attach(bar);
    bar->setPen(QPen(ink, 2));
    auto* point = new QScatterSeries;
    point->setObjectName(pointPrefix + r.key);
    point->setMarkerSize(11);
    point->append(r.value, at);
    attach(point);
    // One colour for every point (the theme's first): the rows are named by the axis, not by colour.
    if (!pointColour.isValid()) pointColour = point->color();
    point->setColor(pointColour);
    point->setBorderColor(pointColour);
    const QString tip = r.tooltip;
    for (QXYSeries* s : {static_cast<QXYSeries*>(bar), static_cast<QXYSeries*>(point)})
      QObject::connect(s, &QXYSeries::hovered, s, [tip](const QPointF&, bool state) {
        if (state) showTip(tip);
      });
  }
  return chart;
}

}  // namespace

QChart* abChart(const reco::AbComparison& ab, bool dark) {
  std::vector<IntervalRow> rows;
  const QString successName = QString::fromStdString(ab.successName), trialName = QString::fromStdString(ab.trialName);
  for (const reco::AbArm& a : ab.arms) {
    IntervalRow r;
    r.key = r.label = QString::fromStdString(a.name);
    r.low = a.ci.low * 100.0;
    r.value = a.rate * 100.0;
    r.high = a.ci.high * 100.0;
    r.tooltip = DashboardCharts::tr("<b>%1</b><br>%2 %3 of %4 %5<br>rate %6 (95% interval %7 – %8)")
                    .arg(QString::fromStdString(a.name), countText(a.successes), successName, countText(a.trials),
                         trialName, percentText(a.rate), percentText(a.ci.low), percentText(a.ci.high));
    rows.push_back(r);
  }
  return intervalChart(rows,
                       DashboardCharts::tr("%1 (%) with its 95% interval").arg(QString::fromStdString(ab.metric)),
                       QStringLiteral("rate:"), QStringLiteral("interval:"), false, dark);
}

QChart* abDifferenceChart(const reco::AbComparison& ab, bool dark) {
  std::vector<IntervalRow> rows;
  const QString base = ab.arms.empty() ? QString() : QString::fromStdString(ab.arms.front().name);
  for (std::size_t i = 1; i < ab.arms.size(); ++i) {
    const reco::AbArm& a = ab.arms[i];
    IntervalRow r;
    r.key = QString::fromStdString(a.name);
    //: A variant's difference from the baseline: "B − A".
    r.label = DashboardCharts::tr("%1 − %2").arg(r.key, base);
    r.low = a.differenceCi.low * 100.0;
    r.value = a.difference * 100.0;
    r.high = a.differenceCi.high * 100.0;
    r.tooltip = DashboardCharts::tr("<b>%1 − %2</b><br>%3 percentage points (95% interval %4 to %5)<br>p-value %6")
                    .arg(r.key, base, LocaleFormat::signedDecimal(r.value, 2), LocaleFormat::signedDecimal(r.low, 2),
                         LocaleFormat::signedDecimal(r.high, 2), LocaleFormat::pValue(a.p));
    rows.push_back(r);
  }
  return intervalChart(rows,
                       DashboardCharts::tr("Difference from %1 in %2 (percentage points)")
                           .arg(base, QString::fromStdString(ab.metric)),
                       QStringLiteral("difference:"), QStringLiteral("differenceInterval:"), true, dark);
}

}  // namespace dashboardcharts

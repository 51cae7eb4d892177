#include "ui/base/ChartTheme.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QPalette>
#include <QPen>
#include <QScatterSeries>
#include <QXYSeries>
#include <algorithm>

#include "core/base/ColourContrast.h"

namespace ChartTheme {

bool isDark(const QPalette& palette) {
  return palette.color(QPalette::Window).lightness() < 128;
}

void apply(QChart* chart, bool dark) {
  chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
  // Axis and bar labels in the UI's locale (UiLanguage sets the default), with its thousands separators.
  chart->setLocale(QLocale());
  chart->setLocalizeNumbers(true);
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->setBackgroundRoundness(0);
}

namespace {

reco::Rgb rgb(const QColor& c) {
  return {static_cast<std::uint8_t>(c.red()), static_cast<std::uint8_t>(c.green()),
          static_cast<std::uint8_t>(c.blue())};
}

// The series colour moved away from every background colour (the stops of a gradient) until it contrasts 3:1.
QColor contrasting(QColor colour, const QList<QColor>& backgrounds, bool dark) {
  const auto worst = [&backgrounds](const QColor& c) {
    double w = 21;
    for (const QColor& b : backgrounds) w = std::min(w, reco::contrastRatio(rgb(c), rgb(b)));
    return w;
  };
  for (int step = 0; step < 12 && worst(colour) < 3.0; ++step) colour = dark ? colour.lighter(112) : colour.darker(112);
  return colour;
}

}  // namespace

void ensureSeriesContrast(QChart* chart) {
  QList<QColor> backgrounds;
  if (const QGradient* gradient = chart->backgroundBrush().gradient())
    for (const auto& stop : gradient->stops()) backgrounds << stop.second;
  else
    backgrounds << chart->backgroundBrush().color();
  const bool dark = chart->theme() == QChart::ChartThemeDark;
  for (QAbstractSeries* series : chart->series()) {
    if (auto* xy = qobject_cast<QXYSeries*>(series)) {
      QPen pen = xy->pen();
      pen.setColor(contrasting(pen.color(), backgrounds, dark));
      xy->setPen(pen);
      if (auto* scatter = qobject_cast<QScatterSeries*>(series))
        scatter->setColor(contrasting(scatter->color(), backgrounds, dark));
    } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
      // Labels inside a bar are read against the bar, labels past its end against the background.
      const bool inside = bars->labelsPosition() != QAbstractBarSeries::LabelsOutsideEnd;
      for (QBarSet* set : bars->barSets()) {
        set->setColor(contrasting(set->color(), backgrounds, dark));
        const QColor under = inside ? set->color() : backgrounds.front();
        if (reco::contrastRatio(rgb(set->labelColor()), rgb(under)) < 4.5)
          set->setLabelColor(inside ? labelOn(under) : foreground(chart));
      }
    }
  }
}

QColor foreground(const QChart* chart) {
  return chart->titleBrush().color();
}

QColor labelOn(const QColor& fill) {
  const reco::Rgb c = reco::readableOn(rgb(fill));
  return QColor(c.r, c.g, c.b);
}

}  // namespace ChartTheme

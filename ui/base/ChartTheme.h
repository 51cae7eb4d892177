// The one way every chart follows the application's light or dark palette: Qt Charts' light or dark theme (background,
// title, axes, grid, series colours) chosen from the widget's palette, plus the colours for what a chart draws on
// top of its series (whiskers, bar labels) so they stay readable on either. Dashboard and Models charts use it; a
// chart view calls apply() again on QEvent::PaletteChange so a theme switch reaches charts already shown.
#pragma once

#include <QColor>

class QChart;
class QPalette;

namespace ChartTheme {

// True when the palette's window colour is darker than mid-grey (the dark theme, or a dark system palette).
bool isDark(const QPalette& palette);
// Sets the chart's theme (resets its series colours: call before customising pens), square corners, no animation,
// and numbers on its axes and labels in the default locale (QLocale()), thousands separators included. Label
// formats keep working localised except "%d"/"%i": use "%.0f" for whole numbers.
void apply(QChart* chart, bool dark);
// Darkens (light theme) or lightens (dark theme) every series colour that contrasts less than 3:1 (WCAG's
// non-text contrast) with the chart's background (Qt's light theme starts with a blue just under it), and gives bar
// labels under 4.5:1 a readable colour: black or white on their bar, the theme's text colour past its end. Call
// once the series are added (ChartPanel::setChart does).
void ensureSeriesContrast(QChart* chart);
// The colour of lines drawn over the plot, e.g. confidence whiskers: the theme's text colour.
QColor foreground(const QChart* chart);
// Black or white, whichever reads better on `fill` (a bar's colour), for labels drawn inside bars.
QColor labelOn(const QColor& fill);

}  // namespace ChartTheme

#include "ui/models/ShortestDoubleSpinBox.h"

#include <QLocale>
#include <cmath>

ShortestDoubleSpinBox::ShortestDoubleSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {}

QString ShortestDoubleSpinBox::textFromValue(double value) const {
  // Rounded to the box's precision first, so 0.1 + 0.2 shows "0.3"; then the shortest form that reads back the same,
  // never in exponent notation (a user types "0.0001", not "1e-04").
  const double scale = std::pow(10.0, decimals());
  const double rounded = std::round(value * scale) / scale;
  QLocale shown = locale();
  if (!isGroupSeparatorShown()) shown.setNumberOptions(shown.numberOptions() | QLocale::OmitGroupSeparator);
  return shown.toString(rounded == 0.0 ? 0.0 : rounded, 'f', QLocale::FloatingPointShortest);
}

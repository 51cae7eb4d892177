#include "ui/base/ChangeColours.h"

#include <QPalette>

#include "ui/base/ChartTheme.h"

namespace ChangeColours {

// Material green 800 / red 800 on light bases (5.1:1 and 5.6:1 on white), green 300 / red 200 on dark ones.
QColor better(const QPalette& palette) {
  return ChartTheme::isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

QColor worse(const QPalette& palette) {
  return ChartTheme::isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

}  // namespace ChangeColours

// The colours that mark a change for the better (green) or the worse (red) in tables (Evaluate's results, the
// curation impact), chosen for the palette so the text stays readable: at least 4.5:1 against the base colour of the
// light and of the dark theme.
#pragma once

#include <QColor>

class QPalette;

namespace ChangeColours {

QColor better(const QPalette& palette);
QColor worse(const QPalette& palette);

}  // namespace ChangeColours

// How the GUI shows a file's place to people: a path under the home folder as "~/…" (on Unix, as a shell writes it),
// any other path whole, with native separators. Tooltips and dialogs that must be exact show the whole path.
#pragma once

#include <QString>

// "/home/anna/Documents/shop.reco" -> "~/Documents/shop.reco"; on Windows, and outside the home folder, the whole
// native path.
QString pathForPeople(const QString& path);

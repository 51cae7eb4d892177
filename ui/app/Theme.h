// Applies the user's theme choice ("system", "light" or "dark") to the whole application.
#pragma once

#include <QString>

void applyTheme(const QString& theme);

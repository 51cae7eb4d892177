// Helpers for the widget tests: render a widget offscreen, judge that the image has real content, and keep a copy
// in $RECO_SHOT_DIR when set (for looking at the screens).
#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

namespace shots {

// The widget rendered with QWidget::grab().
QImage render(QWidget& widget);
// Number of distinct colours (a blank or single-colour image has very few).
int distinctColours(const QImage& image);
// Share of pixels that differ from the most common colour (0..1).
double nonBackgroundShare(const QImage& image);
// Saves into $RECO_SHOT_DIR/<name>.png when the variable is set; returns the path written or empty.
QString keep(const QImage& image, const QString& name);

}  // namespace shots

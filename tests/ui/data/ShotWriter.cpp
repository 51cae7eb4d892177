#include "ShotWriter.h"

#include <QDir>
#include <QHash>
#include <QPixmap>

namespace shots {

QImage render(QWidget& widget) { return widget.grab().toImage().convertToFormat(QImage::Format_RGB32); }

int distinctColours(const QImage& image) {
  QHash<QRgb, int> seen;
  for (int y = 0; y < image.height(); y += 2)
    for (int x = 0; x < image.width(); x += 2) seen[image.pixel(x, y)]++;
  return static_cast<int>(seen.size());
}

double nonBackgroundShare(const QImage& image) {
  QHash<QRgb, int> counts;
  int total = 0;
  for (int y = 0; y < image.height(); y += 2)
    for (int x = 0; x < image.width(); x += 2) {
      counts[image.pixel(x, y)]++;
      ++total;
    }
  int most = 0;
  for (int c : counts) most = std::max(most, c);
  return total ? 1.0 - static_cast<double>(most) / total : 0.0;
}

QString keep(const QImage& image, const QString& name) {
  const QString dir = qEnvironmentVariable("RECO_SHOT_DIR");
  if (dir.isEmpty()) return {};
  QDir().mkpath(dir);
  const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
  return image.save(path) ? path : QString();
}

}  // namespace shots

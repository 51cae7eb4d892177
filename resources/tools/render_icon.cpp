// render_icon: a build-time tool that renders the SVG application icon to the PNG sizes of the hicolor icon theme.
// Usage: render_icon ICON.svg OUT_DIR SIZE...   writes OUT_DIR/<SIZE>x<SIZE>.png for each size.
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv) {
  // No display at build time: the offscreen platform is enough for painting into images.
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  const QStringList args = QCoreApplication::arguments();
  if (args.size() < 4) {
    std::fprintf(stderr, "usage: render_icon ICON.svg OUT_DIR SIZE...\n");
    return 2;
  }
  QSvgRenderer renderer(args.at(1));
  if (!renderer.isValid()) {
    std::fprintf(stderr, "render_icon: %s: not a readable SVG file\n", qPrintable(args.at(1)));
    return 1;
  }
  const QDir outDir(args.at(2));
  if (!outDir.mkpath(QStringLiteral("."))) {
    std::fprintf(stderr, "render_icon: %s: cannot create the folder\n", qPrintable(args.at(2)));
    return 1;
  }
  for (qsizetype i = 3; i < args.size(); ++i) {
    bool ok = false;
    const int size = args.at(i).toInt(&ok);
    if (!ok || size < 1 || size > 4096) {
      std::fprintf(stderr, "render_icon: '%s': a size must be a whole number of pixels from 1 to 4096\n",
                   qPrintable(args.at(i)));
      return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
      QPainter painter(&image);
      painter.setRenderHint(QPainter::Antialiasing);
      renderer.render(&painter, QRectF(0, 0, size, size));
    }
    const QString path = outDir.filePath(QStringLiteral("%1x%1.png").arg(size));
    if (!image.save(path, "PNG")) {
      std::fprintf(stderr, "render_icon: %s: cannot write the PNG file\n", qPrintable(path));
      return 1;
    }
  }
  return 0;
}

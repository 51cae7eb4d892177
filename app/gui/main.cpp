// recoengine: the desktop application. Parses the command line, loads translations and shows the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "core/base/Version.h"
#include "ui/app/AppSettings.h"
#include "ui/app/MainWindow.h"
#include "ui/app/Theme.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("RecoEngine"));
  QApplication::setApplicationName(QStringLiteral("recoengine"));
  QApplication::setApplicationDisplayName(QStringLiteral("RecoEngine"));
  QApplication::setApplicationVersion(QString::fromUtf8(reco::versionString().data(), static_cast<qsizetype>(reco::versionString().size())));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/recoengine.svg")));

  QTranslator qtTranslator;
  if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(&qtTranslator);
  QTranslator appTranslator;
  if (appTranslator.load(QLocale(), QStringLiteral("recoengine"), QStringLiteral("_"), QStringLiteral(":/i18n")))
    QApplication::installTranslator(&appTranslator);

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QApplication::translate("main", "RecoEngine, a workbench for recommendation systems."));
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption demo(QStringLiteral("demo"),
                          QApplication::translate("main", "Open the demo project (creating it when missing)."));
  parser.addOption(demo);
  parser.addPositionalArgument(QStringLiteral("PROJECT"), QApplication::translate("main", "Project file to open."),
                               QStringLiteral("[PROJECT]"));
  parser.process(app);
  const QStringList positional = parser.positionalArguments();
  if (positional.size() > 1) parser.showHelp(2);

  AppSettings settings;
  applyTheme(settings.theme());
  MainWindow window(settings);
  window.show();
  window.startUp(positional.isEmpty() ? QString() : positional.first(), parser.isSet(demo));
  return QApplication::exec();
}

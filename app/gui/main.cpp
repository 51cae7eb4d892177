// recoengine: the desktop application. Parses the command line, loads translations and shows the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>
#include <string_view>

#include "core/base/Version.h"
#include "ui/app/AppSettings.h"
#include "ui/app/BuildInfo.h"
#include "ui/app/MainWindow.h"
#include "ui/app/Theme.h"
#include "ui/app/UiLanguage.h"

int main(int argc, char** argv) {
  // --version and --help print text only: they must work without a display (man page generation, a bare shell).
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg(argv[i]);
    if (arg == "-v" || arg == "--version" || arg == "-h" || arg == "--help" || arg == "--help-all")
      qputenv("QT_QPA_PLATFORM", "offscreen");
  }
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("RecoEngine"));
  QApplication::setApplicationName(QStringLiteral("recoengine"));
  QApplication::setApplicationDisplayName(QStringLiteral("RecoEngine"));
  // The installed .desktop entry (resources/desktop/): Wayland shells match the window to its name and icon by it.
  QGuiApplication::setDesktopFileName(QStringLiteral("io.github.recoengine.recoengine"));
  QApplication::setApplicationVersion(QString::fromUtf8(reco::versionString().data(), static_cast<qsizetype>(reco::versionString().size())));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/recoengine.svg")));

  // The language of Preferences (or the system's): translators and the default locale for numbers and dates.
  AppSettings settings;
  UiLanguage::apply(settings.language());

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QApplication::translate("main", "RecoEngine, a workbench for recommendation systems."));
  parser.addHelpOption();
  // Our own --version: the version with its git revision and the Qt, SQLite and Eigen versions (Qt's prints only
  // the version).
  QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                             QApplication::translate("main", "Displays version information."));
  parser.addOption(version);
  QCommandLineOption demo(QStringLiteral("demo"),
                          QApplication::translate("main", "Open the demo project (creating it when missing)."));
  parser.addOption(demo);
  parser.addPositionalArgument(QStringLiteral("PROJECT"), QApplication::translate("main", "Project file to open."),
                               QStringLiteral("[PROJECT]"));
  parser.process(app);
  if (parser.isSet(version)) {
    std::fputs(qPrintable(buildinfo::banner(QStringLiteral("recoengine"))), stdout);
    return 0;
  }
  const QStringList positional = parser.positionalArguments();
  if (positional.size() > 1) parser.showHelp(2);

  applyTheme(settings.theme());
  MainWindow window(settings);
  window.show();
  window.startUp(positional.isEmpty() ? QString() : positional.first(), parser.isSet(demo));
  return QApplication::exec();
}

#include "ui/app/UiLanguage.h"

#include <QLibraryInfo>
#include <QTranslator>

QStringList UiLanguage::codes() {
  return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString UiLanguage::nativeName(const QString& code) {
  if (code == QLatin1String("en")) return QStringLiteral("English");
  if (code == QLatin1String("de")) return QStringLiteral("Deutsch");
  if (code == QLatin1String("fr")) return QStringLiteral("Français");
  if (code == QLatin1String("es")) return QStringLiteral("Español");
  return code;
}

QLocale UiLanguage::locale(const QString& setting, const QLocale& system) {
  if (!codes().contains(setting)) return system;
  const QLocale chosen(setting);
  return chosen.language() == system.language() ? system : chosen;
}

QLocale UiLanguage::apply(const QString& setting) {
  const QLocale loc = locale(setting);
  QLocale::setDefault(loc);
  auto* app = QCoreApplication::instance();
  // Qt's own strings (standard buttons, dialogs); present when Debian's qt6-translations-l10n is installed.
  auto* qt = new QTranslator(app);
  if (qt->load(loc, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qt);
  else
    delete qt;
  // RecoEngine's, embedded by the build (ui/CMakeLists.txt); English's holds only its plural forms ("1 rule"). A
  // language RecoEngine is not translated into (or the C locale of a bare shell) shows the English texts, so it gets
  // English's plural forms too, not "1 rule(s)".
  auto* own = new QTranslator(app);
  if (own->load(loc, QStringLiteral("recoengine"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
      own->load(QStringLiteral("recoengine_en"), QStringLiteral(":/i18n")))
    QCoreApplication::installTranslator(own);
  else
    delete own;
  return loc;
}

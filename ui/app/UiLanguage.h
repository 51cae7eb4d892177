// The user interface language: the languages RecoEngine ships and, at start-up, the translators and the default
// locale (numbers, dates) for the language the user chose in Preferences or the system's.
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

class UiLanguage {
  Q_DECLARE_TR_FUNCTIONS(UiLanguage)

 public:
  // "en", "de", "fr", "es": English is the source language; each other one has translations/recoengine_<code>.ts.
  static QStringList codes();
  // The language's name in itself ("Deutsch", "Français"), so a user finds theirs whatever the current language is.
  static QString nativeName(const QString& code);
  // The locale of a language setting ("system" or one of codes()): the system locale for "system", and also when
  // the system speaks the chosen language (its country's conventions stay); else the language's main locale.
  static QLocale locale(const QString& setting, const QLocale& system = QLocale::system());
  // Makes the setting's locale the default (QLocale() formats numbers and dates in it) and installs RecoEngine's
  // and Qt's translators for it on the application (which owns them). Call once at start-up, before any widget
  // exists. Returns the locale used.
  static QLocale apply(const QString& setting);
};

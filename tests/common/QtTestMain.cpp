// GoogleTest entry point for GUI tests: one QApplication for the whole binary (offscreen in CI).
// The GUI runs in English (with English plural forms); RECO_TEST_LANGUAGE=de (fr, es) runs it in that language, as
// Preferences would at start-up: for looking at translated screens (with RECO_SHOT_DIR); the tests' expectations
// assume English.
#include <QApplication>
#include <gtest/gtest.h>

#include "ui/app/UiLanguage.h"

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("RecoEngineTests"));
  QApplication::setApplicationName(QStringLiteral("recoengine-tests"));
  // English unless asked otherwise, with its plural forms ("3 rules"), as the app shows it.
  UiLanguage::apply(qEnvironmentVariableIsEmpty("RECO_TEST_LANGUAGE") ? QStringLiteral("en")
                                                                       : qEnvironmentVariable("RECO_TEST_LANGUAGE"));
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}

// GoogleTest entry point for GUI tests: one QApplication for the whole binary (offscreen in CI).
// RECO_TEST_LANGUAGE=de (fr, es) runs the GUI in that language, as Preferences would at start-up: for looking at
// translated screens (with RECO_SHOT_DIR); the tests' expectations assume English.
#include <QApplication>
#include <gtest/gtest.h>

#include "ui/app/UiLanguage.h"

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("RecoEngineTests"));
  QApplication::setApplicationName(QStringLiteral("recoengine-tests"));
  if (!qEnvironmentVariableIsEmpty("RECO_TEST_LANGUAGE"))
    UiLanguage::apply(qEnvironmentVariable("RECO_TEST_LANGUAGE"));
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}

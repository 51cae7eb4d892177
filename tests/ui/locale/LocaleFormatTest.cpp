// Numbers, percentages and dates follow the chosen language's locale on screen, and machine formats do not; the
// language setting and its locale.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QLocale>
#include <QTemporaryDir>

#include "ui/app/AppSettings.h"
#include "ui/base/LocaleFormat.h"
#include "ui/app/PreferencesDialog.h"
#include "ui/app/UiLanguage.h"
#include "core/analytics/DashboardCsv.h"
#include "ui/dashboard/TopItemsModel.h"

namespace {

// Sets the default locale for one test and restores the previous one.
class DefaultLocale {
 public:
  explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
  ~DefaultLocale() { QLocale::setDefault(previous_); }

 private:
  QLocale previous_;
};

reco::Group item() {
  reco::Group g;
  g.key = "i1";
  g.label = "Item one";
  g.m.impressions = 1234567;
  g.m.clicks = 152345;  // CTR 12.34 %
  g.m.addToCarts = 2000;
  g.m.purchases = 1000;
  g.m.revenue = 1234.5;
  return g;
}

TEST(LocaleFormat, WritesNumbersInTheDefaultLocale) {
  DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
  EXPECT_EQ(LocaleFormat::decimal(1234.5, 1), QStringLiteral("1.234,5"));
  EXPECT_EQ(LocaleFormat::count(1234567), QStringLiteral("1.234.567"));
  EXPECT_EQ(LocaleFormat::signedDecimal(0.0123, 4), QStringLiteral("+0,0123"));
  EXPECT_EQ(LocaleFormat::signedDecimal(-0.5, 2), QStringLiteral("-0,50"));
  EXPECT_EQ(LocaleFormat::significant(0.000123, 3), QStringLiteral("0,000123"));
  EXPECT_TRUE(LocaleFormat::percent(0.1234).startsWith(QStringLiteral("12,3")));
  EXPECT_EQ(LocaleFormat::decimal(std::nan(""), 2), LocaleFormat::missing());
  EXPECT_EQ(LocaleFormat::date(QDate(2026, 12, 6)), QStringLiteral("06.12.2026"));
  EXPECT_EQ(LocaleFormat::isoDay(QStringLiteral("2026-03-01")), QStringLiteral("01.03.2026"));
  EXPECT_EQ(LocaleFormat::isoDay(QStringLiteral("2024-W05")), QStringLiteral("2024-W05"));
  EXPECT_TRUE(LocaleFormat::utcDateTime(1780000000).startsWith(QStringLiteral("28.05.2026 20:26")));

  DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
  EXPECT_EQ(LocaleFormat::decimal(1234.5, 1), QStringLiteral("1,234.5"));
  EXPECT_EQ(LocaleFormat::date(QDate(2026, 12, 6)), QStringLiteral("12/6/2026"));
}

TEST(LocaleFormat, TheDashboardTopItemsFollowTheLocale) {
  DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
  TopItemsModel model;
  model.setItems({item()});
  const auto text = [&](int column) { return model.index(0, column).data().toString(); };
  EXPECT_EQ(text(TopItemsModel::Impressions), QStringLiteral("1.234.567"));
  EXPECT_EQ(text(TopItemsModel::Revenue), QStringLiteral("1.234,50"));
  EXPECT_TRUE(text(TopItemsModel::Ctr).startsWith(QStringLiteral("12,34"))) << text(TopItemsModel::Ctr).toStdString();
}

TEST(LocaleFormat, CsvExportsKeepTheMachineFormat) {
  DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
  const std::string csv = reco::writeGroupsCsv({item()}, "item", false);
  EXPECT_NE(csv.find(",1234567,152345,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("1234.5"), std::string::npos) << csv;
  EXPECT_EQ(csv.find("1.234"), std::string::npos) << csv;
}

TEST(UiLanguage, ChoosesTheLocaleOfTheSetting) {
  const QLocale us(QLocale::English, QLocale::UnitedStates);
  const QLocale austria(QLocale::German, QLocale::Austria);
  EXPECT_EQ(UiLanguage::locale(QStringLiteral("system"), austria), austria);
  EXPECT_EQ(UiLanguage::locale(QStringLiteral("de"), us).language(), QLocale::German);
  // The system speaks the chosen language: its country's conventions stay.
  EXPECT_EQ(UiLanguage::locale(QStringLiteral("de"), austria), austria);
  EXPECT_EQ(UiLanguage::locale(QStringLiteral("fr"), austria).language(), QLocale::French);
  EXPECT_EQ(UiLanguage::locale(QStringLiteral("es"), us).language(), QLocale::Spanish);
  EXPECT_EQ(UiLanguage::locale(QStringLiteral("xx"), austria), austria);
  EXPECT_EQ(UiLanguage::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
}

TEST(UiLanguage, IsASettingChosenInPreferences) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
  EXPECT_EQ(settings.language(), QStringLiteral("system"));
  settings.setLanguage(QStringLiteral("nonsense"));
  EXPECT_EQ(settings.language(), QStringLiteral("system"));

  PreferencesDialog dialog(settings);
  QComboBox* language = dialog.languageCombo();
  EXPECT_EQ(language->count(), 1 + UiLanguage::codes().size());
  EXPECT_EQ(language->currentData().toString(), QStringLiteral("system"));
  language->setCurrentIndex(language->findData(QStringLiteral("es")));
  dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findData(QStringLiteral("dark")));
  dialog.accept();
  EXPECT_EQ(settings.language(), QStringLiteral("es"));
  EXPECT_EQ(settings.theme(), QStringLiteral("dark"));

  settings.sync();
  AppSettings reread(dir.filePath(QStringLiteral("settings.ini")));
  EXPECT_EQ(reread.language(), QStringLiteral("es"));
}

}  // namespace

// p-values past the floor read "< 0.001" (the dashboard printed 1.13e-40); others three decimals, in the locale.
TEST(LocaleFormat, PValuesHaveAFloorAndFollowTheLocale) {
  {
    DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(LocaleFormat::pValue(1.13e-40), QStringLiteral("< 0.001"));
    EXPECT_EQ(LocaleFormat::pValue(0.00099), QStringLiteral("< 0.001"));
    EXPECT_EQ(LocaleFormat::pValue(0.001), QStringLiteral("0.001"));
    EXPECT_EQ(LocaleFormat::pValue(0.0354884505), QStringLiteral("0.035"));
    EXPECT_EQ(LocaleFormat::pValue(1.0), QStringLiteral("1.000"));
    EXPECT_EQ(LocaleFormat::pValue(std::nan("")), LocaleFormat::missing());
    EXPECT_EQ(LocaleFormat::dayRange(QDate(2026, 11, 9), QDate(2026, 12, 6)),
              QStringLiteral("11/9/2026 – 12/6/2026"));
    EXPECT_EQ(LocaleFormat::dayRange(QDate(2026, 12, 6), QDate(2026, 12, 6)), QStringLiteral("12/6/2026"));
  }
  DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
  EXPECT_EQ(LocaleFormat::pValue(1.13e-40), QStringLiteral("< 0,001"));
  EXPECT_EQ(LocaleFormat::pValue(0.0354884505), QStringLiteral("0,035"));
  EXPECT_EQ(LocaleFormat::dayRange(QDate(2026, 11, 9), QDate(2026, 12, 6)),
            QStringLiteral("09.11.2026 – 06.12.2026"));
}

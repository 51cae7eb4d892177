// Numbers, percentages and dates follow the chosen language's locale on screen, and machine formats do not; the
// language setting and its locale.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QTemporaryDir>
#include <algorithm>

#include "core/analytics/DashboardCsv.h"
#include "ui/app/AppSettings.h"
#include "ui/app/PreferencesDialog.h"
#include "ui/app/UiLanguage.h"
#include "ui/base/LocaleFormat.h"
#include "ui/dashboard/TopItemsModel.h"
#include "ui/models/LossChart.h"

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

TEST(LocaleFormat, WritesMoneyInTheDefaultLocale) {
  {
    DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(LocaleFormat::money(1234.5), QStringLiteral("1,234.50"));
    EXPECT_EQ(LocaleFormat::money(-0.5), QStringLiteral("-0.50"));
    EXPECT_EQ(LocaleFormat::money(1234.5, QStringLiteral("€")), QStringLiteral("€1,234.50"));
    EXPECT_EQ(LocaleFormat::money(std::nan("")), LocaleFormat::missing());
  }
  DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
  EXPECT_EQ(LocaleFormat::money(1234.5), QStringLiteral("1.234,50"));
  const QString euros = LocaleFormat::money(1234.5, QStringLiteral("€"));
  EXPECT_TRUE(euros.startsWith(QStringLiteral("1.234,50")) && euros.endsWith(QStringLiteral("€")))
      << euros.toStdString();
}

// Without a translator the unit words are the English source; the numbers follow the locale.
TEST(LocaleFormat, WritesDurationsWithAUnitChosenBySize) {
  {
    DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(LocaleFormat::duration(0.85), QStringLiteral("850 ms"));
    EXPECT_EQ(LocaleFormat::duration(0.0), QStringLiteral("0 ms"));
    EXPECT_EQ(LocaleFormat::duration(0.9996), QStringLiteral("1.0 s"));
    EXPECT_EQ(LocaleFormat::duration(12.34), QStringLiteral("12.3 s"));
    EXPECT_EQ(LocaleFormat::duration(59.97), QStringLiteral("1 min 00 s"));
    EXPECT_EQ(LocaleFormat::duration(245.2), QStringLiteral("4 min 05 s"));
    EXPECT_EQ(LocaleFormat::duration(3599.8), QStringLiteral("1 h 00 min"));
    EXPECT_EQ(LocaleFormat::duration(3720), QStringLiteral("1 h 02 min"));
    EXPECT_EQ(LocaleFormat::duration(1234.0 * 3600 + 300), QStringLiteral("1,234 h 05 min"));
    EXPECT_EQ(LocaleFormat::duration(-1), LocaleFormat::missing());
    EXPECT_EQ(LocaleFormat::duration(std::nan("")), LocaleFormat::missing());
  }
  DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
  EXPECT_EQ(LocaleFormat::duration(0.85), QStringLiteral("850 ms"));
  EXPECT_EQ(LocaleFormat::duration(12.34), QStringLiteral("12,3 s"));
  EXPECT_EQ(LocaleFormat::duration(245.2), QStringLiteral("4 min 05 s"));
  EXPECT_EQ(LocaleFormat::duration(1234.0 * 3600 + 300), QStringLiteral("1.234 h 05 min"));
}

// The texts a chart view draws (title, axis titles and labels), read from its scene once rendered.
QStringList drawnTexts(QChartView& view) {
  view.resize(900, 400);
  (void)view.grab();
  QStringList texts;
  for (const QGraphicsItem* item : view.scene()->items()) {
    if (const auto* t = dynamic_cast<const QGraphicsTextItem*>(item))
      texts << t->toPlainText();
    else if (const auto* s = dynamic_cast<const QGraphicsSimpleTextItem*>(item))
      texts << s->text();
  }
  return texts;
}

// Charts theme through ChartTheme::apply, which localises their numbers: the Models loss chart's axes in en and de.
TEST(LocaleFormat, ChartAxesWriteThousandsSeparators) {
  for (const QLocale& locale :
       {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German, QLocale::Germany)}) {
    DefaultLocale scoped(locale);
    LossChart chart;
    chart.start(QStringLiteral("model"), 12345);
    chart.addIteration(12345, 23456.0);
    const QStringList texts = drawnTexts(chart);
    const std::string all = texts.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(texts.contains(locale.toString(12345))) << locale.name().toStdString() << ": " << all;  // x axis
    const auto grouped = std::count_if(texts.begin(), texts.end(), [&](const QString& t) {
      return t.contains(locale.groupSeparator()) && t != locale.toString(12345);
    });
    EXPECT_GE(grouped, 3) << locale.name().toStdString() << ": " << all;  // the rest of both axes
    EXPECT_FALSE(std::any_of(texts.begin(), texts.end(), [](const QString& t) {
      return t.contains(QLatin1String("e+"), Qt::CaseInsensitive);
    })) << all;
  }
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

// How the GUI writes numbers, percentages, durations and dates for people: in the default locale (QLocale(), set at
// start-up from the language setting, UiLanguage::apply). Machine formats (CSV exports, ids, file names) do not use
// these: they keep the C locale and ISO 8601 dates.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <cstdint>

class LocaleFormat {
  Q_DECLARE_TR_FUNCTIONS(LocaleFormat)

 public:
  // Shown for a value that does not exist (NaN, no data).
  static QString missing();
  // 1234567 -> "1,234,567" (en) / "1.234.567" (de).
  static QString count(std::int64_t n);
  // Fixed decimals: 1234.5 -> "1,234.50" (en) / "1.234,50" (de). NaN -> missing().
  static QString decimal(double v, int decimals);
  // Fixed decimals with an explicit sign: "+0.0123", "−0.0040" in the locale's signs. NaN -> missing().
  static QString signedDecimal(double v, int decimals);
  // Significant digits, as printf's %g: 0.000123 -> "0.000123", 1.5e-7 -> "1.5e-07" (de: "1,5E-07").
  static QString significant(double v, int digits);
  // A fraction as a percentage: 0.1234 -> "12.3%" (en) / "12,3 %" (de, fr, es). NaN -> missing().
  static QString percent(double fraction, int decimals = 1);
  // A value already in percent (12.34 -> "12.3%").
  static QString percentValue(double percentValue, int decimals = 1);
  // Seconds of work: "3.25 s".
  static QString seconds(double seconds, int decimals = 2);
  // A calendar day in the locale's short form with a four-digit year: "12/6/2026" (en_US), "06.12.2026" (de).
  static QString date(const QDate& day);
  // A day given as "YYYY-MM-DD" (core's format); returned unchanged when it does not parse.
  static QString isoDay(const QString& isoDay);
  // Date and time to the minute (or the second), in the time zone of `t`.
  static QString dateTime(const QDateTime& t, bool withSeconds = false);
  // The display formats of date (and time) editors, the same as date() and dateTime() write.
  static QString dateFormat();
  static QString dateTimeFormat(bool withSeconds = false);
  // Unix seconds shown in UTC, marked as such.
  static QString utcDateTime(std::int64_t unixSeconds, bool withSeconds = false);
  // A sum of money: with a currency symbol, the locale's currency format ("€1,234.50" en, "1.234,50 €" de); without
  // one (projects record no currency today), the amount with two decimals ("1,234.50" / "1.234,50"). NaN -> missing().
  static QString money(double amount, const QString& currencySymbol = {});
  // A length of time for people, its unit chosen by size: "850 ms", "12.3 s", "4 min 05 s", "1 h 02 min".
  // Negative or NaN -> missing().
  static QString duration(double seconds);

  // --- Dashboard additions (p-values, periods) ---
  // A p-value for people: three decimals ("0.035", de "0,035"), and "< 0.001" below that floor instead of
  // 1.13e-40, whose digits mean nothing. NaN -> missing().
  static QString pValue(double p);
  // An inclusive range of days: "11/9/2026 – 12/6/2026" (en_US), "09.11.2026 – 06.12.2026" (de); one day alone
  // when both are the same.
  static QString dayRange(const QDate& first, const QDate& last);
};

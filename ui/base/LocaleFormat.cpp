#include "ui/base/LocaleFormat.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace {

// The locale's short date format with a four-digit year (German and others use "dd.MM.yy" by default).
QString shortDateFormat(const QLocale& locale) {
  QString format = locale.dateFormat(QLocale::ShortFormat);
  if (!format.contains(QLatin1String("yyyy"))) format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
  return format;
}

QString shortTimeFormat(const QLocale& locale, bool withSeconds) {
  QString format = locale.timeFormat(QLocale::ShortFormat);
  if (withSeconds && !format.contains(QLatin1String("ss"))) {
    const qsizetype m = format.lastIndexOf(QLatin1String("mm"));
    if (m >= 0) format.insert(m + 2, QLatin1String(":ss"));
  }
  return format;
}

}  // namespace

QString LocaleFormat::missing() { return QStringLiteral("–"); }

QString LocaleFormat::count(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

QString LocaleFormat::decimal(double v, int decimals) {
  return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : missing();
}

QString LocaleFormat::signedDecimal(double v, int decimals) {
  if (!std::isfinite(v)) return missing();
  const QLocale locale;
  const QString magnitude = locale.toString(std::abs(v), 'f', decimals);
  if (v > 0) return locale.positiveSign() + magnitude;
  if (v < 0) return locale.negativeSign() + magnitude;
  return magnitude;
}

QString LocaleFormat::significant(double v, int digits) {
  return std::isfinite(v) ? QLocale().toString(v, 'g', digits) : missing();
}

QString LocaleFormat::percent(double fraction, int decimals) {
  return std::isfinite(fraction) ? percentValue(fraction * 100.0, decimals) : missing();
}

QString LocaleFormat::percentValue(double value, int decimals) {
  if (!std::isfinite(value)) return missing();
  //: A percentage: %1 is the number in the locale's format. Languages that set the percent sign apart
  //: (German, French, Spanish) write "%1 %" with a no-break space.
  return tr("%1%", "percentage").arg(QLocale().toString(value, 'f', decimals));
}

QString LocaleFormat::seconds(double s, int decimals) {
  //: A duration in seconds; %1 is the number.
  return std::isfinite(s) ? tr("%1 s", "duration").arg(QLocale().toString(s, 'f', decimals)) : missing();
}

QString LocaleFormat::date(const QDate& day) {
  if (!day.isValid()) return missing();
  const QLocale locale;
  return locale.toString(day, shortDateFormat(locale));
}

QString LocaleFormat::isoDay(const QString& isoDay) {
  const QDate day = QDate::fromString(isoDay, Qt::ISODate);
  return day.isValid() ? date(day) : isoDay;
}

QString LocaleFormat::dateTime(const QDateTime& t, bool withSeconds) {
  if (!t.isValid()) return missing();
  const QLocale locale;
  return locale.toString(t, shortDateFormat(locale) + QLatin1Char(' ') + shortTimeFormat(locale, withSeconds));
}

QString LocaleFormat::dateFormat() { return shortDateFormat(QLocale()); }

QString LocaleFormat::dateTimeFormat(bool withSeconds) {
  const QLocale locale;
  return shortDateFormat(locale) + QLatin1Char(' ') + shortTimeFormat(locale, withSeconds);
}

QString LocaleFormat::utcDateTime(std::int64_t unixSeconds, bool withSeconds) {
  //: A date and time in UTC; %1 is the date and time in the locale's format.
  return tr("%1 UTC").arg(dateTime(QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()), withSeconds));
}

QString LocaleFormat::money(double amount, const QString& currencySymbol) {
  if (!std::isfinite(amount)) return missing();
  if (currencySymbol.isEmpty()) return decimal(amount, 2);
  return QLocale().toCurrencyString(amount, currencySymbol, 2);
}

QString LocaleFormat::duration(double s) {
  if (!std::isfinite(s) || s < 0) return missing();
  const QLocale locale;
  const auto twoDigits = [](long long v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
  if (std::llround(s * 1000.0) < 1000)
    //: A duration in milliseconds; %1 is the number.
    return tr("%1 ms", "duration").arg(locale.toString(std::llround(s * 1000.0)));
  if (std::llround(s * 10.0) < 600) return tr("%1 s", "duration").arg(locale.toString(s, 'f', 1));
  const long long wholeSeconds = std::llround(s);
  if (wholeSeconds < 3600)
    //: A duration in minutes and seconds (%2 always has two digits: "4 min 05 s").
    return tr("%1 min %2 s", "duration").arg(locale.toString(wholeSeconds / 60), twoDigits(wholeSeconds % 60));
  const long long minutes = std::llround(s / 60.0);
  //: A duration in hours and minutes (%2 always has two digits: "1 h 02 min").
  return tr("%1 h %2 min", "duration").arg(count(minutes / 60), twoDigits(minutes % 60));
}

// --- Dashboard additions (p-values, periods) ---

QString LocaleFormat::pValue(double p) {
  if (!std::isfinite(p)) return missing();
  constexpr double kFloor = 0.001;
  //: A p-value below the smallest one shown; %1 is 0.001 in the locale's format.
  if (p < kFloor) return tr("< %1", "p-value floor").arg(QLocale().toString(kFloor, 'f', 3));
  return QLocale().toString(std::min(p, 1.0), 'f', 3);
}

QString LocaleFormat::dayRange(const QDate& first, const QDate& last) {
  if (first == last) return date(first);
  //: A range of days, both ends included; %1 and %2 are dates in the locale's format.
  return tr("%1 – %2", "day range").arg(date(first), date(last));
}

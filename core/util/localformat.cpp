// SPDX-License-Identifier: EUPL-1.2
#include "localformat.h"

#include <QRegularExpression>

namespace pactesur {

namespace {

// The long format is the one that spells the month, but it names the weekday too, which a
// date in a list or a report does not need: "Tuesday, 12 March 2024" -> "12 March 2024".
QString withoutWeekday(const QLocale &locale)
{
    static const QRegularExpression weekday(QStringLiteral("[,\\s]*\\bdddd\\b[,\\s]*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(weekday, QStringLiteral(" "));
    return format.trimmed();
}

// Two-digit years are ambiguous for a project that spans decades of records.
QString fourDigitYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QLocale LocalFormat::localeFor(const QString &languageCode)
{
    if (languageCode == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (languageCode == QLatin1String("pt"))
        return QLocale(QLocale::Portuguese, QLocale::Portugal);
    return QLocale(languageCode);
}

QString LocalFormat::dateInputFormat(const QLocale &locale)
{
    return fourDigitYear(locale.dateFormat(QLocale::ShortFormat));
}

QString LocalFormat::date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dateInputFormat(locale)) : QString();
}

QString LocalFormat::time(const QTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, locale.timeFormat(QLocale::ShortFormat))
                          : QString();
}

QString LocalFormat::dateTime(const QDateTime &at, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    return date(at.date(), locale) + QLatin1Char(' ') + time(at.time(), locale);
}

QString LocalFormat::longDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, withoutWeekday(locale)) : QString();
}

QString LocalFormat::mediumDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    static const QRegularExpression month(QStringLiteral("\\bMMMM\\b"));
    return locale.toString(date, withoutWeekday(locale).replace(month, QStringLiteral("MMM")));
}

QString LocalFormat::number(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

} // namespace pactesur

// SPDX-License-Identifier: EUPL-1.2
// Dates, times and numbers as every screen and report writes them: one formatter, so that a
// list, a panel, the dashboard and a report never disagree (issue 18).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

namespace pactesur {

class LocalFormat
{
public:
    // The conventions of an interface language. English is British (day before month,
    // 24-hour clock): partners read "9/1" as the 9th of January, never September 1st.
    // Portuguese is Portugal's, a partner country, not Brazil's (Qt's default for "pt").
    static QLocale localeFor(const QString &languageCode);

    // Short numeric date with a four-digit year: 01/09/2023, 01.09.2023, 2023-09-01.
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    // The short date and the locale's short time: 06/12/2026 17:00.
    static QString dateTime(const QDateTime &at, const QLocale &locale = QLocale());
    static QString time(const QTime &time, const QLocale &locale = QLocale());
    // The date in words without the weekday: 1 September 2023.
    static QString longDate(const QDate &date, const QLocale &locale = QLocale());
    // The same with the month abbreviated: 1 Sept 2023.
    static QString mediumDate(const QDate &date, const QLocale &locale = QLocale());
    static QString number(qint64 value, const QLocale &locale = QLocale());

    // The display format of date fields that people type in (QDateEdit).
    static QString dateInputFormat(const QLocale &locale = QLocale());
};

} // namespace pactesur

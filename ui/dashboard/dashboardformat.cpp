// SPDX-License-Identifier: EUPL-1.2
// Dates and numbers as the dashboard writes them, in the user's locale.
#include "dashboardformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pactesur::dashboardformat {

namespace {

QString withoutWeekday(QString format)
{
    static const QRegularExpression weekday(QStringLiteral("^dddd[\\s,]*|[\\s,]*dddd$"));
    return format.remove(weekday);
}

} // namespace

QString longDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, withoutWeekday(locale.dateFormat(QLocale::LongFormat)));
}

QString mediumDate(const QDate &date)
{
    const QLocale locale;
    QString format = withoutWeekday(locale.dateFormat(QLocale::LongFormat));
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return locale.toString(date, format);
}

QString quarter(const QDate &firstDay)
{
    return QCoreApplication::translate("pactesur::DashboardView", "Q%1 %2", "quarter, year")
        .arg((firstDay.month() - 1) / 3 + 1)
        .arg(firstDay.year());
}

QString percent(qint64 part, qint64 whole)
{
    const qint64 share = whole > 0 ? (100 * part + whole / 2) / whole : 0;
    // French writes "42 %", English "42%": the translation decides.
    return QCoreApplication::translate("pactesur::DashboardView", "%1%", "a percentage")
        .arg(QLocale().toString(share));
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace pactesur::dashboardformat

// SPDX-License-Identifier: EUPL-1.2
// Dates and numbers as the dashboard writes them, in the user's locale.
#include "dashboardformat.h"

#include "util/localformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace pactesur::dashboardformat {

// The dashboard writes dates as every other screen does (one formatter, issue 18).
QString longDate(const QDate &date)
{
    return LocalFormat::longDate(date);
}

QString mediumDate(const QDate &date)
{
    return LocalFormat::mediumDate(date);
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
    return LocalFormat::number(value);
}

} // namespace pactesur::dashboardformat

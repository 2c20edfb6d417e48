// SPDX-License-Identifier: EUPL-1.2
// Dates and numbers as the dashboard writes them, in the user's locale.
#pragma once

#include <QDate>
#include <QString>

namespace pactesur::dashboardformat {

// The locale's long date without the weekday: "14 November 2023".
QString longDate(const QDate &date);
// The same with the month abbreviated: "14 Nov 2023", where short dates would be ambiguous.
QString mediumDate(const QDate &date);
// "Q4 2023".
QString quarter(const QDate &firstDay);
// A share as a whole percentage in the locale's form: "42 %", "42%".
QString percent(qint64 part, qint64 whole);
QString number(qint64 value);

} // namespace pactesur::dashboardformat

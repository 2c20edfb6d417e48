// SPDX-License-Identifier: EUPL-1.2
// The period a report covers, both days included. Without a choice it is the project's
// own period, from its record (PACTESUR 2: September 2023 to August 2025).
#pragma once

#include <QDate>

namespace pactesur {

class Database;
class ReportLanguage;

struct ReportPeriod
{
    QDate from; // invalid: no lower bound
    QDate to; // invalid: no upper bound

    // The project's start and end (the first live project record); open where it has none.
    static ReportPeriod ofProject(const Database &db);
    // The name of that project, for titles ("PACTESUR 2").
    static QString projectName(const Database &db);
    // `from` and `to` where given, the project's dates for the rest.
    static ReportPeriod resolve(const Database &db, const QDate &from, const QDate &to);

    // Whether an activity from `start` to `end` (inclusive; invalid end: one day) meets it.
    bool overlaps(const QDate &start, const QDate &end) const;
    // "1 September 2023 – 31 August 2025", "Since …", "Until …", "All dates", in the
    // report's language.
    QString describe(const ReportLanguage &language) const;
};

} // namespace pactesur

// SPDX-License-Identifier: EUPL-1.2
#include "reportperiod.h"

#include "report/reportlanguage.h"
#include "store/database.h"

#include <QSqlQuery>

namespace pactesur {

ReportPeriod ReportPeriod::ofProject(const Database &db)
{
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    ReportPeriod period;
    if (query.exec(QStringLiteral("SELECT \"start\", \"end\" FROM project WHERE deleted = 0 "
                                  "ORDER BY created_at, id LIMIT 1"))
        && query.next()) {
        period.from = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        period.to = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    }
    return period;
}

QString ReportPeriod::projectName(const Database &db)
{
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral(
            "SELECT name FROM project WHERE deleted = 0 ORDER BY created_at, id LIMIT 1"))
        && query.next())
        return query.value(0).toString();
    return QStringLiteral("PACTESUR 2");
}

ReportPeriod ReportPeriod::resolve(const Database &db, const QDate &from, const QDate &to)
{
    ReportPeriod period = ofProject(db);
    if (from.isValid())
        period.from = from;
    if (to.isValid())
        period.to = to;
    // A chosen start after the project's end (or the reverse) means the chosen bound
    // alone: the project's other bound would make the period empty.
    if (period.from.isValid() && period.to.isValid() && period.from > period.to) {
        if (!to.isValid())
            period.to = QDate();
        else if (!from.isValid())
            period.from = QDate();
    }
    return period;
}

bool ReportPeriod::overlaps(const QDate &start, const QDate &end) const
{
    const QDate last = end.isValid() && end >= start ? end : start;
    return (!from.isValid() || last >= from) && (!to.isValid() || start <= to);
}

QString ReportPeriod::describe(const ReportLanguage &language) const
{
    const QString start = language.longDate(from);
    const QString end = language.longDate(to);
    if (from.isValid() && to.isValid())
        return language.translate("pactesur::ReportPeriod", "%1 – %2").arg(start, end);
    if (from.isValid())
        return language.translate("pactesur::ReportPeriod", "Since %1").arg(start);
    if (to.isValid())
        return language.translate("pactesur::ReportPeriod", "Until %1").arg(end);
    return language.translate("pactesur::ReportPeriod", "All dates");
}

} // namespace pactesur

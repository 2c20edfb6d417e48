// SPDX-License-Identifier: EUPL-1.2
// Internal to DashboardStats: the shared helpers and the readers of the per-city figures
// that come from participation, memberships, contacts and the activity calendar.
#include "stats/dashboardqueries.h"

#include "store/database.h"

#include <QSet>

namespace pactesur::stats {

namespace {

// Walking the calendar back from today finds the latest activity of most cities within a
// few thousand rows; past this many, each city still missing is asked for on its own.
constexpr int kWalkLimit = 20000;

} // namespace

QSqlQuery run(const Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    query.exec();
    return query;
}

RecordFilter countedActivities()
{
    return RecordFilter(kActivities).differs(QStringLiteral("status"), QStringLiteral("cancelled"));
}

RecordFilter exchangedOfficers()
{
    return RecordFilter(kParticipation)
        .positive(QStringLiteral("officers"))
        .in(QStringLiteral("activity"),
            countedActivities().equals(QStringLiteral("kind"), kExchange), QStringLiteral("id"))
        .differsFromReferenced(
            QStringLiteral("city"), QStringLiteral("activity"), QStringLiteral("host_city"));
}

void readParticipation(const Database &db, DashboardStats &stats, const CityIndex &cities)
{
    ProjectFigures &project = stats.project;
    QHash<QString, qint64> byKind;
    // participation_figures (schema v8) holds these sums, kept by triggers as rows change:
    // a few hundred rows to read where the participation rows are hundreds of thousands.
    QSqlQuery query = run(db,
        QStringLiteral("SELECT city, kind, home, rows, participants, with_participants, women, "
                       "participants_with_women, officers FROM participation_figures "
                       "WHERE rows <> 0"));
    while (query.next()) {
        const QString kind = query.value(1).toString();
        const bool home = query.value(2).toBool();
        const qint64 participants = qint64(query.value(4).toDouble());
        project.participantsRecorded.value += participants;
        byKind[kind] += participants;
        project.women.value += qint64(query.value(6).toDouble());
        project.participantsWithWomenRecorded.value += qint64(query.value(7).toDouble());
        const qint64 officers = qint64(query.value(8).toDouble());
        CityFigures *city = cities.value(query.value(0).toString());
        if (home)
            continue;
        if (kind == kExchange)
            project.officersExchanged.value += officers;
        if (!city)
            continue;
        city->attended.value += query.value(3).toLongLong();
        if (kind == kExchange)
            city->officersSent.value += officers;
    }
    for (KindFigures &kind : project.kinds)
        kind.participantsRecorded.value = byKind.value(kind.kind);

    // hosted_officers (schema v8): what other cities sent to each host, kept by triggers.
    QSqlQuery received
        = run(db, QStringLiteral("SELECT host_city, officers FROM hosted_officers WHERE kind = ?"),
            {kExchange});
    while (received.next()) {
        if (CityFigures *city = cities.value(received.value(0).toString()))
            city->officersReceived.value += qint64(received.value(1).toDouble());
    }
}

void readGroups(const Database &db, const CityIndex &cities)
{
    QSqlQuery query = run(db,
        QStringLiteral("SELECT m.city, COUNT(DISTINCT m.\"group\") FROM membership m "
                       "JOIN work_group g ON g.id = m.\"group\" "
                       "WHERE +m.deleted = 0 AND +g.deleted = 0 GROUP BY m.city"));
    while (query.next()) {
        if (CityFigures *city = cities.value(query.value(0).toString()))
            city->groups.value = query.value(1).toLongLong();
    }
}

void readContactsDue(const Database &db, const QDate &today, const CityIndex &cities)
{
    // Review dates spread over years: early on few contacts are due, later most are. Each
    // side is counted from the review_by index alone, and the smaller one is read: the due
    // contacts themselves, or the others, taken from each city's total (city index).
    const QString date = today.toString(Qt::ISODate);
    QSqlQuery sides = run(db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM contact WHERE review_by < ?), "
                       "(SELECT COUNT(*) FROM contact WHERE review_by IS NULL OR review_by >= ?)"),
        {date, date});
    const bool fewDue = !sides.next() || sides.value(0).toLongLong() <= sides.value(1).toLongLong();
    if (fewDue) {
        QSqlQuery due = run(db,
            QStringLiteral("SELECT city, COUNT(*) FROM contact WHERE +deleted = 0 AND "
                           "review_by < ? GROUP BY +city"),
            {date});
        while (due.next()) {
            if (CityFigures *city = cities.value(due.value(0).toString()))
                city->contactsDue.value = due.value(1).toLongLong();
        }
        return;
    }
    QSqlQuery totals = run(db, QStringLiteral("SELECT city, COUNT(*) FROM contact GROUP BY city"));
    while (totals.next()) {
        if (CityFigures *city = cities.value(totals.value(0).toString()))
            city->contactsDue.value = totals.value(1).toLongLong();
    }
    QSqlQuery others = run(db,
        QStringLiteral("SELECT city, COUNT(*) FROM contact WHERE deleted = 1 OR review_by IS NULL "
                       "OR review_by >= ? GROUP BY +city"),
        {date});
    while (others.next()) {
        if (CityFigures *city = cities.value(others.value(0).toString()))
            city->contactsDue.value -= others.value(1).toLongLong();
    }
}

void readLastActivities(const Database &db, const QDate &today, const CityIndex &cities)
{
    QSet<QString> missing;
    for (auto it = cities.cbegin(); it != cities.cend(); ++it) {
        if (it.value()->hosted.value > 0 || it.value()->attended.value > 0)
            missing.insert(it.key());
    }
    if (missing.isEmpty())
        return;
    const QString until = today.toString(Qt::ISODate);
    auto found = [&](const QString &cityId, const QSqlQuery &row) {
        if (!missing.remove(cityId))
            return;
        CityFigures *city = cities.value(cityId);
        city->lastActivity = {row.value(0).toString(), row.value(2).toString(),
            QDate::fromString(row.value(1).toString(), Qt::ISODate)};
    };
    // The start index read backwards from today, each activity with its participants.
    QSqlQuery walk = run(db,
        QStringLiteral("SELECT a.id, a.\"start\", a.title, a.host_city, p.city FROM activity a "
                       "LEFT JOIN participation p ON p.activity = a.id AND +p.deleted = 0 "
                       "WHERE +a.deleted = 0 AND a.status IS NOT 'cancelled' AND a.\"start\" <= ? "
                       "ORDER BY a.\"start\" DESC"),
        {until});
    int rows = 0;
    bool exhausted = false;
    while (!missing.isEmpty() && rows < kWalkLimit) {
        if (!walk.next()) {
            exhausted = true;
            break;
        }
        ++rows;
        found(walk.value(3).toString(), walk);
        found(walk.value(4).toString(), walk);
    }
    walk.finish();
    if (exhausted)
        return; // the others' activities all start after today
    const QStringList rest(missing.cbegin(), missing.cend());
    for (const QString &cityId : rest) {
        QSqlQuery one = run(db,
            QStringLiteral("SELECT id, \"start\", title FROM activity WHERE +deleted = 0 AND "
                           "status IS NOT 'cancelled' AND \"start\" <= ? AND (host_city = ? OR "
                           "id IN (SELECT activity FROM participation WHERE city = ? AND "
                           "+deleted = 0)) ORDER BY \"start\" DESC LIMIT 1"),
            {until, cityId, cityId});
        if (one.next())
            found(cityId, one);
    }
}

} // namespace pactesur::stats

// SPDX-License-Identifier: EUPL-1.2
#include "activitydata.h"

#include "report/reportjob.h"
#include "store/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {

// Live activities that meet the period: started by its end, ended by its start. Bounds
// that the period leaves open match everything.
const char kActivitiesSql[] = R"(
SELECT a.id, a.kind, a.title, a."start", a."end", a.host_city, c.name, a.place, g.name,
       g.theme, a.status, a.description, a.outcomes, a.reported_participants, a.updated_at, a.reported_cities
FROM activity AS a
LEFT JOIN city AS c ON c.id = a.host_city
LEFT JOIN work_group AS g ON g.id = a."group" AND g.deleted = 0
WHERE a.deleted = 0
  AND (coalesce(?, '') = '' OR a."start" <= ?)
  AND (coalesce(?, '') = '' OR coalesce(nullif(a."end", ''), a."start") >= ?)
ORDER BY a."start", a.title COLLATE NOCASE, a.id
)";

const char kParticipationSql[] = R"(
SELECT p.activity, p.city, c.name, p.participants, p.women, p.officers
FROM participation AS p
JOIN activity AS a ON a.id = p.activity
LEFT JOIN city AS c ON c.id = p.city
WHERE p.deleted = 0 AND a.deleted = 0
  AND (coalesce(?, '') = '' OR a."start" <= ?)
  AND (coalesce(?, '') = '' OR coalesce(nullif(a."end", ''), a."start") >= ?)
ORDER BY c.name COLLATE NOCASE, p.city
)";

std::optional<qint64> optionalCount(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

void bindPeriod(QSqlQuery &query, const ReportPeriod &period)
{
    // Each bound twice: "no bound" is tested in SQL, which keeps one statement.
    const QString from = period.from.isValid() ? period.from.toString(Qt::ISODate) : QString();
    const QString to = period.to.isValid() ? period.to.toString(Qt::ISODate) : QString();
    for (const QString &value : {to, to, from, from})
        query.addBindValue(value);
}

} // namespace

std::optional<qint64> ActivityData::Activity::participants() const
{
    if (participation.isEmpty())
        return reportedParticipants;
    qint64 total = 0;
    for (const Participation &city : participation)
        total += city.participants;
    return total;
}

std::optional<qint64> ActivityData::Activity::cities() const
{
    if (participation.isEmpty())
        return reportedCities;
    return participation.size();
}

QString ActivityData::Activity::location() const
{
    return place.trimmed().isEmpty() ? hostCity : place;
}

Result<ActivityData> ActivityData::load(
    const Database &db, const ReportPeriod &period, const Step &step)
{
    ActivityData data;
    data.period = period;
    int total = 0;
    QSqlQuery count(db.sql());
    count.prepare(
        QStringLiteral("SELECT count(*) FROM (%1)").arg(QString::fromLatin1(kActivitiesSql)));
    bindPeriod(count, period);
    if (count.exec() && count.next())
        total = count.value(0).toInt();
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(kActivitiesSql));
    bindPeriod(query, period);
    if (!query.exec())
        return Database::sqlError(tr("reading the activities"), query.lastError().text());
    QHash<QString, qsizetype> index;
    while (query.next()) {
        Activity activity;
        activity.id = query.value(0).toString();
        activity.kind = query.value(1).toString();
        activity.title = query.value(2).toString();
        activity.start = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        activity.end = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        if (!activity.end.isValid() || activity.end < activity.start)
            activity.end = activity.start;
        activity.hostCityId = query.value(5).toString();
        activity.hostCity = query.value(6).toString();
        activity.place = query.value(7).toString();
        activity.group = query.value(8).toString();
        activity.theme = query.value(9).toString();
        activity.status = query.value(10).toString();
        activity.description = query.value(11).toString();
        activity.outcomes = query.value(12).toString();
        activity.reportedParticipants = optionalCount(query.value(13));
        activity.updatedAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODate);
        activity.reportedCities = optionalCount(query.value(15));
        index.insert(activity.id, data.activities.size());
        data.activities << activity;
        // Reading is quick next to laying out pages: it takes the first tenth.
        if (step && data.activities.size() % 512 == 0 && !step(int(data.activities.size()), total))
            return ReportJob::cancelledError();
    }
    total = int(data.activities.size());

    QSqlQuery cities(db.sql());
    cities.setForwardOnly(true);
    cities.prepare(QString::fromLatin1(kParticipationSql));
    bindPeriod(cities, period);
    if (!cities.exec())
        return Database::sqlError(tr("reading the participation"), cities.lastError().text());
    while (cities.next()) {
        const auto at = index.constFind(cities.value(0).toString());
        if (at == index.constEnd())
            continue;
        Participation participation;
        participation.cityId = cities.value(1).toString();
        participation.city = cities.value(2).toString();
        participation.participants = cities.value(3).toLongLong();
        participation.women = optionalCount(cities.value(4));
        participation.officers = optionalCount(cities.value(5));
        data.activities[*at].participation << participation;
    }
    if (step && !step(total, total))
        return ReportJob::cancelledError();
    return data;
}

} // namespace pactesur

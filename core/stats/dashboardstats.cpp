// SPDX-License-Identifier: EUPL-1.2
// The dashboard's numbers, per partner city and for the project, aggregated in SQL; each
// number names the records behind it so that a click can show them.
//
// At network scale (100,000 activities) a scan of the activity table costs about 50 ms.
// So activity counts read the covering indexes on host_city, kind and start and take away
// the few deleted or cancelled rows (found through the indexes on deleted and status).
// Two scans are left, for what no index holds: reported figures (activity) and the status
// and themes of the practice sheets (sheet).
#include "dashboardstats.h"

#include "model/kinds.h"
#include "stats/dashboardqueries.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace pactesur {

using namespace stats;

namespace {

const QString kSheets = QStringLiteral("sheets");
constexpr int kMaxQuarters = 24; // without a project period: the latest six years at most

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate quarterStart(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

Figure figure(const RecordFilter &records, const QString &sumOf = {})
{
    return Figure {0, records, sumOf};
}

RecordFilter originalSheets()
{
    // A practice counts once, whatever the number of its translations.
    return RecordFilter(kSheets).empty(QStringLiteral("translation_of"));
}

struct Excluded
{
    QString host;
    QString kind;
    QString start;
};

// The rows the covering-index counts include but the dashboard does not: deleted or
// cancelled activities, normally a handful.
QList<Excluded> readExcluded(const Database &db)
{
    QList<Excluded> rows;
    QSqlQuery query = run(db,
        QStringLiteral("SELECT host_city, kind, \"start\" FROM activity "
                       "WHERE deleted = 1 OR status = 'cancelled'"));
    while (query.next())
        rows.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return rows;
}

void initCity(CityFigures &city, const QDate &today)
{
    const QString &id = city.id;
    city.hosted = figure(countedActivities().equals(QStringLiteral("host_city"), id));
    city.attended = figure(countedActivities()
                               .differs(QStringLiteral("host_city"), id)
                               .in(QStringLiteral("id"),
                                   RecordFilter(kParticipation).equals(QStringLiteral("city"), id),
                                   QStringLiteral("activity")));
    city.officersSent = figure(
        exchangedOfficers().equals(QStringLiteral("city"), id), QStringLiteral("officers"));
    city.officersReceived = figure(RecordFilter(kParticipation)
                                       .positive(QStringLiteral("officers"))
                                       .differs(QStringLiteral("city"), id)
                                       .in(QStringLiteral("activity"),
                                           countedActivities()
                                               .equals(QStringLiteral("kind"), kExchange)
                                               .equals(QStringLiteral("host_city"), id),
                                           QStringLiteral("id")),
        QStringLiteral("officers"));
    for (const QString &status : DashboardStats::sheetStatuses()) {
        city.sheets.append(figure(originalSheets()
                                      .equals(QStringLiteral("city"), id)
                                      .equals(QStringLiteral("status"), status)));
    }
    city.sheetsTotal = figure(originalSheets().equals(QStringLiteral("city"), id));
    city.groups = figure(
        RecordFilter(QStringLiteral("groups"))
            .in(QStringLiteral("id"),
                RecordFilter(QStringLiteral("memberships")).equals(QStringLiteral("city"), id),
                QStringLiteral("group")));
    city.contactsDue = figure(RecordFilter(QStringLiteral("contacts"))
                                  .equals(QStringLiteral("city"), id)
                                  .before(QStringLiteral("review_by"), iso(today)));
}

QList<CityFigures> readCities(const Database &db, const QDate &today)
{
    QList<CityFigures> cities;
    QSqlQuery query = run(db,
        QStringLiteral("SELECT id, slug, name, country, role, latitude, longitude FROM city "
                       "WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id"));
    while (query.next()) {
        CityFigures city;
        city.id = query.value(0).toString();
        city.slug = query.value(1).toString();
        city.name = query.value(2).toString();
        city.country = query.value(3).toString();
        city.role = query.value(4).toString();
        city.hasPosition = !query.value(5).isNull() && !query.value(6).isNull();
        city.latitude = query.value(5).toDouble();
        city.longitude = query.value(6).toDouble();
        initCity(city, today);
        cities.append(std::move(city));
    }
    return cities;
}

void readProject(const Database &db, ProjectFigures &project)
{
    QSqlQuery query = run(db,
        QStringLiteral("SELECT name, \"start\", \"end\" FROM project WHERE deleted = 0 "
                       "ORDER BY created_at, id LIMIT 1"));
    if (!query.next())
        return;
    project.name = query.value(0).toString();
    project.start = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    project.end = QDate::fromString(query.value(2).toString(), Qt::ISODate);
}

void readActivityCounts(const Database &db, ProjectFigures &project, const CityIndex &cities,
    const QList<Excluded> &excluded)
{
    QSqlQuery hosts
        = run(db, QStringLiteral("SELECT host_city, COUNT(*) FROM activity GROUP BY host_city"));
    while (hosts.next()) {
        const qint64 count = hosts.value(1).toLongLong();
        project.activities.value += count;
        if (CityFigures *city = cities.value(hosts.value(0).toString()))
            city->hosted.value += count;
    }
    QHash<QString, qint64> kinds;
    QSqlQuery byKind = run(db, QStringLiteral("SELECT kind, COUNT(*) FROM activity GROUP BY kind"));
    while (byKind.next())
        kinds[byKind.value(0).toString()] += byKind.value(1).toLongLong();
    for (const Excluded &row : excluded) {
        --project.activities.value;
        --kinds[row.kind];
        if (CityFigures *city = cities.value(row.host))
            --city->hosted.value;
    }
    for (KindFigures &kind : project.kinds)
        kind.activities.value = kinds.value(kind.kind);
}

qint64 countStarts(
    const Database &db, const QString &from, const QString &before, const QList<Excluded> &excluded)
{
    QStringList conditions;
    QVariantList binds;
    if (!from.isEmpty()) {
        conditions << QStringLiteral("\"start\" >= ?");
        binds << from;
    }
    if (!before.isEmpty()) {
        conditions << QStringLiteral("\"start\" < ?");
        binds << before;
    }
    QSqlQuery query = run(db,
        QStringLiteral("SELECT COUNT(*) FROM activity WHERE ") + conditions.join(u" AND "), binds);
    qint64 count = query.next() ? query.value(0).toLongLong() : 0;
    for (const Excluded &row : excluded) {
        if ((from.isEmpty() || row.start >= from) && (before.isEmpty() || row.start < before))
            --count;
    }
    return count;
}

QDate firstOrLastStart(const Database &db, bool last)
{
    QSqlQuery query = run(db,
        QStringLiteral("SELECT \"start\" FROM activity WHERE +deleted = 0 AND status IS NOT "
                       "'cancelled' ORDER BY \"start\" %1 LIMIT 1")
            .arg(last ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    return query.next() ? QDate::fromString(query.value(0).toString(), Qt::ISODate) : QDate();
}

void readQuarters(const Database &db, ProjectFigures &project, const QList<Excluded> &excluded)
{
    QDate first;
    QDate last;
    if (project.start.isValid() && project.end.isValid() && project.start <= project.end) {
        first = quarterStart(project.start);
        last = quarterStart(project.end);
    } else {
        first = quarterStart(firstOrLastStart(db, false));
        last = quarterStart(firstOrLastStart(db, true));
        if (!first.isValid() || !last.isValid())
            return;
        first = std::max(first, last.addMonths(-3 * (kMaxQuarters - 1)));
    }
    for (QDate from = first; from <= last; from = from.addMonths(3)) {
        const QDate next = from.addMonths(3);
        PeriodFigure quarter {from, next.addDays(-1),
            figure(countedActivities()
                       .from(QStringLiteral("start"), iso(from))
                       .before(QStringLiteral("start"), iso(next)))};
        quarter.activities.value = countStarts(db, iso(from), iso(next), excluded);
        project.quarters.append(quarter);
    }
    const QString after = iso(last.addMonths(3));
    project.earlier = figure(countedActivities().before(QStringLiteral("start"), iso(first)));
    project.earlier.value = countStarts(db, {}, iso(first), excluded);
    project.later = figure(countedActivities().from(QStringLiteral("start"), after));
    project.later.value = countStarts(db, after, {}, excluded);
}

// Reported figures and milestones: the few activities activity_reported_idx (schema v8)
// lists, its condition worded alike so that the planner uses it.
void readReported(const Database &db, ProjectFigures &project)
{
    QHash<QString, qint64> byKind;
    QSqlQuery query = run(db,
        QStringLiteral("SELECT id, kind, \"start\", title, reported_participants, EXISTS (SELECT "
                       "1 FROM participation p WHERE p.activity = activity.id AND +p.deleted = 0) "
                       "FROM activity WHERE +deleted = 0 AND status IS NOT 'cancelled' AND "
                       "(reported_participants > 0 OR reported_cities > 0)"));
    while (query.next()) {
        const QString kind = query.value(1).toString();
        project.milestones.append({query.value(0).toString(), query.value(3).toString(), kind,
            QDate::fromString(query.value(2).toString(), Qt::ISODate)});
        const qint64 reported = query.value(4).toLongLong();
        if (reported > 0 && !query.value(5).toBool()) {
            project.participantsReported.value += reported;
            byKind[kind] += reported;
        }
    }
    std::sort(project.milestones.begin(), project.milestones.end(),
        [](const Milestone &a, const Milestone &b) {
            return std::tie(a.date, a.title, a.activityId)
                < std::tie(b.date, b.title, b.activityId);
        });
    for (KindFigures &kind : project.kinds)
        kind.participantsReported.value = byKind.value(kind.kind);
}

QStringList themeSlugs(const QString &json)
{
    QStringList slugs;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        if (value.isString() && !slugs.contains(value.toString()))
            slugs << value.toString();
    }
    return slugs;
}

void readSheets(const Database &db, ProjectFigures &project, const CityIndex &cities)
{
    const QStringList statuses = DashboardStats::sheetStatuses();
    QHash<QString, qint64> themes;
    QStringList themeOrder;
    QSqlQuery known = run(db,
        QStringLiteral("SELECT slug FROM theme WHERE deleted = 0 ORDER BY name COLLATE NOCASE"));
    while (known.next()) {
        themeOrder << known.value(0).toString();
        themes.insert(themeOrder.last(), 0);
    }
    // sheet_dashboard_idx (schema v3) covers both reads: a small index rather than the
    // sheets' texts (the planner would pick the one on deleted).
    // Cities and statuses first, then themes, each grouped apart: a few thousand rows
    // where grouping by all three gave one per sheet.
    const QString original = QStringLiteral("FROM sheet INDEXED BY sheet_dashboard_idx WHERE "
                                            "deleted = 0 AND (translation_of IS NULL OR "
                                            "translation_of = '') ");
    QSqlQuery query = run(db,
        QStringLiteral("SELECT city, status, COUNT(*) ") + original
            + QStringLiteral("GROUP BY city, status"));
    while (query.next()) {
        const qint64 count = query.value(2).toLongLong();
        const qsizetype status = statuses.indexOf(query.value(1).toString());
        project.sheets.value += count;
        if (status >= 0)
            project.sheetStatuses[status].sheets.value += count;
        if (CityFigures *city = cities.value(query.value(0).toString())) {
            city->sheetsTotal.value += count;
            if (status >= 0)
                city->sheets[status].value += count;
        }
    }
    QSqlQuery byThemes = run(db,
        QStringLiteral("SELECT themes, COUNT(*) ") + original + QStringLiteral("GROUP BY themes"));
    while (byThemes.next()) {
        const qint64 count = byThemes.value(1).toLongLong();
        for (const QString &slug : themeSlugs(byThemes.value(0).toString())) {
            if (!themes.contains(slug))
                themeOrder << slug;
            themes[slug] += count;
        }
    }
    for (const QString &slug : std::as_const(themeOrder)) {
        ChoiceFigure theme {
            slug, figure(originalSheets().hasTheme(QStringLiteral("themes"), slug))};
        theme.sheets.value = themes.value(slug);
        project.themes.append(theme);
    }
    std::stable_sort(project.themes.begin(), project.themes.end(),
        [](const ChoiceFigure &a, const ChoiceFigure &b) {
            return a.sheets.value > b.sheets.value;
        });
}

void initProject(ProjectFigures &project)
{
    project.cities = figure(RecordFilter(QStringLiteral("cities")));
    project.activities = figure(countedActivities());
    const RecordFilter withParticipation = RecordFilter(kParticipation);
    project.participantsRecorded
        = figure(RecordFilter(kParticipation)
                     .positive(QStringLiteral("participants"))
                     .in(QStringLiteral("activity"), countedActivities(), QStringLiteral("id")),
            QStringLiteral("participants"));
    project.participantsReported
        = figure(countedActivities()
                     .positive(QStringLiteral("reported_participants"))
                     .notIn(QStringLiteral("id"), withParticipation, QStringLiteral("activity")),
            QStringLiteral("reported_participants"));
    project.participants = figure(countedActivities().anyOf(
        {RecordFilter(kActivities)
                .in(QStringLiteral("id"),
                    RecordFilter(kParticipation).positive(QStringLiteral("participants")),
                    QStringLiteral("activity")),
            RecordFilter(kActivities)
                .positive(QStringLiteral("reported_participants"))
                .notIn(QStringLiteral("id"), withParticipation, QStringLiteral("activity"))}));
    const RecordFilter women
        = RecordFilter(kParticipation)
              .present(QStringLiteral("women"))
              .in(QStringLiteral("activity"), countedActivities(), QStringLiteral("id"));
    project.women = figure(women, QStringLiteral("women"));
    project.participantsWithWomenRecorded = figure(women, QStringLiteral("participants"));
    project.officersExchanged = figure(exchangedOfficers(), QStringLiteral("officers"));
    project.sheets = figure(originalSheets());
    for (const QString &kind : DashboardStats::activityKinds()) {
        const RecordFilter activities = countedActivities().equals(QStringLiteral("kind"), kind);
        project.kinds.append({kind, figure(activities),
            figure(RecordFilter(kParticipation)
                       .positive(QStringLiteral("participants"))
                       .in(QStringLiteral("activity"), activities, QStringLiteral("id")),
                QStringLiteral("participants")),
            figure(RecordFilter(activities)
                       .positive(QStringLiteral("reported_participants"))
                       .notIn(QStringLiteral("id"), withParticipation, QStringLiteral("activity")),
                QStringLiteral("reported_participants"))});
    }
    for (const QString &status : DashboardStats::sheetStatuses())
        project.sheetStatuses.append({status,
            figure(RecordFilter(originalSheets()).equals(QStringLiteral("status"), status))});
}

} // namespace

QStringList DashboardStats::sheetStatuses()
{
    return Kinds::get(kSheets).field(QStringLiteral("status"))->choices;
}

QStringList DashboardStats::activityKinds()
{
    return Kinds::get(kActivities).field(QStringLiteral("kind"))->choices;
}

const CityFigures *DashboardStats::city(const QString &id) const
{
    for (const CityFigures &figures : cities) {
        if (figures.id == id)
            return &figures;
    }
    return nullptr;
}

DashboardStats DashboardStats::compute(const Database &db, const QDate &today)
{
    DashboardStats stats;
    stats.today = today;
    ProjectFigures &project = stats.project;
    readProject(db, project);
    initProject(project);
    stats.cities = readCities(db, today);
    project.cities.value = stats.cities.size();
    CityIndex cities;
    for (CityFigures &city : stats.cities)
        cities.insert(city.id, &city);

    const QList<Excluded> excluded = readExcluded(db);
    readActivityCounts(db, project, cities, excluded);
    readQuarters(db, project, excluded);
    readReported(db, project);
    readParticipation(db, stats, cities);
    project.participants.value
        = project.participantsRecorded.value + project.participantsReported.value;
    readSheets(db, project, cities);
    readGroups(db, cities);
    readContactsDue(db, today, cities);
    readLastActivities(db, today, cities);
    return stats;
}

} // namespace pactesur

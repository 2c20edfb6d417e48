// SPDX-License-Identifier: EUPL-1.2
// Internal to Generator: the activity calendar and who took part in each activity.
#include "seed/generatorsteps.h"

#include "store/recordstore.h"
#include "util/uuid.h"

#include <QDate>

namespace pactesur::generation {

namespace {

struct ActivityKind
{
    const char *name;
    int weight; // share of the calendar, in percent
    int longestDays; // end - start at most
    int fewest, most; // participants per city
    int officerRows; // percent of rows that record officers (exchanges: every visitor)
};

const ActivityKind kKinds[] = {
    {"meeting", 20, 0, 1, 6, 20},
    {"police_staff_exchange", 12, 13, 1, 4, 100},
    {"academy", 4, 4, 2, 15, 60},
    {"training", 14, 2, 2, 25, 60},
    {"study_visit", 10, 3, 2, 10, 30},
    {"workshop", 14, 1, 2, 20, 20},
    {"webinar", 12, 0, 3, 60, 10},
    {"steering_committee", 4, 1, 1, 3, 0},
    {"communication", 6, 0, 1, 5, 0},
    {"other", 4, 2, 1, 10, 10},
};

// Cities taking part in one activity: two to six, fewer more often.
const int kCitiesPerActivity[] = {30, 25, 20, 15, 10}; // 2, 3, 4, 5, 6

// The project's calendar, and the day its status was last brought up to date: before it,
// activities are done (or were cancelled); after it, planned.
const QDate kCalendarStart(2023, 9, 1);
const QDate kStatusDay(2025, 6, 1);

bool isOnline(const ActivityKind &kind)
{
    return qstrcmp(kind.name, "webinar") == 0 || qstrcmp(kind.name, "communication") == 0;
}

bool isExchange(const ActivityKind &kind)
{
    return qstrcmp(kind.name, "police_staff_exchange") == 0;
}

QVariantMap participationOf(Random &random, const ActivityKind &kind, bool host)
{
    const int participants = random.between(kind.fewest, kind.most);
    QVariantMap values = {{QStringLiteral("participants"), participants}};
    // Women are recorded for most rows, as a share of the participants.
    if (random.percent(85))
        values.insert(QStringLiteral("women"), participants * random.between(10, 60) / 100);
    // An exchange sends officers: every visiting city records them (host rows sometimes).
    const bool officers
        = isExchange(kind) ? !host || random.percent(30) : random.percent(kind.officerRows);
    if (officers) {
        values.insert(QStringLiteral("officers"),
            isExchange(kind) ? std::max(1, participants - random.below(2))
                             : participants * random.between(30, 100) / 100);
    }
    return values;
}

} // namespace

Status addActivities(Context &context)
{
    const KindSpec &activities = Kinds::get(QStringLiteral("activities"));
    const KindSpec &participation = Kinds::get(QStringLiteral("participation"));
    Random &random = context.random;
    const QString now = context.now.toString(Qt::ISODate);
    for (int i = 0; i < context.plan.activities; ++i) {
        const ActivityKind &kind = random.byWeight(kKinds);
        const QDate start = kCalendarStart.addDays(random.below(730));
        const bool past = start < kStatusDay;
        const QString status = random.percent(past ? 3 : 5) ? QStringLiteral("cancelled")
            : past                                          ? QStringLiteral("done")
                                                            : QStringLiteral("planned");
        QString host;
        if (!isOnline(kind) || random.percent(50))
            host = random.pick(context.cityIds);
        QVariantMap values = {{QStringLiteral("kind"), QString::fromLatin1(kind.name)},
            {QStringLiteral("title"), random.words(3)},
            {QStringLiteral("start"), start.toString(Qt::ISODate)},
            {QStringLiteral("end"),
                start.addDays(random.below(kind.longestDays + 1)).toString(Qt::ISODate)},
            {QStringLiteral("status"), status}, {QStringLiteral("description"), random.words(25)}};
        if (!host.isEmpty()) {
            values.insert(QStringLiteral("host_city"), host);
            values.insert(QStringLiteral("place"), random.words(2));
        }
        if (!context.groups.isEmpty() && random.percent(30))
            values.insert(QStringLiteral("group"), random.pick(context.groups));
        if (status == QLatin1String("done") && random.percent(50))
            values.insert(QStringLiteral("outcomes"), random.words(30));

        // The host takes part in most of its activities; the others come from anywhere.
        const int cityCount
            = std::min(2 + random.weighted(kCitiesPerActivity), int(context.cityIds.size()));
        QStringList taking;
        if (!host.isEmpty() && random.percent(90))
            taking << host;
        while (taking.size() < cityCount) {
            const QString city = random.pick(context.cityIds);
            if (!taking.contains(city))
                taking << city;
        }
        QList<QVariantMap> rows;
        int participants = 0;
        for (const QString &city : std::as_const(taking)) {
            QVariantMap row = participationOf(random, kind, city == host);
            participants += row.value(QStringLiteral("participants")).toInt();
            rows << row;
        }
        // Public events also have a total from their public report, a little above the
        // participants recorded city by city.
        if (status == QLatin1String("done") && random.percent(2)) {
            values.insert(
                QStringLiteral("reported_participants"), participants + random.between(5, 200));
            values.insert(QStringLiteral("reported_cities"), cityCount + random.below(4));
        }
        const QString id = uuid::create();
        if (Status status = context.rows.insert(
                activities, id, QStringLiteral("coordinator"), values, context.rows.next(now));
            !status)
            return status;
        ++context.counts.activities;
        for (int c = 0; c < taking.size(); ++c) {
            QVariantMap &row = rows[c];
            row.insert(QStringLiteral("activity"), id);
            row.insert(QStringLiteral("city"), taking.at(c));
            if (Status status = context.rows.insert(participation,
                    RecordStore::nameBasedId(participation, {id, taking.at(c)}), taking.at(c), row,
                    context.rows.next(now));
                !status)
                return status;
            ++context.counts.participation;
        }
    }
    return {};
}

} // namespace pactesur::generation

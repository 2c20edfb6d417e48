// SPDX-License-Identifier: EUPL-1.2
// The activities of a period with their participation, read once for the activity,
// participation and calendar reports. Names are resolved in SQL (host city, working group,
// its theme), so the reports need no lookup per row. Participation carries counts per
// city only: no contact or other personal data is read.
#pragma once

#include "report/reportperiod.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pactesur {

class Database;

struct ActivityData
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ActivityData)
public:
    struct Participation
    {
        QString cityId;
        QString city; // its name
        qint64 participants = 0;
        std::optional<qint64> women;
        std::optional<qint64> officers;
    };
    struct Activity
    {
        QString id;
        QString kind; // enum value: "workshop"
        QString title;
        QDate start;
        QDate end; // never before start; start when the record has none
        QString hostCityId;
        QString hostCity;
        QString place;
        QString group; // working group's name
        QString theme; // its theme's slug
        QString status; // planned, done, cancelled
        QString description;
        QString outcomes;
        std::optional<qint64> reportedParticipants;
        std::optional<qint64> reportedCities;
        QDateTime updatedAt;
        QList<Participation> participation; // by city name

        // The per-city figures added up, or the reported total when no city gave figures.
        std::optional<qint64> participants() const;
        // The cities that gave figures, else the number reported for the activity.
        std::optional<qint64> cities() const;
        QString location() const; // the place, else the host city
    };

    ReportPeriod period;
    QList<Activity> activities; // by start, then title

    // Called after each activity read; returns false to stop (the load then fails).
    using Step = std::function<bool(int done, int total)>;
    static Result<ActivityData> load(
        const Database &db, const ReportPeriod &period, const Step &step = {});
};

} // namespace pactesur

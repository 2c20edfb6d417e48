// SPDX-License-Identifier: EUPL-1.2
// The figures of the activity report: totals for the period, and per city, per theme and
// per kind of activity. An activity counts under the theme of its working group; a city
// hosts the activities held there and takes part in those it sent people to.
#pragma once

#include "report/activitydata.h"

#include <QList>
#include <QString>

namespace pactesur {

class Database;
class ReportLanguage;

struct ActivitySummary
{
    struct City
    {
        QString id;
        QString name;
        int hosted = 0;
        int attended = 0; // activities with the city's participation
        qint64 participants = 0;
        qint64 women = 0;
        qint64 officers = 0;
    };
    struct Theme
    {
        QString slug; // empty: activities of no working group, or of one without a theme
        QString label;
        int activities = 0;
        qint64 participants = 0;
        int sheets = 0; // practice sheets on the theme, translations not counted
        int sharedSheets = 0; // of which validated or published
    };
    struct Kind
    {
        QString kind;
        int activities = 0;
        qint64 participants = 0;
    };

    int activities = 0;
    int done = 0;
    int planned = 0;
    int cancelled = 0;
    int citiesInvolved = 0; // hosting or taking part
    qint64 participants = 0; // per activity: the cities' figures, else the reported total
    qint64 women = 0;
    qint64 officers = 0;
    QList<City> cities; // every city, by name
    QList<Theme> themes; // every theme by label, then the activities without one
    QList<Kind> kinds; // the kinds that occur, most activities first

    // Theme labels and the order of cities, themes and kinds follow `language`.
    static ActivitySummary compute(
        const Database &db, const ActivityData &data, const ReportLanguage &language);
};

} // namespace pactesur

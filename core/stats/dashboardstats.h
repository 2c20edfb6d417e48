// SPDX-License-Identifier: EUPL-1.2
// The dashboard's numbers, per partner city and for the project, aggregated in SQL; each
// number names the records behind it so that a click can show them.
#pragma once

#include "stats/recordfilter.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pactesur {

class Database;

// One number and the records behind it. `value` counts those records, or adds up their
// `sumOf` field; a few figures say otherwise where they are declared.
struct Figure
{
    qint64 value = 0;
    RecordFilter records;
    QString sumOf;
};

struct LastActivity
{
    QString id;
    QString title;
    QDate date;
    bool isValid() const { return !id.isEmpty(); }
};

// Cancelled activities count nowhere; participation counts only in activities that were
// not cancelled.
struct CityFigures
{
    QString id;
    QString slug;
    QString name;
    QString country;
    QString role;
    double latitude = 0;
    double longitude = 0;
    bool hasPosition = false;

    Figure hosted; // activities whose host city it is
    Figure attended; // activities hosted elsewhere (or nowhere) with its participation
    Figure officersSent; // officers in police staff exchanges hosted by another city
    Figure officersReceived; // officers of other cities in exchanges it hosted
    QList<Figure> sheets; // practice sheets, one per status (sheetStatuses() order)
    Figure sheetsTotal;
    Figure groups; // working groups it is a member of
    Figure contactsDue; // contacts whose review date has passed
    LastActivity lastActivity; // hosted or attended, started on or before today
};

struct Milestone
{
    QString activityId;
    QString title;
    QString kind;
    QDate date;
};

struct KindFigures
{
    QString kind;
    Figure activities;
    Figure participantsRecorded; // sum of participation.participants
    Figure participantsReported; // sum of activity.reported_participants, see below
};

struct PeriodFigure
{
    QDate from; // first day
    QDate until; // last day
    Figure activities; // started in the period
};

struct ChoiceFigure
{
    QString value; // a status or a theme slug
    Figure sheets;
};

struct ProjectFigures
{
    QString name;
    QDate start;
    QDate end;
    // Events whose figures were reported for the whole partnership (reported participants
    // or cities): the project's public landmarks, in date order.
    QList<Milestone> milestones;

    Figure cities;
    Figure activities;
    // Participants as the cities recorded them, and as public reports give them for
    // activities that have no per-city record (never both for one activity).
    Figure participantsRecorded;
    Figure participantsReported;
    // value = recorded + reported; records = the activities with participants.
    Figure participants;
    // Women among the participants of the participation records that give the number.
    Figure women;
    Figure participantsWithWomenRecorded;
    Figure officersExchanged; // sum of the cities' officersSent
    Figure sheets;
    QList<KindFigures> kinds; // every activity kind, in the catalogue's order
    // The quarters of the project period (or of the activities when it has none); with an
    // activity before or after them, `earlier`/`later` count those.
    QList<PeriodFigure> quarters;
    Figure earlier;
    Figure later;
    QList<ChoiceFigure> sheetStatuses; // every status, in the catalogue's order
    QList<ChoiceFigure> themes; // every theme with at least one sheet, most sheets first
};

struct DashboardStats
{
    QDate today;
    ProjectFigures project;
    QList<CityFigures> cities; // live cities, by name

    // Reads everything in a handful of aggregate queries on indexed columns.
    static DashboardStats compute(const Database &db, const QDate &today);
    static QStringList sheetStatuses();
    static QStringList activityKinds();
    const CityFigures *city(const QString &id) const;
};

} // namespace pactesur

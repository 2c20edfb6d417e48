// SPDX-License-Identifier: EUPL-1.2
// Internal to DashboardStats: the shared helpers and the readers of the per-city figures
// that come from participation, memberships, contacts and the activity calendar.
#pragma once

#include "stats/dashboardstats.h"

#include <QHash>
#include <QSqlQuery>

namespace pactesur::stats {

inline const QString kActivities = QStringLiteral("activities");
inline const QString kParticipation = QStringLiteral("participation");
inline const QString kExchange = QStringLiteral("police_staff_exchange");

// A forward-only query, executed; an error leaves it empty (the figures stay at zero).
QSqlQuery run(const Database &db, const QString &sql, const QVariantList &binds = {});

// Activities that count: live and not cancelled.
RecordFilter countedActivities();
// Participation rows with officers in police staff exchanges hosted by another city.
RecordFilter exchangedOfficers();

// Cities by id, for the readers below.
using CityIndex = QHash<QString, CityFigures *>;

void readParticipation(const Database &db, DashboardStats &stats, const CityIndex &cities);
void readGroups(const Database &db, const CityIndex &cities);
void readContactsDue(const Database &db, const QDate &today, const CityIndex &cities);
void readLastActivities(const Database &db, const QDate &today, const CityIndex &cities);

} // namespace pactesur::stats

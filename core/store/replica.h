// SPDX-License-Identifier: EUPL-1.2
// Who this database speaks for: its replica id and role (coordinator, or liaison of one
// city), and the counter that stamps each of its writes (DESIGN.md section 5).
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace pactesur {

class Database;

struct Identity
{
    QString replicaId;
    QString role; // "coordinator" or "liaison"; empty until the database is set up
    QString cityId; // the liaison's city
    QString citySlug;
    QString cityName;
    // Why the role could not be read (an I/O error), else empty: a database whose role
    // could not be read is not one without a role.
    QString unreadable;

    bool isSet() const { return !role.isEmpty(); }
    bool isCoordinator() const { return role == QLatin1String("coordinator"); }
    // The owner value of records this replica creates when nothing else decides it.
    QString owner() const { return isCoordinator() ? QStringLiteral("coordinator") : cityId; }
    // "Coordinator" or "Liaison of Vilnius", translated.
    QString describe() const;
};

class Replica
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Replica)
public:
    static Identity load(const Database &db);
    // The error for an identity whose role could not be read (Identity::unreadable).
    static Error roleUnreadable(const Identity &identity);
    // Sets the role once. Calling it again with the same role keeps the identity; another
    // role is refused, since records already written carry this replica's stamp.
    static Result<Identity> initialise(Database &db, const QString &role,
        const QString &citySlugOrId, const QString &replicaId = {});
    // The next write stamp; call inside the transaction that writes it.
    static Result<qint64> nextCounter(Database &db);
};

} // namespace pactesur

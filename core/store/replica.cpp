// SPDX-License-Identifier: EUPL-1.2
#include "replica.h"

#include "store/database.h"
#include "trust/roster.h"
#include "util/uuid.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

QString Identity::describe() const
{
    if (!isSet())
        return Replica::tr("No role chosen");
    if (isCoordinator())
        return Replica::tr("Coordinator");
    return Replica::tr("Liaison of %1").arg(cityName);
}

Identity Replica::load(const Database &db)
{
    Identity identity;
    QSqlQuery query(db.sql());
    const bool read = query.exec(QStringLiteral("SELECT r.id, r.role, r.city, c.slug, c.name "
                                                "FROM local_replica r LEFT JOIN city c ON c.id = r.city"));
    if (!read || (!query.next() && query.lastError().isValid())) {
        identity.unreadable = query.lastError().text();
    } else if (query.isValid()) {
        identity.replicaId = query.value(0).toString();
        identity.role = query.value(1).toString();
        identity.cityId = query.value(2).toString();
        identity.citySlug = query.value(3).toString();
        identity.cityName = query.value(4).toString();
    }
    return identity;
}

Error Replica::roleUnreadable(const Identity &identity)
{
    return Database::sqlError(tr("reading this database's role"), identity.unreadable);
}

Result<Identity> Replica::initialise(
    Database &db, const QString &role, const QString &citySlugOrId, const QString &replicaId)
{
    if (role != QLatin1String("coordinator") && role != QLatin1String("liaison"))
        return Error::rejected(tr("Unknown role “%1”: expected coordinator or liaison.").arg(role));

    QString cityId;
    if (role == QLatin1String("liaison")) {
        QSqlQuery query(db.sql());
        query.prepare(
            QStringLiteral("SELECT id FROM city WHERE (slug = ? OR id = ?) AND deleted = 0"));
        query.addBindValue(citySlugOrId);
        query.addBindValue(citySlugOrId);
        if (!query.exec() || !query.next())
            return Error::rejected(tr("Unknown city “%1”.").arg(citySlugOrId));
        cityId = query.value(0).toString();
    }

    const Identity existing = load(db);
    if (existing.isSet()) {
        if (existing.role == role && existing.cityId == cityId) {
            if (Status status = Roster::enrolSelf(db); !status)
                return status.error();
            return existing;
        }
        return Error::rejected(tr("This database is already set up for the role “%1”; its "
                                  "records carry that stamp, so the role cannot change. "
                                  "Create a new database for another role.")
                                   .arg(existing.describe()));
    }
    if (!replicaId.isEmpty() && !uuid::isValid(replicaId))
        return Error::rejected(tr("Invalid replica id “%1”.").arg(replicaId));

    QSqlQuery insert(db.sql());
    insert.prepare(QStringLiteral("INSERT INTO local_replica (singleton, id, role, city, counter, "
                                  "created_at) VALUES (1, ?, ?, ?, 0, ?)"));
    insert.addBindValue(replicaId.isEmpty() ? uuid::create() : replicaId);
    insert.addBindValue(role);
    insert.addBindValue(cityId.isEmpty() ? QVariant() : QVariant(cityId));
    insert.addBindValue(db.clock().nowIso());
    if (!insert.exec())
        return Database::sqlError(tr("saving the role"), insert.lastError().text());
    // Its keys, made now so that its card can be exchanged at once (issue 14).
    if (Status status = Roster::enrolSelf(db); !status)
        return status.error();
    return load(db);
}

Result<qint64> Replica::nextCounter(Database &db)
{
    QSqlQuery query(db.sql());
    if (!query.exec(
            QStringLiteral("UPDATE local_replica SET counter = counter + 1 RETURNING counter"))
        || !query.next()) {
        return Database::sqlError(tr("stamping a change"), query.lastError().text());
    }
    return query.value(0).toLongLong();
}

} // namespace pactesur

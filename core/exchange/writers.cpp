// SPDX-License-Identifier: EUPL-1.2
#include "writers.h"

#include "seed/seeder.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

Principals Writers::load(const Database &db)
{
    Principals principals;
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT replica, role, city FROM writer UNION ALL "
                              "SELECT id, role, city FROM local_replica"));
    while (query.next())
        principals.insert(
            query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    // Every installation holds the founding data, written once for the coordinator.
    principals.insert(Seeder::seedReplicaId(), {QStringLiteral("coordinator"), QString()});
    return principals;
}

Status Writers::remember(const Database &db, const Principals &bindings)
{
    QSqlQuery insert(db.sql());
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO writer (replica, role, city) VALUES (?, ?, ?)"));
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        if (it.key() == Seeder::seedReplicaId())
            continue;
        insert.addBindValue(it.key());
        insert.addBindValue(it->role);
        insert.addBindValue(it->city.isEmpty() ? QVariant() : QVariant(it->city));
        if (!insert.exec())
            return Database::sqlError(Database::tr("saving changes"), insert.lastError().text());
    }
    return {};
}

Result<Principals> Writers::combined(const Principals &known, const Principals &claimed)
{
    Principals all = known;
    for (auto it = claimed.begin(); it != claimed.end(); ++it) {
        const auto found = known.constFind(it.key());
        if (found != known.cend() && !(*found == *it))
            return Error::rejected(
                tr("The package says that replica %1 writes for someone else than this "
                   "database knows it does; nothing was changed.")
                    .arg(it.key()));
        all.insert(it.key(), *it);
    }
    return all;
}

} // namespace pactesur

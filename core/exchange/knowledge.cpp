// SPDX-License-Identifier: EUPL-1.2
#include "knowledge.h"

#include "seed/seeder.h"
#include "store/database.h"
#include "store/replica.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

VersionVector Knowledge::local(const Database &db)
{
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT value FROM local_setting WHERE key = 'knowledge'"));
    VersionVector knowledge
        = query.next() ? versionvector::fromJson(query.value(0).toString()) : VersionVector();
    // Every installation holds the seed, written once by the seed replica.
    knowledge[Seeder::seedReplicaId()] = qMax<qint64>(knowledge.value(Seeder::seedReplicaId()), 1);
    QSqlQuery own(db.sql());
    own.exec(QStringLiteral("SELECT id, counter FROM local_replica"));
    if (own.next() && own.value(1).toLongLong() > 0)
        knowledge[own.value(0).toString()]
            = qMax(knowledge.value(own.value(0).toString()), own.value(1).toLongLong());
    return knowledge;
}

Status Knowledge::setLocal(const Database &db, const VersionVector &knowledge)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO local_setting (key, value) VALUES ('knowledge', ?)"));
    query.addBindValue(versionvector::toJson(knowledge));
    if (!query.exec())
        return Database::sqlError(Database::tr("saving changes"), query.lastError().text());
    return {};
}

std::optional<Peer> Knowledge::findPeer(const Database &db, const QString &key)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT p.replica, p.role, p.city, p.acknowledged FROM local_peer "
                                 "p LEFT JOIN city c ON c.id = p.city "
                                 "WHERE p.replica = ? OR (p.role = 'liaison' AND (c.slug = ? OR "
                                 "c.id = ?)) OR (p.role = ? AND ? = 'coordinator') "
                                 "OR p.replica LIKE ? || '%' ORDER BY p.last_seen DESC LIMIT 1"));
    for (int i = 0; i < 5; ++i)
        query.addBindValue(key);
    query.addBindValue(key.size() >= 4 ? key : QStringLiteral("\x01"));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Peer {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        versionvector::fromJson(query.value(3).toString())};
}

Status Knowledge::acknowledge(const Database &db, const Peer &peer, const QString &seenAt)
{
    VersionVector acknowledged = peer.acknowledged;
    QSqlQuery existing(db.sql());
    existing.prepare(QStringLiteral("SELECT acknowledged FROM local_peer WHERE replica = ?"));
    existing.addBindValue(peer.replicaId);
    if (existing.exec() && existing.next())
        acknowledged = versionvector::merged(
            versionvector::fromJson(existing.value(0).toString()), acknowledged);
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO local_peer (replica, role, city, acknowledged, last_seen) "
        "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(peer.replicaId);
    query.addBindValue(peer.role);
    query.addBindValue(peer.cityId.isEmpty() ? QVariant() : QVariant(peer.cityId));
    query.addBindValue(versionvector::toJson(acknowledged));
    query.addBindValue(seenAt);
    if (!query.exec())
        return Database::sqlError(Database::tr("saving changes"), query.lastError().text());
    return {};
}

} // namespace pactesur

// SPDX-License-Identifier: EUPL-1.2
#include "peerdirectory.h"

#include "seed/seeder.h"
#include "store/database.h"
#include "store/replica.h"

#include <QSqlQuery>

namespace pactesur {

PeerDirectory::PeerDirectory(const Database &db)
{
    m_ownReplica = Replica::load(db).replicaId;
    QSqlQuery cities(db.sql());
    cities.exec(QStringLiteral("SELECT id, name FROM city"));
    while (cities.next())
        m_cityNames.insert(cities.value(0).toString(), cities.value(1).toString());
    QSqlQuery peers(db.sql());
    peers.exec(QStringLiteral(
        "SELECT replica, role, city, last_seen FROM local_peer ORDER BY last_seen DESC"));
    while (peers.next()) {
        const QString city = peers.value(2).toString();
        m_peers.append({peers.value(0).toString(), peers.value(1).toString(), city,
            m_cityNames.value(city), peers.value(3).toString()});
    }
}

QString PeerDirectory::describe(const QString &replicaId) const
{
    if (replicaId.isEmpty())
        return tr("Unknown");
    if (replicaId == m_ownReplica)
        return tr("You (this database)");
    if (replicaId == Seeder::seedReplicaId())
        return tr("Founding data");
    for (const KnownPeer &peer : m_peers) {
        if (peer.replicaId == replicaId)
            return describeRole(peer.role, peer.cityId);
    }
    // A write relayed by the coordinator from a partner who never sent us a package.
    return tr("Another partner (%1)").arg(replicaId.left(8));
}

QString PeerDirectory::describeRole(const QString &role, const QString &cityId) const
{
    if (role == QLatin1String("coordinator"))
        return tr("Coordinator");
    const QString name = m_cityNames.value(cityId);
    if (name.isEmpty())
        return tr("Liaison of an unknown city");
    return tr("Liaison of %1").arg(name);
}

} // namespace pactesur

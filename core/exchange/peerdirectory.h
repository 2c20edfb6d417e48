// SPDX-License-Identifier: EUPL-1.2
// Names the replicas this database has heard of the way people know them: "You (this
// database)", "Coordinator", "Liaison of Riga". Used wherever a write or a package is
// attributed to someone (conflicts, the ledger, the import preview).
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace pactesur {

class Database;

struct KnownPeer
{
    QString replicaId;
    QString role; // coordinator / liaison
    QString cityId;
    QString cityName;
    QString lastSeen; // UTC ISO-8601
};

class PeerDirectory
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::PeerDirectory)
public:
    // Reads this replica's identity, the known peers and the city names (small tables).
    explicit PeerDirectory(const Database &db);

    QString describe(const QString &replicaId) const;
    // A role and a city id as a package's manifest states them.
    QString describeRole(const QString &role, const QString &cityId) const;
    QString cityName(const QString &cityId) const { return m_cityNames.value(cityId); }
    // The peers a package has come from, most recently seen first (not this replica).
    const QList<KnownPeer> &peers() const { return m_peers; }
    QString ownReplicaId() const { return m_ownReplica; }

private:
    QString m_ownReplica;
    QHash<QString, QString> m_cityNames;
    QList<KnownPeer> m_peers;
};

} // namespace pactesur

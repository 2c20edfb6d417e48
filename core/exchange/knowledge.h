// SPDX-License-Identifier: EUPL-1.2
// What this replica has integrated (its knowledge vector) and what each peer has told us
// it holds (its acknowledgement), both local-only. Deltas are cut from them.
#pragma once

#include "exchange/recordstate.h"
#include "util/result.h"

namespace pactesur {

class Database;

struct Peer
{
    QString replicaId;
    QString role;
    QString cityId;
    VersionVector acknowledged;
};

class Knowledge
{
public:
    // Includes this replica's own writes.
    static VersionVector local(const Database &db);
    static Status setLocal(const Database &db, const VersionVector &knowledge);
    static std::optional<Peer> findPeer(const Database &db, const QString &replicaIdCitySlugOrRole);
    static Status acknowledge(const Database &db, const Peer &peer, const QString &seenAt);
};

} // namespace pactesur

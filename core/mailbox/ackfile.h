// SPDX-License-Identifier: EUPL-1.2
// acks/<replica>: what a replica has imported from each sender, signed with its key, so
// that no one else can make a sender remove packages early (and leave a gap for good).
// It also says the oldest sequence its own outbox still holds: where a replica that joins
// later starts reading it.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace pactesur {

class Keyring;
struct RosterEntry;

struct AckFile
{
    QString replica;
    QHash<QString, qint64> imported; // sender -> last sequence imported (or skipped)
    qint64 oldest = 1; // the oldest sequence still in the replica's outbox

    QByteArray body() const; // canonical JSON, what is signed
    QByteArray write(const Keyring &keyring) const;
    // Checks the signature against the roster's key of `signer` and the bounds.
    static std::optional<AckFile> read(const QByteArray &file, const RosterEntry &signer);
};

} // namespace pactesur

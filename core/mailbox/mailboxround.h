// SPDX-License-Identifier: EUPL-1.2
// One mailbox round's work and what it learns on the way (MailboxSync::round runs it).
#pragma once

#include "mailbox/ackfile.h"
#include "mailbox/mailboxsync.h"
#include "store/replica.h"
#include "trust/roster.h"
#include "util/privatefolder.h"

#include <QHash>
#include <QMap>

namespace pactesur {

class Keyring;

class MailboxRound
{
public:
    MailboxRound(Database &db, Transport &transport, const MailboxSync::Options &options);
    Result<SyncReport> run();

private:
    enum class Outcome { Taken, Refused, Declined, Failed };

    // fetch (mailboxround.cpp)
    QList<RosterEntry> senders() const;
    void fetch();
    bool fetchFrom(const RosterEntry &sender);
    Outcome take(const RosterEntry &sender, qint64 sequence, const RemoteEntry &entry);
    qint64 oldestPublishedBy(const RosterEntry &sender);
    std::optional<AckFile> readAck(const RosterEntry &replica);
    QString senderName(const RosterEntry &sender) const;

    // publish, ack and clean (mailboxpublish.cpp)
    void publish();
    bool publishPackage(const QString &to, const std::optional<VersionVector> &since);
    bool upload(OutgoingPackage &package);
    Status uploadMaking(const QString &local, const QString &temporary);
    bool hasWritesBeyond(const VersionVector &base) const;
    bool rosterChanged() const;
    void writeAck();
    void removeDelivered();
    QHash<QString, RosterEntry> rosterByReplica() const;
    bool deliveredToEveryone(
        const OutgoingPackage &package, const QHash<QString, RosterEntry> &roster) const;
    void removeOwnLeftovers();

    void step(const QString &what);
    bool cancelled() const;
    void saveState();

    Database &m_db;
    Transport &m_transport;
    const MailboxSync::Options &m_options;
    Identity m_identity;
    MailboxState m_state;
    QString m_spool;
    std::unique_ptr<Keyring> m_keyring;
    PrivateFolder m_private;
    SyncReport m_report;
    bool m_backedUp = false;
    // What the listing showed: sender -> sequence -> files (a sequence may have several:
    // a damaged copy beside the real one).
    QHash<QString, QMap<qint64, QList<RemoteEntry>>> m_listed;
    QList<RemoteEntry> m_acksListed;
    QList<RemoteEntry> m_temporaryListed;
};

} // namespace pactesur

// SPDX-License-Identifier: EUPL-1.2
// A round's publishing side: this replica's delta, its ack, and the removal of its own
// packages once every recipient has imported them.
#include "mailbox/mailboxround.h"

#include "exchange/exporter.h"
#include "exchange/knowledge.h"
#include "exchange/statestore.h"
#include "mailbox/mailboxlayout.h"
#include "store/database.h"
#include "trust/keyring.h"
#include "util/uuid.h"

#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

namespace pactesur {

void MailboxRound::publish()
{
    // Packages published before and not confirmed in the mailbox first: a round cut short
    // (or a listing that dropped one) uploads them again; the same name is the same bytes.
    for (auto it = m_state.outgoing.begin(); it != m_state.outgoing.end();) {
        const bool listed = m_listed.value(m_identity.replicaId).value(it->sequence).size() > 0;
        if (it->uploaded && !listed && !QFile::exists(m_spool + QLatin1Char('/') + it->name)
            && deliveredToEveryone(*it, rosterByReplica())) {
            // Its removal was cut short after both copies went (earlier versions saved the
            // state last): it needs no sending, only forgetting.
            it = m_state.outgoing.erase(it);
            saveState();
            continue;
        }
        if ((!it->uploaded || !listed) && !upload(*it))
            return;
        ++it;
    }
    if (m_identity.isCoordinator()) {
        // A replica enrolled after the coordinator's first publication never received the
        // earlier ones: it gets a full package of its own once.
        if (!m_state.members.isEmpty()) {
            for (const RosterEntry &entry : Roster::list(m_db)) {
                if (entry.revoked || entry.replica == m_identity.replicaId
                    || m_state.members.contains(entry.replica) || entry.city.isEmpty())
                    continue;
                if (!publishPackage(entry.city, std::nullopt))
                    return;
            }
        }
    }
    VersionVector base = m_state.published;
    if (!m_identity.isCoordinator()) {
        // What the coordinator said it holds needs no sending.
        if (const std::optional<Peer> coordinator
            = Knowledge::findPeer(m_db, QStringLiteral("coordinator")))
            base = versionvector::merged(base, coordinator->acknowledged);
    }
    if (rosterChanged() || hasWritesBeyond(base))
        publishPackage(m_identity.isCoordinator() ? QStringLiteral("all") : QString(), base);
}

// The coordinator's roster changed since its last publication: the cities must learn it.
bool MailboxRound::rosterChanged() const
{
    return m_identity.isCoordinator() && Roster::serial(m_db) > m_state.publishedRosterSerial;
}

bool MailboxRound::hasWritesBeyond(const VersionVector &base) const
{
    const QString vector = versionvector::toJson(base);
    for (const KindSpec *kind : StateStore::exchangedKinds()) {
        QSqlQuery query(m_db.sql());
        query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1")
                          .arg(kind->table, StateStore::hasWriteBeyondCondition()));
        query.addBindValue(vector);
        if (!query.exec() || query.next())
            return true; // when in doubt, the exporter decides
    }
    return false;
}

// Cuts a package (a delta since `since`, else full) sealed to `to`, keeps it in the spool
// under its final name, records it, then uploads it.
bool MailboxRound::publishPackage(const QString &to, const std::optional<VersionVector> &since)
{
    step(MailboxSync::tr("Preparing a package…"));
    const qint64 sequence = m_state.nextSequence;
    const QString cutting = m_spool + QStringLiteral("/cutting-%1.tmp").arg(sequence);
    Exporter::Options options;
    options.to = to;
    options.since = since;
    options.mailboxSequence = sequence;
    options.cancel = m_options.cancel;
    const Result<ExportSummary> summary = Exporter::exportTo(m_db, cutting, options);
    if (!summary) {
        m_report.errors.append(summary.error().message);
        return false;
    }
    if (since && summary->total() == 0 && !rosterChanged()) {
        QFile::remove(cutting);
        m_state.published = versionvector::merged(*since, summary->covered);
        return true;
    }
    OutgoingPackage package;
    package.sequence = sequence;
    package.name = mailbox::packageFileName(sequence, mailbox::hashOfFile(cutting));
    package.recipients = summary->recipients;
    if (!QFile::rename(cutting, m_spool + QLatin1Char('/') + package.name)) {
        QFile::remove(cutting);
        m_report.errors.append(
            MailboxSync::tr("Cannot keep the package %1 beside the database.").arg(package.name));
        return false;
    }
    // The sequence is taken and the writes counted as published in the same save: a round
    // killed before it cuts the same sequence again, one killed after uploads this file.
    m_state.outgoing.append(package);
    m_state.nextSequence = sequence + 1;
    if (since)
        m_state.published = versionvector::merged(*since, summary->covered);
    if (m_identity.isCoordinator()) {
        for (const QString &recipient : package.recipients)
            m_state.members.insert(recipient);
        m_state.publishedRosterSerial = Roster::serial(m_db);
    }
    saveState();
    return upload(m_state.outgoing.last());
}

bool MailboxRound::upload(OutgoingPackage &package)
{
    const QString spooled = m_spool + QLatin1Char('/') + package.name;
    if (!QFile::exists(spooled)) {
        m_report.errors.append(MailboxSync::tr("The package %1 is no longer beside the database "
                                               "and cannot be sent again.")
                                   .arg(package.name));
        return false;
    }
    step(MailboxSync::tr("Uploading %1…").arg(package.name));
    // Written under a temporary name, then moved without overwriting: no reader ever sees a
    // half-written package under its final name.
    const QString temporary = mailbox::kTemporary + m_identity.replicaId + QLatin1Char('-')
        + uuid::create().left(8) + QStringLiteral(".upload");
    m_state.temporaryInUse = true;
    saveState();
    if (Status status = uploadMaking(spooled, temporary); !status) {
        m_report.errors.append(status.error().message);
        return false;
    }
    const QString outbox = mailbox::outboxOf(m_identity.replicaId);
    Result<Transport::Moved> moved = m_transport.move(temporary, outbox + package.name, false);
    if (!moved && m_transport.makeFolder(outbox).ok()) // someone removed the folder
        moved = m_transport.move(temporary, outbox + package.name, false);
    if (!moved) {
        m_report.errors.append(moved.error().message);
        return false;
    }
    if (moved.value() == Transport::Moved::TargetExists)
        static_cast<void>(m_transport.remove(temporary)); // there from a round cut short
    else
        ++m_report.sent;
    package.uploaded = true;
    m_state.temporaryInUse = false;
    saveState();
    return true;
}

// An upload into tmp/, which is made again if someone removed it.
Status MailboxRound::uploadMaking(const QString &local, const QString &temporary)
{
    if (m_transport.upload(local, temporary).ok())
        return {};
    if (Status status = m_transport.makeFolder(mailbox::kTemporary); !status)
        return status;
    return m_transport.upload(local, temporary);
}

void MailboxRound::writeAck()
{
    AckFile ack;
    ack.replica = m_identity.replicaId;
    ack.imported = m_state.imported;
    ack.oldest = m_state.nextSequence;
    for (const OutgoingPackage &package : m_state.outgoing)
        ack.oldest = qMin(ack.oldest, package.sequence);
    const QString body = QString::fromUtf8(ack.body());
    if (body == m_state.lastAck)
        return;
    const QString local = m_private.filePath(QStringLiteral("ack"));
    QSaveFile file(local);
    if (!file.open(QIODevice::WriteOnly) || file.write(ack.write(*m_keyring)) < 0
        || !file.commit()) {
        m_report.errors.append(MailboxSync::tr("Cannot write this replica's acknowledgement."));
        return;
    }
    const QString temporary = mailbox::kTemporary + m_identity.replicaId + QLatin1Char('-')
        + uuid::create().left(8) + QStringLiteral(".ack");
    if (Status status = uploadMaking(local, temporary); !status) {
        m_report.errors.append(status.error().message);
        return;
    }
    Result<Transport::Moved> moved
        = m_transport.move(temporary, mailbox::ackOf(m_identity.replicaId), true);
    if (!moved && m_transport.makeFolder(mailbox::kAcks).ok())
        moved = m_transport.move(temporary, mailbox::ackOf(m_identity.replicaId), true);
    if (!moved) {
        m_report.errors.append(moved.error().message);
        static_cast<void>(m_transport.remove(temporary));
        return;
    }
    m_state.lastAck = body;
}

QHash<QString, RosterEntry> MailboxRound::rosterByReplica() const
{
    QHash<QString, RosterEntry> roster;
    for (const RosterEntry &entry : Roster::list(m_db))
        roster.insert(entry.replica, entry);
    return roster;
}

// Every recipient still trusted says it imported the package.
bool MailboxRound::deliveredToEveryone(
    const OutgoingPackage &package, const QHash<QString, RosterEntry> &roster) const
{
    for (const QString &recipient : package.recipients) {
        const auto known = roster.constFind(recipient);
        if (recipient == m_identity.replicaId || known == roster.constEnd() || known->revoked)
            continue; // a revoked replica will never read it
        if (m_state.acks.value(recipient).value(m_identity.replicaId) < package.sequence)
            return false;
    }
    return true;
}

void MailboxRound::removeDelivered()
{
    if (m_state.outgoing.isEmpty())
        return;
    QSet<QString> waitedFor;
    for (const OutgoingPackage &package : m_state.outgoing) {
        for (const QString &recipient : package.recipients)
            waitedFor.insert(recipient);
    }
    waitedFor.remove(m_identity.replicaId);
    const QHash<QString, RosterEntry> roster = rosterByReplica();
    for (const RemoteEntry &entry : m_acksListed) {
        const QString replica = entry.path.mid(mailbox::kAcks.size());
        if (!waitedFor.contains(replica) || m_state.ackTags.value(replica) == entry.etag
            || !roster.contains(replica))
            continue;
        if (const std::optional<AckFile> ack = readAck(roster.value(replica))) {
            m_state.acks.insert(replica, ack->imported);
            m_state.ackTags.insert(replica, entry.etag);
        }
    }
    for (auto it = m_state.outgoing.begin(); it != m_state.outgoing.end();) {
        if (!it->uploaded || !deliveredToEveryone(*it, roster)) {
            ++it;
            continue;
        }
        if (Status status = m_transport.remove(mailbox::outboxOf(m_identity.replicaId) + it->name);
            !status) {
            m_report.errors.append(status.error().message);
            return;
        }
        // The package leaves the saved state before its local copy goes: a round killed in
        // between leaves a file nobody needs, where the other order left a package the next
        // round had to upload again and could not find, round after round.
        const QString spooled = m_spool + QLatin1Char('/') + it->name;
        ++m_report.removed;
        it = m_state.outgoing.erase(it);
        saveState();
        QFile::remove(spooled);
    }
}

// Uploads a round left half-done in tmp/ (killed, or the server gone mid-upload).
void MailboxRound::removeOwnLeftovers()
{
    if (!m_state.temporaryInUse)
        return;
    for (const RemoteEntry &entry : m_temporaryListed) {
        if (entry.path.startsWith(mailbox::kTemporary + m_identity.replicaId))
            static_cast<void>(m_transport.remove(entry.path));
    }
    m_state.temporaryInUse = false;
    saveState();
}

} // namespace pactesur

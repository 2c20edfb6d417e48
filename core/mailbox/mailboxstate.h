// SPDX-License-Identifier: EUPL-1.2
// What this replica remembers of its mailbox, local-only (a local_setting row, never in a
// package): what it has published and still keeps there, what it has imported from each
// sender, the files it refused, and where the mailbox is.
#pragma once

#include "exchange/recordstate.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

namespace pactesur {

class Database;

struct OutgoingPackage
{
    qint64 sequence = 0;
    QString name; // "<sequence>-<hash>.pactesur"
    QStringList recipients; // replica ids, this one included
    bool uploaded = false;
};

struct MailboxState
{
    // Every write put in a package so far: the next publication holds the records with a
    // write beyond it (and beyond what the coordinator said it holds).
    VersionVector published;
    qint64 nextSequence = 1;
    qint64 publishedRosterSerial = 0; // the coordinator's, to publish a changed roster
    QList<OutgoingPackage> outgoing; // published and not yet removed from the mailbox
    QHash<QString, qint64> imported; // sender -> the last sequence imported or skipped
    QSet<QString> refused; // "<path>|<size>|<etag>" of files refused, not read again
    QSet<QString> members; // the replicas every coordinator publication was sealed to
    QString lastAck; // the body of the ack last written, not written again unchanged
    QHash<QString, QString> ackTags; // replica -> the etag of its ack file last read
    QHash<QString, QHash<QString, qint64>> acks; // replica -> what its ack said
    QString preparedFor; // the address whose folders exist
    bool temporaryInUse = false; // an upload under tmp/ may have been left behind
    QJsonObject lastRound; // when the last round ended and what it did (SyncReport::toJson)

    static MailboxState load(const Database &db);
    Status save(const Database &db) const;
};

struct MailboxSettings
{
    QString url; // https://…, http://127.0.0.1…, or file:///…
    QString user;

    bool isSet() const { return !url.isEmpty(); }
    static MailboxSettings load(const Database &db);
    Status save(const Database &db) const;
};

} // namespace pactesur

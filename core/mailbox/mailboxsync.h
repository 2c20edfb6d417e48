// SPDX-License-Identifier: EUPL-1.2
// One round of automatic exchange through a mailbox (issue 15; the README's "Automatic exchange"):
// fetch and import what the senders this replica reads have published, in sequence order
// and through the same importer as a file; publish this replica's delta; write its ack;
// remove its own packages once every recipient has imported them.
// Nothing is ever concluded from a file missing from a listing, and order never comes from
// clocks: a gap in a sender's sequence stops that sender until the gap fills.
#pragma once

#include "exchange/importer.h"
#include "mailbox/mailboxstate.h"
#include "mailbox/transport.h"
#include "util/result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

namespace pactesur {

class Database;

struct SyncReport
{
    int sent = 0; // packages uploaded
    int received = 0; // packages downloaded
    int imported = 0; // packages imported
    int conflicts = 0; // records with a new conflict
    int rejected = 0; // package files refused
    int removed = 0; // own packages removed, every recipient having them
    QStringList errors; // in plain words; the round did what it could around them
    QStringList refusals; // one line per refused file
    QStringList waiting; // senders stopped at a gap in their sequence
    bool finished() const { return errors.isEmpty(); }
    // {"sent","received","imported","conflicts","rejected","removed","errors","refusals",
    // "waiting"}: what `sync --json` prints.
    QJsonObject toJson() const;
};

class MailboxSync
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::MailboxSync)
public:
    struct Options
    {
        const std::atomic_bool *cancel = nullptr;
        std::function<void(const QString &step)> progress;
        // Imports one package downloaded from the mailbox; by default Importer::run with its
        // backup. The desktop's "review every incoming package" option shows the preview
        // here: an error of code Usage means the person declined it, and that sender waits.
        std::function<Result<ImportReport>(const QString &path)> importPackage;
    };
    // The mailbox could not be reached at all: an error. Anything else: a report.
    static Result<SyncReport> round(Database &db, Transport &transport, const Options &options);

    // The transport for the mailbox set for this database; `password` for a WebDAV server.
    static Result<std::unique_ptr<Transport>> transportFor(
        const MailboxSettings &settings, const QString &password);
    // Checks an address as typed: https://…, file:///…, or http:// on this computer only.
    static Status checkAddress(const QString &url);
    // The folder beside the database that keeps this replica's packages until every
    // recipient has them (so that one can be put back if the mailbox loses it).
    static QString spoolFolder(const Database &db);
};

} // namespace pactesur

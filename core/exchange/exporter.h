// SPDX-License-Identifier: EUPL-1.2
// Writes a package: everything (full) or what one peer has not acknowledged (delta).
#pragma once

#include "exchange/recordstate.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QMap>

#include <atomic>
#include <functional>
#include <optional>

namespace pactesur {

class Database;

struct ExportSummary
{
    QString path;
    QString kind; // "full" or "delta"
    QString peer; // the peer's replica id for a delta
    QMap<QString, int> counts; // per CLI kind
    int total() const;
    // What this replica had integrated when the package was cut (its manifest's knowledge),
    // whom it is sealed to (replica ids, the sender included) and its sequence.
    VersionVector knowledge;
    // Every write the package's records carry (the union of their version vectors), for a
    // delta cut with Options::since.
    VersionVector covered;
    QStringList recipients;
    qint64 sequence = 0;
};

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Exporter)
public:
    struct Options
    {
        QString peer; // empty: full; else a replica id, a city slug or "coordinator"
        // Who can open it (the coordinator's packages): a city slug or id, "coordinator" or
        // "all"; empty: the peer's city for a delta, else every enrolled replica.
        QString to;
        // A delta of the records with a write beyond this vector, for no peer in particular
        // (the mailbox's publications, issue 15); `peer` must then be empty.
        std::optional<VersionVector> since;
        // > 0: a mailbox package, with this sequence of the mailbox's own (its header says
        // so, channel "mailbox"); 0: a package made by hand.
        qint64 mailboxSequence = 0;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(int done, int total)> progress;
    };
    // Atomic: a temporary file beside the target, synced, then renamed over it.
    static Result<ExportSummary> exportTo(
        Database &db, const QString &path, const Options &options);
};

} // namespace pactesur

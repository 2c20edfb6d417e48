// SPDX-License-Identifier: EUPL-1.2
// Writes a package: everything (full) or what one peer has not acknowledged (delta).
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMap>

#include <atomic>
#include <functional>

namespace pactesur {

class Database;

struct ExportSummary
{
    QString path;
    QString kind; // "full" or "delta"
    QString peer; // the peer's replica id for a delta
    QMap<QString, int> counts; // per CLI kind
    int total() const;
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
        const std::atomic_bool *cancel = nullptr;
        std::function<void(int done, int total)> progress;
    };
    // Atomic: a temporary file beside the target, synced, then renamed over it.
    static Result<ExportSummary> exportTo(
        Database &db, const QString &path, const Options &options);
};

} // namespace pactesur

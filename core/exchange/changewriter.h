// SPDX-License-Identifier: EUPL-1.2
// Writes an import's judged records as they are read, inside the import's one transaction:
// new records many to a statement, merged ones one by one. Nothing of the package is held
// beyond a bounded batch, so an import's memory does not grow with the package (issue 17).
#pragma once

#include "util/result.h"

#include <QList>
#include <QVariantList>

namespace pactesur {

class Database;
class LocalStates;
class PackageReader;
class PackageRecord;
struct KindSpec;
struct Verdict;

class ChangeWriter
{
public:
    ChangeWriter(Database &db, PackageReader &reader, LocalStates &local);
    // Writes a record judged TakenAsItIs or Merged (any other verdict writes nothing).
    Status write(const PackageRecord &incoming, const Verdict &verdict);
    // Writes what is still batched; before the transaction commits.
    Status finish();

private:
    Status addToBatch(const KindSpec &kind, const QVariantList &row);
    Status flush();
    Status storeBytes(const QString &id, const QString &sha256);

    Database &m_db;
    PackageReader &m_reader;
    LocalStates &m_local;
    // Rows of one kind stored as the package holds them, many to a statement (see
    // LocalStates::insertRows): up to a few thousand, and a few megabytes of text, at once.
    const KindSpec *m_batchKind = nullptr;
    QList<QVariantList> m_batch;
    qsizetype m_batchBytes = 0;
    bool m_erasureArrived = false;
};

// A network-scale import writes hundreds of megabytes in one transaction: with SQLite's
// default 2 MB of cache, pages are written out to the log and again as they change (a
// quarter of the time of a first import). 32 MB, for one connection, while it lives: more
// gained little, and an import's peak memory must stay within 100 MB.
class LargerPageCache
{
public:
    explicit LargerPageCache(const Database &db);
    ~LargerPageCache();
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    const Database &m_db;
    int m_previous = -2000;
};

} // namespace pactesur

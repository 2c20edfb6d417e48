// SPDX-License-Identifier: EUPL-1.2
// Writes an import's judged records as they are read, inside the import's one transaction:
// new records a run of package rows to a statement, merged ones one by one. Nothing of the
// package is held in memory, so an import's memory does not grow with the package (issue 17).
#pragma once

#include "util/result.h"

#include <QHash>
#include <QSqlQuery>

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
    ~ChangeWriter();
    ChangeWriter(const ChangeWriter &) = delete;
    ChangeWriter &operator=(const ChangeWriter &) = delete;
    // Attaches the reader's verified package file to the database's connection, read
    // only; before the import's transaction begins (SQLite attaches outside one).
    Status attachPackage();
    // Writes a record judged TakenAsItIs or Merged (any other verdict writes nothing).
    Status write(const PackageRecord &incoming, const Verdict &verdict);
    // Writes what is still pending; before the transaction commits.
    Status finish();

private:
    Status flush();
    Status storeBytes(const QString &id, const QString &sha256);

    Database &m_db;
    PackageReader &m_reader;
    LocalStates &m_local;
    bool m_attached = false;
    // New records stored as the package holds them are copied by SQLite itself, a run of
    // consecutive package rows at a time (INSERT … SELECT from the attached package): no
    // value passes through Qt, and a first import runs at the plain SQL rate. The reader
    // has checked each of these rows before it joins the run.
    QHash<const KindSpec *, QSqlQuery> m_copies; // prepared once per kind
    const KindSpec *m_runKind = nullptr;
    qint64 m_runFirst = 0;
    qint64 m_runLast = -1;
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

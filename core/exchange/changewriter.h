// SPDX-License-Identifier: EUPL-1.2
// Writes what an import's dry run found would change, reading the package a second time
// rather than holding every changed row in memory between the two: a network-scale
// package is 240 MB on disk and twice that as Qt strings.
#pragma once

#include "util/result.h"

#include <QString>

#include <atomic>
#include <vector>

namespace pactesur {

class Database;
class ImportJudge;
class LocalStates;
class PackageReader;

class ChangeWriter
{
public:
    // Inside the caller's transaction. `local` and `judge` are the ones the dry run read
    // with, so each record is judged and merged exactly as the report says; `toWrite`
    // holds the sorted idHash() of the records it found new or changed.
    static Status write(Database &db, PackageReader &reader, LocalStates &local,
        ImportJudge &judge, const std::vector<size_t> &toWrite, const std::atomic_bool *cancel);
    static size_t idHash(const QString &id);
};

// A network-scale import writes hundreds of megabytes in one transaction: with SQLite's
// default 2 MB of cache, pages are written out to the log and again as they change (a
// quarter of the time of a first import). 64 MB, for one connection, while it lives.
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

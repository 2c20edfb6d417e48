// SPDX-License-Identifier: EUPL-1.2
// Writes what an import's dry run found would change, reading the package a second time
// rather than holding every changed row in memory between the two: a network-scale
// package is 240 MB on disk and twice that as Qt strings.
#pragma once

#include "util/result.h"

#include <atomic>

namespace pactesur {

class Database;
class LocalStates;
class PackageReader;
struct ImportReport;

class ChangeWriter
{
public:
    // Inside the caller's transaction. `local` is the one the dry run read with, so each
    // record is merged exactly as the report says; `mergeEveryRecord` as the dry run had it.
    static Status write(Database &db, PackageReader &reader, LocalStates &local,
        const ImportReport &report, bool mergeEveryRecord, const std::atomic_bool *cancel);
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

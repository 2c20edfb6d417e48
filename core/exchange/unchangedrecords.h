// SPDX-License-Identifier: EUPL-1.2
// Tells, from the stored texts alone, that merging a package's record would leave the
// record here as it is, so an import need not build and merge the two states. A full
// package that mostly repeats what a replica holds then previews in a second.
#pragma once

#include "exchange/packagerecord.h"

struct sqlite3_stmt;

namespace pactesur {

class Database;
class LocalStates;

class UnchangedRecords
{
public:
    UnchangedRecords(const Database &db, LocalStates &local);
    ~UnchangedRecords();
    UnchangedRecords(const UnchangedRecords &) = delete;
    UnchangedRecords &operator=(const UnchangedRecords &) = delete;

    // True when the record here holds the same history, this replica has seen all the
    // package saw of it, and neither side has a conflict. False means only the full
    // merge can tell.
    bool surelyUnchangedBy(const PackageRecord &incoming);
    // Lets go of the table being read; due before the transaction that reads ends.
    void finish();

private:
    sqlite3_stmt *localRow(const KindSpec &kind, const QString &id);

    const Database &m_db;
    LocalStates &m_local;
    QString m_kind; // the table being walked
    sqlite3_stmt *m_walk = nullptr; // its rows in rowid order, from a given rowid
    sqlite3_stmt *m_find = nullptr; // a row's rowid from its id
    bool m_onRow = false;
};

} // namespace pactesur

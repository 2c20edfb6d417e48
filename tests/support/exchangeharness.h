// SPDX-License-Identifier: EUPL-1.2
// Several replicas in one test process, exchanging real package files.
#pragma once

#include "exchange/importer.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QTemporaryDir>

#include <memory>

namespace pactesur::test {

class TestReplica
{
public:
    // role "coordinator", or a city slug for a liaison. A fixed clock keeps runs repeatable.
    // The replica id is derived from `idName`, else from the folder and name: a test that
    // replays a run in another folder passes one to get the same ids (the same tie-breaks).
    TestReplica(const QString &name, const QString &roleOrCity, const QString &folder,
        const QString &idName = {});
    ~TestReplica();

    QString name() const { return m_name; }
    Database &db() { return *m_db; }
    RecordStore store() { return RecordStore(*m_db); }
    QString replicaId() const { return m_replicaId; }
    FixedClock &clock() { return m_clock; }

    // This replica and the coordinator's trust each other's keys (issue 14).
    void enrolWith(TestReplica &coordinator);
    // Writes a package for `peer` (delta) or for everyone (full, when peer is null).
    QString exportPackage(const TestReplica *peer);
    // The same, decrypted: the SQLite package itself, for tests of its checks.
    QString exportPlainPackage(const TestReplica *peer);
    Result<ImportReport> importPackage(const QString &path, bool dryRun = false);
    // Dry runs with and without the importer's shortcuts; what differs between their
    // reports, or an empty string.
    QString shortcutsDisagreeOn(const QString &path);
    // Imports (with the shortcuts) after a dry run that merges every record; what differs
    // between their reports goes to `differs`, else it is emptied. The same check as
    // shortcutsDisagreeOn() and an import, for one pass fewer.
    Result<ImportReport> importCheckingShortcuts(const QString &path, QString *differs);
    QString digest() const;

private:
    QString m_name;
    QString m_folder;
    QString m_replicaId;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    int m_exports = 0;
};

// A seeded database file to copy: creating and seeding one per replica is the slow part.
QString seededTemplate();

} // namespace pactesur::test

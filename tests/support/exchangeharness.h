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
    TestReplica(const QString &name, const QString &roleOrCity, const QString &folder);
    ~TestReplica();

    QString name() const { return m_name; }
    Database &db() { return *m_db; }
    RecordStore store() { return RecordStore(*m_db); }
    QString replicaId() const { return m_replicaId; }
    FixedClock &clock() { return m_clock; }

    // Writes a package for `peer` (delta) or for everyone (full, when peer is null).
    QString exportPackage(const TestReplica *peer);
    Result<ImportReport> importPackage(const QString &path, bool dryRun = false);
    // Dry runs with and without the importer's shortcuts; what differs between their
    // reports, or an empty string.
    QString shortcutsDisagreeOn(const QString &path);
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

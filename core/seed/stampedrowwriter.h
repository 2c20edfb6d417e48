// SPDX-License-Identifier: EUPL-1.2
// Internal to Generator: inserts generated rows with the merge metadata the write path
// would have given them (a counter per write, a dot per field, the version vector, the
// times), through one prepared statement per kind: hundreds of thousands of rows go in.
#pragma once

#include "model/kinds.h"
#include "store/replica.h"
#include "util/result.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantMap>

#include <map>
#include <memory>

namespace pactesur {

class Database;

// One write of this replica: which of its writes, and when (stored form).
struct GeneratedWrite
{
    qint64 counter = 0;
    QString at;
};

class StampedRowWriter
{
public:
    StampedRowWriter(Database &db, const Identity &identity, qint64 counter);
    // The next write of this replica, at `at`.
    GeneratedWrite next(const QString &at) { return {++m_counter, at}; }
    qint64 counter() const { return m_counter; }
    const QString &replicaId() const { return m_identity.replicaId; }

    // A row made by one write that set every field in `values`.
    Status insert(const KindSpec &kind, const QString &id, const QString &owner,
        const QVariantMap &values, const GeneratedWrite &write);
    // A row made by `created`, some of whose fields a later write set last (`later`: field
    // -> write). As in the write path, "deleted" carries the latest write and updated_at
    // its time.
    Status insert(const KindSpec &kind, const QString &id, const QString &owner,
        const QVariantMap &values, const GeneratedWrite &created,
        const QHash<QString, GeneratedWrite> &later);
    bool exists(const KindSpec &kind, const QString &id);

private:
    QSqlQuery &statementFor(const KindSpec &kind);

    Database &m_db;
    Identity m_identity;
    qint64 m_counter = 0;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // by table
};

} // namespace pactesur

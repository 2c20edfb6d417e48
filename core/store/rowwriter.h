// SPDX-License-Identifier: EUPL-1.2
// The SQL of writing one replicated row with its metadata; shared by the write path, the
// seeder and (later) the importer, which all decide the metadata themselves.
#pragma once

#include "model/kinds.h"
#include "util/result.h"

#include <QVariantMap>

namespace pactesur {

class Database;

struct RowMeta
{
    QString id;
    QString owner;
    QString createdAt;
    QString updatedAt;
    bool deleted = false;
    QString versionVector = QStringLiteral("{}"); // JSON {"replica": counter}
    QString dots = QStringLiteral("{}"); // JSON {"field": ["replica", counter]}
};

class RowWriter
{
public:
    static Status insert(
        const Database &db, const KindSpec &kind, const RowMeta &meta, const QVariantMap &values);
    // Writes the metadata and the given fields; other fields keep their values.
    static Status update(
        const Database &db, const KindSpec &kind, const RowMeta &meta, const QVariantMap &changes);
    static QString quoted(const QString &identifier);
};

} // namespace pactesur

// SPDX-License-Identifier: EUPL-1.2
#include "packageformat.h"

#include "exchange/statestore.h"
#include "model/kinds.h"
#include "store/rowwriter.h"

namespace pactesur::package {

QStringList columns(const KindSpec &kind)
{
    QStringList list = {QStringLiteral("id"), QStringLiteral("owner"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"), QStringLiteral("deleted"), QStringLiteral("vv"),
        QStringLiteral("dots")};
    for (const FieldSpec &field : kind.fields) {
        if (field.type != FieldType::Blob)
            list << field.name;
    }
    return list;
}

qsizetype columnOf(const KindSpec &kind, const QString &field)
{
    qsizetype column = 7; // past id, owner, created_at, updated_at, deleted, vv and dots
    for (const FieldSpec &spec : kind.fields) {
        if (spec.type == FieldType::Blob)
            continue;
        if (spec.name == field)
            return column;
        ++column;
    }
    return -1;
}

QString columnList(const KindSpec &kind)
{
    QStringList quoted;
    for (const QString &column : columns(kind))
        quoted << RowWriter::quoted(column);
    return quoted.join(QStringLiteral(", "));
}

QString schema(const QString &prefix)
{
    QStringList statements = {
        QStringLiteral(
            "CREATE TABLE %1manifest (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")
            .arg(prefix),
        QStringLiteral(
            "CREATE TABLE %1conflict (id TEXT PRIMARY KEY NOT NULL, owner, created_at, updated_at, "
            "deleted, vv, dots, record_kind, record_id, field, candidates, status)")
            .arg(prefix),
        QStringLiteral("CREATE TABLE %1blob (sha256 TEXT PRIMARY KEY NOT NULL, data BLOB NOT NULL)")
            .arg(prefix),
    };
    // No types, constraints or indexes on the record columns: the importer checks every
    // value itself (duplicate ids included), a package must never make SQLite evaluate
    // anything, and an index would only slow the export down.
    for (const KindSpec *kind : StateStore::exchangedKinds()) {
        statements
            << QStringLiteral("CREATE TABLE %1%2 (%3)").arg(prefix, kind->table, columnList(*kind));
    }
    return statements.join(QStringLiteral(";\n")) + QLatin1Char(';');
}

} // namespace pactesur::package

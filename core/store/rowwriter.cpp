// SPDX-License-Identifier: EUPL-1.2
#include "rowwriter.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

QString RowWriter::quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

Status RowWriter::insert(
    const Database &db, const KindSpec &kind, const RowMeta &meta, const QVariantMap &values)
{
    QStringList columns = {QStringLiteral("id"), QStringLiteral("owner"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("deleted"),
        QStringLiteral("vv"), QStringLiteral("dots")};
    QVariantList bound = {meta.id, meta.owner, meta.createdAt, meta.updatedAt, meta.deleted ? 1 : 0,
        meta.versionVector, meta.dots};
    for (auto it = values.begin(); it != values.end(); ++it) {
        columns << quoted(it.key());
        bound << it.value();
    }
    QSqlQuery query(db.sql());
    query.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(kind.table, columns.join(QStringLiteral(", ")),
                QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (const QVariant &value : bound)
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlError(Database::tr("saving a record"), query.lastError().text());
    return {};
}

Status RowWriter::update(
    const Database &db, const KindSpec &kind, const RowMeta &meta, const QVariantMap &changes)
{
    QStringList assignments = {QStringLiteral("owner = ?"), QStringLiteral("updated_at = ?"),
        QStringLiteral("deleted = ?"), QStringLiteral("vv = ?"), QStringLiteral("dots = ?")};
    QVariantList bound
        = {meta.owner, meta.updatedAt, meta.deleted ? 1 : 0, meta.versionVector, meta.dots};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        assignments << quoted(it.key()) + QStringLiteral(" = ?");
        bound << it.value();
    }
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(kind.table, assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : bound)
        query.addBindValue(value);
    query.addBindValue(meta.id);
    if (!query.exec())
        return Database::sqlError(Database::tr("saving a record"), query.lastError().text());
    return {};
}

} // namespace pactesur

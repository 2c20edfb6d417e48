// SPDX-License-Identifier: EUPL-1.2
#include "checker.h"

#include "model/kinds.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/sqlitevalue.h"

#include <QCryptographicHash>
#include <QSet>

#include <sqlite3.h>

namespace pactesur {

namespace {

// Rows of a query on a raw handle; a failed query reads as one row naming the error.
QStringList rows(sqlite3 *handle, const QByteArray &sql)
{
    bool ok = false;
    const QStringList result = sqlitevalue::rows(handle, sql.constData(), &ok);
    return ok ? result
              : QStringList {QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(handle))};
}

const QByteArray kSchemaQuery = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name";

QStringList expectedSchema()
{
    sqlite3 *memory = nullptr;
    sqlite3_open(":memory:", &memory);
    for (int version = 1; version <= Migrations::latestVersion(); ++version)
        sqlite3_exec(
            memory, Migrations::script(version).toUtf8().constData(), nullptr, nullptr, nullptr);
    QStringList schema = rows(memory, kSchemaQuery);
    sqlite3_close(memory);
    return schema;
}

void hashValue(QCryptographicHash &hash, sqlite3_stmt *statement, int column)
{
    const int type = sqlite3_column_type(statement, column);
    const char tag = char('0' + type);
    hash.addData(QByteArrayView(&tag, 1));
    QByteArray bytes;
    switch (type) {
    case SQLITE_NULL:
        break;
    case SQLITE_INTEGER:
        bytes = QByteArray::number(sqlite3_column_int64(statement, column));
        break;
    case SQLITE_FLOAT:
        bytes = QByteArray::number(sqlite3_column_double(statement, column), 'g', 17);
        break;
    default: {
        const void *data = sqlite3_column_blob(statement, column);
        bytes
            = QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(statement, column));
        break;
    }
    }
    const QByteArray length = QByteArray::number(bytes.size()) + ':';
    hash.addData(length);
    hash.addData(bytes);
}

} // namespace

QString Checker::stateDigest(const Database &db)
{
    sqlite3 *handle = db.handle();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : Kinds::replicatedTables()) {
        // Columns by name, so a column added by a later migration in another position
        // hashes the same way on every replica.
        QStringList columns;
        for (const QString &row :
            rows(handle, "SELECT name FROM pragma_table_info('" + table.toUtf8() + "')"))
            columns << QLatin1Char('"') + row + QLatin1Char('"');
        columns.sort();
        hash.addData(table.toUtf8() + '\n' + columns.join(QLatin1Char(',')).toUtf8() + '\n');
        const QByteArray sql = "SELECT " + columns.join(QLatin1Char(',')).toUtf8() + " FROM "
            + table.toUtf8() + " ORDER BY id";
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            return {};
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < columns.size(); ++column)
                hashValue(hash, statement, column);
            hash.addData("\n");
        }
        sqlite3_finalize(statement);
    }
    return QString::fromLatin1(hash.result().toHex());
}

CheckReport Checker::check(const Database &db)
{
    CheckReport report;
    sqlite3 *handle = db.handle();
    const QStringList integrity = rows(handle, "PRAGMA integrity_check");
    if (integrity != QStringList {QStringLiteral("ok")})
        report.problems
            << tr("The file is damaged: %1").arg(integrity.mid(0, 5).join(QStringLiteral("; ")));
    const QStringList foreignKeys = rows(handle, "PRAGMA foreign_key_check");
    if (!foreignKeys.isEmpty())
        report.problems << tr(
            "%n record(s) refer to records that do not exist.", nullptr, int(foreignKeys.size()));
    if (db.schemaVersion() != Migrations::latestVersion()) {
        report.problems << tr("The schema version is %1; this version of Pactesur expects %2.")
                               .arg(db.schemaVersion())
                               .arg(Migrations::latestVersion());
    }
    const QStringList expected = expectedSchema();
    const QStringList actual = rows(handle, kSchemaQuery);
    if (expected != actual) {
        const QSet<QString> expectedSet(expected.begin(), expected.end());
        const QSet<QString> actualSet(actual.begin(), actual.end());
        QStringList differences;
        for (const QString &entry : actualSet - expectedSet)
            differences << tr("unexpected %1").arg(entry.section(QLatin1Char('|'), 0, 1));
        for (const QString &entry : expectedSet - actualSet)
            differences << tr("missing %1").arg(entry.section(QLatin1Char('|'), 0, 1));
        differences.sort();
        report.problems << tr("The database structure differs from what Pactesur expects: %1.")
                               .arg(differences.mid(0, 5).join(QStringLiteral(", ")));
    }
    report.stateDigest = stateDigest(db);
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace pactesur

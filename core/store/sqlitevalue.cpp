// SPDX-License-Identifier: EUPL-1.2
#include "sqlitevalue.h"

#include <sqlite3.h>

namespace pactesur::sqlitevalue {

QVariant column(sqlite3_stmt *statement, int index)
{
    switch (sqlite3_column_type(statement, index)) {
    case SQLITE_NULL:
        return QVariant();
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(statement, index));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, index);
    case SQLITE_TEXT:
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, index)),
            sqlite3_column_bytes(statement, index));
    default:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, index)),
            sqlite3_column_bytes(statement, index));
    }
}

void bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(statement, index, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        return;
    }
    }
}

QStringList rows(sqlite3 *handle, const char *sql, bool *ok)
{
    QStringList result;
    sqlite3_stmt *statement = nullptr;
    *ok = sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK;
    int rc = SQLITE_DONE;
    while (*ok && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(statement); ++i)
            columns << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
        result << columns.join(QLatin1Char('|'));
    }
    *ok = *ok && rc == SQLITE_DONE;
    sqlite3_finalize(statement);
    return result;
}

} // namespace pactesur::sqlitevalue

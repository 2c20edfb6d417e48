// SPDX-License-Identifier: EUPL-1.2
// QVariant in and out of raw SQLite statements, for the paths where QtSql's per-query
// overhead is too slow (reading and writing a whole package).
#pragma once

#include <QStringList>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace pactesur::sqlitevalue {

QVariant column(sqlite3_stmt *statement, int index);
void bind(sqlite3_stmt *statement, int index, const QVariant &value); // index from 1
// Every row of a query, its columns joined by '|'; *ok says whether it ran to the end.
QStringList rows(sqlite3 *handle, const char *sql, bool *ok);

} // namespace pactesur::sqlitevalue

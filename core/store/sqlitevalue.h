// SPDX-License-Identifier: EUPL-1.2
// QVariant in and out of raw SQLite statements, for the paths where QtSql's per-query
// overhead is too slow (reading and writing a whole package).
#pragma once

#include <QVariant>

struct sqlite3_stmt;

namespace pactesur::sqlitevalue {

QVariant column(sqlite3_stmt *statement, int index);
void bind(sqlite3_stmt *statement, int index, const QVariant &value); // index from 1

} // namespace pactesur::sqlitevalue

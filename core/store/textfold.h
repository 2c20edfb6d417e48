// SPDX-License-Identifier: EUPL-1.2
// Text as searches compare it: case and accents folded, so "liege" finds "Liège" and
// "LODZ" finds "Łódź".
//
// Only queries use it (the SQL function pactesur_fold is registered on our connections):
// the schema's triggers call nothing that the sqlite3 shell lacks.
#pragma once

#include <QString>

struct sqlite3;

namespace pactesur::textfold {

// Marks taken off every letter of the project's languages, then case folded.
QString fold(const QString &text);

// Registers pactesur_fold(text) (= fold) on a connection, for queries that compare folded
// text without an index. Never used in the schema: other programs lack it.
bool registerSqlFunction(sqlite3 *handle);

} // namespace pactesur::textfold

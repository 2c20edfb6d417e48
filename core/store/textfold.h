// SPDX-License-Identifier: EUPL-1.2
// Text as searches compare it: case and accents folded, so "liege" finds "Liège" and
// "ŁÓDŹ" finds "Łódź". The same function folds what is indexed (through the SQL function
// pactesur_fold, which the search indexes' triggers call) and what is typed.
#pragma once

#include <QString>

struct sqlite3;

namespace pactesur::textfold {

QString fold(const QString &text);

// Registers pactesur_fold(text) on a connection: every connection that may write a table
// with a search index needs it, or its triggers fail (and the write with them).
bool registerSqlFunction(sqlite3 *handle);

} // namespace pactesur::textfold

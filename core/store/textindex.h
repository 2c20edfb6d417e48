// SPDX-License-Identifier: EUPL-1.2
// The text search indexes of the big lists (schema version 6): which table has one, over
// which columns, and how a typed filter becomes an index query.
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pactesur {

class Database;

struct TextIndex
{
    QString table; // the record table: "activity"
    QString indexTable; // its FTS5 trigram table: "activity_text"
    QStringList columns; // the text columns a list of that kind shows, folded

    // Trigrams need three characters; a shorter filter is matched without the index.
    static constexpr int kShortestIndexedText = 3;

    static const QList<TextIndex> &all();
    static const TextIndex *forTable(const QString &table);
    // An FTS5 query matching `typed` as a substring of any indexed column, case and
    // accents folded; empty when the folded text is too short for the index.
    static QString matchExpression(const QString &typed);
    // Refills every index from its table (the migration that adds them, and a repair).
    static Status rebuild(Database &db);
};

} // namespace pactesur

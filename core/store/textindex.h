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
    QStringList columns; // the text columns a list of that kind shows
    // The word index of the same table (unicode61, accents removed) and its column for the
    // list's title: it finds "Liège" for "liege", which trigrams cannot in SQLite 3.40.
    QString wordIndexTable;
    QString wordColumn;

    // Trigrams need three characters; a shorter filter is matched without the index.
    static constexpr int kShortestIndexedText = 3;

    static const QList<TextIndex> &all();
    static const TextIndex *forTable(const QString &table);
    // An FTS5 query matching `typed` as a substring of any indexed column, case folded;
    // empty when the text is too short for trigrams.
    static QString matchExpression(const QString &typed);
    // An FTS5 query for the word index: words of the title starting with what is typed,
    // accents and case folded.
    QString wordMatchExpression(const QString &typed) const;
    // Refills every index from its table (the migration that adds them, and a repair).
    static Status rebuild(Database &db);
};

} // namespace pactesur

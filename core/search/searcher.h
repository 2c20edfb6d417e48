// SPDX-License-Identifier: EUPL-1.2
// Full-text search over every kind people name: cities, organisations, working groups,
// activities, practice sheets, resources and contacts.
#pragma once

#include <QList>
#include <QString>

namespace pactesur {

class Database;

struct SearchHit
{
    QString kind; // CLI kind name: "cities", "sheets", ...
    QString id;
    QString title;
    bool titleHit = false; // every word is in the title (name) itself
};

class Searcher
{
public:
    explicit Searcher(const Database &db)
        : m_db(db)
    { }
    // Every word must match (as a prefix, case and accents folded). Hits come grouped by
    // kind; within a kind the title hits first, then the rest, newest to arrive first; the
    // kinds with a title hit come before the others. Ranking by relevance (bm25) would
    // score every match: ~60 ms for common words at network scale, over the 10 ms budget
    // of DESIGN.md section 9; "title first, then rowid" reads two LIMITed index walks.
    QList<SearchHit> search(const QString &text, int limitPerKind = 50) const;
    // Turns what a person typed into a safe FTS5 query (no operators, no syntax errors).
    static QString toMatchExpression(const QString &text);

private:
    const Database &m_db;
};

} // namespace pactesur

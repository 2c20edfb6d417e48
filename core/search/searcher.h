// SPDX-License-Identifier: EUPL-1.2
// Full-text search over cities, contacts, activities, resources and practice sheets.
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
};

class Searcher
{
public:
    explicit Searcher(const Database &db)
        : m_db(db)
    { }
    // Every word must match (as a prefix); newest records first within each kind. Ranking by
    // relevance (bm25) would score every match: ~60 ms for common words at network scale,
    // over the 10 ms budget of DESIGN.md section 9.
    QList<SearchHit> search(const QString &text, int limitPerKind = 50) const;
    // Turns what a person typed into a safe FTS5 query (no operators, no syntax errors).
    static QString toMatchExpression(const QString &text);

private:
    const Database &m_db;
};

} // namespace pactesur

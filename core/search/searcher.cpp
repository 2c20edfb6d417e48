// SPDX-License-Identifier: EUPL-1.2
#include "searcher.h"

#include "store/database.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace pactesur {

namespace {
struct SearchTable
{
    const char *kind;
    const char *table;
    const char *titleColumn; // shown as the hit's title
    const char *titleColumns; // the indexed columns whose match makes a title hit
    // Rows found through another kind's index (a contact by its organisation's name):
    // SQL selecting rowid, id, title; binds the match expression and the limit.
    // "+c.deleted" keeps SQLite off the index on deleted, which made it read all 20,000
    // contacts of the network database (44 ms) instead of those of the organisations found.
    const char *relatedSql;
};

const SearchTable kTables[] = {
    {"cities", "city", "name", "name local_name", nullptr},
    {"organisations", "organisation", "name", "name", nullptr},
    {"groups", "work_group", "name", "name", nullptr},
    {"activities", "activity", "title", "title", nullptr},
    {"sheets", "sheet", "title", "title", nullptr},
    {"resources", "resource", "title", "title", nullptr},
    {"contacts", "contact", "name", "name",
        "SELECT c.rowid, c.id, c.name FROM contact c WHERE +c.deleted = 0 AND c.organisation IN "
        "(SELECT o.id FROM organisation_fts f JOIN organisation o ON o.rowid = f.rowid "
        "WHERE f.organisation_fts MATCH ? AND o.deleted = 0) ORDER BY c.rowid DESC LIMIT ?"},
};

struct Row
{
    qint64 rowid = 0;
    SearchHit hit;
};

QList<Row> rows(const Database &db, const QString &sql, const QString &match, int limit,
    const SearchTable &table, bool titleHit)
{
    QList<Row> found;
    QSqlQuery query(db.sql());
    query.prepare(sql);
    query.addBindValue(match);
    query.addBindValue(limit);
    if (!query.exec())
        return found;
    while (query.next()) {
        found.append({query.value(0).toLongLong(),
            SearchHit {QString::fromLatin1(table.kind), query.value(1).toString(),
                query.value(2).toString(), titleHit}});
    }
    return found;
}

// One kind's hits: title hits first, then the other matches newest first, `limit` in all.
QList<SearchHit> searchKind(
    const Database &db, const SearchTable &table, const QString &match, int limit)
{
    const QString sql
        = QStringLiteral("SELECT t.rowid, t.id, t.%2 FROM %1_fts f JOIN %1 t ON t.rowid = f.rowid "
                         "WHERE f.%1_fts MATCH ? AND t.deleted = 0 ORDER BY f.rowid DESC LIMIT ?")
              .arg(QString::fromLatin1(table.table), QString::fromLatin1(table.titleColumn));
    const QString titleMatch
        = QStringLiteral("{%1} : (%2)").arg(QString::fromLatin1(table.titleColumns), match);
    QList<SearchHit> hits;
    QSet<QString> seen;
    for (const Row &row : rows(db, sql, titleMatch, limit, table, true)) {
        hits.append(row.hit);
        seen.insert(row.hit.id);
    }
    // The title hits are among these too: ask for as many more as were seen.
    QList<Row> rest = rows(db, sql, match, limit + int(seen.size()), table, false);
    if (table.relatedSql) {
        rest += rows(db, QString::fromLatin1(table.relatedSql),
            QStringLiteral("{name} : (%1)").arg(match), limit, table, false);
        std::stable_sort(
            rest.begin(), rest.end(), [](const Row &a, const Row &b) { return a.rowid > b.rowid; });
    }
    for (const Row &row : std::as_const(rest)) {
        if (hits.size() >= limit)
            break;
        if (!seen.contains(row.hit.id)) {
            seen.insert(row.hit.id);
            hits.append(row.hit);
        }
    }
    return hits;
}
} // namespace

QString Searcher::toMatchExpression(const QString &text)
{
    // Each word becomes a quoted prefix term: whatever was typed, FTS5 sees no operator.
    QStringList terms;
    static const QRegularExpression separators(QStringLiteral("[\\s\"*^():+\\-]+"));
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (terms.size() == 16)
            break;
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> Searcher::search(const QString &text, int limitPerKind) const
{
    const QString match = toMatchExpression(text);
    if (match.isEmpty())
        return {};
    QList<QList<SearchHit>> groups;
    for (const SearchTable &table : kTables) {
        QList<SearchHit> kindHits = searchKind(m_db, table, match, limitPerKind);
        if (!kindHits.isEmpty())
            groups.append(kindHits);
    }
    // "efus" shows the organisation named Efus before the sheets that mention it.
    std::stable_partition(groups.begin(), groups.end(),
        [](const QList<SearchHit> &group) { return group.first().titleHit; });
    QList<SearchHit> hits;
    for (const QList<SearchHit> &group : std::as_const(groups))
        hits += group;
    return hits;
}

} // namespace pactesur

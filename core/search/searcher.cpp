// SPDX-License-Identifier: EUPL-1.2
#include "searcher.h"

#include "store/database.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace pactesur {

namespace {
struct SearchTable
{
    const char *kind;
    const char *table;
    const char *titleColumn;
};

const SearchTable kTables[] = {
    {"cities", "city", "name"},
    {"sheets", "sheet", "title"},
    {"activities", "activity", "title"},
    {"resources", "resource", "title"},
    {"contacts", "contact", "name"},
};
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
    QList<SearchHit> hits;
    const QString match = toMatchExpression(text);
    if (match.isEmpty())
        return hits;
    for (const SearchTable &table : kTables) {
        QSqlQuery query(m_db.sql());
        query.prepare(
            QStringLiteral("SELECT t.id, t.%2 FROM %1_fts f JOIN %1 t ON t.rowid = f.rowid "
                           "WHERE f.%1_fts MATCH ? AND t.deleted = 0 ORDER BY f.rowid DESC LIMIT ?")
                .arg(QString::fromLatin1(table.table), QString::fromLatin1(table.titleColumn)));
        query.addBindValue(match);
        query.addBindValue(limitPerKind);
        if (!query.exec())
            continue;
        while (query.next())
            hits.append({QString::fromLatin1(table.kind), query.value(0).toString(),
                query.value(1).toString()});
    }
    return hits;
}

} // namespace pactesur

// SPDX-License-Identifier: EUPL-1.2
#include "store/textindex.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {

QString quotedList(const QStringList &columns)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << QLatin1Char('"') + column + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

} // namespace

const QList<TextIndex> &TextIndex::all()
{
    // As schema_v6.sql made them; tst_textindex checks they are the text columns each
    // kind's list shows.
    static const QList<TextIndex> indexes = {
        {QStringLiteral("activity"), QStringLiteral("activity_text"),
            {QStringLiteral("title"), QStringLiteral("start"), QStringLiteral("end")},
            QStringLiteral("activity_fts"), QStringLiteral("title")},
        {QStringLiteral("sheet"), QStringLiteral("sheet_text"),
            {QStringLiteral("title"), QStringLiteral("language")}, QStringLiteral("sheet_fts"),
            QStringLiteral("title")},
        {QStringLiteral("resource"), QStringLiteral("resource_text"),
            {QStringLiteral("title"), QStringLiteral("language")}, QStringLiteral("resource_fts"),
            QStringLiteral("title")},
        {QStringLiteral("organisation"), QStringLiteral("organisation_text"),
            {QStringLiteral("name"), QStringLiteral("country")}, QStringLiteral("organisation_fts"),
            QStringLiteral("name")},
    };
    return indexes;
}

const TextIndex *TextIndex::forTable(const QString &table)
{
    for (const TextIndex &index : all()) {
        if (index.table == table)
            return &index;
    }
    return nullptr;
}

namespace {
// One FTS5 string: whatever is typed is matched literally, quotes doubled.
QString ftsString(const QString &text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}
} // namespace

QString TextIndex::matchExpression(const QString &typed)
{
    if (typed.size() < kShortestIndexedText)
        return {};
    return ftsString(typed);
}

QString TextIndex::wordMatchExpression(const QString &typed) const
{
    return QStringLiteral("{%1} : %2*").arg(wordColumn, ftsString(typed));
}

Status TextIndex::rebuild(Database &db)
{
    QSqlQuery query(db.sql());
    for (const TextIndex &index : all()) {
        const QString columns = quotedList(index.columns);
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(index.indexTable))
            || !query.exec(QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT rowid, %3 FROM %4")
                               .arg(index.indexTable, columns, columns, index.table))) {
            return Database::sqlError(
                Database::tr("building the search index"), query.lastError().text());
        }
    }
    return {};
}

} // namespace pactesur

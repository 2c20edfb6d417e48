// SPDX-License-Identifier: EUPL-1.2
#include "store/textindex.h"

#include "store/database.h"
#include "store/textfold.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {

QString quotedList(const QStringList &columns, const QString &wrap = QStringLiteral("%1"))
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << wrap.arg(QLatin1Char('"') + column + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

const QList<TextIndex> &TextIndex::all()
{
    // As schema_v6.sql made them; tst_textindex checks they are the text columns each
    // kind's list shows.
    static const QList<TextIndex> indexes = {
        {QStringLiteral("activity"), QStringLiteral("activity_text"),
            {QStringLiteral("title"), QStringLiteral("start"), QStringLiteral("end")}},
        {QStringLiteral("sheet"), QStringLiteral("sheet_text"),
            {QStringLiteral("title"), QStringLiteral("language")}},
        {QStringLiteral("resource"), QStringLiteral("resource_text"),
            {QStringLiteral("title"), QStringLiteral("language")}},
        {QStringLiteral("organisation"), QStringLiteral("organisation_text"),
            {QStringLiteral("name"), QStringLiteral("country")}},
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

QString TextIndex::matchExpression(const QString &typed)
{
    const QString folded = textfold::fold(typed);
    if (folded.size() < kShortestIndexedText)
        return {};
    // One FTS5 string: whatever is typed is matched literally, quotes doubled.
    return QLatin1Char('"') + QString(folded).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

Status TextIndex::rebuild(Database &db)
{
    QSqlQuery query(db.sql());
    for (const TextIndex &index : all()) {
        const QString columns = quotedList(index.columns);
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(index.indexTable))
            || !query.exec(QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT rowid, %3 FROM %4")
                               .arg(index.indexTable, columns,
                                   quotedList(index.columns, QStringLiteral("pactesur_fold(%1)")),
                                   index.table))) {
            return Database::sqlError(
                Database::tr("building the search index"), query.lastError().text());
        }
    }
    return {};
}

} // namespace pactesur

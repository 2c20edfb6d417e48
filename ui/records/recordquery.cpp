// SPDX-License-Identifier: EUPL-1.2
// The SQL behind a record list: its columns, its filters and its order, as text and binds.
#include "recordquery.h"

#include "store/textfold.h"
#include "store/textindex.h"

#include <algorithm>

namespace pactesur {

namespace {

QString column(const FieldSpec &field)
{
    return QStringLiteral("t.") + RecordQuery::quoted(field.name);
}

QString sqlLiteral(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''"))
        + QLatin1Char('\'');
}

const QString kLike = QStringLiteral(" LIKE ? ESCAPE '\\'");

QString refTitle(const FieldSpec &field)
{
    if (field.type == FieldType::CityRef)
        return QStringLiteral("(SELECT c.name FROM city AS c WHERE c.id = %1)").arg(column(field));
    const KindSpec &target = Kinds::get(field.refKind);
    return QStringLiteral("(SELECT r.%1 FROM %2 AS r WHERE r.id = %3)")
        .arg(RecordQuery::quoted(target.titleField), RecordQuery::quoted(target.table),
            column(field));
}

} // namespace

bool RecordQuery::isTextColumn(FieldType type)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Url:
    case FieldType::Country:
    case FieldType::Language:
    case FieldType::LanguageList:
    case FieldType::Slug:
    case FieldType::Date:
        return true;
    default:
        return false;
    }
}

namespace {

QString where(const QStringList &conditions)
{
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

RecordQuery::RecordQuery(const KindSpec &kind, const QList<const FieldSpec *> &columns)
    : m_kind(kind)
    , m_columns(columns)
{ }

QString RecordQuery::quoted(const QString &identifier)
{
    // Field names such as "start", "end" and "group" are SQL keywords: always quote.
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}

QString RecordQuery::likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QStringList RecordQuery::listSelects() const
{
    QStringList selects {QStringLiteral("t.id")};
    for (const FieldSpec *field : m_columns)
        selects << selectExpression(*field);
    return selects;
}

QString RecordQuery::pageSql(int limit, int offset, QVariantList *binds) const
{
    const QStringList selects = listSelects();
    if (sortColumn >= 0 && sortColumn < m_columns.size()) {
        const FieldSpec &sorted = *m_columns.at(sortColumn);
        if (sorted.type == FieldType::CityRef || sorted.type == FieldType::Ref)
            return pageSortedByReference(
                selects.join(QStringLiteral(", ")), sorted, limit, offset, binds);
        // A text filter is a subquery each choice's walk would run again; the few rows it
        // keeps sort faster as they are.
        if (sorted.type == FieldType::Choice && hasIndexOn(sorted) && filterText.isEmpty())
            return pageSortedByChoice(
                selects.join(QStringLiteral(", ")), sorted, limit, offset, binds);
    }
    return sortedPage(selects, limit, offset, binds);
}

QString RecordQuery::firstPageWithCountSql(int limit, QVariantList *binds) const
{
    if (filterText.isEmpty())
        return {};
    QStringList selects = listSelects();
    if (sortColumn >= 0 && sortColumn < m_columns.size()) {
        const FieldType type = m_columns.at(sortColumn)->type;
        if (type == FieldType::CityRef || type == FieldType::Ref)
            return {};
    }
    // Counted over every row the filter keeps, before the LIMIT.
    selects << QStringLiteral("COUNT(*) OVER ()");
    return sortedPage(selects, limit, 0, binds);
}

QString RecordQuery::sortedPage(
    const QStringList &selects, int limit, int offset, QVariantList *binds) const
{
    QString sql = QStringLiteral("SELECT %1 FROM %2 AS t")
                      .arg(selects.join(QStringLiteral(", ")), quoted(m_kind.table));
    sql += whereClause(binds, Purpose::Page);
    if (sortColumn >= 0 && sortColumn < m_columns.size()) {
        const QString direction
            = sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        // The rowid breaks ties, so pages never overlap nor skip rows of equal values; unlike
        // the id it is part of every index, so the sort can walk one.
        sql += QStringLiteral(" ORDER BY %1 %2, t.rowid %2")
                   .arg(sortExpression(*m_columns.at(sortColumn)), direction);
    }
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    *binds << limit << offset;
    return sql;
}

// Sorting by the title of the record a column refers to (the host city's name) would look
// that title up for every row and sort them all. Instead the referred records are walked in
// title order through their index, each with its rows through the index on the column,
// merged with the rows that refer to nothing (first when ascending, as SQLite sorts NULL):
// the first page reads about one page of rows whatever the size of the list. Foreign keys
// are enforced at every commit, so no row refers to a record that is not there.
QString RecordQuery::pageSortedByReference(const QString &selects, const FieldSpec &field,
    int limit, int offset, QVariantList *binds) const
{
    const KindSpec &target
        = Kinds::get(field.type == FieldType::CityRef ? QStringLiteral("cities") : field.refKind);
    const QString direction
        = sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString table = quoted(m_kind.table);
    QString sql = QStringLiteral("SELECT %1, NULL AS sort_key, t.rowid AS sort_row FROM %2 AS t")
                      .arg(selects, table);
    QString conditions = whereClause(binds, Purpose::Page);
    sql += (conditions.isEmpty() ? QStringLiteral(" WHERE ") : conditions + QStringLiteral(" AND "))
        + column(field) + QStringLiteral(" IS NULL");
    sql += QStringLiteral(" UNION ALL SELECT %1, sort_ref.%2 COLLATE NOCASE, t.rowid FROM %3 AS "
                          "sort_ref CROSS JOIN %4 AS t ON %5 = sort_ref.id")
               .arg(selects, quoted(target.titleField), quoted(target.table), table, column(field));
    sql += whereClause(binds, Purpose::Page);
    const int keyColumn = int(m_columns.size()) + 2;
    sql += QStringLiteral(" ORDER BY %1 %3, %2 %3 LIMIT ? OFFSET ?")
               .arg(keyColumn)
               .arg(keyColumn + 1)
               .arg(direction);
    *binds << limit << offset;
    return sql;
}

// The choice columns schema v1 indexes (activity kind and status, sheet status).
bool RecordQuery::hasIndexOn(const FieldSpec &field) const
{
    const QString table = m_kind.table;
    return (table == QLatin1String("activity")
               && (field.name == QLatin1String("kind") || field.name == QLatin1String("status")))
        || (table == QLatin1String("sheet") && field.name == QLatin1String("status"));
}

// Sorting by a choice's translated label (CASE per row) sorted every row. Instead each
// choice's rows are read through the index on the column, in rowid order, at most a page
// deep (offset + limit rows), labelled with the choice's label; so are the rows holding
// a value outside the choices (one range between two choices each: normally none) and
// those holding none. SQLite merges these few hundred rows: the first page costs the same
// whatever the size of the list. The order is the CASE sort's: label, then rowid.
QString RecordQuery::pageSortedByChoice(const QString &selects, const FieldSpec &field, int limit,
    int offset, QVariantList *binds) const
{
    const QString direction
        = sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString table = quoted(m_kind.table);
    const QString depth = QString::number(qint64(offset) + limit);
    QStringList arms;
    // A choice's arm has one key: its rows come in rowid order straight from the index.
    auto addArm = [&](const QString &key, const QString &condition, bool oneKey) {
        QString conditions = whereClause(binds, Purpose::Page);
        conditions += (conditions.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + condition;
        const QString order = oneKey
            ? QStringLiteral("t.rowid %1").arg(direction)
            : QStringLiteral("sort_key COLLATE NOCASE %1, t.rowid %1").arg(direction);
        arms << QStringLiteral("SELECT * FROM (SELECT %1, %2 AS sort_key, t.rowid AS sort_row "
                               "FROM %3 AS t%4 ORDER BY %5 LIMIT %6)")
                    .arg(selects, key, table, conditions, order, depth);
    };
    QStringList choices = field.choices;
    std::sort(choices.begin(), choices.end()); // the index's (binary) order, for the gaps
    const QString value = column(field);
    addArm(value, value + QStringLiteral(" IS NULL"), false);
    for (int i = 0; i <= choices.size(); ++i) {
        QStringList gap;
        if (i > 0)
            gap << value + QStringLiteral(" > ") + sqlLiteral(choices.at(i - 1));
        if (i < choices.size())
            gap << value + QStringLiteral(" < ") + sqlLiteral(choices.at(i));
        addArm(value, gap.join(QStringLiteral(" AND ")), false);
        if (i < choices.size()) {
            addArm(sqlLiteral(Kinds::choiceLabel(choices.at(i))),
                value + QStringLiteral(" = ") + sqlLiteral(choices.at(i)), true);
        }
    }
    const int keyColumn = int(m_columns.size()) + 2;
    QString sql = arms.join(QStringLiteral(" UNION ALL "));
    sql += QStringLiteral(" ORDER BY %1 COLLATE NOCASE %3, %2 %3 LIMIT ? OFFSET ?")
               .arg(keyColumn)
               .arg(keyColumn + 1)
               .arg(direction);
    *binds << limit << offset;
    return sql;
}

QString RecordQuery::countSql(QVariantList *binds) const
{
    const QString where = whereClause(binds, Purpose::Count);
    const QString counted
        = QStringLiteral("SELECT COUNT(*) FROM %1 AS t").arg(quoted(m_kind.table)) + where;
    // Nothing filters but the tombstones: the count triggers keep (schema v9), one row to
    // read at any scale, or the rows counted if the table has none.
    if (m_kind.replicated && where == QStringLiteral(" WHERE t.deleted = 0"))
        return QStringLiteral("SELECT coalesce((SELECT live FROM live_count WHERE table_name = "
                              "%1), (%2))")
            .arg(sqlLiteral(m_kind.table), counted);
    return counted;
}

QString RecordQuery::selectExpression(const FieldSpec &field) const
{
    if (field.type == FieldType::Ref)
        return refTitle(field);
    if (field.type == FieldType::Blob)
        return QStringLiteral("NULL"); // never read attachment bytes into a list
    return column(field);
}

QString RecordQuery::sortExpression(const FieldSpec &field) const
{
    if (field.type == FieldType::Choice) {
        // Sort by what the user reads, not by the stored value.
        QString cases;
        for (const QString &choice : field.choices) {
            cases += QStringLiteral(" WHEN %1 THEN %2")
                         .arg(sqlLiteral(choice), sqlLiteral(Kinds::choiceLabel(choice)));
        }
        return QStringLiteral("(CASE %1%2 ELSE %1 END) COLLATE NOCASE").arg(column(field), cases);
    }
    if (field.type == FieldType::CityRef || field.type == FieldType::Ref)
        return refTitle(field) + QStringLiteral(" COLLATE NOCASE");
    // ISO dates have no case: compared as stored, they sort through their index (NOCASE
    // made every date sort read and sort all the rows).
    if (field.type == FieldType::Date)
        return column(field);
    if (isTextColumn(field.type) || field.type == FieldType::ThemeRef)
        return column(field) + QStringLiteral(" COLLATE NOCASE");
    return column(field);
}

QString RecordQuery::conditionSql(const Condition &condition, QVariantList *binds) const
{
    const FieldSpec *field = m_kind.field(condition.field);
    if (!field)
        return QStringLiteral("1");
    switch (condition.match) {
    case Condition::Match::Equals:
        *binds << condition.value;
        return column(*field) + QStringLiteral(" = ?");
    case Condition::Match::HasTheme:
        *binds << condition.value;
        return QStringLiteral("EXISTS (SELECT 1 FROM json_each(%1) WHERE value = ?)")
            .arg(column(*field));
    case Condition::Match::Before:
        *binds << condition.value;
        return column(*field) + QStringLiteral(" < ?");
    case Condition::Match::Overlaps: {
        // An activity meets the period when it starts before the period ends and ends
        // (or, without an end, starts) after it begins.
        const FieldSpec *end = m_kind.field(QStringLiteral("end"));
        *binds << condition.value.section(QLatin1Char('/'), 1, 1)
               << condition.value.section(QLatin1Char('/'), 0, 0);
        const QString ending = end
            ? QStringLiteral("COALESCE(%1, %2)").arg(column(*end), column(*field))
            : column(*field);
        return QStringLiteral("(%1 <= ? AND %2 >= ?)").arg(column(*field), ending);
    }
    }
    return QStringLiteral("1");
}

QString RecordQuery::preferredTranslationSql(QVariantList *binds) const
{
    // A row is shown when no other live member of its family (the original and its
    // translations) ranks better: the preferred language first, then English, then the
    // original. Two translations into one language (made concurrently on two replicas)
    // are told apart by id. A translation whose original is gone stands on its own.
    // The unary + keeps SQLite off the index on `deleted` in the subqueries: they must
    // look rows up by id and translation_of, or each row would scan every sheet.
    const QString table = quoted(m_kind.table);
    const QString sql = QStringLiteral(
        "(CASE WHEN t.translation_of IS NULL OR NOT EXISTS (SELECT 1 FROM %1 AS s "
        "WHERE s.id = t.translation_of AND +s.deleted = 0) "
        "THEN t.language = ?1 OR NOT EXISTS (SELECT 1 FROM %1 AS x WHERE x.translation_of = t.id "
        "AND +x.deleted = 0 AND (x.language = ?1 OR (x.language = 'en' AND t.language <> 'en'))) "
        "ELSE (t.language = ?1 OR t.language = 'en') "
        "AND EXISTS (SELECT 1 FROM %1 AS s WHERE s.id = t.translation_of AND s.language <> ?1 "
        "AND (t.language = ?1 OR s.language <> 'en')) "
        "AND NOT EXISTS (SELECT 1 FROM %1 AS x WHERE x.translation_of = t.translation_of "
        "AND +x.deleted = 0 AND x.id <> t.id AND ((x.language = ?1 AND (t.language <> ?1 "
        "OR x.id < t.id)) OR (x.language = 'en' AND t.language = 'en' AND x.id < t.id))) END)")
                            .arg(table);
    // Positional binds: one per placeholder, in order.
    const int uses = int(sql.count(QStringLiteral("?1")));
    for (int i = 0; i < uses; ++i)
        *binds << preferredLanguage;
    return QString(sql).replace(QStringLiteral("?1"), QStringLiteral("?"));
}

QString RecordQuery::whereClause(QVariantList *binds, Purpose purpose) const
{
    QStringList conditions;
    // The import ledger is local and has no tombstones; every replicated table has. A count
    // reads the small index on `deleted`; a page must not (the unary + keeps SQLite on the
    // index of the sort column, instead of sorting every live row), nor a filtered count
    // (which finds its few rows through the text index and the other columns' indexes,
    // instead of reading every live row to test them).
    if (m_kind.replicated)
        conditions << (purpose == Purpose::Count && filterText.isEmpty()
                ? QStringLiteral("t.deleted = 0")
                : QStringLiteral("+t.deleted = 0"));
    if (!fieldFilterValue.isEmpty()) {
        if (const FieldSpec *field = m_kind.field(fieldFilterName)) {
            conditions << column(*field) + QStringLiteral(" = ?");
            *binds << fieldFilterValue;
        }
    }
    bool filtersLanguage = fieldFilterName == QLatin1String("language");
    for (const Condition &condition : this->conditions) {
        conditions << conditionSql(condition, binds);
        filtersLanguage = filtersLanguage || condition.field == QLatin1String("language");
    }
    if (!preferredLanguage.isEmpty() && !filtersLanguage
        && m_kind.field(QStringLiteral("translation_of")))
        conditions << preferredTranslationSql(binds);
    if (filterText.isEmpty())
        return where(conditions);

    const QString folded = textfold::fold(filterText);
    QStringList alternatives;
    // The big lists find their text columns through their trigram index (schema v6).
    const TextIndex *index = TextIndex::forTable(m_kind.table);
    const QString match = TextIndex::matchExpression(filterText);
    const QString foldedPattern = likePattern(folded);
    if (index && !match.isEmpty()) {
        alternatives << QStringLiteral("t.rowid IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)")
                            .arg(quoted(index->indexTable));
        *binds << match;
    } else if (index) {
        // Too short for trigrams: the index's copy is still cheaper to scan than the rows.
        QStringList likes;
        for (const QString &indexed : index->columns) {
            likes << quoted(indexed) + kLike;
            *binds << likePattern(filterText);
        }
        alternatives << QStringLiteral("t.rowid IN (SELECT rowid FROM %1 WHERE %2)")
                            .arg(quoted(index->indexTable), likes.join(QStringLiteral(" OR ")));
    }
    // Trigrams keep accents: the word index finds "Liège" for "liege" (a word's start).
    const bool hasWord = std::any_of(
        filterText.cbegin(), filterText.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    if (index && hasWord) {
        alternatives << QStringLiteral("t.rowid IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)")
                            .arg(quoted(index->wordIndexTable));
        *binds << index->wordMatchExpression(filterText);
    }
    for (const FieldSpec *field : m_columns) {
        if (isTextColumn(field->type)) {
            if (index)
                continue;
            alternatives << QStringLiteral("pactesur_fold(%1)").arg(column(*field)) + kLike;
            *binds << foldedPattern;
        } else if (field->type == FieldType::CityRef || field->type == FieldType::Ref) {
            // The matching targets once, not a lookup per row: 100,000 rows stay fast.
            const KindSpec &target = Kinds::get(
                field->type == FieldType::CityRef ? QStringLiteral("cities") : field->refKind);
            const TextIndex *targetIndex = TextIndex::forTable(target.table);
            if (targetIndex && !match.isEmpty()
                && targetIndex->columns.contains(target.titleField)) {
                alternatives << QStringLiteral("%1 IN (SELECT id FROM %2 WHERE rowid IN (SELECT "
                                               "rowid FROM %3 WHERE %3 MATCH ? UNION SELECT "
                                               "rowid FROM %4 WHERE %4 MATCH ?))")
                                    .arg(column(*field), quoted(target.table),
                                        quoted(targetIndex->indexTable),
                                        quoted(targetIndex->wordIndexTable));
                *binds << QStringLiteral("{%1} : %2").arg(target.titleField, match)
                       << targetIndex->wordMatchExpression(filterText);
            } else {
                alternatives
                    << QStringLiteral("%1 IN (SELECT id FROM %2 WHERE %3%4)")
                           .arg(column(*field), quoted(target.table),
                               QStringLiteral("pactesur_fold(%1)").arg(quoted(target.titleField)),
                               kLike);
                *binds << foldedPattern;
            }
        } else if (field->type == FieldType::Choice) {
            // Choices match on their translated label, the text the user sees.
            for (const QString &choice : field->choices) {
                if (textfold::fold(Kinds::choiceLabel(choice)).contains(folded)) {
                    alternatives << column(*field) + QStringLiteral(" = ?");
                    *binds << choice;
                }
            }
        } else if (field->type == FieldType::ThemeList || field->type == FieldType::ThemeRef) {
            for (const QString &slug : matchingThemes) {
                alternatives << column(*field) + kLike;
                *binds << likePattern(slug);
            }
        }
    }
    conditions << (alternatives.isEmpty()
            ? QStringLiteral("0")
            : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    return where(conditions);
}

} // namespace pactesur

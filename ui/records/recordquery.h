// SPDX-License-Identifier: EUPL-1.2
// The SQL behind a record list: its columns, its filters and its order, as text and binds.
#pragma once

#include "model/kinds.h"

#include <QVariantList>

namespace pactesur {

class RecordQuery
{
public:
    // A filter of the list on one field, besides the text filter.
    struct Condition
    {
        enum class Match {
            Equals, // the field holds exactly value
            HasTheme, // the JSON list of themes holds value
            Before, // a date field before value (YYYY-MM-DD)
            Overlaps, // start/end dates meet the period value "FROM/TO"
        };
        QString field;
        Match match = Match::Equals;
        QString value;
        bool operator==(const Condition &) const = default;
    };

    RecordQuery(const KindSpec &kind, const QList<const FieldSpec *> &columns);

    QString filterText;
    // Slugs of the themes whose shown name contains filterText (names are not in SQL).
    QStringList matchingThemes;
    QString fieldFilterName;
    QString fieldFilterValue;
    QList<Condition> conditions;
    // Practice sheets: each sheet is listed once, in this language when a translation into
    // it exists, else in English, else in its original language (DESIGN.md section 6).
    // Empty, or a filter on the language, lists every translation as its own row.
    QString preferredLanguage;
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    // SELECT id, <columns> ... LIMIT `limit` OFFSET `offset`, binds appended to `binds`.
    QString pageSql(int limit, int offset, QVariantList *binds) const;
    QString countSql(QVariantList *binds) const;
    // With a text filter: the first page with the count of every matching row as its last
    // column, one pass over the matches where a count and a page took two. Empty when the
    // page is read another way (a sort by reference); then countSql counts.
    QString firstPageWithCountSql(int limit, QVariantList *binds) const;

    // "%text%" with LIKE's wildcards escaped by a backslash.
    static QString likePattern(const QString &text);
    // Types whose stored text is what the list shows (or close enough to search in).
    static bool isTextColumn(FieldType type);
    static QString quoted(const QString &identifier);

private:
    QString selectExpression(const FieldSpec &field) const;
    QStringList listSelects() const; // the id, then each column as the list shows it
    QString pageSortedByReference(const QString &selects, const FieldSpec &field, int limit,
        int offset, QVariantList *binds) const;
    QString pageSortedByChoice(const QString &selects, const FieldSpec &field, int limit,
        int offset, QVariantList *binds) const;
    bool hasIndexOn(const FieldSpec &field) const;
    QString sortedPage(
        const QStringList &selects, int limit, int offset, QVariantList *binds) const;
    QString sortExpression(const FieldSpec &field) const;
    enum class Purpose { Page, Count };
    QString whereClause(QVariantList *binds, Purpose purpose) const;
    QString conditionSql(const Condition &condition, QVariantList *binds) const;
    QString preferredTranslationSql(QVariantList *binds) const;

    const KindSpec &m_kind;
    QList<const FieldSpec *> m_columns;
};

} // namespace pactesur

// SPDX-License-Identifier: EUPL-1.2
// The SQL behind a record list: its columns, its filters and its order, as text and binds.
#pragma once

#include "model/kinds.h"

#include <QVariantList>

namespace pactesur {

class RecordQuery
{
public:
    RecordQuery(const KindSpec &kind, const QList<const FieldSpec *> &columns);

    QString filterText;
    // Slugs of the themes whose shown name contains filterText (names are not in SQL).
    QStringList matchingThemes;
    QString fieldFilterName;
    QString fieldFilterValue;
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    // SELECT id, <columns> ... LIMIT `limit` OFFSET `offset`, binds appended to `binds`.
    QString pageSql(int limit, int offset, QVariantList *binds) const;
    QString countSql(QVariantList *binds) const;

    // "%text%" with LIKE's wildcards escaped by a backslash.
    static QString likePattern(const QString &text);
    static QString quoted(const QString &identifier);

private:
    QString selectExpression(const FieldSpec &field) const;
    QString sortExpression(const FieldSpec &field) const;
    QString whereClause(QVariantList *binds) const;

    const KindSpec &m_kind;
    QList<const FieldSpec *> m_columns;
};

} // namespace pactesur

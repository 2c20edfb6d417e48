// SPDX-License-Identifier: EUPL-1.2
// The records behind a number: conditions on one kind's table that core turns into SQL, so
// that a figure and the list it opens are read from the same definition.
#include "recordfilter.h"

#include "model/kinds.h"
#include "store/database.h"

#include <QSqlQuery>

namespace pactesur {

namespace {

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}

qint64 scalar(const Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db.sql());
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

bool RecordFilter::Term::operator==(const Term &other) const
{
    if (match != other.match || field != other.field || value != other.value
        || subs.size() != other.subs.size())
        return false;
    for (qsizetype i = 0; i < subs.size(); ++i) {
        if (!(*subs.at(i) == *other.subs.at(i)))
            return false;
    }
    return true;
}

RecordFilter::RecordFilter(QString kind)
    : m_kind(std::move(kind))
{ }

RecordFilter &RecordFilter::add(Match match, const QString &field, const QString &value)
{
    m_terms.append({match, field, value, {}});
    return *this;
}

RecordFilter &RecordFilter::equals(const QString &field, const QString &value)
{
    return add(Match::Equals, field, value);
}

RecordFilter &RecordFilter::differs(const QString &field, const QString &value)
{
    return add(Match::Differs, field, value);
}

RecordFilter &RecordFilter::empty(const QString &field)
{
    return add(Match::Empty, field);
}

RecordFilter &RecordFilter::present(const QString &field)
{
    return add(Match::Present, field);
}

RecordFilter &RecordFilter::positive(const QString &field)
{
    return add(Match::Positive, field);
}

RecordFilter &RecordFilter::hasTheme(const QString &field, const QString &theme)
{
    return add(Match::HasTheme, field, theme);
}

RecordFilter &RecordFilter::before(const QString &field, const QString &value)
{
    return add(Match::Before, field, value);
}

RecordFilter &RecordFilter::from(const QString &field, const QString &value)
{
    return add(Match::From, field, value);
}

RecordFilter &RecordFilter::in(
    const QString &field, const RecordFilter &sub, const QString &subField)
{
    add(Match::In, field, subField);
    m_terms.last().subs = {std::make_shared<const RecordFilter>(sub)};
    return *this;
}

RecordFilter &RecordFilter::notIn(
    const QString &field, const RecordFilter &sub, const QString &subField)
{
    add(Match::NotIn, field, subField);
    m_terms.last().subs = {std::make_shared<const RecordFilter>(sub)};
    return *this;
}

RecordFilter &RecordFilter::differsFromReferenced(
    const QString &field, const QString &refField, const QString &targetField)
{
    return add(Match::DiffersFromReferenced, field, refField + QLatin1Char('.') + targetField);
}

RecordFilter &RecordFilter::anyOf(const QList<RecordFilter> &alternatives)
{
    add(Match::AnyOf, {});
    for (const RecordFilter &alternative : alternatives)
        m_terms.last().subs.append(std::make_shared<const RecordFilter>(alternative));
    return *this;
}

QString RecordFilter::table() const
{
    const KindSpec *spec = Kinds::find(m_kind);
    return spec ? spec->table : QString();
}

QString RecordFilter::whereSql(QVariantList *binds) const
{
    const QString terms = termsSql(binds);
    // Without statistics SQLite would pick the index on `deleted` (every live row) over
    // the index of a real condition; the unary plus keeps it to the latter.
    return terms.isEmpty() ? QStringLiteral("deleted = 0")
                           : QStringLiteral("+deleted = 0 AND ") + terms;
}

QString RecordFilter::termsSql(QVariantList *binds) const
{
    QStringList parts;
    for (const Term &term : m_terms)
        parts << termSql(term, binds);
    return parts.join(QStringLiteral(" AND "));
}

QString RecordFilter::termSql(const Term &term, QVariantList *binds) const
{
    const QString column = quoted(term.field);
    switch (term.match) {
    case Match::Equals:
        *binds << term.value;
        return column + QStringLiteral(" = ?");
    case Match::Differs:
        *binds << term.value;
        return column + QStringLiteral(" IS NOT ?");
    case Match::Empty:
        return QStringLiteral("(%1 IS NULL OR %1 = '')").arg(column);
    case Match::Present:
        return QStringLiteral("(%1 IS NOT NULL AND %1 <> '')").arg(column);
    case Match::Positive:
        return column + QStringLiteral(" > 0");
    case Match::HasTheme:
        *binds << term.value;
        return QStringLiteral("EXISTS (SELECT 1 FROM json_each(%1) WHERE value = ?)").arg(column);
    case Match::Before:
        *binds << term.value;
        return column + QStringLiteral(" < ?");
    case Match::From:
        *binds << term.value;
        return column + QStringLiteral(" >= ?");
    case Match::In:
    case Match::NotIn: {
        const RecordFilter &sub = *term.subs.first();
        const QString subColumn = quoted(term.value);
        // NOT IN is false for every row once the subquery yields a NULL: keep NULLs out.
        return QStringLiteral("%1 %2 (SELECT %3 FROM %4 WHERE %3 IS NOT NULL AND %5)")
            .arg(column, term.match == Match::In ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
                subColumn, quoted(sub.table()), sub.whereSql(binds));
    }
    case Match::DiffersFromReferenced: {
        const QString refField = term.value.section(QLatin1Char('.'), 0, 0);
        const QString target = term.value.section(QLatin1Char('.'), 1);
        const KindSpec *spec = Kinds::find(m_kind);
        const FieldSpec *ref = spec ? spec->field(refField) : nullptr;
        const KindSpec *refKind = ref ? Kinds::find(ref->refKind) : nullptr;
        if (!refKind)
            return QStringLiteral("0");
        return QStringLiteral("%1 IS NOT (SELECT r.%2 FROM %3 r WHERE r.id = %4.%5)")
            .arg(column, quoted(target), quoted(refKind->table), quoted(table()), quoted(refField));
    }
    case Match::AnyOf: {
        QStringList alternatives;
        for (const auto &sub : term.subs) {
            const QString sql = sub->termsSql(binds);
            alternatives << (sql.isEmpty() ? QStringLiteral("1") : sql);
        }
        if (alternatives.isEmpty())
            return QStringLiteral("0");
        return QStringLiteral("((%1))").arg(alternatives.join(QStringLiteral(") OR (")));
    }
    }
    return QStringLiteral("0");
}

qint64 RecordFilter::count(const Database &db) const
{
    QVariantList binds;
    const QString where = whereSql(&binds);
    return scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(quoted(table()), where), binds);
}

qint64 RecordFilter::sum(const Database &db, const QString &field) const
{
    QVariantList binds;
    const QString where = whereSql(&binds);
    return scalar(db,
        QStringLiteral("SELECT TOTAL(%1) FROM %2 WHERE %3")
            .arg(quoted(field), quoted(table()), where),
        binds);
}

} // namespace pactesur

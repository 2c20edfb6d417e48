// SPDX-License-Identifier: EUPL-1.2
// The records behind a number: conditions on one kind's table that core turns into SQL, so
// that a figure and the list it opens are read from the same definition.
#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>

namespace pactesur {

class Database;

class RecordFilter
{
public:
    enum class Match {
        Equals, // field = value
        Differs, // field IS NOT value: an empty field differs from every value
        Empty, // field is NULL or ''
        Present, // field is neither NULL nor ''
        Positive, // field > 0
        HasTheme, // the JSON list in field holds value
        Before, // field < value (dates: YYYY-MM-DD)
        From, // field >= value
        In, // field is the `value` field of a record of `subs.first()`
        NotIn,
        // field differs from a field of the record it refers to; value is "ref.field",
        // e.g. city "activity.host_city": a participation in an activity hosted elsewhere.
        DiffersFromReferenced,
        AnyOf, // one of `subs` (filters of the same kind) holds
    };
    struct Term
    {
        Match match = Match::Equals;
        QString field;
        QString value;
        QList<std::shared_ptr<const RecordFilter>> subs;
        bool operator==(const Term &other) const;
    };

    RecordFilter() = default;
    // `kind` is a CLI kind name: "activities", "participation"...
    explicit RecordFilter(QString kind);

    // Each adds one condition (all must hold) and returns the filter, for chaining.
    RecordFilter &equals(const QString &field, const QString &value);
    RecordFilter &differs(const QString &field, const QString &value);
    RecordFilter &empty(const QString &field);
    RecordFilter &present(const QString &field);
    RecordFilter &positive(const QString &field);
    RecordFilter &hasTheme(const QString &field, const QString &theme);
    RecordFilter &before(const QString &field, const QString &value);
    RecordFilter &from(const QString &field, const QString &value);
    RecordFilter &in(const QString &field, const RecordFilter &sub, const QString &subField);
    RecordFilter &notIn(const QString &field, const RecordFilter &sub, const QString &subField);
    RecordFilter &differsFromReferenced(
        const QString &field, const QString &refField, const QString &targetField);
    RecordFilter &anyOf(const QList<RecordFilter> &alternatives);

    const QString &kind() const { return m_kind; }
    QString table() const;
    const QList<Term> &terms() const { return m_terms; }
    bool isNull() const { return m_kind.isEmpty(); }

    // The condition on the kind's table, live records only ("deleted = 0 AND ..."), with
    // unqualified column names; its values are appended to `binds`.
    QString whereSql(QVariantList *binds) const;
    // How many live records match; the sum of `field` over them.
    qint64 count(const Database &db) const;
    qint64 sum(const Database &db, const QString &field) const;

    bool operator==(const RecordFilter &other) const
    {
        return m_kind == other.m_kind && m_terms == other.m_terms;
    }

private:
    RecordFilter &add(Match match, const QString &field, const QString &value = {});
    QString termsSql(QVariantList *binds) const;
    QString termSql(const Term &term, QVariantList *binds) const;

    QString m_kind;
    QList<Term> m_terms;
};

} // namespace pactesur

// SPDX-License-Identifier: EUPL-1.2
// The checks every row of a package passes before anything reads it as a record
// (DESIGN.md section 7): ids, owner, times, version vector, the history of each field
// (its dot) and every value. A row that fails was not written by Pactesur.
#pragma once

#include "exchange/packagerecord.h"

#include <QStringList>

#include <bitset>

namespace pactesur::rowchecks {

// The one form Pactesur writes times in: 2025-03-01T09:30:00Z.
bool isTimestamp(QStringView text);
// A version vector {"<replica>": <counter>, ...}, checked entry by entry.
bool parseVector(const QString &json, VersionVector *vector);
// The problem with one value of a field, or an empty string.
QString checkValue(const KindSpec &kind, const QString &field, const QVariant &value);

// The checks of one kind's rows, with what they need of its columns worked out once.
class RowChecker
{
public:
    explicit RowChecker(const KindSpec &kind);
    const QStringList &columns() const { return m_columns; }
    // The problem with the row's version, history and values, or an empty string. On
    // success, fills the record's writtenFields and latestWrite. The id, owner and times
    // are the caller's to check first.
    QString check(PackageRecord &record) const;

private:
    using Written = std::bitset<128>; // by column
    bool readHistoryQuickly(const PackageRecord &record, Written *written, QString *latest) const;
    QString readHistory(const PackageRecord &record, Written *written, QString *latest,
        QString *historyProblem) const;
    QString checkValues(const PackageRecord &record, const Written &written) const;
    qsizetype columnOf(QStringView field) const;

    const KindSpec &m_kind;
    QStringList m_columns; // package::columns()
    QList<const FieldSpec *> m_specs; // per column; none for the bookkeeping columns
    QList<qsizetype> m_registerOrder; // columns with a register, by name as QMap sorts them
};

} // namespace pactesur::rowchecks

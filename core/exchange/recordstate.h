// SPDX-License-Identifier: EUPL-1.2
// A record as the merge sees it: a version vector and, per field, the register of writes
// that survive (one normally; several while a conflict is open). DESIGN.md section 5.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace pactesur {

using VersionVector = QMap<QString, qint64>;

struct FieldWrite
{
    QString replica;
    qint64 counter = 0;
    QString at; // when it was written, UTC ISO-8601
    QJsonValue value; // the column value: string, number or null

    bool sameDot(const FieldWrite &other) const
    {
        return counter == other.counter && replica == other.replica;
    }
    QJsonArray dot() const { return {replica, counter, at}; }
};

struct RecordState
{
    QString kind; // CLI kind name
    QString id;
    QString owner;
    QString createdAt;
    VersionVector versionVector;
    QMap<QString, QList<FieldWrite>> registers; // field -> surviving writes; "deleted" too

    bool isEmpty() const { return registers.isEmpty(); }
    // The value a person sees: the only write, or the winner of the total order.
    QJsonValue shown(const QString &field) const;
    const FieldWrite *shownWrite(const QString &field) const;
    bool deleted() const { return shown(QStringLiteral("deleted")).toInt() != 0; }
    QString updatedAt() const;

    // Concurrent writes of the same value are one value: only the first in the shown order
    // stays, on every replica alike, so they never make a conflict.
    static QList<FieldWrite> collapseEqualValues(
        const QString &field, const QList<FieldWrite> &writes);
};

namespace versionvector {
VersionVector fromJson(const QString &json);
QString toJson(const VersionVector &vector);
VersionVector merged(const VersionVector &a, const VersionVector &b);
bool covers(const VersionVector &vector, const FieldWrite &write);
bool dominates(const VersionVector &a, const VersionVector &b); // a >= b everywhere
} // namespace versionvector

} // namespace pactesur

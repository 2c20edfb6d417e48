// SPDX-License-Identifier: EUPL-1.2
#include "recordstate.h"

#include "util/uuid.h"

#include <QJsonDocument>

namespace pactesur {

namespace {

// The total order that picks the shown value among concurrent writes: the same on every
// replica, never wall-clock time alone. For "deleted", keeping the record wins, so that an
// edit concurrent with a delete leaves the record visible (DESIGN.md section 5, rule 3).
bool shownBefore(const QString &field, const FieldWrite &a, const FieldWrite &b)
{
    if (field == QLatin1String("deleted")) {
        const int deletedA = a.value.toInt();
        const int deletedB = b.value.toInt();
        if (deletedA != deletedB)
            return deletedA < deletedB;
    }
    if (a.counter != b.counter)
        return a.counter > b.counter;
    if (a.replica != b.replica)
        return a.replica > b.replica;
    return QJsonDocument(QJsonArray {a.value}).toJson()
        > QJsonDocument(QJsonArray {b.value}).toJson();
}

} // namespace

const FieldWrite *RecordState::shownWrite(const QString &field) const
{
    const auto it = registers.constFind(field);
    if (it == registers.cend() || it->isEmpty())
        return nullptr;
    const FieldWrite *best = &it->first();
    for (const FieldWrite &write : *it) {
        if (shownBefore(field, write, *best))
            best = &write;
    }
    return best;
}

QList<FieldWrite> RecordState::collapseEqualValues(
    const QString &field, const QList<FieldWrite> &writes)
{
    QList<FieldWrite> result;
    for (const FieldWrite &write : writes) {
        bool merged = false;
        for (FieldWrite &kept : result) {
            if (kept.value == write.value) {
                if (shownBefore(field, write, kept))
                    kept = write;
                merged = true;
                break;
            }
        }
        if (!merged)
            result << write;
    }
    return result;
}

QJsonValue RecordState::shown(const QString &field) const
{
    const FieldWrite *write = shownWrite(field);
    return write ? write->value : QJsonValue(QJsonValue::Null);
}

QString RecordState::updatedAt() const
{
    QString latest = createdAt;
    for (const QList<FieldWrite> &writes : registers) {
        for (const FieldWrite &write : writes)
            latest = qMax(latest, write.at);
    }
    return latest;
}

namespace versionvector {

VersionVector fromJson(const QString &json)
{
    VersionVector vector;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        vector.insert(it.key(), qint64(it.value().toDouble()));
    return vector;
}

QString toJson(const VersionVector &vector)
{
    QJsonObject object;
    for (auto it = vector.begin(); it != vector.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

VersionVector merged(const VersionVector &a, const VersionVector &b)
{
    VersionVector result = a;
    for (auto it = b.begin(); it != b.end(); ++it)
        result[it.key()] = qMax(result.value(it.key()), it.value());
    return result;
}

bool covers(const VersionVector &vector, const FieldWrite &write)
{
    return vector.value(write.replica) >= write.counter;
}

bool dominates(const VersionVector &a, const VersionVector &b)
{
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (a.value(it.key()) < it.value())
            return false;
    }
    return true;
}

} // namespace versionvector

} // namespace pactesur

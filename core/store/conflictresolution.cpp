// SPDX-License-Identifier: EUPL-1.2
// Resolving a conflict through the write path, so the resolution carries a new dot that
// has seen every competing value and wins everywhere it travels.
#include "recordstore.h"

#include "model/fieldcodec.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

Status RecordStore::resolveConflict(
    const QString &conflictId, const QString &keepValueId, const QString &newValue)
{
    Result<QString> id = resolveId(Kinds::get(QStringLiteral("conflicts")), conflictId);
    if (!id)
        return id.error();
    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral(
        "SELECT record_kind, record_id, field, candidates FROM conflict WHERE id = ?"));
    query.addBindValue(id.value());
    if (!query.exec())
        return Database::sqlError(tr("reading a record"), query.lastError().text());
    if (!query.next())
        return query.lastError().isValid()
            ? Database::sqlError(tr("reading a record"), query.lastError().text())
            : Error::rejected(tr("No conflict matches “%1”.").arg(conflictId));
    const KindSpec *kind = Kinds::find(query.value(0).toString());
    const QString recordId = query.value(1).toString();
    const QString fieldName = query.value(2).toString();
    const QJsonArray candidates
        = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
    const std::optional<Record> existing = kind ? get(*kind, recordId) : std::nullopt;
    if (!existing)
        return Error::rejected(tr("The record of this conflict no longer exists."));
    if (Status status = checkWriteAllowed(*kind, existing->owner, {}); !status)
        return status;

    QVariant value;
    if (!keepValueId.isEmpty()) {
        const QJsonArray *chosen = nullptr;
        QJsonArray match;
        for (const QJsonValue &candidate : candidates) {
            const QJsonArray tuple = candidate.toArray();
            const QString valueId = tuple.at(0).toString() + QLatin1Char(':')
                + QString::number(qint64(tuple.at(1).toDouble()));
            if (valueId == keepValueId
                || (keepValueId.size() >= 4 && valueId.startsWith(keepValueId)
                    && !keepValueId.contains(QLatin1Char(':')))) {
                if (chosen && match != tuple)
                    return Error::rejected(
                        tr("“%1” matches more than one value; give more of it.").arg(keepValueId));
                match = tuple;
                chosen = &match;
            }
        }
        if (!chosen)
            return Error::rejected(tr("No value of this conflict matches “%1”.").arg(keepValueId));
        const QJsonValue kept = match.at(3);
        value = kept.isDouble() ? QVariant(kept.toDouble())
            : kept.isNull()     ? QVariant()
                                : QVariant(kept.toString());
        if (const FieldSpec *field = kind->field(fieldName);
            field && (field->type == FieldType::Integer || field->type == FieldType::Boolean))
            value = kept.isNull() ? QVariant() : QVariant(qint64(kept.toDouble()));
    } else if (fieldName != QLatin1String("deleted")) {
        Result<QVariantMap> parsed = parseInput(*kind, {{fieldName, newValue}}, existing);
        if (!parsed)
            return parsed.error();
        value = parsed->value(fieldName);
    } else {
        value = newValue.trimmed() == QLatin1String("1")
                || newValue.trimmed() == QLatin1String("true")
            ? 1
            : 0;
    }

    if (fieldName != QLatin1String("deleted")) {
        if (Status status = checkWriteAllowed(*kind, existing->owner, {{fieldName, value}});
            !status)
            return status;
    }
    Transaction transaction(m_db);
    if (fieldName == QLatin1String("deleted")) {
        if (Status status = write(*kind, recordId, {}, existing, value.toInt() != 0); !status)
            return status;
    } else {
        QVariantMap merged = existing->values;
        merged.insert(fieldName, value);
        if (Status status = checkRecord(*kind, merged); !status)
            return status;
        if (Status status
            = write(*kind, recordId, {{fieldName, value}}, existing, existing->deleted);
            !status)
            return status;
    }
    return transaction.commit();
}

} // namespace pactesur

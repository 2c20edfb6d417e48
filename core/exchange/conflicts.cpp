// SPDX-License-Identifier: EUPL-1.2
#include "conflicts.h"

#include "model/kinds.h"
#include "store/database.h"
#include "util/uuid.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

QString Conflicts::idFor(const QString &table, const QString &recordId, const QString &field)
{
    return uuid::fromName(QStringLiteral("conflict:%1:%2:%3").arg(table, recordId, field));
}

Status Conflicts::settle(const Database &db, const QString &recordId, const QStringList &fields)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("DELETE FROM conflict WHERE record_id = ? AND field = ?"));
    for (const QString &field : fields) {
        query.addBindValue(recordId);
        query.addBindValue(field);
        if (!query.exec())
            return Database::sqlError(Database::tr("saving changes"), query.lastError().text());
    }
    return {};
}

Status Conflicts::store(const Database &db, const KindSpec &kind, const RecordState &state)
{
    QSqlQuery remove(db.sql());
    remove.prepare(QStringLiteral("DELETE FROM conflict WHERE record_id = ?"));
    remove.addBindValue(state.id);
    if (!remove.exec())
        return Database::sqlError(Database::tr("saving changes"), remove.lastError().text());
    for (auto it = state.registers.begin(); it != state.registers.end(); ++it) {
        if (it->size() < 2)
            continue;
        QList<FieldWrite> writes = *it;
        std::sort(writes.begin(), writes.end(), [](const FieldWrite &a, const FieldWrite &b) {
            return a.replica != b.replica ? a.replica < b.replica : a.counter < b.counter;
        });
        QJsonArray candidates;
        QString first = writes.first().at;
        QString last = first;
        for (const FieldWrite &write : writes) {
            candidates.append(QJsonArray {write.replica, write.counter, write.at, write.value});
            first = qMin(first, write.at);
            last = qMax(last, write.at);
        }
        QSqlQuery insert(db.sql());
        insert.prepare(QStringLiteral(
            "INSERT INTO conflict (id, owner, created_at, updated_at, deleted, vv, dots, "
            "record_kind, record_id, field, candidates, status) "
            "VALUES (?, ?, ?, ?, 0, '{}', '{}', ?, ?, ?, ?, 'open')"));
        insert.addBindValue(idFor(kind.table, state.id, it.key()));
        insert.addBindValue(state.owner);
        insert.addBindValue(first);
        insert.addBindValue(last);
        insert.addBindValue(kind.name);
        insert.addBindValue(state.id);
        insert.addBindValue(it.key());
        insert.addBindValue(
            QString::fromUtf8(QJsonDocument(candidates).toJson(QJsonDocument::Compact)));
        if (!insert.exec())
            return Database::sqlError(Database::tr("saving changes"), insert.lastError().text());
    }
    return {};
}

QMap<QString, QList<FieldWrite>> Conflicts::load(const Database &db, const QString &recordId)
{
    QMap<QString, QList<FieldWrite>> registers;
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT field, candidates FROM conflict WHERE record_id = ?"));
    query.addBindValue(recordId);
    if (!query.exec())
        return registers;
    while (query.next()) {
        QList<FieldWrite> writes;
        for (const QJsonValue &entry :
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array()) {
            const QJsonArray tuple = entry.toArray();
            writes.append({tuple.at(0).toString(), qint64(tuple.at(1).toDouble()),
                tuple.at(2).toString(), tuple.at(3)});
        }
        registers.insert(query.value(0).toString(), writes);
    }
    return registers;
}

int Conflicts::openCount(const Database &db)
{
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT count(*) FROM conflict WHERE status = 'open'"));
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace pactesur

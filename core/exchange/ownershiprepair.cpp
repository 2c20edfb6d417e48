// SPDX-License-Identifier: EUPL-1.2
#include "ownershiprepair.h"

#include "exchange/authority.h"
#include "exchange/notices.h"
#include "exchange/statestore.h"
#include "exchange/writers.h"
#include "store/database.h"
#include "store/replica.h"
#include "store/rowwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {

struct Creation
{
    QString replica;
    qint64 counter = 0;
};

// A creation stamps every field it fills with one dot, written at the record's creation
// time; a field nobody changed since still carries it. A later edit in the same second
// stamps fewer fields, so the dot on most fields at that time is the creation's. (Counters
// of different replicas cannot be compared.)
std::optional<Creation> creationDot(const QJsonObject &dots, const QString &createdAt)
{
    QMap<std::pair<QString, qint64>, int> fieldsByDot;
    for (auto it = dots.begin(); it != dots.end(); ++it) {
        const QJsonArray dot = it.value().toArray();
        if (dot.size() == 3 && dot.at(2).toString() == createdAt)
            ++fieldsByDot[{dot.at(0).toString(), qint64(dot.at(1).toDouble())}];
    }
    std::optional<Creation> found;
    int most = 0;
    for (auto it = fieldsByDot.begin(); it != fieldsByDot.end(); ++it) {
        if (it.value() > most) {
            most = it.value();
            found = Creation {it.key().first, it.key().second};
        }
    }
    return found;
}

} // namespace

// The owner the record got when it was created, or nothing when that cannot be told.
std::optional<QString> creationOwner(const KindSpec &kind, const QString &id,
    const QJsonObject &dots, const QString &createdAt, const QString &ownerFieldValue,
    const Principals &principals)
{
    if (kind.ownerField == QLatin1String("id"))
        return id;
    const std::optional<Creation> creation = creationDot(dots, createdAt);
    if (!creation)
        return std::nullopt;
    const Principal creator = principals.value(creation->replica);
    if (!creator.isKnown())
        return std::nullopt;
    if (!creator.isCoordinator())
        return creator.city;
    if (kind.ownerField.isEmpty())
        return QStringLiteral("coordinator");
    // The coordinator created it for the city its owner field named then: known only while
    // that field still holds the creation's write.
    const QJsonArray fieldDot = dots.value(kind.ownerField).toArray();
    if (fieldDot.size() == 3 && fieldDot.at(0).toString() == creation->replica
        && qint64(fieldDot.at(1).toDouble()) == creation->counter)
        return ownerFieldValue.isEmpty() ? QStringLiteral("coordinator") : ownerFieldValue;
    return std::nullopt;
}

namespace {

Status restoreOwners(Database &db, const KindSpec &kind, const Principals &principals, int *count)
{
    const bool byField = !kind.ownerField.isEmpty() && kind.ownerField != QLatin1String("id");
    QSqlQuery select(db.sql());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, owner, created_at, dots, %1 FROM %2")
                         .arg(byField ? RowWriter::quoted(kind.ownerField) : QStringLiteral("NULL"),
                             kind.table)))
        return Database::sqlError(
            Database::tr("updating the database structure"), select.lastError().text());
    QList<std::pair<QString, QString>> changes; // id, owner
    while (select.next()) {
        const QString id = select.value(0).toString();
        const QJsonObject dots
            = QJsonDocument::fromJson(select.value(3).toString().toUtf8()).object();
        const std::optional<QString> owner = creationOwner(
            kind, id, dots, select.value(2).toString(), select.value(4).toString(), principals);
        if (owner && *owner != select.value(1).toString())
            changes.append({id, *owner});
    }
    QSqlQuery update(db.sql());
    update.prepare(QStringLiteral("UPDATE %1 SET owner = ? WHERE id = ?").arg(kind.table));
    for (const auto &[id, owner] : changes) {
        update.addBindValue(owner);
        update.addBindValue(id);
        if (!update.exec())
            return Database::sqlError(
                Database::tr("updating the database structure"), update.lastError().text());
    }
    *count += int(changes.size());
    return {};
}

// This replica's own writes that the rule refuses now that owners are right: an older
// version allowed them. The user is told; other replicas refuse the record as it stands.
Status noticeRefusedOwnWrites(
    Database &db, const KindSpec &kind, const Principals &principals, int *count)
{
    const Identity identity = Replica::load(db);
    if (!identity.isSet() || identity.isCoordinator())
        return {};
    QSqlQuery select(db.sql());
    select.setForwardOnly(true);
    // Only records owned elsewhere, or sheets (whose review fields are the coordinator's),
    // can hold such a write.
    select.prepare(
        QStringLiteral("SELECT id FROM %1 WHERE owner <> ? OR ? = 'sheets'").arg(kind.table));
    select.addBindValue(identity.cityId);
    select.addBindValue(kind.name);
    if (!select.exec())
        return Database::sqlError(
            Database::tr("updating the database structure"), select.lastError().text());
    QStringList ids;
    while (select.next())
        ids << select.value(0).toString();
    for (const QString &id : ids) {
        const std::optional<RecordState> state = StateStore::load(db, kind, id);
        if (!state)
            continue;
        for (auto it = state->registers.begin(); it != state->registers.end(); ++it) {
            for (const FieldWrite &write : *it) {
                if (write.replica != identity.replicaId)
                    continue;
                const Refusal why = Authority::check(
                    kind, state->owner, it.key(), write.value, principals.value(write.replica));
                if (why == Refusal::None)
                    continue;
                Notice notice;
                notice.origin = Notice::Origin::Local;
                notice.recordKind = kind.name;
                notice.recordId = id;
                notice.title = state->shown(kind.titleField).toString();
                notice.field = it.key();
                notice.writer = write.replica;
                notice.why = why;
                if (Status status = Notices::add(db, notice); !status)
                    return status;
                ++*count;
            }
        }
    }
    return {};
}

} // namespace

std::optional<QString> OwnershipRepair::creationOwner(
    const KindSpec &kind, const RecordState &state, const Principals &principals)
{
    QJsonObject dots;
    for (auto it = state.registers.begin(); it != state.registers.end(); ++it) {
        // The write a creation left is the lowest dot at the creation time.
        const FieldWrite *oldest = nullptr;
        for (const FieldWrite &write : *it) {
            if (write.at == state.createdAt && (!oldest || write.counter < oldest->counter))
                oldest = &write;
        }
        if (oldest)
            dots.insert(it.key(), oldest->dot());
    }
    const QJsonValue ownerValue
        = state.registers.contains(kind.ownerField) ? state.shown(kind.ownerField) : QJsonValue();
    return pactesur::creationOwner(kind, state.id, dots, state.createdAt,
        ownerValue.isString() ? ownerValue.toString() : QString(), principals);
}

Result<OwnershipRepairReport> OwnershipRepair::run(Database &db)
{
    OwnershipRepairReport report;
    const Principals principals = Writers::load(db);
    for (const KindSpec *kind : StateStore::exchangedKinds()) {
        if (Status status = restoreOwners(db, *kind, principals, &report.ownersRestored); !status)
            return status.error();
    }
    for (const KindSpec *kind : StateStore::exchangedKinds()) {
        if (Status status = noticeRefusedOwnWrites(db, *kind, principals, &report.refusedOwnWrites);
            !status)
            return status.error();
    }
    if (report.refusedOwnWrites > 0) {
        // This replica must read the next package in full, even one whose writes it seems
        // to hold already: the records it holds those writes in are set aside by the merge
        // (Merger::merge, untrusted fields) only when they are read.
        QSqlQuery forget(db.sql());
        if (!forget.exec(QStringLiteral("DELETE FROM local_setting WHERE key = 'knowledge'")))
            return Database::sqlError(
                Database::tr("updating the database structure"), forget.lastError().text());
    }
    return report;
}

} // namespace pactesur

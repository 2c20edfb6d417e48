// SPDX-License-Identifier: EUPL-1.2
#include "statestore.h"

#include "exchange/conflicts.h"
#include "exchange/merger.h"
#include "exchange/ownershiprepair.h"
#include "exchange/packageformat.h"
#include "store/database.h"
#include "store/rowwriter.h"
#include "store/sqlitevalue.h"

#include <sqlite3.h>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pactesur {

namespace {

QJsonValue fromColumn(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QVariant toColumn(const FieldSpec &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return qint64(value.toDouble());
    case FieldType::Real:
        return value.toDouble();
    default:
        return value.toString();
    }
}

RecordState stateFrom(const KindSpec &kind, const QSqlQuery &query)
{
    QVariantList row;
    const int count = query.record().count();
    row.reserve(count);
    for (int i = 0; i < count; ++i)
        row << query.value(i);
    return StateStore::fromRow(kind, row);
}

} // namespace

RecordState StateStore::fromRow(const KindSpec &kind, const QVariantList &row)
{
    return fromRow(kind, row, QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object());
}

RecordState StateStore::fromRow(
    const KindSpec &kind, const QVariantList &row, const QJsonObject &dots)
{
    RecordState state;
    state.kind = kind.name;
    state.id = row.value(0).toString();
    state.owner = row.value(1).toString();
    state.createdAt = row.value(2).toString();
    state.versionVector = versionvector::fromJson(row.value(5).toString());
    QMap<QString, QJsonValue> values = {{QStringLiteral("deleted"), double(row.value(4).toInt())}};
    int column = 7;
    for (const FieldSpec &field : kind.fields) {
        if (field.type != FieldType::Blob)
            values.insert(field.name, fromColumn(row.value(column++)));
    }
    for (auto it = dots.begin(); it != dots.end(); ++it) {
        if (!values.contains(it.key()))
            continue; // the bytes of an attachment travel apart from the registers
        const QJsonArray dot = it.value().toArray();
        state.registers.insert(it.key(),
            {{dot.at(0).toString(), qint64(dot.at(1).toDouble()), dot.at(2).toString(),
                values.value(it.key())}});
    }
    return state;
}

QString StateStore::hasWriteBeyondCondition()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM json_each(vv) w WHERE w.value > "
                          "coalesce(json_extract(?, '$.\"' || w.key || '\"'), 0))");
}

QList<const KindSpec *> StateStore::exchangedKinds()
{
    QList<const KindSpec *> kinds;
    for (const char *name :
        {"projects", "themes", "cities", "organisations", "contacts", "groups", "memberships",
            "activities", "participation", "attachments", "resources", "sheets", "sheet_history"})
        kinds << &Kinds::get(QString::fromLatin1(name));
    return kinds;
}

std::optional<RecordState> StateStore::load(
    const Database &db, const KindSpec &kind, const QString &id)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                      .arg(package::columnList(kind), kind.table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    RecordState state = stateFrom(kind, query);
    const QMap<QString, QList<FieldWrite>> conflicts = Conflicts::load(db, id);
    for (auto it = conflicts.begin(); it != conflicts.end(); ++it)
        state.registers.insert(it.key(), it.value());
    return state;
}

LocalStates::LocalStates(const Database &db)
    : m_db(db)
{
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT DISTINCT record_id FROM conflict"));
    while (query.next())
        m_conflicted.insert(query.value(0).toString());
}

LocalStates::~LocalStates()
{
    for (auto *cache : {&m_selects, &m_inserts, &m_updates}) {
        for (sqlite3_stmt *statement : std::as_const(*cache))
            sqlite3_finalize(statement);
    }
}

sqlite3_stmt *LocalStates::statement(QHash<QString, sqlite3_stmt *> &cache, const KindSpec &kind,
    const std::function<QString()> &sql)
{
    auto it = cache.find(kind.name);
    if (it == cache.end()) {
        sqlite3_stmt *prepared = nullptr;
        sqlite3_prepare_v2(m_db.handle(), sql().toUtf8().constData(), -1, &prepared, nullptr);
        it = cache.insert(kind.name, prepared);
    }
    sqlite3_reset(*it);
    return *it;
}

const QSet<QString> &LocalStates::presentIds(const KindSpec &kind)
{
    auto it = m_present.find(kind.name);
    if (it == m_present.end()) {
        QSet<QString> ids;
        sqlite3_stmt *select = nullptr;
        const QByteArray sql = "SELECT id FROM " + kind.table.toUtf8();
        if (sqlite3_prepare_v2(m_db.handle(), sql.constData(), -1, &select, nullptr) == SQLITE_OK) {
            while (sqlite3_step(select) == SQLITE_ROW)
                ids.insert(sqlitevalue::column(select, 0).toString());
        }
        sqlite3_finalize(select);
        it = m_present.insert(kind.name, ids);
    }
    return *it;
}

std::optional<RecordState> LocalStates::load(const KindSpec &kind, const QString &id)
{
    // Most records of a first import are not here: a set answers faster than a query.
    if (!holds(kind, id))
        return std::nullopt;
    sqlite3_stmt *select = statement(m_selects, kind, [&] {
        return QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
            .arg(package::columnList(kind), kind.table);
    });
    sqlitevalue::bind(select, 1, id);
    if (!select || sqlite3_step(select) != SQLITE_ROW)
        return std::nullopt;
    QVariantList row;
    const int count = sqlite3_column_count(select);
    row.reserve(count);
    for (int i = 0; i < count; ++i)
        row << sqlitevalue::column(select, i);
    sqlite3_reset(select);
    RecordState state = StateStore::fromRow(kind, row);
    if (m_conflicted.contains(id)) {
        const QMap<QString, QList<FieldWrite>> conflicts = Conflicts::load(m_db, id);
        for (auto conflict = conflicts.begin(); conflict != conflicts.end(); ++conflict)
            state.registers.insert(conflict.key(), conflict.value());
    }
    return state;
}

std::optional<RecordState> LocalStates::loadFor(const PackageRecord &incoming)
{
    const KindSpec &kind = *incoming.kind;
    const QString id = incoming.id();
    std::optional<RecordState> state = load(kind, id);
    m_untrusted.remove(id);
    if (!state || !m_principals)
        return state;
    if (state->owner != incoming.owner()
        && OwnershipRepair::creationOwner(kind, incoming.state(), *m_principals)
            == incoming.owner())
        state->owner = incoming.owner();
    QStringList dropped;
    RecordState clean = Authority::withoutRefusedWrites(kind, *state, *m_principals, &dropped);
    if (!dropped.isEmpty())
        m_untrusted.insert(id, dropped);
    return clean;
}

bool LocalStates::takesAsItIs(const PackageRecord &incoming)
{
    const KindSpec &kind = *incoming.kind;
    const QString id = incoming.id();
    return !holds(kind, id) && incoming.conflicts.isEmpty()
        && !(kind.name == QLatin1String("contacts") && incoming.deleted())
        && incoming.latestWrite == incoming.updatedAt();
}

Status LocalStates::save(
    const KindSpec &kind, const RecordState &state, bool exists, bool hadConflicts)
{
    QJsonObject dots;
    for (auto reg = state.registers.begin(); reg != state.registers.end(); ++reg)
        dots.insert(reg.key(), state.shownWrite(reg.key())->dot());
    QVariantList row = {QVariant(state.id), QVariant(state.owner), QVariant(state.createdAt),
        QVariant(state.updatedAt()), QVariant(state.deleted() ? 1 : 0),
        QVariant(versionvector::toJson(state.versionVector)),
        QVariant(QString::fromUtf8(QJsonDocument(dots).toJson(QJsonDocument::Compact)))};
    for (const FieldSpec &field : kind.fields) {
        if (field.type != FieldType::Blob)
            row << toColumn(field, state.shown(field.name));
    }
    if (!exists) {
        if (Status status = insertRow(kind, row); !status)
            return status;
    } else {
        sqlite3_stmt *update = statement(m_updates, kind, [&] {
            QStringList assignments;
            for (const QString &column : package::columns(kind).mid(1))
                assignments << RowWriter::quoted(column) + QStringLiteral(" = ?");
            return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                .arg(kind.table, assignments.join(QStringLiteral(", ")));
        });
        for (int i = 1; i < row.size(); ++i)
            sqlitevalue::bind(update, i, row.at(i));
        sqlitevalue::bind(update, int(row.size()), state.id);
        if (sqlite3_step(update) != SQLITE_DONE)
            return Database::sqlError(
                Database::tr("saving changes"), QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
        sqlite3_reset(update);
    }
    bool inConflict = false;
    for (const QList<FieldWrite> &writes : state.registers)
        inConflict = inConflict || writes.size() > 1;
    if (!inConflict && !hadConflicts)
        return {};
    if (inConflict)
        m_conflicted.insert(state.id);
    return Conflicts::store(m_db, kind, state);
}

Status LocalStates::insertRow(const KindSpec &kind, const QVariantList &row)
{
    sqlite3_stmt *insert = statement(m_inserts, kind, [&] {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(kind.table, package::columnList(kind),
                QStringList(package::columns(kind).size(), QStringLiteral("?"))
                    .join(QStringLiteral(", ")));
    });
    for (int i = 0; i < row.size(); ++i)
        sqlitevalue::bind(insert, i + 1, row.at(i));
    if (sqlite3_step(insert) != SQLITE_DONE)
        return Database::sqlError(
            Database::tr("saving changes"), QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    sqlite3_reset(insert);
    return {};
}

} // namespace pactesur

// SPDX-License-Identifier: EUPL-1.2
#include "statestore.h"

#include "exchange/conflicts.h"
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

QString columns(const KindSpec &kind)
{
    QStringList quoted;
    for (const QString &column : package::columns(kind))
        quoted << RowWriter::quoted(column);
    return quoted.join(QStringLiteral(", "));
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

QList<const KindSpec *> StateStore::exchangedKinds()
{
    QList<const KindSpec *> kinds;
    for (const char *name : {"projects", "themes", "cities", "organisations", "contacts", "groups",
             "memberships", "activities", "participation", "attachments", "resources", "sheets"})
        kinds << &Kinds::get(QString::fromLatin1(name));
    return kinds;
}

std::optional<RecordState> StateStore::load(
    const Database &db, const KindSpec &kind, const QString &id)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns(kind), kind.table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    RecordState state = stateFrom(kind, query);
    const QMap<QString, QList<FieldWrite>> conflicts = Conflicts::load(db, id);
    for (auto it = conflicts.begin(); it != conflicts.end(); ++it)
        state.registers.insert(it.key(), it.value());
    return state;
}

Status StateStore::forEach(
    const Database &db, const KindSpec &kind, const std::function<bool(const RecordState &)> &visit)
{
    QSqlQuery conflicts(db.sql());
    conflicts.prepare(
        QStringLiteral("SELECT DISTINCT record_id FROM conflict WHERE record_kind = ?"));
    conflicts.addBindValue(kind.name);
    conflicts.exec();
    QSet<QString> inConflict;
    while (conflicts.next())
        inConflict.insert(conflicts.value(0).toString());

    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns(kind), kind.table)))
        return Database::sqlError(Database::tr("reading records"), query.lastError().text());
    while (query.next()) {
        RecordState state = stateFrom(kind, query);
        if (inConflict.contains(state.id)) {
            const QMap<QString, QList<FieldWrite>> registers = Conflicts::load(db, state.id);
            for (auto it = registers.begin(); it != registers.end(); ++it)
                state.registers.insert(it.key(), it.value());
        }
        if (!visit(state))
            break;
    }
    return {};
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

std::optional<RecordState> LocalStates::load(const KindSpec &kind, const QString &id)
{
    sqlite3_stmt *select = statement(m_selects, kind, [&] {
        return QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns(kind), kind.table);
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

Status LocalStates::save(
    const KindSpec &kind, const RecordState &state, bool exists, bool hadConflicts)
{
    auto quotedColumns = [&] {
        QStringList quoted;
        for (const QString &name : package::columns(kind))
            quoted << RowWriter::quoted(name);
        return quoted;
    };
    sqlite3_stmt *write = exists
        ? statement(m_updates, kind,
            [&] {
                QStringList assignments;
                for (const QString &column : quotedColumns().mid(1))
                    assignments << column + QStringLiteral(" = ?");
                return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                    .arg(kind.table, assignments.join(QStringLiteral(", ")));
            })
        : statement(m_inserts, kind, [&] {
              const QStringList quoted = quotedColumns();
              return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(kind.table, quoted.join(QStringLiteral(", ")),
                      QStringList(quoted.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
          });
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
    int position = 1;
    for (int i = exists ? 1 : 0; i < row.size(); ++i)
        sqlitevalue::bind(write, position++, row.at(i));
    if (exists)
        sqlitevalue::bind(write, position, state.id);
    if (sqlite3_step(write) != SQLITE_DONE)
        return Database::sqlError(
            Database::tr("saving changes"), QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    sqlite3_reset(write);
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
        QStringList quoted;
        for (const QString &name : package::columns(kind))
            quoted << RowWriter::quoted(name);
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(kind.table, quoted.join(QStringLiteral(", ")),
                QStringList(quoted.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    });
    for (int i = 0; i < row.size(); ++i)
        sqlitevalue::bind(insert, i + 1, row.at(i));
    if (sqlite3_step(insert) != SQLITE_DONE)
        return Database::sqlError(
            Database::tr("saving changes"), QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    sqlite3_reset(insert);
    return {};
}

Status StateStore::save(
    const Database &db, const KindSpec &kind, const RecordState &state, bool exists)
{
    RowMeta meta;
    meta.id = state.id;
    meta.owner = state.owner;
    meta.createdAt = state.createdAt;
    meta.updatedAt = state.updatedAt();
    meta.deleted = state.deleted();
    meta.versionVector = versionvector::toJson(state.versionVector);
    QJsonObject dots;
    QVariantMap values;
    for (const FieldSpec &field : kind.fields) {
        if (field.type == FieldType::Blob)
            continue;
        values.insert(field.name, toColumn(field, state.shown(field.name)));
    }
    for (auto it = state.registers.begin(); it != state.registers.end(); ++it)
        dots.insert(it.key(), state.shownWrite(it.key())->dot());
    meta.dots = QString::fromUtf8(QJsonDocument(dots).toJson(QJsonDocument::Compact));
    Status written = exists ? RowWriter::update(db, kind, meta, values)
                            : RowWriter::insert(db, kind, meta, values);
    if (!written)
        return written;
    return Conflicts::store(db, kind, state);
}

} // namespace pactesur

// SPDX-License-Identifier: EUPL-1.2
#include "stampedrowwriter.h"

#include "store/database.h"
#include "store/rowwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace pactesur {

namespace {

// The bookkeeping columns, then every field of the kind, in catalogue order.
constexpr int kMetaColumns = 7;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

StampedRowWriter::StampedRowWriter(Database &db, const Identity &identity, qint64 counter)
    : m_db(db)
    , m_identity(identity)
    , m_counter(counter)
{ }

QSqlQuery &StampedRowWriter::statementFor(const KindSpec &kind)
{
    auto found = m_statements.find(kind.table);
    if (found != m_statements.end())
        return *found->second;
    QStringList columns = {QStringLiteral("id"), QStringLiteral("owner"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("deleted"),
        QStringLiteral("vv"), QStringLiteral("dots")};
    for (const FieldSpec &field : kind.fields)
        columns << RowWriter::quoted(field.name);
    auto query = std::make_unique<QSqlQuery>(m_db.sql());
    query->prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(kind.table, columns.join(QStringLiteral(", ")),
                QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    return *m_statements.emplace(kind.table, std::move(query)).first->second;
}

Status StampedRowWriter::insert(const KindSpec &kind, const QString &id, const QString &owner,
    const QVariantMap &values, const GeneratedWrite &write)
{
    return insert(kind, id, owner, values, write, {});
}

Status StampedRowWriter::insert(const KindSpec &kind, const QString &id, const QString &owner,
    const QVariantMap &values, const GeneratedWrite &created,
    const QHash<QString, GeneratedWrite> &later)
{
    GeneratedWrite latest = created;
    for (const GeneratedWrite &write : later) {
        if (write.counter > latest.counter)
            latest = write;
    }
    auto dot = [this](const GeneratedWrite &write) {
        return QJsonArray {m_identity.replicaId, write.counter, write.at};
    };
    QJsonObject dots = {{QStringLiteral("deleted"), dot(latest)}};
    QString updatedAt = created.at;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // An attachment's bytes are named by their hash and never change: no history.
        const FieldSpec *field = kind.field(it.key());
        if (!field || field->type == FieldType::Blob)
            continue;
        const GeneratedWrite &write = later.contains(it.key()) ? later[it.key()] : created;
        dots.insert(it.key(), dot(write));
        updatedAt = std::max(updatedAt, write.at);
    }
    for (auto it = later.cbegin(); it != later.cend(); ++it) {
        // A write that cleared a field leaves its dot on an empty value.
        if (!values.contains(it.key())) {
            dots.insert(it.key(), dot(it.value()));
            updatedAt = std::max(updatedAt, it.value().at);
        }
    }
    updatedAt = std::max(updatedAt, latest.at);

    QSqlQuery &query = statementFor(kind);
    int column = 0;
    query.bindValue(column++, id);
    query.bindValue(column++, owner);
    query.bindValue(column++, created.at);
    query.bindValue(column++, updatedAt);
    query.bindValue(column++, 0);
    query.bindValue(column++, compact({{m_identity.replicaId, latest.counter}}));
    query.bindValue(column++, compact(dots));
    Q_ASSERT(column == kMetaColumns);
    for (const FieldSpec &field : kind.fields)
        query.bindValue(column++, values.value(field.name));
    if (!query.exec())
        return Database::sqlError(Database::tr("saving a record"), query.lastError().text());
    return {};
}

bool StampedRowWriter::exists(const KindSpec &kind, const QString &id)
{
    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(kind.table));
    query.addBindValue(id);
    return query.exec() && query.next();
}

} // namespace pactesur

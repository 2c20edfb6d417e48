// SPDX-License-Identifier: EUPL-1.2
#include "mailboxstate.h"

#include "seed/seeder.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {

QString setting(const Database &db, const QString &key)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT value FROM local_setting WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

Status setSetting(const Database &db, const QString &key, const QString &value)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Database::sqlError(Database::tr("saving changes"), query.lastError().text());
    return {};
}

QJsonObject toJson(const QHash<QString, qint64> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QHash<QString, qint64> fromJson(const QJsonObject &object)
{
    QHash<QString, qint64> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), qint64(it.value().toDouble()));
    return map;
}

QJsonArray toJson(const QSet<QString> &set)
{
    QStringList sorted(set.begin(), set.end());
    sorted.sort();
    return QJsonArray::fromStringList(sorted);
}

QSet<QString> setFromJson(const QJsonArray &array)
{
    QSet<QString> set;
    for (const QJsonValue &value : array)
        set.insert(value.toString());
    return set;
}

} // namespace

MailboxState MailboxState::load(const Database &db)
{
    MailboxState state;
    // Every installation holds the seed: no publication needs to carry it.
    state.published.insert(Seeder::seedReplicaId(), 1);
    const QJsonObject json
        = QJsonDocument::fromJson(setting(db, QStringLiteral("mailbox_state")).toUtf8()).object();
    if (json.isEmpty())
        return state;
    state.published = versionvector::merged(state.published,
        versionvector::fromJson(json.value(QStringLiteral("published")).toString()));
    state.nextSequence = qMax<qint64>(1, qint64(json.value(QStringLiteral("next")).toDouble(1)));
    state.publishedRosterSerial = qint64(json.value(QStringLiteral("roster_serial")).toDouble());
    for (const QJsonValue &value : json.value(QStringLiteral("outgoing")).toArray()) {
        const QJsonObject package = value.toObject();
        OutgoingPackage outgoing;
        outgoing.sequence = qint64(package.value(QStringLiteral("sequence")).toDouble());
        outgoing.name = package.value(QStringLiteral("name")).toString();
        for (const QJsonValue &recipient : package.value(QStringLiteral("recipients")).toArray())
            outgoing.recipients.append(recipient.toString());
        outgoing.uploaded = package.value(QStringLiteral("uploaded")).toBool();
        state.outgoing.append(outgoing);
    }
    state.imported = fromJson(json.value(QStringLiteral("imported")).toObject());
    state.refused = setFromJson(json.value(QStringLiteral("refused")).toArray());
    state.members = setFromJson(json.value(QStringLiteral("members")).toArray());
    state.lastAck = json.value(QStringLiteral("last_ack")).toString();
    state.preparedFor = json.value(QStringLiteral("prepared_for")).toString();
    state.temporaryInUse = json.value(QStringLiteral("temporary_in_use")).toBool();
    state.lastRound = json.value(QStringLiteral("last_round")).toObject();
    const QJsonObject acks = json.value(QStringLiteral("acks")).toObject();
    for (auto it = acks.begin(); it != acks.end(); ++it) {
        const QJsonObject ack = it.value().toObject();
        state.ackTags.insert(it.key(), ack.value(QStringLiteral("etag")).toString());
        state.acks.insert(it.key(), fromJson(ack.value(QStringLiteral("imported")).toObject()));
    }
    return state;
}

Status MailboxState::save(const Database &db) const
{
    QJsonArray outgoingJson;
    for (const OutgoingPackage &package : outgoing) {
        outgoingJson.append(QJsonObject {{QStringLiteral("sequence"), package.sequence},
            {QStringLiteral("name"), package.name},
            {QStringLiteral("recipients"), QJsonArray::fromStringList(package.recipients)},
            {QStringLiteral("uploaded"), package.uploaded}});
    }
    QJsonObject acksJson;
    for (auto it = acks.begin(); it != acks.end(); ++it) {
        acksJson.insert(it.key(),
            QJsonObject {{QStringLiteral("etag"), ackTags.value(it.key())},
                {QStringLiteral("imported"), toJson(it.value())}});
    }
    const QJsonObject json {{QStringLiteral("published"), versionvector::toJson(published)},
        {QStringLiteral("next"), nextSequence},
        {QStringLiteral("roster_serial"), publishedRosterSerial},
        {QStringLiteral("outgoing"), outgoingJson}, {QStringLiteral("imported"), toJson(imported)},
        {QStringLiteral("refused"), toJson(refused)}, {QStringLiteral("members"), toJson(members)},
        {QStringLiteral("last_ack"), lastAck}, {QStringLiteral("prepared_for"), preparedFor},
        {QStringLiteral("temporary_in_use"), temporaryInUse},
        {QStringLiteral("last_round"), lastRound},
        {QStringLiteral("acks"), acksJson}};
    return setSetting(db, QStringLiteral("mailbox_state"),
        QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

MailboxSettings MailboxSettings::load(const Database &db)
{
    return {setting(db, QStringLiteral("mailbox_url")), setting(db, QStringLiteral("mailbox_user"))};
}

Status MailboxSettings::save(const Database &db) const
{
    if (Status status = setSetting(db, QStringLiteral("mailbox_url"), url); !status)
        return status;
    return setSetting(db, QStringLiteral("mailbox_user"), user);
}

} // namespace pactesur

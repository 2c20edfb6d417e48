// SPDX-License-Identifier: EUPL-1.2
#include "roster.h"

#include "exchange/writers.h"
#include "store/database.h"
#include "store/replica.h"
#include "util/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {

RosterEntry entryFrom(const QSqlQuery &query)
{
    RosterEntry entry;
    entry.replica = query.value(0).toString();
    entry.role = query.value(1).toString();
    entry.city = query.value(2).toString();
    entry.keys.sign = QByteArray::fromBase64(query.value(3).toString().toLatin1());
    entry.keys.box = QByteArray::fromBase64(query.value(4).toString().toLatin1());
    entry.revoked = query.value(5).toString() == QLatin1String("revoked");
    return entry;
}

const char kColumns[] = "replica, role, city, sign_key, box_key, status";

Status setSerial(const Database &db, qint64 serial)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO local_setting (key, value) VALUES ('roster_serial', ?)"));
    query.addBindValue(QString::number(serial));
    if (!query.exec())
        return Database::sqlError(Database::tr("saving changes"), query.lastError().text());
    return {};
}

Status store(const Database &db, const RosterEntry &entry)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO roster (%1) VALUES (?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(entry.replica);
    query.addBindValue(entry.role);
    query.addBindValue(entry.city.isEmpty() ? QVariant() : QVariant(entry.city));
    query.addBindValue(QString::fromLatin1(entry.keys.sign.toBase64()));
    query.addBindValue(QString::fromLatin1(entry.keys.box.toBase64()));
    query.addBindValue(entry.revoked ? QStringLiteral("revoked") : QStringLiteral("active"));
    if (!query.exec())
        return Database::sqlError(Database::tr("saving changes"), query.lastError().text());
    // Whom the replica writes for, as the ownership rule judges its writes.
    return Writers::remember(db, {{entry.replica, entry.principal()}});
}

} // namespace

QList<RosterEntry> Roster::list(const Database &db)
{
    QList<RosterEntry> entries;
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT %1 FROM roster ORDER BY role, city, replica")
                   .arg(QLatin1String(kColumns)));
    while (query.next())
        entries << entryFrom(query);
    return entries;
}

std::optional<RosterEntry> Roster::find(const Database &db, const QString &replica)
{
    QSqlQuery query(db.sql());
    query.prepare(
        QStringLiteral("SELECT %1 FROM roster WHERE replica = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(replica);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

qint64 Roster::serial(const Database &db)
{
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT value FROM local_setting WHERE key = 'roster_serial'"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status Roster::check(const Database &db, const Card &card)
{
    const Identity identity = Replica::load(db);
    if (!identity.isSet())
        return Error::rejected(tr(
            "This database has no role yet. Choose one first: coordinator, or liaison of a city."));
    if (card.replica == identity.replicaId)
        return Error::rejected(tr("This is this database's own card."));
    if (!identity.isCoordinator() && card.role != QLatin1String("coordinator"))
        return Error::rejected(tr("A city liaison enrols the coordinator's card only; the other "
                                  "cities come with the coordinator's roster."));
    if (card.role == QLatin1String("liaison")) {
        QSqlQuery city(db.sql());
        city.prepare(QStringLiteral("SELECT 1 FROM city WHERE id = ? AND deleted = 0"));
        city.addBindValue(card.city);
        if (!city.exec() || !city.next())
            return Error::rejected(tr("The card names a city this database does not know."));
    }
    if (const std::optional<RosterEntry> known = find(db, card.replica)) {
        if (known->revoked)
            return Error::rejected(
                tr("The keys of this replica were revoked; they cannot be enrolled again."));
        if (known->keys != card.keys || known->role != card.role || known->city != card.city)
            return Error::rejected(tr("This card carries other keys than the ones enrolled for "
                                      "the same replica: a changed key is never trusted. If the "
                                      "keys really changed, revoke the old ones and set up a new "
                                      "database."));
        return {};
    }
    const Principal principal {card.role, card.role == QLatin1String("liaison") ? card.city : ""};
    if (const Principal bound = Writers::load(db).value(card.replica);
        bound.isKnown() && !(bound == principal))
        return Error::rejected(
            tr("This card says its replica writes for someone else than this database knows."));
    return {};
}

Result<Roster::Enrolled> Roster::enrol(
    const Database &db, const Card &card, const QString &typedFingerprint)
{
    const Identity identity = Replica::load(db);
    if (!identity.isSet())
        return Error::rejected(tr(
            "This database has no role yet. Choose one first: coordinator, or liaison of a city."));
    if (!typedFingerprint.isEmpty()
        && PublicKeys::normalisedFingerprint(typedFingerprint)
            != PublicKeys::normalisedFingerprint(card.keys.fingerprint()))
        return Error::rejected(tr("The card's fingerprint is %1, not the one you were given: "
                                  "it was not enrolled.")
                                   .arg(card.keys.fingerprint()));
    if (Status status = check(db, card); !status)
        return status.error();
    if (find(db, card.replica))
        return Enrolled::AlreadyThere;
    Transaction transaction(db);
    if (Status status = store(db, {card.replica, card.role, card.city, card.keys, false}); !status)
        return status.error();
    if (identity.isCoordinator()) {
        if (Status status = setSerial(db, serial(db) + 1); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return Enrolled::Added;
}

Status Roster::revoke(const Database &db, const QString &replicaOrPrefix)
{
    const Identity identity = Replica::load(db);
    if (!identity.isCoordinator())
        return Error::rejected(tr("Only the coordinator revokes keys."));
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT %1 FROM roster WHERE replica = ? OR (length(?) >= 4 AND "
                                 "replica LIKE ? || '%') ")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(replicaOrPrefix);
    query.addBindValue(replicaOrPrefix);
    query.addBindValue(replicaOrPrefix);
    QList<RosterEntry> found;
    if (query.exec()) {
        while (query.next())
            found << entryFrom(query);
    }
    if (found.size() != 1)
        return Error::rejected(tr("No single enrolled replica matches “%1”.").arg(replicaOrPrefix));
    RosterEntry entry = found.first();
    if (entry.replica == identity.replicaId)
        return Error::rejected(tr("The coordinator cannot revoke its own keys."));
    entry.revoked = true;
    Transaction transaction(db);
    if (Status status = store(db, entry); !status)
        return status;
    if (Status status = setSerial(db, serial(db) + 1); !status)
        return status;
    return transaction.commit();
}

Status Roster::enrolSelf(const Database &db)
{
    const Identity identity = Replica::load(db);
    if (!identity.isSet() || find(db, identity.replicaId))
        return {};
    Result<std::unique_ptr<Keyring>> keyring = Keyring::open(db);
    if (!keyring)
        return keyring.error();
    return store(db,
        {identity.replicaId, identity.role, identity.cityId, keyring.value()->publicKeys(), false});
}

QString Roster::toJson(const Database &db)
{
    QJsonArray entries;
    for (const RosterEntry &entry : list(db)) {
        QJsonObject object {{QStringLiteral("replica"), entry.replica},
            {QStringLiteral("role"), entry.role},
            {QStringLiteral("sign_key"), QString::fromLatin1(entry.keys.sign.toBase64())},
            {QStringLiteral("box_key"), QString::fromLatin1(entry.keys.box.toBase64())},
            {QStringLiteral("status"),
                entry.revoked ? QStringLiteral("revoked") : QStringLiteral("active")}};
        if (!entry.city.isEmpty())
            object.insert(QStringLiteral("city"), entry.city);
        entries.append(object);
    }
    return QString::fromUtf8(QJsonDocument(
        QJsonObject {{QStringLiteral("serial"), serial(db)}, {QStringLiteral("entries"), entries}})
                                 .toJson(QJsonDocument::Compact));
}

Status Roster::adopt(const Database &db, const QString &json)
{
    const Error invalid = Error::rejected(tr("The roster in the package is malformed."));
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8(), &error).object();
    const QJsonArray entries = object.value(QStringLiteral("entries")).toArray();
    if (error.error != QJsonParseError::NoError || entries.size() > kMaxEntries)
        return invalid;
    const qint64 incomingSerial = qint64(object.value(QStringLiteral("serial")).toDouble(-1));
    if (incomingSerial < 0)
        return invalid;
    if (incomingSerial <= serial(db))
        return {};
    QList<RosterEntry> parsed;
    for (const QJsonValue &value : entries) {
        const QJsonObject item = value.toObject();
        RosterEntry entry;
        entry.replica = item.value(QStringLiteral("replica")).toString();
        entry.role = item.value(QStringLiteral("role")).toString();
        entry.city = item.value(QStringLiteral("city")).toString();
        entry.keys.sign
            = QByteArray::fromBase64(item.value(QStringLiteral("sign_key")).toString().toLatin1());
        entry.keys.box
            = QByteArray::fromBase64(item.value(QStringLiteral("box_key")).toString().toLatin1());
        const QString status = item.value(QStringLiteral("status")).toString();
        entry.revoked = status == QLatin1String("revoked");
        const bool liaison = entry.role == QLatin1String("liaison");
        if (!uuid::isValid(entry.replica) || !entry.keys.isValid()
            || (!liaison && entry.role != QLatin1String("coordinator"))
            || liaison != uuid::isValid(entry.city)
            || (!entry.revoked && status != QLatin1String("active")))
            return invalid;
        parsed << entry;
    }
    const Principals bound = Writers::load(db);
    for (const RosterEntry &entry : parsed) {
        const std::optional<RosterEntry> known = find(db, entry.replica);
        // Keys never change under a known replica id, nor does whom it writes for.
        if ((known && (known->keys != entry.keys || known->role != entry.role))
            || (bound.contains(entry.replica)
                && !(bound.value(entry.replica) == entry.principal())))
            return Error::rejected(tr("The coordinator's roster gives replica %1 other keys than "
                                      "the ones enrolled here; nothing was changed.")
                                       .arg(entry.replica));
    }
    for (const RosterEntry &entry : parsed) {
        const std::optional<RosterEntry> known = find(db, entry.replica);
        // A revocation stands for good, whatever a later roster says.
        if (known && known->revoked && !entry.revoked)
            continue;
        if (Status status = store(db, entry); !status)
            return status;
    }
    return setSerial(db, incomingSerial);
}

} // namespace pactesur

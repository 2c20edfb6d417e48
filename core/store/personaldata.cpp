// SPDX-License-Identifier: EUPL-1.2
#include "personaldata.h"

#include "exchange/backups.h"

#include "model/kinds.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace pactesur {

Result<QJsonObject> PersonalData::report(const Database &db, const QString &contactId)
{
    const KindSpec &contacts = Kinds::get(QStringLiteral("contacts"));
    const std::optional<Record> contact
        = RecordStore(const_cast<Database &>(db)).get(contacts, contactId);
    if (!contact)
        return Error::rejected(RecordStore::tr("No %1 has the id %2.")
                                   .arg(contacts.translatedLabel().toLower(), contactId));
    QJsonObject held;
    for (const FieldSpec &field : contacts.fields)
        held.insert(field.name, RecordStore::inputText(field, contact->value(field.name)));
    // Every package exported since the contact was first stored may have carried it.
    QJsonArray sentTo;
    QSqlQuery ledger(db.sql());
    ledger.prepare(QStringLiteral(
        "SELECT l.at, l.peer, l.file_name, p.role, c.slug FROM ledger l "
        "LEFT JOIN local_peer p ON p.replica = l.peer LEFT JOIN city c ON c.id = p.city "
        "WHERE l.direction = 'export' AND l.at >= ? ORDER BY l.at"));
    ledger.addBindValue(contact->createdAt);
    ledger.exec();
    while (ledger.next()) {
        QJsonObject entry = {{QStringLiteral("at"), ledger.value(0).toString()},
            {QStringLiteral("file_name"), ledger.value(2).toString()}};
        if (ledger.value(1).isNull()) {
            entry.insert(QStringLiteral("recipient"), QStringLiteral("any partner (full package)"));
        } else {
            entry.insert(QStringLiteral("replica"), ledger.value(1).toString());
            entry.insert(QStringLiteral("recipient"),
                ledger.value(3).toString() == QLatin1String("coordinator")
                    ? QStringLiteral("coordinator")
                    : ledger.value(4).toString());
        }
        sentTo.append(entry);
    }
    return QJsonObject {{QStringLiteral("contact_id"), contact->id},
        {QStringLiteral("erased"), contact->deleted},
        {QStringLiteral("created_at"), contact->createdAt},
        {QStringLiteral("updated_at"), contact->updatedAt}, {QStringLiteral("data_held"), held},
        {QStringLiteral("sent_in_packages"), sentTo},
        {QStringLiteral("held_in_backups"),
            QJsonArray::fromStringList(
                Backups::holdingPersonalData(db, QStringLiteral("contacts"), contact->id))}};
}

} // namespace pactesur

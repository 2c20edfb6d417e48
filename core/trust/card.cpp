// SPDX-License-Identifier: EUPL-1.2
#include "card.h"

#include "store/replica.h"
#include "util/uuid.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pactesur {

namespace {
const char kFormat[] = "pactesur-card";
}

Result<QByteArray> Cards::write(const Database &db)
{
    const Identity identity = Replica::load(db);
    if (!identity.isSet())
        return Error::rejected(tr(
            "This database has no role yet. Choose one first: coordinator, or liaison of a city."));
    Result<std::unique_ptr<Keyring>> keyring = Keyring::open(db);
    if (!keyring)
        return keyring.error();
    QJsonObject body {{QStringLiteral("format"), QString::fromLatin1(kFormat)},
        {QStringLiteral("version"), 1}, {QStringLiteral("replica"), identity.replicaId},
        {QStringLiteral("role"), identity.role},
        {QStringLiteral("sign_key"),
            QString::fromLatin1(keyring.value()->publicKeys().sign.toBase64())},
        {QStringLiteral("box_key"),
            QString::fromLatin1(keyring.value()->publicKeys().box.toBase64())}};
    if (!identity.isCoordinator())
        body.insert(QStringLiteral("city"), identity.cityId);
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QJsonObject card {{QStringLiteral("card"), QString::fromUtf8(text)},
        {QStringLiteral("signature"), QString::fromLatin1(keyring.value()->sign(text).toBase64())}};
    return QJsonDocument(card).toJson(QJsonDocument::Indented);
}

Result<Card> Cards::read(const QByteArray &bytes)
{
    const Error invalid
        = Error::rejected(tr("This file is not a Pactesur identity card, or it is damaged."));
    if (bytes.size() > kMaxBytes)
        return invalid;
    QJsonParseError error;
    const QJsonObject outer = QJsonDocument::fromJson(bytes, &error).object();
    if (error.error != QJsonParseError::NoError || outer.size() != 2)
        return invalid;
    const QByteArray text = outer.value(QStringLiteral("card")).toString().toUtf8();
    const QByteArray signature
        = QByteArray::fromBase64(outer.value(QStringLiteral("signature")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
    const QJsonObject body = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError
        || body.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)
        || body.value(QStringLiteral("version")).toInt() != 1)
        return invalid;
    Card card;
    card.replica = body.value(QStringLiteral("replica")).toString();
    card.role = body.value(QStringLiteral("role")).toString();
    card.city = body.value(QStringLiteral("city")).toString();
    card.keys.sign
        = QByteArray::fromBase64(body.value(QStringLiteral("sign_key")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
    card.keys.box
        = QByteArray::fromBase64(body.value(QStringLiteral("box_key")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
    const bool liaison = card.role == QLatin1String("liaison");
    if (!uuid::isValid(card.replica) || !card.keys.isValid()
        || (!liaison && card.role != QLatin1String("coordinator"))
        || liaison != uuid::isValid(card.city) || (!liaison && !card.city.isEmpty()))
        return invalid;
    // Signed by the key it carries: whoever made it holds that key. Who that is, only the
    // fingerprint compared out of band can tell.
    if (!Keyring::verify(signature, text, card.keys.sign))
        return invalid;
    return card;
}

Result<Card> Cards::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::rejected(
            tr("The card %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    return read(file.read(kMaxBytes + 1));
}

Status Cards::writeFile(const Database &db, const QString &path)
{
    Result<QByteArray> card = write(db);
    if (!card)
        return card.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(card.value()) != card->size()
        || !file.commit())
        return Error::failure(
            tr("Cannot write the card to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace pactesur

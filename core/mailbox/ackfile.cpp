// SPDX-License-Identifier: EUPL-1.2
#include "ackfile.h"

#include "mailbox/mailboxlayout.h"
#include "trust/keyring.h"
#include "trust/roster.h"
#include "util/uuid.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pactesur {

namespace {
constexpr int kMaxSenders = Roster::kMaxEntries;
}

QByteArray AckFile::body() const
{
    QJsonObject senders;
    for (auto it = imported.begin(); it != imported.end(); ++it)
        senders.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject {{QStringLiteral("replica"), replica},
                             {QStringLiteral("imported"), senders},
                             {QStringLiteral("oldest"), oldest}})
        .toJson(QJsonDocument::Compact);
}

QByteArray AckFile::write(const Keyring &keyring) const
{
    const QByteArray text = body();
    return QJsonDocument(QJsonObject {{QStringLiteral("body"), QString::fromUtf8(text)},
                             {QStringLiteral("signature"),
                                 QString::fromLatin1(keyring.sign(text).toBase64())}})
        .toJson(QJsonDocument::Compact);
}

std::optional<AckFile> AckFile::read(const QByteArray &file, const RosterEntry &signer)
{
    if (file.size() > mailbox::kMaxAckBytes)
        return std::nullopt;
    const QJsonObject outer = QJsonDocument::fromJson(file).object();
    const QByteArray text = outer.value(QStringLiteral("body")).toString().toUtf8();
    const QByteArray signature
        = QByteArray::fromBase64(outer.value(QStringLiteral("signature")).toString().toLatin1());
    if (text.isEmpty() || signer.revoked || !Keyring::verify(signature, text, signer.keys.sign))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    AckFile ack;
    ack.replica = json.value(QStringLiteral("replica")).toString();
    ack.oldest = qint64(json.value(QStringLiteral("oldest")).toDouble(1));
    const QJsonObject senders = json.value(QStringLiteral("imported")).toObject();
    if (ack.replica != signer.replica || ack.oldest < 1 || senders.size() > kMaxSenders)
        return std::nullopt;
    for (auto it = senders.begin(); it != senders.end(); ++it) {
        const qint64 sequence = qint64(it.value().toDouble(-1));
        if (!uuid::isValid(it.key()) || sequence < 0)
            return std::nullopt;
        ack.imported.insert(it.key(), sequence);
    }
    return ack;
}

} // namespace pactesur

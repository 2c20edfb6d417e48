// SPDX-License-Identifier: EUPL-1.2
#include "mailboxlayout.h"

#include "util/uuid.h"

#include <QFile>
#include <QRegularExpression>

#include <sodium.h>

namespace pactesur::mailbox {

QString outboxOf(const QString &replica)
{
    return kOutbox + replica + QLatin1Char('/');
}

QString ackOf(const QString &replica)
{
    return kAcks + replica;
}

QString packageFileName(qint64 sequence, const QString &hash)
{
    return QStringLiteral("%1-%2.pactesur").arg(sequence).arg(hash);
}

std::optional<PackageName> parsePackagePath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^outbox/([0-9a-f-]{36})/([1-9][0-9]{0,14})-([0-9a-f]{16})\\.pactesur$"));
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch() || !uuid::isValid(match.captured(1)))
        return std::nullopt;
    return PackageName {match.captured(1), match.captured(2).toLongLong(), match.captured(3)};
}

QString hashOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || sodium_init() < 0)
        return {};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    QByteArray block;
    while (!(block = file.read(4 * 1024 * 1024)).isEmpty()) {
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(block.constData()),
            size_t(block.size()));
    }
    QByteArray digest(32, Qt::Uninitialized);
    crypto_generichash_final(
        &state, reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()));
    return QString::fromLatin1(digest.toHex().left(16));
}

} // namespace pactesur::mailbox

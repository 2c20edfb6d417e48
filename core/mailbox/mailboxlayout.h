// SPDX-License-Identifier: EUPL-1.2
// The mailbox's layout (the README's "Automatic exchange"):
//   outbox/<replica>/<sequence>-<hash>.pactesur   a replica's signed, sealed packages
//   acks/<replica>                                what it has imported, signed by it
//   tmp/                                           uploads in progress
// Only a replica writes or deletes in its own outbox and its own ack, so there are no locks.
// Any other name (a synced folder's conflict copies, desktop.ini, *.part) is ignored.
#pragma once

#include <QString>

#include <optional>

namespace pactesur::mailbox {

inline const QString kOutbox = QStringLiteral("outbox/");
inline const QString kAcks = QStringLiteral("acks/");
inline const QString kTemporary = QStringLiteral("tmp/");

// The largest package a round downloads.
constexpr qint64 kMaxPackageBytes = qint64(3) * 1024 * 1024 * 1024;
// The largest ack file a round reads.
constexpr qint64 kMaxAckBytes = 256 * 1024;

struct PackageName
{
    QString sender;
    qint64 sequence = 0;
    QString hash; // the first 16 hexadecimal digits of the file's BLAKE2b-256
};

QString outboxOf(const QString &replica);
QString ackOf(const QString &replica);
QString packageFileName(qint64 sequence, const QString &hash);
// Parses "outbox/<replica>/<sequence>-<hash>.pactesur"; anything else is not a package.
std::optional<PackageName> parsePackagePath(const QString &path);
// The hash that names a package file (empty when it cannot be read).
QString hashOfFile(const QString &path);

} // namespace pactesur::mailbox

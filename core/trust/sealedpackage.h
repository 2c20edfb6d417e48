// SPDX-License-Identifier: EUPL-1.2
// The signed and sealed package container (issue 14, package format 3): one file holding
//   "PACTESUR-SEALED\n" | version (u32, big-endian) | header length (u32) | header (JSON)
//   | Ed25519 signature of everything before it | ciphertext
// The header names the sender, its signing key, the recipients (each with the file key
// sealed to its X25519 key by crypto_box_seal), a per-sender sequence, the sender's roster
// serial and the BLAKE2b hash and size of the ciphertext: the SQLite package encrypted with
// XChaCha20-Poly1305 (crypto_secretstream) in 64 KiB chunks, the last one marked final.
// Opening checks, in this order: sizes and header bounds, the signer in the roster and not
// revoked, the signature, the ciphertext hash, then decrypts. Nothing of the SQLite package
// is read before all of it holds.
#pragma once

#include "trust/roster.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class QFile;

namespace pactesur {

class Database;
class Keyring;

class SealedPackage
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::SealedPackage)
public:
    static constexpr quint32 kVersion = 3;
    static constexpr qint64 kMaxHeaderBytes = 256 * 1024;
    static constexpr int kMaxRecipients = 1000;
    static constexpr int kMaxChannelLength = 32; // "mailbox", or empty for a file sent by hand
    static constexpr qint64 kChunkBytes = 64 * 1024;

    struct Recipient
    {
        QString replica;
        QByteArray boxKey;
    };
    // Encrypts the SQLite package at `plainPath` for the recipients and signs it, writing
    // the container to `containerPath`.
    // `channel` names a stream of packages with sequences of their own ("mailbox" for the
    // mailbox of issue 15); empty for a package made by hand.
    static Status seal(const Keyring &keyring, const QString &sender, qint64 sequence,
        qint64 rosterSerial, const QList<Recipient> &recipients, const QString &plainPath,
        const QString &containerPath, const QString &channel = {});
    // Checks the container at `containerPath` and decrypts it to `plainPath` (a file the
    // caller keeps in a private folder). Returns the signer as the roster knows it.
    static Result<RosterEntry> open(const Database &db, const Keyring &keyring,
        const QString &containerPath, const QString &plainPath);
    // What the signed header says, once its signature checked against the roster (the
    // ciphertext is neither hashed nor decrypted): whom the package is for, its sequence.
    struct Header
    {
        QString sender;
        qint64 sequence = -1;
        QString channel;
        QStringList recipients; // replica ids
        RosterEntry signer;
        QJsonObject json;
    };
    static Result<Header> inspect(const Database &db, const QString &path);
    // Whether a file starts as an unsigned SQLite package of an older version.
    static bool isPlainSqlite(const QString &path);

private:
    static Result<Header> readHeader(const Database &db, QFile &in, const QString &name);
};

} // namespace pactesur

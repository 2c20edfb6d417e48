// SPDX-License-Identifier: EUPL-1.2
// This replica's keys (issue 14): an Ed25519 key that signs its packages and an X25519 key
// that packages for it are sealed to, made with libsodium when the replica is set up. The
// secret halves live in a file of their own beside the database, readable by its owner
// only: no package, card, report, backup or restore holds them (a backup copies the
// database file alone).
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pactesur {

class Database;

struct PublicKeys
{
    QByteArray sign; // Ed25519, 32 bytes
    QByteArray box; // X25519, 32 bytes

    bool isValid() const;
    bool operator==(const PublicKeys &other) const = default;
    // What people read aloud to compare: 12 groups of 5 digits from a BLAKE2b hash of both
    // keys, as Signal's safety numbers.
    QString fingerprint() const;
    // The fingerprint without spaces, to compare what a person typed.
    static QString normalisedFingerprint(const QString &typed);
};

class Keyring
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Keyring)
public:
    Keyring(const Keyring &) = delete;
    Keyring &operator=(const Keyring &) = delete;
    Keyring(Keyring &&other) noexcept;
    ~Keyring();

    // The keys of the replica of this database, made on first use.
    static Result<std::unique_ptr<Keyring>> open(const Database &db);
    static QString pathFor(const Database &db);

    const PublicKeys &publicKeys() const { return m_public; }
    QByteArray sign(const QByteArray &message) const; // detached, 64 bytes
    // The key a sender sealed to this replica, or an empty array when it was not sealed
    // to this replica's key (or damaged).
    QByteArray openSealed(const QByteArray &sealed) const;

    static bool verify(
        const QByteArray &signature, const QByteArray &message, const QByteArray &signPublic);
    // libsodium initialised once; false when it cannot be.
    static bool ready();

private:
    Keyring() = default;
    PublicKeys m_public;
    QByteArray m_signSecret;
    QByteArray m_boxSecret;
};

} // namespace pactesur

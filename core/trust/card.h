// SPDX-License-Identifier: EUPL-1.2
// An identity card (issue 14): a replica's id, role, city and public keys, signed by its own
// signing key. A card proves nothing by itself: it is trusted when a person has compared
// its fingerprint with the owner's, by phone or in person, and enrolled it.
#pragma once

#include "trust/keyring.h"
#include "util/result.h"

#include <QCoreApplication>

namespace pactesur {

class Database;

struct Card
{
    QString replica;
    QString role; // coordinator / liaison
    QString city; // the liaison's city id
    PublicKeys keys;
};

class Cards
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Cards)
public:
    // This replica's card, as the bytes of a small JSON file.
    static Result<QByteArray> write(const Database &db);
    // Reads and checks a card (bounded size, every field, its self-signature).
    static Result<Card> read(const QByteArray &bytes);
    // The same from a file, and this replica's card saved to one (atomically): what the CLI
    // and the desktop app both do with cards.
    static Result<Card> readFile(const QString &path);
    static Status writeFile(const Database &db, const QString &path);
    static constexpr qsizetype kMaxBytes = 8192;
};

} // namespace pactesur

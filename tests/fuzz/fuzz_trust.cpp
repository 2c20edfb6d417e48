// SPDX-License-Identifier: EUPL-1.2
// Identity cards and the coordinator's roster, as files and packages bring them.
// A card Cards::read() accepts is whole: a replica id, a known role, a city exactly for a
// liaison, valid keys. Roster::adopt() either takes a roster or refuses it, and a refused
// roster changes nothing; every adoption runs in a transaction rolled back afterwards, so
// each input meets the same fixed replica (a liaison that enrolled the fixed coordinator).
// Byte 0 picks the reader; the rest is the file.
#include "fuzzsupport.h"

#include "store/database.h"
#include "trust/card.h"
#include "trust/roster.h"
#include "util/uuid.h"

#include <cstdint>

using namespace pactesur;

namespace {

void checkCard(const QByteArray &bytes)
{
    const Result<Card> card = Cards::read(bytes);
    if (!card)
        return;
    FUZZ_CHECK(bytes.size() <= Cards::kMaxBytes);
    FUZZ_CHECK(uuid::isValid(card->replica), card->replica);
    FUZZ_CHECK(card->keys.isValid());
    const bool liaison = card->role == QLatin1String("liaison");
    FUZZ_CHECK(liaison || card->role == QLatin1String("coordinator"), card->role);
    FUZZ_CHECK(liaison == !card->city.isEmpty(), card->city);
    (void)card->keys.fingerprint();
    (void)Roster::check(fuzz::fixedReplica(), card.value());
}

QString describe(const QList<RosterEntry> &entries)
{
    QStringList lines;
    for (const RosterEntry &entry : entries) {
        lines << entry.replica + QLatin1Char(' ') + entry.role + QLatin1Char(' ') + entry.city
                + QLatin1Char(' ') + QString::fromLatin1(entry.keys.sign.toHex())
                + QString::fromLatin1(entry.keys.box.toHex())
                + (entry.revoked ? QStringLiteral(" revoked") : QString());
    }
    return lines.join(QLatin1Char('\n'));
}

void checkRoster(const QByteArray &bytes)
{
    Database &db = fuzz::fixedReplica();
    const qint64 serialBefore = Roster::serial(db);
    const QList<RosterEntry> entriesBefore = Roster::list(db);
    const QString rosterBefore = describe(entriesBefore);
    {
        Transaction rolledBack(db);
        const Status adopted = Roster::adopt(db, QString::fromUtf8(bytes));
        if (!adopted) {
            // Refused: nothing of it was stored, even inside the transaction.
            FUZZ_CHECK(Roster::serial(db) == serialBefore);
            FUZZ_CHECK(describe(Roster::list(db)) == rosterBefore, QString::fromUtf8(bytes));
        } else {
            // Taken, or older than ours: keys never change under a known replica id, nor
            // its role, and a revocation stands.
            FUZZ_CHECK(Roster::serial(db) >= serialBefore);
            for (const RosterEntry &before : entriesBefore) {
                const std::optional<RosterEntry> after = Roster::find(db, before.replica);
                FUZZ_CHECK(after, before.replica);
                FUZZ_CHECK(after->keys == before.keys && after->role == before.role, before.replica);
                FUZZ_CHECK(!before.revoked || after->revoked, before.replica);
            }
        }
    }
    FUZZ_CHECK(Roster::serial(db) == serialBefore, QStringLiteral("the rollback kept the roster"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)fuzz::fixedReplica();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] % 2 == 0)
        checkCard(bytes);
    else
        checkRoster(bytes);
    return 0;
}

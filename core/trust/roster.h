// SPDX-License-Identifier: EUPL-1.2
// The roster (issue 14): the replicas this database trusts, each with its role, city, public
// keys and status. The coordinator keeps it (enrolling cards after comparing fingerprints,
// revoking lost keys) and every coordinator package carries it, signed with the package;
// a liaison enrols the coordinator's card once and learns everyone else from there.
#pragma once

#include "exchange/authority.h"
#include "trust/card.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pactesur {

class Database;

struct RosterEntry
{
    QString replica;
    QString role;
    QString city;
    PublicKeys keys;
    bool revoked = false;

    Principal principal() const
    {
        return {role, role == QLatin1String("liaison") ? city : QString()};
    }
};

class Roster
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Roster)
public:
    static QList<RosterEntry> list(const Database &db);
    static std::optional<RosterEntry> find(const Database &db, const QString &replica);
    // Grows with every enrolment and revocation at the coordinator.
    static qint64 serial(const Database &db);

    enum class Enrolled { Added, AlreadyThere };
    // Trusts a card whose fingerprint a person compared (`typedFingerprint`, when given,
    // must match it). A changed key for an enrolled replica is refused, never trusted.
    static Result<Enrolled> enrol(
        const Database &db, const Card &card, const QString &typedFingerprint = {});
    // Whether enrol() would take this card, fingerprint aside: the desktop app asks before
    // a person spends a phone call comparing the fingerprint of a card that cannot be enrolled.
    static Status check(const Database &db, const Card &card);
    // The coordinator withdraws its trust in a replica's keys (a lost laptop).
    static Status revoke(const Database &db, const QString &replicaOrPrefix);
    // This replica in its own roster, so that the coordinator's roster names it too.
    static Status enrolSelf(const Database &db);

    // The roster as a coordinator package carries it (serial and entries, JSON).
    static QString toJson(const Database &db);
    // Takes the roster of a package the coordinator signed, when newer than this one.
    static Status adopt(const Database &db, const QString &json);
    // Bounds of a roster read from a package (DESIGN.md section 7).
    static constexpr int kMaxEntries = 10000;
};

} // namespace pactesur

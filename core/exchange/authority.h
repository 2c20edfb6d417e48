// SPDX-License-Identifier: EUPL-1.2
// Who may write what (DESIGN.md section 5, rule 4). Whether a write is valid is a pure
// function of the write itself: its writer's principal (the coordinator, or the liaison of
// one city, bound to the writer's replica id for good), the record's owner (fixed when the
// record is created) and the field and value written. Every replica judges every write by
// this one function, the writer's own included, so no two replicas ever disagree on a write.
#pragma once

#include "exchange/packagerecord.h"
#include "exchange/recordstate.h"
#include "model/kinds.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace pactesur {

// Whom a replica speaks for. Bound once, when the replica is set up, and never changed.
struct Principal
{
    QString role; // "coordinator" or "liaison"; empty when the replica is unknown
    QString city; // the liaison's city id

    bool isKnown() const { return !role.isEmpty(); }
    bool isCoordinator() const { return role == QLatin1String("coordinator"); }
    bool operator==(const Principal &other) const = default;
    // What owner a record gets when this principal creates it and nothing else decides.
    QString defaultOwner() const { return isCoordinator() ? QStringLiteral("coordinator") : city; }
};

using Principals = QHash<QString, Principal>; // replica id -> principal

// Why a write is refused. Stored by name in the notices, so each reader sees the reason in
// their own language.
enum class Refusal {
    None,
    UnknownWriter, // no principal is known for the replica that wrote it
    NotOwnCity, // a liaison writing a record that is not its city's
    GivesAway, // a liaison naming another city in the field that tells a record's city
    ReviewOnly, // a liaison writing a review decision or a review note
    OwnerChanged, // a package giving a record held here another owner
    WrongOwner, // an owner that cannot own a record of this kind (a city owns itself only)
};

struct RefusedWrite
{
    QString field;
    FieldWrite write;
    Refusal why = Refusal::None;
};

class Authority
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Authority)
public:
    // Whether `writer` may write `value` into `field` of a record of `kind` owned by
    // `owner`. `field` may be "deleted".
    static Refusal check(const KindSpec &kind, const QString &owner, const QString &field,
        const QJsonValue &value, const Principal &writer);
    // The first write of a record state (registers, open conflicts included) that the rule
    // refuses, if any.
    static std::optional<RefusedWrite> firstRefused(
        const KindSpec &kind, const RecordState &state, const Principals &principals);
    // The reason as one translated clause ("a city liaison may only change ...").
    static QString describe(Refusal why);
    static QString name(Refusal why); // stable, untranslated: "not_own_city"
    static Refusal fromName(const QString &name);
    // Whether an owner can belong to a record of this kind with this id at all.
    static bool ownerFits(const KindSpec &kind, const QString &id, const QString &owner);
    // The first write of a package's record that the rule refuses, read from the row where
    // it can be (one write per field, the common case) and from its merge state otherwise.
    static std::optional<RefusedWrite> firstRefused(
        const PackageRecord &record, const Principals &principals);
    // The record state without the writes that the rule refuses; `dropped` names the fields
    // that lost a write. Writes of unknown replicas are kept: they cannot be judged here.
    static RecordState withoutRefusedWrites(const KindSpec &kind, const RecordState &state,
        const Principals &principals, QStringList *dropped = nullptr);
};

} // namespace pactesur

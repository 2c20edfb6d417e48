// SPDX-License-Identifier: EUPL-1.2
#include "authority.h"

#include "exchange/compactjson.h"
#include "exchange/packageformat.h"

#include <QSet>

namespace pactesur {

namespace {

bool isSheet(const KindSpec &kind)
{
    return kind.name == QLatin1String("sheets");
}

// The statuses a liaison moves its own sheet between: drafting and submitting (a withdrawal
// is back to draft). Every review decision is the coordinator's (issue 5).
bool liaisonMaySetStatus(const QJsonValue &value)
{
    return value.isNull() || value == QLatin1String("draft") || value == QLatin1String("submitted");
}

struct RefusalName
{
    Refusal why;
    const char *name;
};

constexpr RefusalName kNames[] = {
    {Refusal::UnknownWriter, "unknown_writer"},
    {Refusal::NotOwnCity, "not_own_city"},
    {Refusal::GivesAway, "gives_away"},
    {Refusal::ReviewOnly, "review_only"},
    {Refusal::OwnerChanged, "owner_changed"},
    {Refusal::WrongOwner, "wrong_owner"},
};

} // namespace

Refusal Authority::check(const KindSpec &kind, const QString &owner, const QString &field,
    const QJsonValue &value, const Principal &writer)
{
    if (writer.isCoordinator())
        return Refusal::None;
    if (!writer.isKnown())
        return Refusal::UnknownWriter;
    if (writer.city.isEmpty() || owner != writer.city)
        return Refusal::NotOwnCity;
    // A liaison's record stays its city's: naming another city in the field that tells a
    // record's city would hand the record over, which ownership does not allow.
    if (field == kind.ownerField && kind.ownerField != QLatin1String("id") && !value.isNull()
        && value.toString() != writer.city)
        return Refusal::GivesAway;
    if (isSheet(kind)) {
        if (field == QLatin1String("review_notes") && !value.isNull())
            return Refusal::ReviewOnly;
        if (field == QLatin1String("status") && !liaisonMaySetStatus(value))
            return Refusal::ReviewOnly;
    }
    return Refusal::None;
}

std::optional<RefusedWrite> Authority::firstRefused(
    const KindSpec &kind, const RecordState &state, const Principals &principals)
{
    for (auto it = state.registers.begin(); it != state.registers.end(); ++it) {
        for (const FieldWrite &write : *it) {
            const Refusal why
                = check(kind, state.owner, it.key(), write.value, principals.value(write.replica));
            if (why != Refusal::None)
                return RefusedWrite {it.key(), write, why};
        }
    }
    return std::nullopt;
}

QString Authority::describe(Refusal why)
{
    switch (why) {
    case Refusal::None:
        return {};
    case Refusal::UnknownWriter:
        return tr("it was written by a replica this database does not know");
    case Refusal::NotOwnCity:
        return tr("a city liaison may only change records of their own city");
    case Refusal::GivesAway:
        return tr("a city liaison may not hand a record over to another city");
    case Refusal::ReviewOnly:
        return tr("only the coordinator reviews practice sheets");
    case Refusal::OwnerChanged:
        return tr("the owner of a record never changes");
    case Refusal::WrongOwner:
        return tr("its owner cannot own a record of this kind");
    }
    return {};
}

QString Authority::name(Refusal why)
{
    for (const RefusalName &entry : kNames) {
        if (entry.why == why)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

Refusal Authority::fromName(const QString &name)
{
    for (const RefusalName &entry : kNames) {
        if (name == QLatin1String(entry.name))
            return entry.why;
    }
    return Refusal::None;
}

std::optional<RefusedWrite> Authority::firstRefused(
    const PackageRecord &record, const Principals &principals)
{
    const KindSpec &kind = *record.kind;
    const QString owner = record.owner();
    compactjson::Dots dots;
    const QString dotsText = record.row.at(6).toString();
    if (!record.conflicts.isEmpty() || !compactjson::readDots(dotsText, &dots))
        return firstRefused(kind, record.state(), principals);
    for (const compactjson::DotEntry &dot : dots) {
        const auto principal = principals.constFind(dot.replica.toString());
        // The coordinator may write anything: most writes need no more than this look-up.
        if (principal != principals.cend() && principal->isCoordinator())
            continue;
        const QString field = dot.field.toString();
        const qsizetype column
            = field == QLatin1String("deleted") ? 4 : package::columnOf(kind, field);
        const QVariant stored = record.row.value(column);
        QJsonValue value = QJsonValue::fromVariant(stored);
        if (stored.isNull())
            value = QJsonValue::Null;
        const Principal writer = principal != principals.cend() ? *principal : Principal();
        const Refusal why = check(kind, owner, field, value, writer);
        if (why != Refusal::None) {
            return RefusedWrite {field,
                FieldWrite {dot.replica.toString(), dot.counter, dot.at.toString(), value}, why};
        }
    }
    return std::nullopt;
}

bool Authority::ownerFits(const KindSpec &kind, const QString &id, const QString &owner)
{
    // A city owns itself; anything else belongs to a city or to the coordinator.
    if (kind.ownerField == QLatin1String("id"))
        return owner == id;
    return !owner.isEmpty();
}

RecordState Authority::withoutRefusedWrites(const KindSpec &kind, const RecordState &state,
    const Principals &principals, QStringList *dropped)
{
    RecordState result = state;
    QSet<QString> writersDropped;
    for (auto it = result.registers.begin(); it != result.registers.end();) {
        const QString field = it.key();
        const qsizetype removed = it->removeIf([&](const FieldWrite &write) {
            const auto principal = principals.constFind(write.replica);
            const bool refused = principal != principals.cend()
                && check(kind, state.owner, field, write.value, *principal) != Refusal::None;
            if (refused)
                writersDropped.insert(write.replica);
            return refused;
        });
        if (removed > 0 && dropped)
            *dropped << field;
        it = it->isEmpty() ? result.registers.erase(it) : std::next(it);
    }
    // The record has not seen a write that never counted: its vector keeps, for those
    // writers, only what their remaining writes show, as on the replicas that refused it.
    for (const QString &writer : writersDropped) {
        qint64 highest = 0;
        for (const QList<FieldWrite> &writes : std::as_const(result.registers)) {
            for (const FieldWrite &write : writes) {
                if (write.replica == writer)
                    highest = qMax(highest, write.counter);
            }
        }
        if (highest > 0)
            result.versionVector.insert(writer, highest);
        else
            result.versionVector.remove(writer);
    }
    return result;
}

} // namespace pactesur

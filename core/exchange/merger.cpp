// SPDX-License-Identifier: EUPL-1.2
#include "merger.h"

namespace pactesur {

namespace {

bool containsDot(const QList<FieldWrite> &writes, const FieldWrite &write)
{
    for (const FieldWrite &candidate : writes) {
        if (candidate.sameDot(write))
            return true;
    }
    return false;
}

bool sameRegisters(const RecordState &a, const RecordState &b)
{
    if (a.registers.keys() != b.registers.keys())
        return false;
    for (auto it = a.registers.begin(); it != a.registers.end(); ++it) {
        const QList<FieldWrite> &other = b.registers.value(it.key());
        if (it->size() != other.size())
            return false;
        for (const FieldWrite &write : *it) {
            if (!containsDot(other, write))
                return false;
        }
    }
    return true;
}

// Erasing a contact's personal data wins over any concurrent edit (DESIGN.md section 5).
void applyErasure(const KindSpec &kind, RecordState &state, QStringList &dropped)
{
    QList<FieldWrite> &deleted = state.registers[QStringLiteral("deleted")];
    bool erased = false;
    for (const FieldWrite &write : deleted)
        erased = erased || write.value.toInt() != 0;
    if (!erased)
        return;
    deleted.removeIf([](const FieldWrite &write) { return write.value.toInt() == 0; });
    for (const FieldSpec &field : kind.fields) {
        if (!field.personal || !state.registers.contains(field.name))
            continue;
        QList<FieldWrite> &writes = state.registers[field.name];
        if (writes.removeIf([](const FieldWrite &write) { return !write.value.isNull(); }) > 0)
            dropped << field.name;
        if (writes.isEmpty())
            state.registers.remove(field.name);
    }
}

} // namespace

MergeOutcome Merger::merge(const KindSpec &kind, const std::optional<RecordState> &local,
    const RecordState &incoming, const QStringList &untrustedLocal)
{
    MergeOutcome outcome;
    outcome.isNew = !local.has_value();
    const VersionVector localVector = local ? local->versionVector : VersionVector();
    const QMap<QString, QList<FieldWrite>> localRegisters
        = local ? local->registers : QMap<QString, QList<FieldWrite>>();

    RecordState &result = outcome.result;
    result.kind = incoming.kind;
    result.id = incoming.id;
    result.createdAt = local ? qMin(local->createdAt, incoming.createdAt) : incoming.createdAt;
    result.versionVector = versionvector::merged(localVector, incoming.versionVector);

    QStringList fields = localRegisters.keys();
    for (const QString &field : incoming.registers.keys()) {
        if (!fields.contains(field))
            fields << field;
    }
    for (const QString &field : fields) {
        const QList<FieldWrite> mine = localRegisters.value(field);
        const QList<FieldWrite> theirs = incoming.registers.value(field);
        QList<FieldWrite> kept;
        for (const FieldWrite &write : mine) {
            if (containsDot(theirs, write) || !versionvector::covers(incoming.versionVector, write))
                kept << write;
        }
        const bool trusted = !untrustedLocal.contains(field);
        for (const FieldWrite &write : theirs) {
            if (!containsDot(kept, write)
                && (!trusted || !versionvector::covers(localVector, write)))
                kept << write;
        }
        if (!kept.isEmpty())
            result.registers.insert(field, RecordState::collapseEqualValues(field, kept));
    }
    if (kind.name == QLatin1String("contacts"))
        applyErasure(kind, result, outcome.droppedByErasure);

    // The owner is fixed at creation (DESIGN.md section 5, rule 4): no write moves it. The
    // importer refuses a record whose owner differs from the one held here.
    result.owner = local ? local->owner : incoming.owner;

    for (auto it = result.registers.begin(); it != result.registers.end(); ++it) {
        if (it->size() > 1 && localRegisters.value(it.key()).size() <= 1)
            outcome.newConflicts << it.key();
    }
    outcome.changed = !local || !sameRegisters(*local, result)
        || local->versionVector != result.versionVector || local->owner != result.owner
        || local->createdAt != result.createdAt;
    return outcome;
}

} // namespace pactesur

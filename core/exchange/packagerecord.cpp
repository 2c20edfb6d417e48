// SPDX-License-Identifier: EUPL-1.2
#include "packagerecord.h"

#include "exchange/statestore.h"

namespace pactesur {

namespace {

// The column of a field in package::columns() order, without building that list.
qsizetype columnOf(const KindSpec &kind, const QString &field)
{
    qsizetype column = 7; // id, owner, created_at, updated_at, deleted, vv, dots
    for (const FieldSpec &spec : kind.fields) {
        if (spec.type == FieldType::Blob)
            continue;
        if (spec.name == field)
            return column;
        ++column;
    }
    return -1;
}

} // namespace

QString PackageRecord::text(const QString &field) const
{
    // As RecordState::shown(field).toString(): a number or a null shows no text.
    const QVariant value = row.value(columnOf(*kind, field));
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

RecordState PackageRecord::state() const
{
    RecordState state = StateStore::fromRow(*kind, row);
    for (auto it = conflicts.begin(); it != conflicts.end(); ++it)
        state.registers.insert(it.key(), it.value());
    return state;
}

} // namespace pactesur

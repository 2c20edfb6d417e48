// SPDX-License-Identifier: EUPL-1.2
#include "packagerecord.h"

#include "exchange/packageformat.h"
#include "exchange/statestore.h"

namespace pactesur {

QString PackageRecord::text(const QString &field) const
{
    // As RecordState::shown(field).toString(): a number or a null shows no text.
    const QVariant value = row.value(package::columnOf(*kind, field));
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

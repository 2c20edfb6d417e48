// SPDX-License-Identifier: EUPL-1.2
// Merges one incoming record into the local one: pure, so every rule is testable alone.
#pragma once

#include "exchange/recordstate.h"
#include "model/kinds.h"

#include <QStringList>

#include <optional>

namespace pactesur {

struct MergeOutcome
{
    RecordState result;
    bool isNew = false; // nothing local before
    bool changed = false; // the local record differs afterwards
    QStringList newConflicts; // fields in conflict now that were not before
    QStringList droppedByErasure; // fields whose concurrent edit an erasure overruled
};

class Merger
{
public:
    // Keeps each write the other side has not seen and drops the writes it has seen and
    // replaced; more than one survivor is a conflict. Commutative, associative, idempotent.
    // `untrustedLocal` names fields whose local register lost a write the ownership rule
    // refuses (made by an older version): what that write replaced is unknown, so the
    // incoming writes of those fields are kept even where the local vector covers them.
    static MergeOutcome merge(const KindSpec &kind, const std::optional<RecordState> &local,
        const RecordState &incoming, const QStringList &untrustedLocal = {});
};

} // namespace pactesur

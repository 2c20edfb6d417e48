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
    static MergeOutcome merge(
        const KindSpec &kind, const std::optional<RecordState> &local, const RecordState &incoming);
};

} // namespace pactesur

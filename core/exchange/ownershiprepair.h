// SPDX-License-Identifier: EUPL-1.2
// The migration to schema 4 (issue 12): older versions rewrote a record's owner whenever
// someone edited it, so replicas came to judge the same write differently. This gives each
// record back the owner it had at creation, derived from its creation dot and the creator's
// principal, and tells the user of this replica's own writes that the rule now refuses.
#pragma once

#include "exchange/authority.h"
#include "util/result.h"

#include <optional>

namespace pactesur {

class Database;

struct OwnershipRepairReport
{
    int ownersRestored = 0;
    int refusedOwnWrites = 0; // noticed in the inbox
};

class OwnershipRepair
{
public:
    // Runs inside the migration's transaction.
    static Result<OwnershipRepairReport> run(Database &db);
    // The owner a record got when it was created, told from its creation writes (one dot,
    // stamped at its creation time, on each field nobody changed since) and the creator's
    // principal; nothing when that cannot be told.
    static std::optional<QString> creationOwner(
        const KindSpec &kind, const RecordState &state, const Principals &principals);
};

} // namespace pactesur

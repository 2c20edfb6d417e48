// SPDX-License-Identifier: EUPL-1.2
// The judgement of one package record, made alike by both passes of an import: the first
// counts and lists what would change, the second writes it. The second pass judging again,
// rather than keeping every record's outcome from the first, is what keeps an import's
// memory bounded whatever the size of the package (issue 17).
#pragma once

#include "exchange/authority.h"
#include "exchange/merger.h"
#include "exchange/packagerecord.h"
#include "exchange/recordstate.h"
#include "trust/roster.h"

#include <optional>

namespace pactesur {

class LocalStates;
class UnchangedRecords;

struct Verdict
{
    enum class Outcome {
        Refused, // a write its writer or the package's signer may not make
        Unchanged, // nothing the local record does not already hold
        TakenAsItIs, // new here, stored exactly as the package holds it
        Merged, // merged into (or created from) a state: `merge` says how
    };
    Outcome outcome = Outcome::Unchanged;
    RefusedWrite refusal; // when Refused
    std::optional<RecordState> existing; // when Merged: the local record before
    MergeOutcome merge; // when Merged
};

class ImportJudge
{
public:
    // `shortcuts` allows telling new and unchanged records from their rows alone (see
    // Importer::Options::mergeEveryRecord); the judgement is the same either way.
    ImportJudge(LocalStates &local, const Principals &principals, const RosterEntry &signer,
        bool shortcuts);
    // `unchanged`, when given, tells unchanged records without merging them (first pass).
    Verdict judge(const PackageRecord &incoming, UnchangedRecords *unchanged = nullptr);

private:
    LocalStates &m_local;
    const Principals &m_principals;
    const RosterEntry &m_signer;
    bool m_shortcuts;
};

} // namespace pactesur

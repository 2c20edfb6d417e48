// SPDX-License-Identifier: EUPL-1.2
#include "importjudge.h"

#include "exchange/statestore.h"
#include "exchange/unchangedrecords.h"

namespace pactesur {

namespace {

// The first reason to refuse a package's record (DESIGN.md section 5, rule 4): an owner
// that does not fit, an owner other than the one held here, or a write its writer may not
// make. The same record is refused alike by every replica.
std::optional<RefusedWrite> refusalOf(const PackageRecord &incoming,
    const std::optional<QString> &localOwner, const Principals &principals)
{
    const KindSpec &kind = *incoming.kind;
    if (!Authority::ownerFits(kind, incoming.id(), incoming.owner()))
        return RefusedWrite {QStringLiteral("owner"), {}, Refusal::WrongOwner};
    if (localOwner && *localOwner != incoming.owner())
        return RefusedWrite {QStringLiteral("owner"), {}, Refusal::OwnerChanged};
    return Authority::firstRefused(incoming, principals);
}

// A city's signed package changes only that city's records, whatever its rows say of who
// wrote them (issue 14): a liaison cannot vouch for writes relayed from anyone else.
bool signerMayChange(const RosterEntry &signer, const QString &owner)
{
    return signer.role == QLatin1String("coordinator") || owner == signer.city;
}

Verdict refused(const RefusedWrite &why)
{
    Verdict verdict;
    verdict.outcome = Verdict::Outcome::Refused;
    verdict.refusal = why;
    return verdict;
}

Verdict refusedBySigner(const RosterEntry &signer)
{
    return refused(
        {QStringLiteral("owner"), FieldWrite {signer.replica, 0, {}, {}}, Refusal::NotOwnCity});
}

} // namespace

ImportJudge::ImportJudge(
    LocalStates &local, const Principals &principals, const RosterEntry &signer, bool shortcuts)
    : m_local(local)
    , m_principals(principals)
    , m_signer(signer)
    , m_shortcuts(shortcuts)
{ }

Verdict ImportJudge::judge(const PackageRecord &incoming, UnchangedRecords *unchanged)
{
    if (m_shortcuts && m_local.takesAsItIs(incoming)) {
        if (const auto refusal = refusalOf(incoming, std::nullopt, m_principals))
            return refused(*refusal);
        if (!signerMayChange(m_signer, incoming.owner()))
            return refusedBySigner(m_signer);
        Verdict verdict;
        verdict.outcome = Verdict::Outcome::TakenAsItIs;
        return verdict;
    }
    if (m_shortcuts && unchanged && unchanged->surelyUnchangedBy(incoming))
        return {};
    Verdict verdict;
    verdict.existing = m_local.loadFor(incoming);
    const std::optional<QString> localOwner
        = verdict.existing ? std::optional<QString>(verdict.existing->owner) : std::nullopt;
    if (const auto refusal = refusalOf(incoming, localOwner, m_principals))
        return refused(*refusal);
    verdict.merge = Merger::merge(
        *incoming.kind, verdict.existing, incoming.state(), m_local.untrustedFields(incoming.id()));
    if (!verdict.merge.changed)
        return {};
    if (!signerMayChange(m_signer, verdict.merge.result.owner))
        return refusedBySigner(m_signer);
    verdict.outcome = Verdict::Outcome::Merged;
    return verdict;
}

} // namespace pactesur

// SPDX-License-Identifier: EUPL-1.2
// The end checks of a convergence scenario: every replica holds the same state (digest,
// open conflicts, owner of every record), owners are those of creation, a re-import
// changes nothing, and every write is still there or was knowingly replaced.
#include "convergencescenario.h"

#include "exchange/statestore.h"
#include "exchangeharness.h"
#include "store/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace pactesur::test {

QString ConvergenceScenario::checkConverged()
{
    // The digest covers every replicated column; owners and open conflicts are also compared
    // one by one, so that a digest blind to them would not hide a difference, and so that a
    // failure names the record.
    const auto ownersOf = [](TestReplica &at) {
        QMap<QString, QString> owners;
        for (const QString &table : Kinds::replicatedTables()) {
            QSqlQuery query(at.db().sql());
            query.exec(QStringLiteral("SELECT id, owner FROM %1").arg(table));
            while (query.next())
                owners.insert(table + QLatin1Char(' ') + query.value(0).toString(),
                    query.value(1).toString());
        }
        return owners;
    };
    const auto conflictsOf = [](TestReplica &at) {
        QMap<QString, QString> conflicts;
        QSqlQuery query(at.db().sql());
        query.exec(
            QStringLiteral("SELECT record_kind, record_id, field, candidates FROM conflict"));
        while (query.next())
            conflicts.insert(query.value(0).toString() + QLatin1Char(' ')
                    + query.value(1).toString() + QLatin1Char(' ') + query.value(2).toString(),
                query.value(3).toString());
        return conflicts;
    };
    const auto firstDifference
        = [](const QMap<QString, QString> &mine, const QMap<QString, QString> &reference) {
              for (auto it = reference.begin(); it != reference.end(); ++it) {
                  if (mine.value(it.key(), QStringLiteral("(none)")) != it.value())
                      return it.key();
              }
              for (auto it = mine.begin(); it != mine.end(); ++it) {
                  if (!reference.contains(it.key()))
                      return it.key();
              }
              return QString();
          };
    const QMap<QString, QString> owners = ownersOf(*m_replicas[0]);
    const QMap<QString, QString> conflicts = conflictsOf(*m_replicas[0]);
    const QString digest = m_replicas[0]->digest();
    for (int r = 1; r < m_plan.replicas; ++r) {
        const QMap<QString, QString> mine = ownersOf(*m_replicas[r]);
        if (const QString key = firstDifference(mine, owners); !key.isEmpty()) {
            return QStringLiteral("%1 did not converge: %2 has owner %3 there, %4 on r0")
                .arg(describe(r), describeRecord(key), describeOwner(mine.value(key)),
                    describeOwner(owners.value(key)));
        }
        const QMap<QString, QString> open = conflictsOf(*m_replicas[r]);
        if (const QString key = firstDifference(open, conflicts); !key.isEmpty()) {
            return QStringLiteral("%1 did not converge: open conflict %2 is %3 there, %4 on r0")
                .arg(describe(r),
                    describeRecord(key.section(QLatin1Char(' '), 0, 1)) + QLatin1Char(' ')
                        + key.section(QLatin1Char(' '), 2),
                    open.value(key, QStringLiteral("(none)")),
                    conflicts.value(key, QStringLiteral("(none)")));
        }
        if (m_replicas[r]->digest() != digest) {
            return QStringLiteral("%1 did not converge: same owners and open conflicts as r0, "
                                  "different state digest")
                .arg(describe(r));
        }
    }
    return {};
}

QString ConvergenceScenario::checkOwners()
{
    // The owner is fixed at creation: no edit, revive, undo or merge changes it.
    RecordStore store = m_replicas[0]->store();
    for (const Tracked &record : m_records) {
        const std::optional<Record> stored = store.get(*record.kind, record.id);
        if (stored && stored->owner != record.owner) {
            return QStringLiteral("%1 was created with owner %2 and has owner %3 in the end")
                .arg(record.label, describeOwner(record.owner), describeOwner(stored->owner));
        }
    }
    return {};
}

QString ConvergenceScenario::checkReimport()
{
    const QString digest = m_replicas[0]->digest();
    const QString last = m_replicas[0]->exportPackage(nullptr);
    for (int r = 0; r < m_plan.replicas; ++r) {
        Result<ImportReport> again = m_replicas[r]->importPackage(last);
        if (!again || again->created + again->updated != 0 || m_replicas[r]->digest() != digest)
            return QStringLiteral("re-importing r0's full package changed %1").arg(describe(r));
    }
    return {};
}

// A write of a contact's personal data, or one keeping the contact, that had not seen an
// erasure of it is dropped when they meet: erasure wins (DESIGN.md section 5, rule 3).
bool ConvergenceScenario::droppedByErasure(const LoggedWrite &write) const
{
    if (write.record->kind->name != QLatin1String("contacts"))
        return false;
    const FieldSpec *field = write.record->kind->field(write.field);
    const bool erasable = write.field == QLatin1String("deleted")
        ? write.value.toInt() == 0
        : field && field->personal && !write.value.isNull();
    if (!erasable)
        return false;
    return std::any_of(m_log.begin(), m_log.end(), [&write](const LoggedWrite &erasure) {
        return erasure.record == write.record && erasure.field == QLatin1String("deleted")
            && erasure.value.toInt() != 0 && write.before.value(erasure.replica) < erasure.counter;
    });
}

// Every write is still there (shown or in conflict), or was replaced knowingly: a later
// write of the same field, made by someone who had seen it, is itself accounted for; or an
// erasure dropped it. Two concurrent writes of one value are one value (the merge keeps one
// of them, RecordState::collapseEqualValues): either accounts for the other, and survivors
// are compared by value. A search over those links; `visited` holds the writes seen.
bool ConvergenceScenario::accounted(
    int index, const QList<FieldWrite> &survivors, QSet<int> &visited) const
{
    if (visited.contains(index))
        return false;
    visited.insert(index);
    const LoggedWrite &write = m_log.at(index);
    if (droppedByErasure(write))
        return true;
    for (const FieldWrite &kept : survivors) {
        if (kept.value == write.value
            || (kept.replica == write.replica && kept.counter == write.counter))
            return true;
    }
    const auto sawWrite = [](const LoggedWrite &later, const LoggedWrite &earlier) {
        return later.before.value(earlier.replica) >= earlier.counter;
    };
    for (int other = 0; other < m_log.size(); ++other) {
        const LoggedWrite &peer = m_log.at(other);
        if (peer.record != write.record || peer.field != write.field
            || (peer.replica == write.replica && peer.counter == write.counter))
            continue;
        const bool replacedIt = sawWrite(peer, write);
        const bool sameValue = peer.value == write.value && !replacedIt && !sawWrite(write, peer);
        if ((replacedIt || sameValue) && accounted(other, survivors, visited))
            return true;
    }
    return false;
}

QString ConvergenceScenario::checkNothingLost()
{
    for (int i = 0; i < m_log.size(); ++i) {
        const LoggedWrite &write = m_log.at(i);
        const RecordState state
            = *StateStore::load(m_replicas[0]->db(), *write.record->kind, write.record->id);
        QSet<int> visited;
        if (!accounted(i, state.registers.value(write.field), visited)) {
            return QStringLiteral("lost write %1:%2 of %3 %4 = %5")
                .arg(m_names.value(write.replica))
                .arg(write.counter)
                .arg(write.record->label, write.field, write.value.toVariant().toString());
        }
    }
    return {};
}

QString ConvergenceScenario::describe(int r) const
{
    return QStringLiteral("r%1(%2)").arg(r).arg(
        r == 0 ? QStringLiteral("coordinator") : m_citySlugs.value(r - 1));
}

QString ConvergenceScenario::describeOwner(const QString &owner) const
{
    return m_cityIdToSlug.value(owner, owner);
}

QString ConvergenceScenario::describeRecord(const QString &tableAndId) const
{
    const QString id = tableAndId.section(QLatin1Char(' '), 1);
    for (const Tracked &record : m_records) {
        if (record.id == id)
            return record.label;
    }
    return tableAndId;
}

} // namespace pactesur::test

// SPDX-License-Identifier: EUPL-1.2
// One random scenario of the exchange property test: a coordinator and 3 to 5 city
// liaisons write, delete, revive, resolve conflicts, undo merged edits and exchange
// packages (deltas, full ones, duplicates, stale and out of order); afterwards a full
// exchange must leave every replica with the same state and no write lost.
#pragma once

#include "exchange/recordstate.h"
#include "model/kinds.h"
#include "store/recordstore.h"
#include "store/replica.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace pactesur::test {

class TestReplica;

// One step. Its numbers pick among what exists when the step runs (modulo what there is;
// the step is skipped when there is nothing), so that any sub-list of a scenario's steps
// is still a scenario: what shrinking a failing one needs.
struct ScenarioStep
{
    enum class Type {
        Create, // a record of the actor (an activity, a sheet or a contact)
        Edit, // one field of a record, a city's included
        Remove, // a tombstone; for a contact, the erasure of its personal data
        Revive, // restore() or revive() of a deleted record
        Resolve, // an open conflict, keeping one of its values or writing a new one
        Undo, // writes back the value a field had before an import changed it
        Send, // a package to a peer, imported at once
        Hold, // a package made now and delivered later, if ever (by Deliver)
        Deliver, // any package made so far, again, late or out of order
        DeleteVsEdit, // the coordinator deletes a city's record while the city edits it,
        EditVsEdit, // or both edit the same field; often one side's package follows
    };
    Type type = Type::Create;
    int replica = 0; // who acts; for Deliver, who imports
    quint32 a = 0;
    quint32 b = 0;
    quint32 c = 0;
};

struct ScenarioPlan
{
    quint32 seed = 0;
    int replicas = 0; // r0 is the coordinator, the others liaisons of one city each
    QList<ScenarioStep> steps;

    static ScenarioPlan generate(quint32 seed);
    QList<int> allSteps() const;
};

class ConvergenceScenario
{
public:
    // The replicas' databases and packages go to `folder`, which should be empty.
    ConvergenceScenario(const ScenarioPlan &plan, const QString &folder);
    ~ConvergenceScenario();

    // Runs these steps of the plan (indices, ascending), then the final exchange and the
    // checks. Returns the first problem found, or an empty string.
    QString run(const QList<int> &steps);
    // One line per step run, saying what it did ("r2(riga): edit activities #1 ...").
    const QStringList &trace() const { return m_trace; }

private:
    // A record the scenario created, or the city of one of its liaisons.
    struct Tracked
    {
        const KindSpec *kind = nullptr;
        QString id;
        QString owner; // as created, and so for ever (DESIGN.md section 5, rule 4)
        QString label; // "activities #2", "cities riga"
    };
    struct LoggedWrite
    {
        const Tracked *record = nullptr;
        QString field;
        QJsonValue value;
        QString replica;
        qint64 counter = 0;
        VersionVector before; // what the writer had seen of the record when writing
    };
    // A field an import changed, and its value before: what an undo writes back.
    struct UndoEntry
    {
        int record = 0; // in m_records
        QString field; // "deleted" for a delete or a revival the import brought
        QString oldText; // as typed into a form
        bool wasDeleted = false;
    };
    struct Package
    {
        QString path;
        QString label; // "package #3 (r1(vilnius) -> r2, delta)"
        QSet<int> recipients; // the replicas it is sealed to
    };

    void setUp();
    // Each returns its line of the trace. Replicas are indices: 0 is the coordinator.
    QString perform(const ScenarioStep &step);
    QString create(int r, const ScenarioStep &step);
    QString edit(int r, const ScenarioStep &step);
    QString remove(int r, const ScenarioStep &step);
    QString revive(int r, const ScenarioStep &step);
    QString resolve(int r, const ScenarioStep &step);
    QString undo(int r, const ScenarioStep &step);
    QString concurrentWrites(const ScenarioStep &step, bool remove);
    QString send(int from, int to, bool full);
    int makePackage(int from, int to); // to < 0: a full package
    QString deliver(int package, int to);
    int sendTarget(const ScenarioStep &step) const;

    // The write path's answer, as a suffix of the trace line (empty when it wrote).
    QString applyEdit(int r, const Tracked &record, const TextValues &values);
    QString applyRemove(int r, const Tracked &record);
    // A record held at r, deleted or not, of the kind kindNumber picks (or the next kind).
    const Tracked *pickRecord(int r, const QList<const KindSpec *> &kinds, quint32 kindNumber,
        quint32 number, bool deleted,
        const std::function<bool(const Tracked &)> &usable = {}) const;
    // A liaison may change only the records its city created (DESIGN.md section 5, rule 4).
    bool writeAccepted(int r, const Tracked &record);
    void logWrite(
        int r, const Tracked &record, const QStringList &fields, const VersionVector &before);
    void fail(const QString &problem);

    bool undoFollows() const;
    QHash<int, Record> snapshot(int r) const;
    QList<UndoEntry> importChanges(
        const QHash<int, Record> &before, const QHash<int, Record> &after) const;

    QString checkConverged();
    QString checkOwners();
    QString checkReimport();
    QString checkNothingLost();
    bool accounted(int index, const QList<FieldWrite> &survivors, QSet<int> &visited) const;
    bool droppedByErasure(const LoggedWrite &write) const;

    QString describe(int r) const;
    QString describeOwner(const QString &owner) const;
    QString describeRecord(const QString &tableAndId) const;

    const ScenarioPlan &m_plan;
    QString m_folder;
    std::vector<std::unique_ptr<TestReplica>> m_replicas;
    QList<Identity> m_identities;
    QHash<QString, QString> m_names; // replica id -> "r2"
    QStringList m_citySlugs; // of r1, r2, ...
    QHash<QString, QString> m_cityIdToSlug;
    std::deque<Tracked> m_records; // a deque: the log points into it
    QList<LoggedWrite> m_log;
    QList<Package> m_packages;
    QHash<int, QList<UndoEntry>> m_undo; // replica -> what its last import changed
    QList<int> m_steps;
    qsizetype m_position = 0;
    QStringList m_trace;
    QString m_problem;
};

} // namespace pactesur::test

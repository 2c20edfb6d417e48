// SPDX-License-Identifier: EUPL-1.2
#include "convergencescenario.h"

#include "exchange/statestore.h"
#include "exchangeharness.h"
#include "store/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <random>

namespace pactesur::test {

namespace {

using Type = ScenarioStep::Type;

// Few values, so that concurrent writes often agree and the merge's "same value, one
// value" rule is exercised as much as real conflicts.
const QStringList &words()
{
    static const QStringList list = {QStringLiteral("alpha"), QStringLiteral("beta"),
        QStringLiteral("gamma"), QStringLiteral("delta")};
    return list;
}

const QStringList &cityPool()
{
    static const QStringList list = {QStringLiteral("vilnius"), QStringLiteral("riga"),
        QStringLiteral("tallinn"), QStringLiteral("gdansk"), QStringLiteral("turin")};
    return list;
}

template<typename List>
auto pick(const List &list, quint32 number)
{
    return list.at(qsizetype(number % quint32(list.size())));
}

// Activities have no owner field: their owner is who created them, which an edit by
// someone else (the coordinator) must not change. They come twice in these lists, to be
// picked more often. Sheets and contacts name their city.
const QList<const KindSpec *> &createdKinds()
{
    static const QList<const KindSpec *> kinds
        = {&Kinds::get(QStringLiteral("activities")), &Kinds::get(QStringLiteral("sheets")),
            &Kinds::get(QStringLiteral("activities")), &Kinds::get(QStringLiteral("contacts"))};
    return kinds;
}

const QList<const KindSpec *> &editedKinds()
{
    static const QList<const KindSpec *> kinds
        = createdKinds() + QList<const KindSpec *> {&Kinds::get(QStringLiteral("cities"))};
    return kinds;
}

QStringList editedFields(const KindSpec &kind)
{
    if (kind.name == QLatin1String("activities"))
        return {QStringLiteral("title"), QStringLiteral("place"), QStringLiteral("description"),
            QStringLiteral("status")};
    if (kind.name == QLatin1String("sheets"))
        return {QStringLiteral("summary"), QStringLiteral("title")};
    if (kind.name == QLatin1String("contacts"))
        return {QStringLiteral("name"), QStringLiteral("function"), QStringLiteral("legal_basis")};
    return {QStringLiteral("notes"), QStringLiteral("police_force")};
}

QString valueFor(const KindSpec &kind, const QString &field, quint32 number)
{
    const FieldSpec *spec = kind.field(field);
    return pick(spec && spec->type == FieldType::Choice ? spec->choices : words(), number);
}

QStringList personalFields(const KindSpec &kind)
{
    QStringList fields;
    for (const FieldSpec &field : kind.fields) {
        if (field.personal)
            fields << field.name;
    }
    return fields;
}

VersionVector vectorOf(TestReplica &at, const KindSpec &kind, const QString &id)
{
    const std::optional<RecordState> state = StateStore::load(at.db(), kind, id);
    return state ? state->versionVector : VersionVector();
}

QString describeValues(const TextValues &values)
{
    QStringList parts;
    for (auto it = values.begin(); it != values.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QStringLiteral(", "));
}

QString refused(const Status &status)
{
    return QStringLiteral(" -> refused (%1)").arg(status.error().message);
}

} // namespace

ScenarioPlan ScenarioPlan::generate(quint32 seed)
{
    std::mt19937 random(seed);
    const auto below
        = [&random](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    ScenarioPlan plan;
    plan.seed = seed;
    plan.replicas = 4 + below(3);
    // Out of 100; first records are made and sent to the coordinator, then changed by
    // everyone. A package costs about ten writes: not too many of them.
    static const std::pair<Type, int> early[] = {{Type::Create, 35}, {Type::Edit, 15},
        {Type::Remove, 4}, {Type::Revive, 2}, {Type::Resolve, 1}, {Type::Undo, 2}, {Type::Send, 25},
        {Type::Hold, 3}, {Type::Deliver, 5}, {Type::DeleteVsEdit, 3}, {Type::EditVsEdit, 5}};
    static const std::pair<Type, int> late[]
        = {{Type::Create, 8}, {Type::Edit, 24}, {Type::Remove, 7}, {Type::Revive, 6},
            {Type::Resolve, 10}, {Type::Undo, 8}, {Type::Send, 10}, {Type::Hold, 3},
            {Type::Deliver, 6}, {Type::DeleteVsEdit, 8}, {Type::EditVsEdit, 10}};
    const int count = 10 + below(17);
    for (int i = 0; i < count; ++i) {
        ScenarioStep step;
        int roll = below(100);
        for (const auto &[type, weight] : i < count * 2 / 5 ? early : late) {
            if (roll < weight) {
                step.type = type;
                break;
            }
            roll -= weight;
        }
        // The coordinator makes a good share of the changes, most of them to the cities'
        // records: those are the writes whose ownership is easy to get wrong.
        const bool writes = step.type != Type::Create && step.type != Type::Send
            && step.type != Type::Hold && step.type != Type::Deliver;
        step.replica = writes && below(5) < 2 ? 0 : below(plan.replicas);
        step.a = random();
        step.b = random();
        step.c = random();
        plan.steps << step;
    }
    return plan;
}

QList<int> ScenarioPlan::allSteps() const
{
    QList<int> indices(steps.size());
    std::iota(indices.begin(), indices.end(), 0);
    return indices;
}

ConvergenceScenario::ConvergenceScenario(const ScenarioPlan &plan, const QString &folder)
    : m_plan(plan)
    , m_folder(folder)
{ }

ConvergenceScenario::~ConvergenceScenario() = default;

void ConvergenceScenario::setUp()
{
    // Replica ids from the seed: a replay elsewhere breaks ties between concurrent writes
    // the same way, and another seed another way.
    const auto add = [this](const QString &role) {
        const QString name = QStringLiteral("r%1").arg(m_replicas.size());
        m_replicas.push_back(std::make_unique<TestReplica>(
            name, role, m_folder, QStringLiteral("%1/%2").arg(m_plan.seed).arg(name)));
        m_identities << m_replicas.back()->store().identity();
        m_names.insert(m_replicas.back()->replicaId(), name);
    };
    add(QStringLiteral("coordinator"));
    const KindSpec &cities = Kinds::get(QStringLiteral("cities"));
    for (int i = 1; i < m_plan.replicas; ++i) {
        const QString slug = cityPool().at(i - 1);
        add(slug);
        m_citySlugs << slug;
        // A city's record is the city's own (the seed made it), written by steps too.
        const QString id = m_identities.back().cityId;
        m_cityIdToSlug.insert(id, slug);
        m_records.push_back(Tracked {&cities, id, id, QStringLiteral("cities ") + slug});
    }
    // Every liaison and the coordinator trust each other's keys, as after comparing
    // fingerprints (issue 14); the cities learn each other from the coordinator's roster.
    for (int i = 1; i < m_plan.replicas; ++i)
        m_replicas[size_t(i)]->enrolWith(*m_replicas[0]);
}

QString ConvergenceScenario::run(const QList<int> &steps)
{
    setUp();
    m_steps = steps;
    for (m_position = 0; m_position < m_steps.size(); ++m_position) {
        const int index = m_steps.at(m_position);
        m_trace << QStringLiteral("step %1: %2").arg(index).arg(perform(m_plan.steps.at(index)));
        if (!m_problem.isEmpty())
            return QStringLiteral("step %1: %2").arg(index).arg(m_problem);
    }
    // Full exchange: everyone to the coordinator, then the coordinator to everyone. Deltas
    // only: one that missed a write would leave a replica behind, which the checks see.
    for (int i = 1; i < m_plan.replicas; ++i)
        send(i, 0, false);
    for (int i = 1; i < m_plan.replicas; ++i)
        send(0, i, false);
    if (!m_problem.isEmpty())
        return QStringLiteral("final exchange: ") + m_problem;
    for (const auto check :
        {&ConvergenceScenario::checkConverged, &ConvergenceScenario::checkOwners,
            &ConvergenceScenario::checkReimport, &ConvergenceScenario::checkNothingLost}) {
        if (const QString problem = (this->*check)(); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString ConvergenceScenario::perform(const ScenarioStep &step)
{
    const int r = step.replica % m_plan.replicas;
    switch (step.type) {
    case Type::Create:
        return create(r, step);
    case Type::Edit:
        return edit(r, step);
    case Type::Remove:
        return remove(r, step);
    case Type::Revive:
        return revive(r, step);
    case Type::Resolve:
        return resolve(r, step);
    case Type::Undo:
        return undo(r, step);
    case Type::Send:
        return send(r, sendTarget(step), step.b % 3 == 0);
    case Type::Hold: {
        const bool full = step.b % 3 == 0;
        const int package = makePackage(r, full ? -1 : sendTarget(step));
        return m_packages.at(package).label + QStringLiteral(", held back");
    }
    case Type::Deliver:
        if (m_packages.isEmpty())
            return describe(r) + QStringLiteral(": no package to replay yet, skipped");
        // Counted back from the latest, so that dropping an earlier step while shrinking
        // leaves the package this step replays the same.
        return deliver(int(m_packages.size() - 1 - step.a % quint32(m_packages.size())), r);
    case Type::DeleteVsEdit:
        return concurrentWrites(step, true);
    case Type::EditVsEdit:
        return concurrentWrites(step, false);
    }
    return {};
}

int ConvergenceScenario::sendTarget(const ScenarioStep &step) const
{
    // A liaison's packages are sealed to the coordinator (issue 14): the coordinator is the
    // hub; its own go to any city. (A stale one delivered elsewhere is refused: deliver().)
    const int r = step.replica % m_plan.replicas;
    if (r != 0)
        return 0;
    return 1 + int(step.a / 2 % quint32(m_plan.replicas - 1));
}

QString ConvergenceScenario::create(int r, const ScenarioStep &step)
{
    RecordStore store = m_replicas[r]->store();
    const Identity &identity = m_identities.at(r);
    const KindSpec &kind = *pick(createdKinds(), step.a);
    const QString city = identity.isCoordinator() ? pick(m_citySlugs, step.c) : identity.citySlug;
    const QString word = pick(words(), step.b);
    TextValues values;
    if (kind.name == QLatin1String("activities")) {
        // Hosted elsewhere now and then: the host is not the owner.
        values = {{QStringLiteral("kind"), QStringLiteral("workshop")},
            {QStringLiteral("title"), word},
            {QStringLiteral("start"),
                QStringLiteral("2025-%1-%2")
                    .arg(1 + step.b % 12, 2, 10, QLatin1Char('0'))
                    .arg(1 + step.c % 28, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("host_city"), step.c % 4 == 0 ? pick(m_citySlugs, step.c / 4) : city}};
    } else if (kind.name == QLatin1String("sheets")) {
        values = {{QStringLiteral("title"), word}, {QStringLiteral("city"), city},
            {QStringLiteral("language"), QStringLiteral("en")}};
    } else {
        values = {{QStringLiteral("name"), word},
            {QStringLiteral("function"), pick(words(), step.c)}, {QStringLiteral("city"), city},
            {QStringLiteral("legal_basis"), QStringLiteral("public_task")}};
    }
    Result<QString> id = store.create(kind, values);
    if (!id) {
        return QStringLiteral("%1: create %2 (%3)%4")
            .arg(describe(r), kind.name, describeValues(values), refused(id.error()));
    }
    const qsizetype number = std::count_if(m_records.begin(), m_records.end(),
                                 [&kind](const Tracked &record) { return record.kind == &kind; })
        + 1;
    m_records.push_back(Tracked {&kind, id.value(), store.get(kind, id.value())->owner,
        QStringLiteral("%1 #%2").arg(kind.name).arg(number)});
    logWrite(r, m_records.back(), values.keys(), {});
    return QStringLiteral("%1: create %2 (%3), owner %4")
        .arg(describe(r), m_records.back().label, describeValues(values),
            describeOwner(m_records.back().owner));
}

const ConvergenceScenario::Tracked *ConvergenceScenario::pickRecord(int r,
    const QList<const KindSpec *> &kinds, quint32 kindNumber, quint32 number, bool deleted,
    const std::function<bool(const Tracked &)> &usable) const
{
    // A liaison mostly picks its own city's records; now and then another's, which the
    // write path must refuse.
    const Identity &identity = m_identities.at(r);
    const bool anyone = identity.isCoordinator() || number % 8 == 0;
    // The kind picked, else the first in the list with a record to pick (cities last): few
    // steps do nothing.
    QList<const KindSpec *> order = {pick(kinds, kindNumber)};
    for (const KindSpec *kind : kinds) {
        if (!order.contains(kind))
            order << kind;
    }
    for (const KindSpec *kind : std::as_const(order)) {
        QSet<QString> held;
        QSqlQuery query(m_replicas[r]->db().sql());
        query.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted = %2")
                       .arg(kind->table)
                       .arg(deleted ? 1 : 0));
        while (query.next())
            held.insert(query.value(0).toString());
        QList<const Tracked *> candidates;
        for (const Tracked &record : m_records) {
            if (record.kind == kind && held.contains(record.id)
                && (anyone || record.owner == identity.cityId) && (!usable || usable(record)))
                candidates << &record;
        }
        if (!candidates.isEmpty())
            return pick(candidates, number / 8);
    }
    return nullptr;
}

bool ConvergenceScenario::writeAccepted(int r, const Tracked &record)
{
    const Identity &identity = m_identities.at(r);
    if (identity.isCoordinator() || record.owner == identity.cityId)
        return true;
    fail(QStringLiteral("%1 was allowed to change %2, created with owner %3")
             .arg(describe(r), record.label, describeOwner(record.owner)));
    return false;
}

QString ConvergenceScenario::applyEdit(int r, const Tracked &record, const TextValues &values)
{
    const VersionVector before = vectorOf(*m_replicas[r], *record.kind, record.id);
    if (Status status = m_replicas[r]->store().update(*record.kind, record.id, values); !status)
        return refused(status);
    if (writeAccepted(r, record))
        logWrite(r, record, values.keys(), before);
    return {};
}

QString ConvergenceScenario::applyRemove(int r, const Tracked &record)
{
    const VersionVector before = vectorOf(*m_replicas[r], *record.kind, record.id);
    if (Status status = m_replicas[r]->store().remove(*record.kind, record.id); !status)
        return refused(status);
    if (writeAccepted(r, record))
        logWrite(r, record, QStringList {QStringLiteral("deleted")} + personalFields(*record.kind),
            before);
    return {};
}

QString ConvergenceScenario::edit(int r, const ScenarioStep &step)
{
    const Tracked *record = pickRecord(r, editedKinds(), step.a, step.b, false);
    if (!record)
        return describe(r) + QStringLiteral(": edit: nothing to pick, skipped");
    const QString field = pick(editedFields(*record->kind), step.c);
    const QString value = valueFor(*record->kind, field, step.c / 8);
    return QStringLiteral("%1: edit %2 %3=%4%5")
        .arg(describe(r), record->label, field, value, applyEdit(r, *record, {{field, value}}));
}

QString ConvergenceScenario::remove(int r, const ScenarioStep &step)
{
    const Tracked *record = pickRecord(r, createdKinds(), step.a, step.b, false);
    if (!record)
        return describe(r) + QStringLiteral(": delete: nothing to pick, skipped");
    return QStringLiteral("%1: delete %2%3")
        .arg(describe(r), record->label, applyRemove(r, *record));
}

QString ConvergenceScenario::revive(int r, const ScenarioStep &step)
{
    RecordStore store = m_replicas[r]->store();
    const Tracked *record = pickRecord(r, createdKinds(), step.a, step.b, true);
    if (!record)
        return describe(r) + QStringLiteral(": bring back: nothing deleted here, skipped");
    const KindSpec &kind = *record->kind;
    const VersionVector before = vectorOf(*m_replicas[r], kind, record->id);
    // restore() is the undo of a delete; revive() the redo of a creation, with values.
    const bool restore = step.c % 2 == 0;
    const TextValues values = {{kind.titleField, pick(words(), step.c / 2)}};
    const QString what = restore ? QStringLiteral("%1: restore %2").arg(describe(r), record->label)
                                 : QStringLiteral("%1: revive %2 with %3")
                                       .arg(describe(r), record->label, describeValues(values));
    const Status status
        = restore ? store.restore(kind, record->id) : store.revive(kind, record->id, values);
    if (!status)
        return what + refused(status);
    if (writeAccepted(r, *record))
        logWrite(r, *record,
            restore ? QStringList {QStringLiteral("deleted")}
                    : QStringList {QStringLiteral("deleted"), kind.titleField},
            before);
    return what;
}

QString ConvergenceScenario::resolve(int actor, const ScenarioStep &step)
{
    struct Open
    {
        qsizetype record;
        QString id;
        QString field;
        QJsonArray candidates;
    };
    QList<Open> open;
    // The actor, else the next replica with an open conflict: conflicts are rare.
    int r = actor;
    for (int k = 0; k < m_plan.replicas && open.isEmpty(); ++k) {
        r = (actor + k) % m_plan.replicas;
        QSqlQuery query(m_replicas[r]->db().sql());
        query.exec(QStringLiteral("SELECT id, record_id, field, candidates FROM conflict"));
        while (query.next()) {
            const QString recordId = query.value(1).toString();
            const auto tracked = std::find_if(m_records.begin(), m_records.end(),
                [&recordId](const Tracked &record) { return record.id == recordId; });
            if (tracked == m_records.end())
                continue; // not written by a step: cannot happen, and nothing to log if it did
            open.append({qsizetype(tracked - m_records.begin()), query.value(0).toString(),
                query.value(2).toString(),
                QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array()});
        }
    }
    if (open.isEmpty())
        return describe(actor) + QStringLiteral(": no open conflict to resolve, skipped");
    TestReplica &at = *m_replicas[r];
    // In the scenario's own order, not the random record ids': the same choice every replay.
    std::sort(open.begin(), open.end(), [](const Open &x, const Open &y) {
        return std::tie(x.record, x.field) < std::tie(y.record, y.field);
    });
    const Open &conflict = pick(open, step.b);
    const Tracked &record = m_records.at(size_t(conflict.record));
    const QJsonArray chosen = pick(conflict.candidates, step.c).toArray();
    const bool keep = conflict.field == QLatin1String("deleted") || step.a % 2 == 0;
    const QString keepId = chosen.at(0).toString() + QLatin1Char(':')
        + QString::number(qint64(chosen.at(1).toDouble()));
    const QString newValue = valueFor(*record.kind, conflict.field, step.c / 8);
    const QString what = QStringLiteral("%1: resolve %2 %3 (%4 values): %5")
                             .arg(describe(r), record.label, conflict.field)
                             .arg(conflict.candidates.size())
                             .arg(keep ? QStringLiteral("keep %1 by %2")
                                             .arg(chosen.at(3).toVariant().toString(),
                                                 m_names.value(chosen.at(0).toString()))
                                       : QStringLiteral("write ") + newValue);
    const VersionVector before = vectorOf(at, *record.kind, record.id);
    if (Status status = at.store().resolveConflict(
            conflict.id, keep ? keepId : QString(), keep ? QString() : newValue);
        !status)
        return what + refused(status);
    if (writeAccepted(r, record))
        logWrite(r, record, {conflict.field}, before);
    return what;
}

QString ConvergenceScenario::undo(int actor, const ScenarioStep &step)
{
    // The actor, else the next replica with an import to undo. Mostly a change the replica
    // may undo (a liaison: of its city's records), now and then any, which the write path
    // must refuse.
    int r = actor;
    QList<qsizetype> candidates;
    for (int k = 0; k < m_plan.replicas && candidates.isEmpty(); ++k) {
        r = (actor + k) % m_plan.replicas;
        const QList<UndoEntry> &entries = m_undo[r];
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (m_identities.at(r).isCoordinator() || step.b % 8 == 0
                || m_records.at(size_t(entries.at(i).record)).owner == m_identities.at(r).cityId)
                candidates << i;
        }
    }
    if (candidates.isEmpty())
        return describe(actor) + QStringLiteral(": no change of an import to undo, skipped");
    QList<UndoEntry> &entries = m_undo[r];
    // As the desktop's undo does: it writes the old value back through the write path.
    const UndoEntry entry = entries.takeAt(pick(candidates, step.b / 8));
    const Tracked &record = m_records.at(size_t(entry.record));
    if (entry.field == QLatin1String("deleted")) {
        if (entry.wasDeleted) {
            return QStringLiteral("%1: undo the import's revival of %2: delete it%3")
                .arg(describe(r), record.label, applyRemove(r, record));
        }
        const VersionVector before = vectorOf(*m_replicas[r], *record.kind, record.id);
        const QString what = QStringLiteral("%1: undo the import's delete of %2: restore it")
                                 .arg(describe(r), record.label);
        if (Status status = m_replicas[r]->store().restore(*record.kind, record.id); !status)
            return what + refused(status);
        if (writeAccepted(r, record))
            logWrite(r, record, {QStringLiteral("deleted")}, before);
        return what;
    }
    return QStringLiteral("%1: undo the import's change of %2 %3: back to %4%5")
        .arg(describe(r), record.label, entry.field,
            entry.oldText.isEmpty() ? QStringLiteral("(empty)") : entry.oldText,
            applyEdit(r, record, {{entry.field, entry.oldText}}));
}

QString ConvergenceScenario::concurrentWrites(const ScenarioStep &step, bool remove)
{
    // A record of a city that both the coordinator and that city hold; a city's own record
    // when there is none to delete (cities are not deleted).
    const auto ownerOf = [this](const Tracked &record) {
        return int(m_citySlugs.indexOf(m_cityIdToSlug.value(record.owner))) + 1;
    };
    const auto heldByBoth = [this, &ownerOf](const Tracked &candidate) {
        if (!m_cityIdToSlug.contains(candidate.owner))
            return false;
        const std::optional<Record> stored
            = m_replicas[ownerOf(candidate)]->store().get(*candidate.kind, candidate.id);
        return stored && !stored->deleted;
    };
    const Tracked *picked
        = remove ? pickRecord(0, createdKinds(), step.a, step.b, false, heldByBoth) : nullptr;
    if (!picked) {
        remove = false;
        picked = pickRecord(0, editedKinds(), step.a, step.b, false, heldByBoth);
    }
    if (!picked)
        return QStringLiteral("concurrent writes: nothing both a city and r0 hold, skipped");
    const Tracked &record = *picked;
    const int owner = ownerOf(record);
    const QString field = pick(editedFields(*record.kind), step.c);
    const QString value = valueFor(*record.kind, field, step.c / 8);
    QString line;
    if (remove) {
        line = QStringLiteral("%1 deletes %2%3")
                   .arg(describe(0), record.label, applyRemove(0, record));
    } else {
        const QString other = valueFor(*record.kind, field, step.c / 64);
        line = QStringLiteral("%1 edits %2 %3=%4%5")
                   .arg(describe(0), record.label, field, other,
                       applyEdit(0, record, {{field, other}}));
    }
    line += QStringLiteral(", while %1 edits it: %2=%3").arg(describe(owner), field, value);
    if (m_problem.isEmpty())
        line += applyEdit(owner, record, {{field, value}});
    // Two times in three, one side's package reaches the other at once: the conflict is
    // then there to be resolved, on either side, by the steps that follow.
    const quint32 delivery = (step.a >> 16) % 3;
    if (m_problem.isEmpty() && delivery < 2) {
        line += QStringLiteral("; then ")
            + (delivery == 0 ? send(owner, 0, false) : send(0, owner, false));
    }
    return line;
}

QString ConvergenceScenario::send(int from, int to, bool full)
{
    return deliver(makePackage(from, full ? -1 : to), to);
}

int ConvergenceScenario::makePackage(int from, int to)
{
    const QString path = m_replicas[from]->exportPackage(to < 0 ? nullptr : m_replicas[to].get());
    const QString label = to < 0
        ? QStringLiteral("package #%1 (%2, full)").arg(m_packages.size()).arg(describe(from))
        : QStringLiteral("package #%1 (%2 -> r%3, delta)")
              .arg(m_packages.size())
              .arg(describe(from))
              .arg(to);
    // Who can open it: the sender, and the coordinator for a liaison's; the coordinator's
    // full package every replica, its delta the city it was cut for.
    QSet<int> recipients = {from, 0};
    if (from == 0) {
        for (int i = 1; i < m_plan.replicas; ++i) {
            if (to < 0 || to == i)
                recipients.insert(i);
        }
    }
    m_packages.append({path, label, recipients});
    return int(m_packages.size() - 1);
}

QString ConvergenceScenario::deliver(int package, int to)
{
    const Package &delivered = m_packages.at(package);
    TestReplica &at = *m_replicas[to];
    const QString what = QStringLiteral("%1 into %2").arg(delivered.label, describe(to));
    const bool undoable = undoFollows();
    const QHash<int, Record> before = undoable ? snapshot(to) : QHash<int, Record>();
    // The importer's shortcuts must report what merging every record reports.
    if (!delivered.recipients.contains(to)) {
        // Sealed to others: it must be refused, and change nothing.
        const QString digest = at.digest();
        const Result<ImportReport> refused = at.importPackage(delivered.path);
        if (refused || refused.error().code != Error::Rejected || at.digest() != digest)
            fail(QStringLiteral("%1 was not refused, though not addressed to it").arg(what));
        return what + QStringLiteral(": not addressed to it, refused");
    }
    QString differs;
    Result<ImportReport> report = at.importCheckingShortcuts(delivered.path, &differs);
    if (!report) {
        fail(QStringLiteral("importing %1 failed: %2").arg(what, report.error().message));
        return what;
    }
    if (!differs.isEmpty()) {
        fail(QStringLiteral("importing %1: %2").arg(what, differs));
        return what;
    }
    // The undo history's latest import that changed something.
    if (undoable) {
        if (QList<UndoEntry> changes = importChanges(before, snapshot(to)); !changes.isEmpty())
            m_undo[to] = changes;
    }
    return QStringLiteral("%1: %2 new, %3 updated, %4 conflicts, %5 refused")
        .arg(what)
        .arg(report->created)
        .arg(report->updated)
        .arg(report->conflicts)
        .arg(report->rejected.size());
}

bool ConvergenceScenario::undoFollows() const
{
    // What an import changed is read only when something is undone later: reading every
    // record twice per import costs.
    for (qsizetype i = m_position + 1; i < m_steps.size(); ++i) {
        if (m_plan.steps.at(m_steps.at(i)).type == Type::Undo)
            return true;
    }
    return false;
}

QHash<int, Record> ConvergenceScenario::snapshot(int r) const
{
    // One query per kind: few records, and a query per record costs more.
    QHash<QString, Record> held;
    RecordStore store = m_replicas[r]->store();
    for (const KindSpec *kind : editedKinds()) {
        for (Record &record : store.list(*kind, true))
            held.insert(record.id, std::move(record));
    }
    QHash<int, Record> records;
    for (size_t i = 0; i < m_records.size(); ++i) {
        if (const auto found = held.constFind(m_records[i].id); found != held.cend())
            records.insert(int(i), *found);
    }
    return records;
}

QList<ConvergenceScenario::UndoEntry> ConvergenceScenario::importChanges(
    const QHash<int, Record> &before, const QHash<int, Record> &after) const
{
    QList<UndoEntry> entries;
    for (int i = 0; i < int(m_records.size()); ++i) {
        if (!before.contains(i) || !after.contains(i))
            continue; // a record new here: undoing its arrival is not an edit
        const Record &old = before[i];
        const KindSpec &kind = *m_records[size_t(i)].kind;
        for (const QString &field : editedFields(kind)) {
            if (old.value(field) != after[i].value(field))
                entries.append({i, field,
                    RecordStore::inputText(*kind.field(field), old.value(field)), old.deleted});
        }
        if (old.deleted != after[i].deleted)
            entries.append({i, QStringLiteral("deleted"), {}, old.deleted});
    }
    return entries;
}

void ConvergenceScenario::logWrite(
    int r, const Tracked &record, const QStringList &fields, const VersionVector &before)
{
    TestReplica &at = *m_replicas[r];
    const std::optional<RecordState> state = StateStore::load(at.db(), *record.kind, record.id);
    const qint64 counter = state ? state->versionVector.value(at.replicaId()) : 0;
    if (counter <= before.value(at.replicaId()))
        return; // an edit to the value already there writes nothing
    // Every write also says whether the record should exist (RecordStore::write), so an
    // edit made while a delete of the record is in conflict replaces that delete knowingly.
    QStringList written = fields;
    if (!written.contains(QStringLiteral("deleted")))
        written << QStringLiteral("deleted");
    for (const QString &field : std::as_const(written)) {
        // The fields this write set carry its dot (an erasure sets only those not empty).
        for (const FieldWrite &write : state->registers.value(field)) {
            if (write.replica == at.replicaId() && write.counter == counter)
                m_log.append({&record, field, write.value, write.replica, write.counter, before});
        }
    }
}

void ConvergenceScenario::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

} // namespace pactesur::test

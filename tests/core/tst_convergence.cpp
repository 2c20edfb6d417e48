// SPDX-License-Identifier: EUPL-1.2
// Property test of the exchange: random edits on 3 to 5 replicas, packages delivered in
// random order with duplicates and stale replays. Afterwards every replica holds the same
// content, re-importing changes nothing, and no write was lost. The seed of a failing
// scenario is printed; PACTESUR_SCENARIO=<seed> replays just that one.
#include "exchange/conflicts.h"
#include "exchange/statestore.h"
#include "exchangeharness.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <random>

using namespace pactesur;
using test::TestReplica;

namespace {

struct LoggedWrite
{
    QString recordKind;
    QString recordId;
    QString field;
    QJsonValue value;
    QString replica;
    qint64 counter = 0;
    VersionVector before; // what the writer had seen of the record when writing
};

class Scenario
{
public:
    explicit Scenario(quint32 seed)
        : m_seed(seed)
        , m_random(seed)
    { }

    QString run(const QString &folder)
    {
        static const QStringList pool = {QStringLiteral("vilnius"), QStringLiteral("riga"),
            QStringLiteral("tallinn"), QStringLiteral("gdansk")};
        const int count = 3 + below(3);
        m_replicas.push_back(std::make_unique<TestReplica>(
            QStringLiteral("r0"), QStringLiteral("coordinator"), folder));
        for (int i = 1; i < count; ++i) {
            m_replicas.push_back(std::make_unique<TestReplica>(
                QStringLiteral("r%1").arg(i), pool.at(i - 1), folder));
            m_cities << pool.at(i - 1);
        }
        const int steps = 12 + below(20);
        for (int step = 0; step < steps; ++step) {
            const int roll = below(10);
            if (roll < 5)
                edit(*pick());
            else if (roll < 8)
                send(*pick(), *pick(), below(3) == 0);
            else if (!m_packages.isEmpty())
                importInto(*pick(), m_packages.at(below(int(m_packages.size()))));
        }
        // Full exchange: everyone to the coordinator, the coordinator to everyone, twice.
        for (int round = 0; round < 2; ++round) {
            for (size_t i = 1; i < m_replicas.size(); ++i)
                send(*m_replicas[i], *m_replicas[0], round == 1);
            for (size_t i = 1; i < m_replicas.size(); ++i)
                send(*m_replicas[0], *m_replicas[i], false);
        }
        const QString digest = m_replicas[0]->digest();
        for (const auto &replica : m_replicas) {
            if (replica->digest() != digest)
                return QStringLiteral("%1 did not converge").arg(replica->name());
        }
        const QString last = m_replicas[0]->exportPackage(nullptr);
        for (const auto &replica : m_replicas) {
            Result<ImportReport> again = replica->importPackage(last);
            if (!again || again->created + again->updated != 0 || replica->digest() != digest)
                return QStringLiteral("re-import changed %1").arg(replica->name());
        }
        return checkNothingLost();
    }

private:
    quint32 m_seed;
    std::mt19937 m_random;
    std::vector<std::unique_ptr<TestReplica>> m_replicas;
    QStringList m_cities;
    QStringList m_sheets;
    QStringList m_packages;
    QList<LoggedWrite> m_log;

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    TestReplica *pick() { return m_replicas[size_t(below(int(m_replicas.size())))].get(); }
    QString word()
    {
        static const QStringList words = {QStringLiteral("alpha"), QStringLiteral("beta"),
            QStringLiteral("gamma"), QStringLiteral("delta")};
        return words.at(below(int(words.size())));
    }

    void send(TestReplica &from, TestReplica &to, bool full)
    {
        if (&from == &to)
            return;
        const QString path = from.exportPackage(full ? nullptr : &to);
        m_packages << path;
        importInto(to, path);
    }

    void importInto(TestReplica &to, const QString &path)
    {
        // The importer's shortcuts must report what merging every record reports.
        if (const QString differs = to.shortcutsDisagreeOn(path); !differs.isEmpty())
            qFatal("scenario %u: %s", m_seed, qPrintable(differs));
        Result<ImportReport> report = to.importPackage(path);
        if (!report)
            qFatal("scenario %u: import failed: %s", m_seed, qPrintable(report.error().message));
    }

    // A write through the real write path, logged with the dot it got.
    void edit(TestReplica &at)
    {
        RecordStore store = at.store();
        const Identity identity = store.identity();
        const QString ownCity = identity.isCoordinator() ? m_cities.at(below(int(m_cities.size())))
                                                         : identity.citySlug;
        const KindSpec &cities = Kinds::get(QStringLiteral("cities"));
        const KindSpec &sheets = Kinds::get(QStringLiteral("sheets"));
        const int roll = below(10);
        if (roll < 2 || m_sheets.isEmpty()) {
            Result<QString> id = store.create(sheets,
                {{QStringLiteral("title"), word()}, {QStringLiteral("city"), ownCity},
                    {QStringLiteral("language"), QStringLiteral("en")}});
            if (id) {
                m_sheets << id.value();
                logWrite(at, sheets, id.value(), {QStringLiteral("title")}, {});
            }
            return;
        }
        if (roll < 4) {
            const QString id = store.resolveId(cities, ownCity).value();
            const QString field
                = below(2) ? QStringLiteral("notes") : QStringLiteral("police_force");
            const VersionVector before = vectorOf(at, cities, id);
            if (store.update(cities, id, {{field, word()}}))
                logWrite(at, cities, id, {field}, before);
            return;
        }
        const QString sheet = m_sheets.at(below(int(m_sheets.size())));
        const VersionVector before = vectorOf(at, sheets, sheet);
        if (roll < 8) {
            const QString field = below(2) ? QStringLiteral("summary") : QStringLiteral("title");
            if (store.update(sheets, sheet, {{field, word()}}))
                logWrite(at, sheets, sheet, {field}, before);
        } else if (roll < 9) {
            if (store.remove(sheets, sheet))
                logWrite(at, sheets, sheet, {QStringLiteral("deleted")}, before);
        } else {
            resolveOne(at);
        }
    }

    void resolveOne(TestReplica &at)
    {
        QSqlQuery query(at.db().sql());
        query.exec(
            QStringLiteral("SELECT id, record_kind, record_id, field, candidates FROM conflict"));
        if (!query.next())
            return;
        const KindSpec &kind = Kinds::get(query.value(1).toString());
        const QString recordId = query.value(2).toString();
        const QString field = query.value(3).toString();
        const QJsonArray candidates
            = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        const QJsonArray chosen = candidates.at(below(int(candidates.size()))).toArray();
        const VersionVector before = vectorOf(at, kind, recordId);
        const bool keep = field == QLatin1String("deleted") || below(2);
        const QString keepId = chosen.at(0).toString() + QLatin1Char(':')
            + QString::number(qint64(chosen.at(1).toDouble()));
        if (at.store().resolveConflict(
                query.value(0).toString(), keep ? keepId : QString(), keep ? QString() : word()))
            logWrite(at, kind, recordId, {field}, before);
    }

    static VersionVector vectorOf(TestReplica &at, const KindSpec &kind, const QString &id)
    {
        const std::optional<RecordState> state = StateStore::load(at.db(), kind, id);
        return state ? state->versionVector : VersionVector();
    }

    void logWrite(TestReplica &at, const KindSpec &kind, const QString &id,
        const QStringList &fields, const VersionVector &before)
    {
        const RecordState state = *StateStore::load(at.db(), kind, id);
        if (state.versionVector.value(at.replicaId()) <= before.value(at.replicaId()))
            return; // an edit to the value already there writes nothing
        for (const QString &field : fields) {
            const FieldWrite *write = state.shownWrite(field);
            for (const FieldWrite &candidate : state.registers.value(field)) {
                if (candidate.replica == at.replicaId()
                    && candidate.counter == state.versionVector.value(at.replicaId()))
                    write = &candidate;
            }
            m_log.append(
                {kind.name, id, field, write->value, write->replica, write->counter, before});
        }
    }

    // Every write is still there (shown or in conflict), or was replaced knowingly: a later
    // write of the same field, made by someone who had seen it, is itself accounted for.
    // (Two concurrent writes of one value are one value, so "accounted" compares values.)
    bool accounted(
        const LoggedWrite &write, const QList<FieldWrite> &survivors, int depth = 0) const
    {
        for (const FieldWrite &survivor : survivors) {
            if (survivor.value == write.value
                || (survivor.replica == write.replica && survivor.counter == write.counter))
                return true;
        }
        if (depth > 64)
            return false;
        for (const LoggedWrite &later : m_log) {
            if (later.recordId == write.recordId && later.field == write.field
                && later.before.value(write.replica) >= write.counter
                && !(later.replica == write.replica && later.counter == write.counter)
                && accounted(later, survivors, depth + 1))
                return true;
        }
        return false;
    }

    QString checkNothingLost()
    {
        for (const LoggedWrite &write : m_log) {
            const RecordState state = *StateStore::load(
                m_replicas[0]->db(), Kinds::get(write.recordKind), write.recordId);
            if (!accounted(write, state.registers.value(write.field))) {
                return QStringLiteral("lost write %1:%2 of %3.%4 = %5")
                    .arg(write.replica.left(8))
                    .arg(write.counter)
                    .arg(write.recordKind, write.field, write.value.toVariant().toString());
            }
        }
        return {};
    }
};

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

private slots:
    void shouldConvergeWithoutLosingWrites()
    {
        // Sharded so that ctest can run the scenarios on every core.
        const int shards = qEnvironmentVariableIntValue("PACTESUR_SHARDS")
            ? qEnvironmentVariableIntValue("PACTESUR_SHARDS")
            : 1;
        const int shard = qEnvironmentVariableIntValue("PACTESUR_SHARD");
        const int scenarios = qEnvironmentVariableIsSet("PACTESUR_SCENARIOS")
            ? qEnvironmentVariableIntValue("PACTESUR_SCENARIOS")
            : 1000;
        QList<quint32> seeds;
        if (qEnvironmentVariableIsSet("PACTESUR_SCENARIO"))
            seeds << quint32(qEnvironmentVariableIntValue("PACTESUR_SCENARIO"));
        else
            for (int i = shard; i < scenarios; i += shards)
                seeds << quint32(20261126 + i);
        for (const quint32 seed : seeds) {
            QTemporaryDir folder(QDir(QStringLiteral("/dev/shm")).exists()
                    ? QStringLiteral("/dev/shm/pactesur-XXXXXX")
                    : QString());
            folder.setAutoRemove(!qEnvironmentVariableIsSet("PACTESUR_KEEP"));
            if (!folder.autoRemove())
                qInfo("scenario files in %s", qPrintable(folder.path()));
            const QString problem = Scenario(seed).run(folder.path());
            QVERIFY2(problem.isEmpty(),
                qPrintable(QStringLiteral("scenario seed %1: %2 (replay with PACTESUR_SCENARIO=%1)")
                               .arg(seed)
                               .arg(problem)));
        }
        qInfo("%d scenarios converged", int(seeds.size()));
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"

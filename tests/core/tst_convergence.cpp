// SPDX-License-Identifier: EUPL-1.2
// Property test of the exchange: 1,000 random scenarios (convergencescenario.h) of a
// coordinator and 3 to 5 liaisons. Afterwards every replica holds the same content, owners
// and open conflicts included, re-importing changes nothing, and no write was lost.
// A failing scenario is shrunk to the shortest list of steps that still fails, printed
// with its seed. PACTESUR_SCENARIO=<seed> replays one scenario (printing what each step
// did), PACTESUR_STEPS=3,7,12 only those of its steps; PACTESUR_NO_SHRINK=1 skips the
// shrinking; PACTESUR_KEEP=1 keeps the files of the last run.
#include "convergencescenario.h"
#include "scenarioshrinker.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace pactesur;
using test::ConvergenceScenario;
using test::ScenarioPlan;
using test::ScenarioShrinker;

namespace {

struct Outcome
{
    QString problem; // empty when the scenario passed
    QStringList trace;
};

// Every replay of a seed runs in the same emptied folder.
Outcome runSteps(const ScenarioPlan &plan, const QList<int> &steps, const QString &folder)
{
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    ConvergenceScenario scenario(plan, folder);
    Outcome outcome;
    outcome.problem = scenario.run(steps);
    outcome.trace = scenario.trace();
    return outcome;
}

QString joined(const QList<int> &steps)
{
    QStringList numbers;
    for (const int step : steps)
        numbers << QString::number(step);
    return numbers.join(QLatin1Char(','));
}

// The shortest failing list of steps, as a report a person can act on.
QString shrunkReport(const ScenarioPlan &plan, const QList<int> &steps, const QString &folder)
{
    ScenarioShrinker shrinker([&plan, &folder](const QList<int> &candidate) {
        return !runSteps(plan, candidate, folder).problem.isEmpty();
    });
    const QList<int> shortest = shrinker.shrink(steps);
    const Outcome outcome = runSteps(plan, shortest, folder);
    QStringList lines
        = {QStringLiteral("shortest failing list: %1 of %2 steps, %3 replicas (%4 "
                          "replays%5):")
                .arg(shortest.size())
                .arg(steps.size())
                .arg(plan.replicas)
                .arg(shrinker.runs())
                .arg(shrinker.exhausted() ? QStringLiteral(", budget spent") : QString())};
    for (const QString &line : outcome.trace)
        lines << QStringLiteral("  ") + line;
    lines << QStringLiteral("  then the final exchange and checks: ")
            + (outcome.problem.isEmpty() ? QStringLiteral("passed (the failure is flaky)")
                                         : outcome.problem);
    lines << QStringLiteral("replay with PACTESUR_SCENARIO=%1 PACTESUR_STEPS=%2")
                 .arg(plan.seed)
                 .arg(joined(shortest));
    return lines.join(QLatin1Char('\n'));
}

QList<int> stepsFromEnvironment(const ScenarioPlan &plan)
{
    if (!qEnvironmentVariableIsSet("PACTESUR_STEPS"))
        return plan.allSteps();
    QList<int> steps;
    for (const QString &number : qEnvironmentVariable("PACTESUR_STEPS").split(QLatin1Char(','))) {
        bool ok = false;
        const int step = number.trimmed().toInt(&ok);
        if (ok && step >= 0 && step < plan.steps.size() && !steps.contains(step))
            steps << step;
    }
    std::sort(steps.begin(), steps.end());
    return steps;
}

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
        const bool replay = qEnvironmentVariableIsSet("PACTESUR_SCENARIO");
        QList<quint32> seeds;
        if (replay)
            seeds << quint32(qEnvironmentVariableIntValue("PACTESUR_SCENARIO"));
        else
            for (int i = shard; i < scenarios; i += shards)
                seeds << quint32(20261126 + i);
        QTemporaryDir folder(QDir(QStringLiteral("/dev/shm")).exists()
                ? QStringLiteral("/dev/shm/pactesur-XXXXXX")
                : QString());
        folder.setAutoRemove(!qEnvironmentVariableIsSet("PACTESUR_KEEP"));
        if (!folder.autoRemove())
            qInfo("scenario files in %s", qPrintable(folder.filePath(QStringLiteral("run"))));
        const QString runFolder = folder.filePath(QStringLiteral("run"));
        for (const quint32 seed : seeds) {
            const ScenarioPlan plan = ScenarioPlan::generate(seed);
            const QList<int> steps = stepsFromEnvironment(plan);
            const Outcome outcome = runSteps(plan, steps, runFolder);
            if (replay)
                qInfo("%s", qPrintable(outcome.trace.join(QLatin1Char('\n'))));
            if (outcome.problem.isEmpty())
                continue;
            if (!qEnvironmentVariableIsSet("PACTESUR_NO_SHRINK"))
                qWarning("scenario seed %u: %s\n%s", seed, qPrintable(outcome.problem),
                    qPrintable(shrunkReport(plan, steps, runFolder)));
            QFAIL(qPrintable(QStringLiteral("scenario seed %1: %2 (replay with "
                                            "PACTESUR_SCENARIO=%1)")
                                 .arg(seed)
                                 .arg(outcome.problem)));
        }
        qInfo("%d scenarios converged", int(seeds.size()));
    }

    // GIVEN a failure that needs steps 3 and 7 of 40, WHEN shrinking, THEN exactly those
    // two are left, and the budget bounds the replays.
    void shouldShrinkToTheStepsTheFailureNeeds()
    {
        QList<int> steps(40);
        std::iota(steps.begin(), steps.end(), 0);
        int replays = 0;
        const auto needsThreeAndSeven = [&replays](const QList<int> &candidate) {
            ++replays;
            return candidate.contains(3) && candidate.contains(7);
        };
        ScenarioShrinker shrinker(needsThreeAndSeven);
        QCOMPARE(shrinker.shrink(steps), (QList<int> {3, 7}));
        QVERIFY(!shrinker.exhausted());
        QCOMPARE(shrinker.runs(), replays);
        QVERIFY2(replays < 60, qPrintable(QString::number(replays)));

        ScenarioShrinker always([](const QList<int> &) { return true; });
        QCOMPARE(always.shrink(steps), QList<int>());

        ScenarioShrinker everyStep(
            [&steps](const QList<int> &candidate) { return candidate == steps; });
        QCOMPARE(everyStep.shrink(steps), steps);

        ScenarioShrinker bounded(needsThreeAndSeven, {5, 120'000});
        const QList<int> partly = bounded.shrink(steps);
        QVERIFY(bounded.exhausted());
        QCOMPARE(bounded.runs(), 5);
        QVERIFY(partly.contains(3) && partly.contains(7) && partly.size() < steps.size());
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"

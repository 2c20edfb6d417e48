// SPDX-License-Identifier: EUPL-1.2
// How Pactesur grows with its data (issue 17): every budget of DESIGN.md section 9 that a
// list, the start, the dashboard or the exchange has, measured at network and at network4
// scale (four times the data) in one run, with the yardsticks the budgets are set against,
// printed as one table. The given databases are never changed: each scale is measured on
// a copy in a temporary folder.
//
//   PACTESUR_BENCH_DB        the network-scale database (made when missing, ~80 s)
//   PACTESUR_BENCH_DB4       the network4-scale database (made when missing, ~15 min)
//   PACTESUR_BENCH_SCALES    "network,network4" (default), or one of them
//   PACTESUR_BENCH_RUNS      runs per measure, the median is shown (default 5)
//   PACTESUR_BENCH_HEAVY_RUNS / _HEAVY_RUNS4
//                            runs of export and import at network (default 5) and at
//                            network4 (default 1: five would take over half an hour)
#include "growth/exchangemeasures.h"
#include "growth/growthtable.h"
#include "growth/listmeasures.h"
#include "growth/scaledatabase.h"
#include "growth/startmeasures.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace pactesur;
using namespace pactesur::bench;

namespace {

struct ScaleRun
{
    Scale scale;
    QString name; // as `generate --scale` spells it
    QString sourcePath;
    int heavyRuns;
};

int intFromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

void measureScale(GrowthTable &table, const Programs &programs, const ScaleRun &run, int runs)
{
    QElapsedTimer timer;
    timer.start();
    std::printf("== %s scale: %s\n", qPrintable(run.name), qPrintable(run.sourcePath));
    std::fflush(stdout);
    QString error;
    if (!ensureGenerated(programs, run.sourcePath, run.name, &error)) {
        std::printf("  cannot make the database: %s\n", qPrintable(error));
        return;
    }
    // Beside the system's temporary files, or $TMPDIR: network4 copies take gigabytes.
    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/pactesur-growth-XXXXXX"));
    const QString copy = scratch.filePath(QStringLiteral("measured.db"));
    std::printf("  copying to %s ...\n", qPrintable(copy));
    std::fflush(stdout);
    if (!copyDatabase(run.sourcePath, copy, &error) || !migrate(copy, &error)) {
        std::printf("  cannot copy the database: %s\n", qPrintable(error));
        return;
    }
    if (measures("start")) {
        std::printf("  start of the app and of a bare window ...\n");
        std::fflush(stdout);
        measureStart(
            table, run.scale, programs, copy, scratch.filePath(QStringLiteral("home")), runs);
        setStartBudgets(table, run.scale);
    }
    if (measures("lists")) {
        std::printf("  lists and dashboard ...\n");
        std::fflush(stdout);
        measureLists(table, run.scale, programs, copy, runs);
        measureDashboard(table, run.scale, copy, runs);
    }
    if (measures("export") || measures("import")) {
        std::printf("  export and import, %d run(s) each ...\n", run.heavyRuns);
        std::fflush(stdout);
        measureExchange(table, run.scale, programs, copy, scratch.path(), run.heavyRuns);
    }
    std::printf("  %s scale measured in %.0f s\n", qPrintable(run.name), timer.elapsed() / 1e3);
}

} // namespace

int main(int argc, char *argv[])
{
    // The list is measured under a view, as the app shows it; no display is needed.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString loadAtStart = loadAverage();
    const int runs = intFromEnvironment("PACTESUR_BENCH_RUNS", 5);
    const QStringList scales
        = qEnvironmentVariable("PACTESUR_BENCH_SCALES", QStringLiteral("network,network4"))
              .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QList<ScaleRun> all = {
        {Network, QStringLiteral("network"),
            qEnvironmentVariable("PACTESUR_BENCH_DB",
                QDir::tempPath() + QStringLiteral("/pactesur-bench-network.db")),
            intFromEnvironment("PACTESUR_BENCH_HEAVY_RUNS", 5)},
        {Network4, QStringLiteral("network4"),
            qEnvironmentVariable("PACTESUR_BENCH_DB4",
                QDir::tempPath() + QStringLiteral("/pactesur-bench-network4.db")),
            intFromEnvironment("PACTESUR_BENCH_HEAVY_RUNS4", 1)},
    };

    GrowthTable table;
    addStartRows(table, runs);
    addListRows(table, runs);
    addExchangeRows(table);
    const Programs programs = findPrograms();
    for (const ScaleRun &run : all) {
        if (scales.contains(run.name))
            measureScale(table, programs, run, runs);
    }
    table.print(loadAtStart, loadAverage());
    return 0;
}

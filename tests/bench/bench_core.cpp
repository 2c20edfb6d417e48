// SPDX-License-Identifier: EUPL-1.2
// Core figures at network scale: full-text search, sorted list pages, state digest.
#include "search/searcher.h"
#include "seed/generator.h"
#include "seed/seeder.h"
#include "store/checker.h"
#include "store/database.h"
#include "store/replica.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace pactesur;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void report(const char *what, double value, const char *unit, double budget)
{
    std::printf("%-48s %10.2f %-3s (budget %g %s) %s\n", what, value, unit, budget, unit,
        value <= budget ? "ok" : "OVER");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The generated database is kept between runs: making it takes far longer than measuring.
    const QString path = qEnvironmentVariable(
        "PACTESUR_BENCH_DB", QDir::tempPath() + QStringLiteral("/pactesur-bench-network.db"));
    const bool fresh = !QFile::exists(path);
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    if (fresh) {
        std::printf("generating the network-scale database in %s ...\n", qPrintable(path));
        (void)Seeder::seed(db);
        (void)Replica::initialise(db, QStringLiteral("coordinator"), QString());
        QElapsedTimer timer;
        timer.start();
        auto counts = Generator::generate(db, Generator::Scale::Network, 1);
        if (!counts) {
            std::fprintf(stderr, "%s\n", qPrintable(counts.error().message));
            return 1;
        }
        std::printf("generated %d records in %.1f s\n", counts->total(), timer.elapsed() / 1000.0);
    }

    const Searcher searcher(db);
    const QStringList queries = {QStringLiteral("night"), QStringLiteral("safety patrol"),
        QStringLiteral("festi"), QStringLiteral("harbour crowd"), QStringLiteral("vilnius")};
    int query = 0;
    report("search, first page (median of 50)",
        medianMs(50, [&] { searcher.search(queries.at(query++ % queries.size()), 20); }), "ms", 10);

    for (const char *column : {"title", "\"start\"", "kind", "host_city", "status"}) {
        const QString sql
            = QStringLiteral("SELECT id FROM activity WHERE deleted = 0 ORDER BY %1, id LIMIT 200")
                  .arg(QLatin1String(column));
        const QByteArray label = QByteArray("activities: first page sorted by ") + column;
        report(label.constData(),
            medianMs(11,
                [&] {
                    QSqlQuery page(db.sql());
                    page.exec(sql);
                    while (page.next()) { }
                }),
            "ms", 100);
    }
    report("activities: first page filtered by city",
        medianMs(11,
            [&] {
                QSqlQuery page(db.sql());
                page.exec(QStringLiteral(
                    "SELECT a.id FROM activity a JOIN city c ON c.id = a.host_city "
                    "WHERE a.deleted = 0 AND c.slug = 'riga' ORDER BY a.\"start\" LIMIT 200"));
                while (page.next()) { }
            }),
        "ms", 100);
    std::printf("%-48s %10.2f s\n", "state digest (whole database)",
        medianMs(3, [&] { Checker::stateDigest(db); }) / 1000.0);
    return 0;
}

// SPDX-License-Identifier: EUPL-1.2
// The Activities list at network scale (DESIGN.md section 9): first page, sort by each
// column both ways and filter by city, each under 100 ms; the global search's first page
// under 10 ms (median). Uses the database bench_core generates.
#include "records/recordtablemodel.h"
#include "search/searcher.h"
#include "store/database.h"
#include "util/translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace pactesur;

namespace {

double millis(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

void report(const QString &what, double ms, double budget)
{
    std::printf("%-52s %9.2f ms (budget %g ms) %s\n", qPrintable(what), ms, budget,
        ms <= budget ? "ok" : "OVER");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString path = qEnvironmentVariable(
        "PACTESUR_BENCH_DB", QDir::tempPath() + QStringLiteral("/pactesur-bench-network.db"));
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "run bench_core first: it generates %s\n", qPrintable(path));
        return 1;
    }
    Database::Options options;
    options.takeLock = false;
    auto db = Database::open(path, options);
    if (!db)
        return std::fprintf(stderr, "%s\n", qPrintable(db.error().message)), 1;

    RecordTableModel model(Kinds::get(QStringLiteral("activities")));
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    report(QStringLiteral("activities: open the view (first page)"), millis([&] {
        model.setDatabase(db.value().get());
        QCoreApplication::processEvents();
    }),
        100);
    std::printf("  (%d activities)\n", model.totalCount());
    for (int column = 0; column < model.columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString name = model.headerData(column, Qt::Horizontal).toString();
            report(QStringLiteral("activities: sort by %1 %2")
                       .arg(name, order == Qt::AscendingOrder ? "asc" : "desc"),
                millis([&] {
                    model.sort(column, order);
                    QCoreApplication::processEvents();
                }),
                100);
        }
    }
    // The filters from the list as it opens (by start date), each from the unfiltered list.
    model.sort(0, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    QSqlQuery riga(db.value()->sql());
    riga.exec(QStringLiteral("SELECT id FROM city WHERE slug = 'riga'"));
    riga.next();
    report(QStringLiteral("activities: filter by host city"), millis([&] {
        model.setFieldFilter(QStringLiteral("host_city"), riga.value(0).toString());
        QCoreApplication::processEvents();
    }),
        100);
    std::printf("  (%d activities hosted by Riga)\n", model.totalCount());
    model.setFieldFilter(QString(), QString());
    QCoreApplication::processEvents();
    report(QStringLiteral("activities: filter text \"night\""), millis([&] {
        model.setFilterText(QStringLiteral("night"));
        QCoreApplication::processEvents();
    }),
        100);
    // The same filter on a list sorted by a choice (one index walk per choice, see
    // RecordQuery::pageSortedByChoice) and by the host city.
    for (const QString &field : {QStringLiteral("status"), QStringLiteral("host_city")}) {
        const int sortColumn = int(model.kind().listColumns.indexOf(field));
        model.setFilterText(QString());
        model.sort(sortColumn, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        report(QStringLiteral("activities: filter text \"night\", sorted by %1").arg(field),
            millis([&] {
                model.setFilterText(QStringLiteral("night"));
                QCoreApplication::processEvents();
            }),
            100);
    }

    // Sheets are listed once per language family, in the interface language when a
    // translation exists (one generated sheet in four is a translation).
    Translations::install(QStringLiteral("fr"));
    RecordTableModel sheets(Kinds::get(QStringLiteral("sheets")));
    QTableView sheetView;
    sheetView.setModel(&sheets);
    sheetView.resize(1200, 800);
    sheetView.show();
    report(QStringLiteral("sheets in French: open the view (first page)"), millis([&] {
        sheets.setDatabase(db.value().get());
        QCoreApplication::processEvents();
    }),
        100);
    std::printf("  (%d sheets listed)\n", sheets.totalCount());
    for (int column = 0; column < 2; ++column) {
        report(QStringLiteral("sheets in French: sort by %1")
                   .arg(sheets.headerData(column, Qt::Horizontal).toString()),
            millis([&] {
                sheets.sort(column, Qt::DescendingOrder);
                QCoreApplication::processEvents();
            }),
            100);
    }
    Translations::install(QStringLiteral("en"));

    const Searcher searcher(*db.value());
    QList<double> times;
    const QStringList queries = {QStringLiteral("night"), QStringLiteral("safety patrol"),
        QStringLiteral("festi"), QStringLiteral("harbour"), QStringLiteral("riga")};
    for (int i = 0; i < 50; ++i)
        times << millis([&] { searcher.search(queries.at(i % queries.size()), 20); });
    std::sort(times.begin(), times.end());
    report(QStringLiteral("global search, first page (median of 50)"), times.at(25), 10);
    return 0;
}

// SPDX-License-Identifier: EUPL-1.2
#include "listmeasures.h"

#include "childprocess.h"
#include "records/recordquery.h"
#include "records/recordtablemodel.h"
#include "stats/dashboardstats.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryFile>

namespace pactesur::bench {

namespace {

const QString kFilterText = QStringLiteral("night");
constexpr double kListBudgetMs = 100;
constexpr double kDashboardBudgetMs = 200;

Budget atMostMs(double limit)
{
    return Budget {QStringLiteral("<= %1 ms").arg(limit), limit, true};
}

// Fills the row from the times, or says why there are none.
void fill(GrowthTable &table, const QString &key, Scale scale, const QList<double> &times, int runs,
    const QString &error)
{
    if (times.isEmpty())
        return table.fail(key, scale, error.isEmpty() ? QStringLiteral("no run") : error);
    table.set(key, scale, median(times),
        times.size() < runs ? QStringLiteral("%1 of %2 runs").arg(times.size()).arg(runs)
                            : QString());
}

// The list's text filter as plain SQL: LIKE over the same text columns, the count and the
// first page in the list's default order, as a person would write it in the sqlite3 shell.
QStringList plainFilterStatements(const KindSpec &kind)
{
    QStringList columns;
    QStringList likes;
    for (const QString &name : kind.listColumns) {
        columns << RecordQuery::quoted(name);
        const FieldSpec *field = kind.field(name);
        if (field && RecordQuery::isTextColumn(field->type))
            likes << RecordQuery::quoted(name) + QStringLiteral(" LIKE '%") + kFilterText
                    + QStringLiteral("%'");
    }
    const QString where = QStringLiteral(" FROM %1 WHERE deleted = 0 AND (%2)")
                              .arg(RecordQuery::quoted(kind.table), likes.join(" OR "));
    return {QStringLiteral("SELECT count(*)") + where + QLatin1Char(';'),
        QStringLiteral("SELECT id, ") + columns.join(QStringLiteral(", ")) + where
            + QStringLiteral(" ORDER BY ") + columns.first()
            + QStringLiteral(" LIMIT %1;").arg(RecordTableModel::kPageSize)};
}

// The shell's own timer (".timer on"): the statements' time, not the shell's start. The
// shell times what it reads from a script, not statements given as arguments.
std::optional<double> sqlite3ShellMs(const Programs &programs, const QString &database,
    const QStringList &statements, QString *error, QByteArray *output = nullptr)
{
    QTemporaryFile script;
    if (!script.open() || script.write(statements.join(QLatin1Char('\n')).toUtf8() + '\n') < 0
        || !script.flush()) {
        *error = QStringLiteral("cannot write the script");
        return std::nullopt;
    }
    const ChildRun run = runChild(programs.sqlite3,
        {database, QStringLiteral(".timer on"), QStringLiteral(".read ") + script.fileName()});
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    double seconds = 0;
    int matches = 0;
    for (auto it = timer.globalMatch(QString::fromUtf8(run.out)); it.hasNext(); ++matches)
        seconds += it.next().captured(1).toDouble();
    if (!run.ok() || matches != statements.size()) {
        *error = run.ok() ? QStringLiteral("no timer output") : run.failure();
        return std::nullopt;
    }
    if (output)
        *output = run.out;
    return seconds * 1000;
}

} // namespace

void addListRows(GrowthTable &table, int runs)
{
    table.addRow(QStringLiteral("filter"),
        QStringLiteral("activities: filter \"night\", count + first page, ms (median of %1)")
            .arg(runs),
        GrowthRule::AtMostLinear);
    table.addRow(QStringLiteral("filter.sqlite3"),
        QStringLiteral("same filter as plain LIKE in the sqlite3 shell, ms (median of %1)")
            .arg(runs),
        GrowthRule::AtMostLinear, true);
    for (const QString &field :
        {QStringLiteral("host_city"), QStringLiteral("kind"), QStringLiteral("status")}) {
        table.addRow(QStringLiteral("sort.") + field,
            QStringLiteral("activities: sort by %1, first page, ms (median of %2)")
                .arg(field)
                .arg(runs),
            GrowthRule::AtMostLinear);
    }
    table.addRow(QStringLiteral("firstpage"),
        QStringLiteral("activities: first page, default order, ms (median of %1)").arg(runs),
        GrowthRule::Flat);
    table.addRow(QStringLiteral("dashboard"),
        QStringLiteral("dashboard numbers, read-only connection, ms (median of %1)").arg(runs),
        GrowthRule::Free);
}

namespace {

// The list as the app shows it: a RecordTableModel under a view (offscreen), whose first
// page is what a person waits for.
void measureModel(GrowthTable &table, Scale scale, const QString &database, int runs)
{
    const KindSpec &activities = Kinds::get(QStringLiteral("activities"));
    Database::Options options;
    options.takeLock = false;
    auto opened = Database::open(database, options);
    if (!opened) {
        for (const char *key :
            {"filter", "sort.host_city", "sort.kind", "sort.status", "firstpage"})
            table.fail(QLatin1String(key), scale, opened.error().message);
        return;
    }
    const Database *db = opened.value().get();
    RecordTableModel model(activities);
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    QList<double> firstPage, filter;
    for (int run = 0; run < runs; ++run) {
        model.setDatabase(nullptr);
        QCoreApplication::processEvents();
        firstPage << millis([&] {
            model.setDatabase(db);
            QCoreApplication::processEvents();
        });
        filter << millis([&] {
            model.setFilterText(kFilterText);
            QCoreApplication::processEvents();
        });
        if (run == 0)
            std::printf(
                "  \"%s\" matches %d activities\n", qPrintable(kFilterText), model.totalCount());
        model.setFilterText(QString());
        QCoreApplication::processEvents();
    }
    fill(table, QStringLiteral("firstpage"), scale, firstPage, runs, {});
    fill(table, QStringLiteral("filter"), scale, filter, runs, {});
    std::printf("  %d activities listed\n", model.totalCount());
    for (const QString &field :
        {QStringLiteral("host_city"), QStringLiteral("kind"), QStringLiteral("status")}) {
        const int column = int(activities.listColumns.indexOf(field));
        const QString key = QStringLiteral("sort.") + field;
        if (column < 0) {
            table.fail(key, scale, QStringLiteral("no column ") + field);
            continue;
        }
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            model.sort(0, Qt::AscendingOrder); // from the default order each time
            QCoreApplication::processEvents();
            times << millis([&] {
                model.sort(column, Qt::AscendingOrder);
                QCoreApplication::processEvents();
            });
        }
        fill(table, key, scale, times, runs, {});
    }
}

} // namespace

void measureLists(
    GrowthTable &table, Scale scale, const Programs &programs, const QString &database, int runs)
{
    measureModel(table, scale, database, runs);
    QList<double> shell;
    QString shellError;
    const QStringList statements = plainFilterStatements(Kinds::get(QStringLiteral("activities")));
    QByteArray output;
    for (int run = 0; run < runs; ++run) {
        if (auto ms = sqlite3ShellMs(programs, database, statements, &shellError, &output))
            shell << *ms;
    }
    // LIKE finds substrings only; the list also finds word starts with accents folded.
    std::printf("  plain LIKE in the sqlite3 shell matches %s activities\n",
        output.split('\n').value(0).constData());
    fill(table, QStringLiteral("filter.sqlite3"), scale, shell, runs, shellError);
    table.setBudget(QStringLiteral("filter"), scale, atMostMs(kListBudgetMs));
    for (const char *field : {"host_city", "kind", "status"})
        table.setBudget(
            QStringLiteral("sort.") + QLatin1String(field), scale, atMostMs(kListBudgetMs));
    table.setBudget(QStringLiteral("firstpage"), scale,
        Budget {QStringLiteral("no growth (n4/n <= 1.5)"), NAN, true});
}

void measureDashboard(GrowthTable &table, Scale scale, const QString &database, int runs)
{
    QList<double> times;
    QString error;
    for (int run = 0; run < runs; ++run) {
        times << millis([&] {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            options.takeLock = false;
            auto opened = Database::open(database, options);
            if (!opened) {
                error = opened.error().message;
                return;
            }
            const DashboardStats stats
                = DashboardStats::compute(*opened.value(), QDate::currentDate());
            Q_UNUSED(stats);
        });
        if (!error.isEmpty())
            times.removeLast();
    }
    fill(table, QStringLiteral("dashboard"), scale, times, runs, error);
    table.setBudget(QStringLiteral("dashboard"), scale, atMostMs(kDashboardBudgetMs));
}

} // namespace pactesur::bench

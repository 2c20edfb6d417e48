// SPDX-License-Identifier: EUPL-1.2
#include "exchangemeasures.h"

#include "childprocess.h"
#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "seed/seeder.h"
#include "store/database.h"
#include "store/replica.h"
#include "testdatabase.h"
#include "trust/roster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>

namespace pactesur::bench {

namespace {

// The tables an import writes: the records a package carries.
const char *const kRecordTables[]
    = {"project", "theme", "city", "organisation", "contact", "work_group", "membership",
        "activity", "participation", "attachment", "resource", "sheet", "sheet_history"};
constexpr double kImportMemoryBudgetMb = 100;

struct Scratch
{
    QString folder;
    QString file(const QString &name) const { return folder + QLatin1Char('/') + name; }
};

QString runsNote(int done, int asked)
{
    if (done == asked)
        return done == 1 ? QStringLiteral("1 run") : QStringLiteral("%1 runs").arg(done);
    return QStringLiteral("%1 of %2 runs").arg(done).arg(asked);
}

// A city's empty database, enrolled with the source so that a sealed package reaches it.
bool makeReceiver(Database &source, const QString &path, QString *error)
{
    auto opened = Database::open(path);
    if (!opened) {
        *error = opened.error().message;
        return false;
    }
    Database &receiver = *opened.value();
    (void)Seeder::seed(receiver);
    if (auto role
        = Replica::initialise(receiver, QStringLiteral("liaison"), QStringLiteral("riga"));
        !role) {
        *error = role.error().message;
        return false;
    }
    (void)Roster::enrolSelf(source);
    test::enrol(source, receiver);
    return true;
}

bool exec(sqlite3 *db, const QByteArray &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message).left(80);
    sqlite3_free(message);
    return false;
}

// The receiver's schema, every index and trigger, with none of the record tables' rows:
// where the plain insert writes.
bool emptyRecordTables(const QString &path, QString *error)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
        && exec(db, "PRAGMA foreign_keys = OFF; BEGIN", error);
    for (const char *table : kRecordTables)
        ok = ok && exec(db, QByteArray("DELETE FROM main.") + table, error);
    ok = ok && exec(db, "COMMIT", error);
    sqlite3_close(db);
    return ok;
}

QByteArray columnList(sqlite3 *db, const char *table)
{
    QByteArrayList columns;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, QByteArray("SELECT name FROM pragma_table_info('") + table + "')", -1,
        &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        columns << '"'
                + QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)))
                + '"';
    sqlite3_finalize(statement);
    return columns.join(", ");
}

// The same rows straight into the same schema, one transaction, as durable as the import
// (WAL, synchronous FULL): what SQLite itself does, the yardstick of the import rate.
std::optional<double> plainInsertRate(const QString &source, const QString &target, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(target.toUtf8().constData(), &db) != SQLITE_OK) {
        *error = QStringLiteral("cannot open ") + target;
        sqlite3_close(db);
        return std::nullopt;
    }
    bool ok = exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", error)
        && exec(db, "ATTACH '" + source.toUtf8() + "' AS source", error);
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    ok = ok && exec(db, "BEGIN", error);
    for (const char *table : kRecordTables) {
        // Named columns: a migrated source may hold them in another order than a new file.
        const QByteArray columns = columnList(db, table);
        ok = ok
            && exec(db,
                QByteArray("INSERT INTO main.") + table + " (" + columns + ") SELECT " + columns
                    + " FROM source." + table,
                error);
        rows += sqlite3_changes(db);
    }
    ok = ok && exec(db, "COMMIT", error);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_close(db);
    if (!ok)
        return std::nullopt;
    std::printf("  plain insert: %lld rows in %.1f s\n", rows, seconds);
    return rows / seconds;
}

} // namespace

void addExchangeRows(GrowthTable &table)
{
    table.addRow(QStringLiteral("export"), QStringLiteral("full export, s (median)"));
    table.addRow(QStringLiteral("backup"),
        QStringLiteral("sqlite3 .backup of the same file, s (median)"), GrowthRule::Free, true);
    table.addRow(
        QStringLiteral("import"), QStringLiteral("import into an empty database, rows/s (median)"));
    table.addRow(QStringLiteral("insert"),
        QStringLiteral("plain INSERT ... SELECT, same rows and schema, rows/s (median)"),
        GrowthRule::Free, true);
    table.addRow(QStringLiteral("import.memory"),
        QStringLiteral("import peak memory (pactesur-cli import), MB (median)"));
}

void measureExchange(GrowthTable &table, Scale scale, const Programs &programs,
    const QString &database, const QString &scratchFolder, int runs)
{
    const Scratch scratch {scratchFolder};
    const QString package = scratch.file(QStringLiteral("full.pactesur"));
    const QString receiverTemplate = scratch.file(QStringLiteral("receiver-template.db"));
    const QString emptyTemplate = scratch.file(QStringLiteral("empty-template.db"));
    QString error;
    auto opened = Database::open(database);
    if (!opened || !makeReceiver(*opened.value(), receiverTemplate, &error)) {
        if (!opened)
            error = opened.error().message;
        for (const char *key : {"export", "backup", "import", "insert", "import.memory"})
            table.fail(QLatin1String(key), scale, error);
        return;
    }
    Database &source = *opened.value();

    QList<double> exportSeconds, backupSeconds;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(package);
        // Each write-heavy measure starts with nothing left to write back: the kernel
        // flushing the copy made before (or the run before) into the measured seconds made
        // the same export 1.3 to 1.9 s from run to run.
        ::sync();
        QElapsedTimer timer;
        timer.start();
        Result<ExportSummary> exported = Exporter::exportTo(source, package, {});
        if (exported)
            exportSeconds << timer.nsecsElapsed() / 1e9;
        else
            error = exported.error().message;
        const QString copy = scratch.file(QStringLiteral("backup.db"));
        ::sync();
        const ChildRun backup = runChild(programs.sqlite3, {database, ".backup '" + copy + "'"});
        if (backup.ok())
            backupSeconds << backup.wallMs / 1000;
        else
            table.fail(QStringLiteral("backup"), scale, backup.failure());
        removeDatabase(copy);
    }
    if (exportSeconds.isEmpty())
        table.fail(QStringLiteral("export"), scale, error);
    else
        table.set(QStringLiteral("export"), scale, median(exportSeconds),
            runsNote(int(exportSeconds.size()), runs));
    if (!backupSeconds.isEmpty())
        table.set(QStringLiteral("backup"), scale, median(backupSeconds),
            runsNote(int(backupSeconds.size()), runs));
    std::printf("  full package: %.1f MB\n", QFile(package).size() / 1e6);
    std::fflush(stdout);

    if (!measures("import"))
        return;
    // The plain insert reads the source as it stands: the same rows the package carries.
    QList<double> insertRates;
    QString insertError;
    if (copyDatabase(receiverTemplate, emptyTemplate, &insertError)
        && emptyRecordTables(emptyTemplate, &insertError)) {
        for (int run = 0; run < runs; ++run) {
            const QString target = scratch.file(QStringLiteral("plain.db"));
            if (copyDatabase(emptyTemplate, target, &insertError)) {
                if (auto rate = plainInsertRate(database, target, &insertError))
                    insertRates << *rate;
            }
            removeDatabase(target);
        }
    }
    removeDatabase(emptyTemplate);
    opened.value().reset(); // the source is read no more: its cache goes before the imports
    if (insertRates.isEmpty())
        table.fail(QStringLiteral("insert"), scale, insertError);
    else
        table.set(QStringLiteral("insert"), scale, median(insertRates),
            runsNote(int(insertRates.size()), runs));

    QList<double> importRates, importPeakMb;
    QString importError, memoryError;
    Importer::Options options;
    options.backupFolder = scratch.file(QStringLiteral("backups"));
    for (int run = 0; QFile::exists(package) && run < runs; ++run) {
        const QString receiver = scratch.file(QStringLiteral("receiver.db"));
        if (copyDatabase(receiverTemplate, receiver, &importError)) {
            auto target = Database::open(receiver);
            if (!target) {
                importError = target.error().message;
            } else {
                QElapsedTimer timer;
                timer.start();
                Result<ImportReport> imported = Importer::run(*target.value(), package, options);
                const double seconds = timer.nsecsElapsed() / 1e9;
                if (imported) {
                    const int records = imported->created + imported->updated + imported->unchanged;
                    importRates << records / seconds;
                    std::printf("  import: %d records in %.1f s\n", records, seconds);
                } else {
                    importError = imported.error().message;
                }
                std::fflush(stdout);
            }
        }
        removeDatabase(receiver);
        QDir(options.backupFolder).removeRecursively();
        // In a process of its own, so that ru_maxrss is the import's alone.
        if (copyDatabase(receiverTemplate, receiver, &memoryError)) {
            const ChildRun child = runChild(programs.cli,
                {QStringLiteral("--db"), receiver, QStringLiteral("import"), package},
                {{QStringLiteral("XDG_CONFIG_HOME"), scratch.file(QStringLiteral("config"))}});
            if (child.ok()) {
                importPeakMb << child.peakKb / 1024.0;
                std::printf("  pactesur-cli import: %.1f s, peak %.0f MB\n", child.wallMs / 1000,
                    child.peakKb / 1024.0);
            } else {
                memoryError = child.failure();
            }
        }
        removeDatabase(receiver);
        QDir(scratch.file(QStringLiteral("backups"))).removeRecursively();
    }
    const auto fill = [&](const char *key, const QList<double> &values, const QString &why) {
        if (values.isEmpty())
            table.fail(
                QLatin1String(key), scale, why.isEmpty() ? QStringLiteral("no package") : why);
        else
            table.set(
                QLatin1String(key), scale, median(values), runsNote(int(values.size()), runs));
    };
    fill("import", importRates, importError);
    fill("import.memory", importPeakMb, memoryError);
    QFile::remove(package);
    removeDatabase(receiverTemplate);

    // Budgets against the peers just measured.
    if (auto backup = table.value(QStringLiteral("backup"), scale)) {
        table.setBudget(QStringLiteral("export"), scale,
            Budget {QStringLiteral("<= 1.5x backup (%1 s)").arg(1.5 * *backup, 0, 'f', 1),
                1.5 * *backup, true});
        if (auto exported = table.value(QStringLiteral("export"), scale))
            table.addNote(QStringLiteral("export"), scale,
                QStringLiteral("%1x backup").arg(*exported / *backup, 0, 'f', 2));
    }
    if (auto plain = table.value(QStringLiteral("insert"), scale)) {
        table.setBudget(QStringLiteral("import"), scale,
            Budget {QStringLiteral(">= 0.8x plain (%1 rows/s)").arg(0.8 * *plain, 0, 'f', 0),
                0.8 * *plain, false});
        if (auto imported = table.value(QStringLiteral("import"), scale))
            table.addNote(QStringLiteral("import"), scale,
                QStringLiteral("%1x plain").arg(*imported / *plain, 0, 'f', 2));
    }
    table.setBudget(QStringLiteral("import.memory"), scale,
        Budget {
            QStringLiteral("<= %1 MB").arg(kImportMemoryBudgetMb), kImportMemoryBudgetMb, true});
}

} // namespace pactesur::bench

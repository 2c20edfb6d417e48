// SPDX-License-Identifier: EUPL-1.2
// Exchange figures at network scale against DESIGN.md section 9: full export against an
// SQLite backup of the same file, import against the raw insert rate of the same rows,
// and a re-import that brings nothing new.
#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "exchange/packageformat.h"
#include "exchange/statestore.h"
#include "model/kinds.h"
#include "seed/generator.h"
#include "seed/seeder.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/replica.h"
#include "testdatabase.h"
#include "trust/keyring.h"
#include "trust/roster.h"
#include "trust/sealedpackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using namespace pactesur;

namespace {

std::unique_ptr<Database> openOrDie(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    return std::move(db.value());
}

double backupSeconds(sqlite3 *source, const QString &target)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *destination = nullptr;
    sqlite3_open(target.toUtf8().constData(), &destination);
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    sqlite3_close(destination);
    return timer.elapsed() / 1000.0;
}

// The same rows straight into the same schema (triggers and indexes included), one
// transaction: what SQLite itself can do, the yardstick of the import rate.
double rawInsertSeconds(const QString &sourcePath, const QString &target, qint64 *rows)
{
    sqlite3 *db = nullptr;
    sqlite3_open(target.toUtf8().constData(), &db);
    sqlite3_exec(
        db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", nullptr, nullptr, nullptr);
    sqlite3_exec(db, Migrations::script(1).toUtf8().constData(), nullptr, nullptr, nullptr);
    const QByteArray attach = "ATTACH '" + sourcePath.toUtf8() + "' AS source";
    sqlite3_exec(db, attach.constData(), nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    *rows = 0;
    for (const char *table : {"project", "theme", "city", "organisation", "contact", "work_group",
             "membership", "activity", "participation", "attachment", "resource", "sheet"}) {
        const QByteArray sql
            = QByteArray("INSERT INTO main.") + table + " SELECT * FROM source." + table;
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        *rows += sqlite3_changes(db);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = timer.elapsed() / 1000.0;
    sqlite3_close(db);
    return seconds;
}

// Today's plain format, the yardstick of what signing and sealing cost (issue 14): the
// same rows copied the same way (INSERT ... SELECT into an attached file of the package's
// schema, no journal, synced once written), but left unsealed, as packages were before.
double plainPackageSeconds(const QString &sourcePath, const QString &target)
{
    sqlite3 *db = nullptr;
    // ATTACH creates the package with the flags of the connection.
    sqlite3_open_v2(
        sourcePath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QElapsedTimer timer;
    timer.start();
    const QByteArray attach = "ATTACH '" + target.toUtf8() + "' AS package";
    QByteArray sql = attach
        + "; PRAGMA package.page_size = 65536; PRAGMA package.journal_mode = OFF;"
          " PRAGMA package.synchronous = OFF;"
        + package::schema(QStringLiteral("package.")).toUtf8() + "; BEGIN;";
    for (const KindSpec *kind : StateStore::exchangedKinds()) {
        const QString columns = package::columnList(*kind);
        sql += QStringLiteral("INSERT INTO package.%1 (%2) SELECT %2 FROM main.%1; "
                              "INSERT INTO package.conflict SELECT * FROM main.conflict c "
                              "WHERE c.record_kind = '%3' AND EXISTS (SELECT 1 FROM main.%1 r "
                              "WHERE r.id = c.record_id);")
                   .arg(kind->table, columns, kind->name)
                   .toUtf8();
    }
    sql += "INSERT INTO package.blob SELECT sha256, data FROM main.attachment WHERE data IS NOT "
           "NULL AND id IN (SELECT id FROM package.attachment); COMMIT; DETACH DATABASE package;";
    char *error = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "plain package: %s\n", error);
        std::exit(1);
    }
    const int file = ::open(QFile::encodeName(target).constData(), O_RDONLY);
    ::fsync(file);
    ::close(file);
    const double seconds = timer.elapsed() / 1000.0;
    sqlite3_close(db);
    return seconds;
}

void report(const char *what, double value, const char *unit, const char *budget, bool ok)
{
    std::printf(
        "%-44s %10.2f %-9s (budget %s) %s\n", what, value, unit, budget, ok ? "ok" : "OVER");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString networkPath = qEnvironmentVariable(
        "PACTESUR_BENCH_DB", QDir::tempPath() + QStringLiteral("/pactesur-bench-network.db"));
    const bool fresh = !QFile::exists(networkPath);
    auto network = openOrDie(networkPath);
    if (fresh) {
        std::printf("generating the network-scale database in %s ...\n", qPrintable(networkPath));
        (void)Seeder::seed(*network);
        (void)Replica::initialise(*network, QStringLiteral("coordinator"), QString());
        (void)Generator::generate(*network, Generator::Scale::Network, 1);
    }
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("network.pactesur"));
    // The receiver, a city, and the network's coordinator trust each other's keys: packages
    // are signed and sealed (issue 14).
    auto target = openOrDie(dir.filePath(QStringLiteral("empty.db")));
    (void)Seeder::seed(*target);
    (void)Replica::initialise(*target, QStringLiteral("liaison"), QStringLiteral("riga"));
    (void)Roster::enrolSelf(*network);
    test::enrol(*network, *target);

    // Each timed write starts with no other file's pages waiting for the disk: the pages
    // one step left dirty would otherwise be written during the next one's fsync.
    ::sync();
    const double backup
        = backupSeconds(network->handle(), dir.filePath(QStringLiteral("backup.db")));
    ::sync();
    const double plainSeconds
        = plainPackageSeconds(networkPath, dir.filePath(QStringLiteral("plain-package.sqlite")));
    ::sync();
    QElapsedTimer timer;
    timer.start();
    Result<ExportSummary> exported = Exporter::exportTo(*network, package, {});
    const double exportSeconds = timer.elapsed() / 1000.0;
    if (!exported)
        return std::fprintf(stderr, "%s\n", qPrintable(exported.error().message)), 1;
    std::printf(
        "full package: %d records, %.1f MB\n", exported->total(), QFile(package).size() / 1e6);
    report("full export / sqlite3 backup", exportSeconds / backup, "x", "1.5x",
        exportSeconds <= 1.5 * backup);
    std::printf("  (export %.2f s, backup %.2f s)\n", exportSeconds, backup);

    qint64 rawRows = 0;
    const double raw
        = rawInsertSeconds(networkPath, dir.filePath(QStringLiteral("raw.db")), &rawRows);
    Importer::Options options;
    options.backupFolder = dir.filePath(QStringLiteral("backups"));
    timer.restart();
    Result<ImportReport> imported = Importer::run(*target, package, options);
    const double importSeconds = timer.elapsed() / 1000.0;
    if (!imported)
        return std::fprintf(stderr, "%s\n", qPrintable(imported.error().message)), 1;
    const double importRate
        = (imported->created + imported->updated + imported->unchanged) / importSeconds;
    const double rawRate = rawRows / raw;
    report("import into an empty database", importRate, "rows/s", "half the raw rate",
        importRate >= 0.5 * rawRate);
    std::printf("  (import %.2f s; raw insert of %lld rows %.2f s = %.0f rows/s)\n", importSeconds,
        rawRows, raw, rawRate);

    timer.restart();
    Result<ImportReport> again = Importer::run(*target, package, options);
    const double reimport = timer.elapsed() / 1000.0;
    report("re-import, nothing new", reimport, "s", "1 s",
        again && again->created + again->updated == 0 && reimport <= 1.0);

    // What signing and sealing add (budget: 15 % each): the export against the same package
    // written unsealed (plainPackageSeconds); opening, timed alone, against the import it is
    // part of. Sealing is also timed alone, from a file, for the record.
    auto keyring = Keyring::open(*network);
    auto targetKeys = Keyring::open(*target);
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    const QString resealed = dir.filePath(QStringLiteral("resealed.pactesur"));
    const QString opened = dir.filePath(QStringLiteral("opened.sqlite"));
    if (!keyring || !targetKeys
        || !SealedPackage::open(*target, *targetKeys.value(), package, plain))
        return std::fprintf(stderr, "cannot open the sealed package\n"), 1;
    timer.restart();
    const Status sealedAgain
        = SealedPackage::seal(*keyring.value(), Replica::load(*network).replicaId, 1, 0,
            {{Replica::load(*target).replicaId, targetKeys.value()->publicKeys().box}}, plain,
            resealed);
    const double sealSeconds = timer.elapsed() / 1000.0;
    timer.restart();
    const bool openedAgain
        = SealedPackage::open(*target, *targetKeys.value(), resealed, opened).ok();
    const double openSeconds = timer.elapsed() / 1000.0;
    if (!sealedAgain || !openedAgain)
        return std::fprintf(stderr, "cannot seal or open the package again\n"), 1;
    const double exportShare = exportSeconds / plainSeconds - 1;
    const double importShare = openSeconds / (importSeconds - openSeconds);
    report("signing and sealing, added to the export", 100 * exportShare, "%", "15 %",
        exportShare <= 0.15);
    report("checking and opening, added to the import", 100 * importShare, "%", "15 %",
        importShare <= 0.15);
    std::printf("  (export %.2f s against %.2f s for the same package unsealed; seal alone "
                "%.2f s, open %.2f s)\n",
        exportSeconds, plainSeconds, sealSeconds, openSeconds);
    return 0;
}

// SPDX-License-Identifier: EUPL-1.2
// Injected I/O errors (issue 16) in the operations on the database itself: migration from
// the oldest schema, a practice sheet's autosave, the resolution of a conflict, and the
// erasure of a contact, which also rewrites the backups (the eighth operation).
#include "exchangeharness.h"
#include "faultloop.h"
#include "testdatabase.h"

#include "exchange/backups.h"
#include "exchange/importer.h"
#include "store/recordstore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace pactesur;
using namespace pactesur::test;

namespace {

const QString kName = QStringLiteral("Ona Zebrauskaite-Pactesurova");

// The operation leaves no file behind: the folder holds what it was prepared with.
std::function<QString(const QString &, bool)> leavesNoFiles(const QString &prepared)
{
    const QStringList files = faultcheck::files(prepared);
    return [files](const QString &at, bool) {
        const QStringList now = faultcheck::files(at);
        return now == files ? QString()
                            : QStringLiteral("left behind: ") + now.join(QLatin1Char(','));
    };
}

// Copies one replica's database and keys into a folder of their own.
bool copyReplica(const QString &from, const QString &name, const QString &to)
{
    return QDir().mkpath(to)
        && QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name)
        && QFile::copy(from + QLatin1Char('/') + name + QStringLiteral(".keys"),
            to + QLatin1Char('/') + name + QStringLiteral(".keys"));
}

} // namespace

class TestIoFaultsRecords : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString folder(const QString &name) const { return m_root.filePath(name); }
    QString scratchFolder(const QString &name) const
    {
        const QString path = folder(name + QStringLiteral("-scratch"));
        QDir().mkpath(path);
        return path;
    }

private slots:
    void initTestCase() { FaultVfs::install(); }

    void shouldSurviveFaultsDuringMigration()
    {
        const QString prepared = folder(QStringLiteral("migration"));
        QVERIFY(QDir().mkpath(prepared));
        const QString fixture = QStringLiteral(PACTESUR_SOURCE_DIR)
            + QStringLiteral("/tests/data/migrations/v1/pactesur.db");
        QVERIFY(QFile::copy(fixture, prepared + QStringLiteral("/pactesur.db")));
        QFile::setPermissions(
            prepared + QStringLiteral("/pactesur.db"), QFile::ReadOwner | QFile::WriteOwner);
        static FixedClock clock(FaultLoop::fixedNow());
        FaultyOperation migration;
        migration.name = QStringLiteral("migration");
        migration.preparedFolder = prepared;
        migration.databaseFile = QStringLiteral("pactesur.db");
        migration.opensDatabase = true;
        migration.run = [](std::unique_ptr<Database> &db, const QString &at) -> Status {
            Database::Options options;
            options.clock = &clock;
            Result<std::unique_ptr<Database>> opened
                = Database::open(at + QStringLiteral("/pactesur.db"), options);
            if (!opened)
                return opened.error();
            db = std::move(opened).value();
            return {};
        };
        // Each migration step is its own transaction: a failed opening leaves the file at
        // the version of a step, which the next opening continues from.
        const auto noFiles = leavesNoFiles(prepared);
        migration.checkFiles = [noFiles](const QString &at, bool succeeded) -> QString {
            if (QString files = noFiles(at, succeeded); !files.isEmpty())
                return files;
            sqlite3 *handle = nullptr;
            int version = -1;
            if (sqlite3_open_v2(QFile::encodeName(at + QStringLiteral("/pactesur.db")).constData(),
                    &handle, SQLITE_OPEN_READWRITE, nullptr)
                == SQLITE_OK) {
                sqlite3_stmt *statement = nullptr;
                if (sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &statement, nullptr)
                        == SQLITE_OK
                    && sqlite3_step(statement) == SQLITE_ROW)
                    version = sqlite3_column_int(statement, 0);
                sqlite3_finalize(statement);
            }
            sqlite3_close(handle);
            if (version < 1 || version > Database::latestSchemaVersion()
                || (succeeded && version != Database::latestSchemaVersion()))
                return QStringLiteral("schema version %1").arg(version);
            return {};
        };
        FaultLoop loop(migration);
        QVERIFY(loop.measure());
        const QStringList problems = runAllModes(loop, migration.name, 5);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void shouldSurviveFaultsDuringSheetAutosave()
    {
        const QString scratch = scratchFolder(QStringLiteral("autosave"));
        QString sheetId;
        {
            TestReplica vilnius(QStringLiteral("vilnius"), QStringLiteral("vilnius"), scratch);
            const Result<QString> id = vilnius.store().create(Kinds::get(QStringLiteral("sheets")),
                {{QStringLiteral("title"), QStringLiteral("Night buses for shift workers")},
                    {QStringLiteral("city"), QStringLiteral("vilnius")},
                    {QStringLiteral("language"), QStringLiteral("en")},
                    {QStringLiteral("summary"), QStringLiteral("A first draft.")}});
            QVERIFY2(id.ok(), id ? "" : qPrintable(id.error().message));
            sheetId = id.value();
        }
        const QString prepared = folder(QStringLiteral("autosave"));
        QVERIFY(copyReplica(scratch, QStringLiteral("vilnius.db"), prepared));
        FaultyOperation autosave;
        autosave.name = QStringLiteral("sheet autosave");
        autosave.preparedFolder = prepared;
        autosave.databaseFile = QStringLiteral("vilnius.db");
        // The write SheetAutosaver::write makes for a changed text field.
        autosave.run = [sheetId](std::unique_ptr<Database> &db, const QString &) {
            return RecordStore(*db).update(Kinds::get(QStringLiteral("sheets")), sheetId,
                {{QStringLiteral("summary"),
                    QStringLiteral("Buses every 20 minutes from 23:00.")}});
        };
        autosave.checkFiles = leavesNoFiles(prepared);
        FaultLoop loop(autosave);
        QVERIFY(loop.measure());
        QVERIFY(loop.digestAfter() != loop.digestBefore());
        const QStringList problems = runAllModes(loop, autosave.name, 1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void shouldSurviveFaultsDuringConflictResolution()
    {
        const QString scratch = scratchFolder(QStringLiteral("conflict"));
        {
            // As tests/data/merge/concurrent-same-field: both edit one field at once.
            TestReplica coordinator(
                QStringLiteral("coordinator"), QStringLiteral("coordinator"), scratch);
            TestReplica vilnius(QStringLiteral("vilnius"), QStringLiteral("vilnius"), scratch);
            vilnius.enrolWith(coordinator);
            const KindSpec &cities = Kinds::get(QStringLiteral("cities"));
            const QString city
                = vilnius.store().resolveId(cities, QStringLiteral("vilnius")).value();
            QVERIFY(vilnius.store().update(
                cities, city, {{QStringLiteral("notes"), QStringLiteral("Written in Vilnius")}}));
            QVERIFY(coordinator.store().update(cities, city,
                {{QStringLiteral("notes"), QStringLiteral("Written by the coordinator")}}));
            QVERIFY(coordinator.importPackage(vilnius.exportPackage(&coordinator)).ok());
            QVERIFY(vilnius.importPackage(coordinator.exportPackage(&vilnius)).ok());
        }
        const QString prepared = folder(QStringLiteral("conflict"));
        QVERIFY(copyReplica(scratch, QStringLiteral("vilnius.db"), prepared));
        QString conflictId;
        {
            Result<std::unique_ptr<Database>> db
                = Database::open(prepared + QStringLiteral("/vilnius.db"));
            QVERIFY(db.ok());
            QSqlQuery query(db.value()->sql());
            QVERIFY(query.exec(QStringLiteral("SELECT id FROM conflict")) && query.next());
            conflictId = query.value(0).toString();
            QVERIFY(!query.next()); // exactly one
        }
        FaultyOperation resolution;
        resolution.name = QStringLiteral("conflict resolution");
        resolution.preparedFolder = prepared;
        resolution.databaseFile = QStringLiteral("vilnius.db");
        resolution.run = [conflictId](std::unique_ptr<Database> &db, const QString &) {
            return RecordStore(*db).resolveConflict(
                conflictId, {}, QStringLiteral("Agreed at the meeting"));
        };
        resolution.checkFiles = leavesNoFiles(prepared);
        FaultLoop loop(resolution);
        QVERIFY(loop.measure());
        QVERIFY(loop.digestAfter() != loop.digestBefore());
        const QStringList problems = runAllModes(loop, resolution.name, 1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void shouldSurviveFaultsDuringErasure()
    {
        const QString scratch = scratchFolder(QStringLiteral("erasure"));
        const KindSpec &contacts = Kinds::get(QStringLiteral("contacts"));
        QString contactId;
        {
            TestReplica vilnius(QStringLiteral("vilnius"), QStringLiteral("vilnius"), scratch);
            const Result<QString> id = vilnius.store().create(contacts,
                {{QStringLiteral("name"), kName},
                    {QStringLiteral("function"), QStringLiteral("Deputy chief")},
                    {QStringLiteral("email"), QStringLiteral("ona.zebrauskaite@vilnius.example")},
                    {QStringLiteral("city"), QStringLiteral("vilnius")}});
            QVERIFY(id.ok());
            contactId = id.value();
            // A backup that holds her: the erasure must reach it too.
            QVERIFY(Importer::backup(vilnius.db(), Importer::defaultBackupFolder(vilnius.db()), 10)
                        .ok());
        }
        const QString prepared = folder(QStringLiteral("erasure"));
        QVERIFY(copyReplica(scratch, QStringLiteral("vilnius.db"), prepared));
        QVERIFY(faultcheck::copyFolder(
            scratch + QStringLiteral("/backups"), prepared + QStringLiteral("/backups")));
        QCOMPARE(QDir(prepared + QStringLiteral("/backups")).entryList(QDir::Files).size(), 1);
        FaultyOperation erasure;
        erasure.name = QStringLiteral("erasure");
        erasure.preparedFolder = prepared;
        erasure.databaseFile = QStringLiteral("vilnius.db");
        erasure.run = [contactId](std::unique_ptr<Database> &db, const QString &) {
            return RecordStore(*db).remove(Kinds::get(QStringLiteral("contacts")), contactId);
        };
        // Once the contact is erased here, what remains of the job is the backups: the
        // next erasure (or import) scrubs them again, as this does.
        erasure.retry = [contactId](std::unique_ptr<Database> &db, const QString &) -> Status {
            RecordStore store(*db);
            const std::optional<Record> contact
                = store.get(Kinds::get(QStringLiteral("contacts")), contactId);
            if (contact && !contact->deleted)
                return store.remove(Kinds::get(QStringLiteral("contacts")), contactId);
            const Result<QStringList> scrubbed = Backups::eraseDeletedPersonalData(*db);
            return scrubbed ? Status() : Status(scrubbed.error());
        };
        const auto noFiles = leavesNoFiles(prepared);
        erasure.checkFiles = [noFiles](const QString &at, bool succeeded) -> QString {
            if (QString files = noFiles(at, succeeded); !files.isEmpty())
                return files;
            const QDir backups(at + QStringLiteral("/backups"));
            for (const QString &name : backups.entryList(QDir::Files)) {
                if (name.endsWith(QLatin1String("-journal")))
                    continue;
                const QString path = backups.filePath(name);
                if (const QString integrity = faultcheck::integrity(path);
                    integrity != QLatin1String("ok"))
                    return QStringLiteral("a damaged backup: ") + integrity;
                QFile file(path);
                if (succeeded && file.open(QIODevice::ReadOnly)
                    && file.readAll().toLower().contains("zebrauskaite"))
                    return QStringLiteral("a backup still holds the erased contact");
            }
            return {};
        };
        FaultLoop loop(erasure);
        QVERIFY(loop.measure());
        QVERIFY(loop.digestAfter() != loop.digestBefore());
        const QStringList problems = runAllModes(loop, erasure.name, 23);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestIoFaultsRecords)
#include "tst_iofaults_records.moc"

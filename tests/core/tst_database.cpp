// SPDX-License-Identifier: EUPL-1.2
// Opening, creating, migrating and locking database files.
#include "exchange/authority.h"
#include "exchange/writers.h"
#include "model/kinds.h"
#include "seed/generator.h"
#include "store/checker.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/recordstore.h"
#include "store/replica.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace pactesur;

class TestDatabaseFile : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(Database &db, const QString &sql)
    {
        QSqlQuery query(db.sql());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

    static void rawExec(const QString &path, const char *sql)
    {
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &handle), SQLITE_OK);
        QCOMPARE(sqlite3_exec(handle, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(handle);
    }

    // Where the counts the triggers keep (schema v9) differ from the rows, or that a
    // replicated table has none; empty when every one is right.
    static QString liveCountMismatches(Database &db)
    {
        QStringList mismatches;
        for (const KindSpec &kind : Kinds::all()) {
            if (!kind.replicated)
                continue;
            const QVariant kept = scalar(db,
                QStringLiteral("SELECT live FROM live_count WHERE table_name = '%1'")
                    .arg(kind.table));
            const QVariant counted = scalar(
                db, QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(kind.table));
            if (!kept.isValid() || kept.toLongLong() != counted.toLongLong())
                mismatches << QStringLiteral("%1: kept %2, counted %3")
                                  .arg(kind.table, kept.toString(), counted.toString());
        }
        return mismatches.join(QStringLiteral("; "));
    }

private slots:
    void shouldKeepTheLiveCountOfEveryTableWhateverWritesTheRows()
    {
        // GIVEN a database with records of every kind
        test::TestDatabase fixture;
        Database &db = fixture.db();
        QVERIFY(Generator::generate(db, Generator::Scale::Small, 3));
        QCOMPARE(liveCountMismatches(db), QString());
        QVERIFY(scalar(db,
                    QStringLiteral("SELECT live FROM live_count WHERE table_name = "
                                   "'participation'"))
                    .toInt()
            > 100);
        // WHEN records are deleted and restored through the write path
        RecordStore store(db);
        const KindSpec &activities = Kinds::get(QStringLiteral("activities"));
        QSqlQuery ids(db.sql());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM activity WHERE deleted = 0 LIMIT 5")));
        QStringList removed;
        while (ids.next())
            removed << ids.value(0).toString();
        for (const QString &id : std::as_const(removed))
            QVERIFY(store.remove(activities, id).ok());
        QVERIFY(store.restore(activities, removed.first()).ok());
        QCOMPARE(liveCountMismatches(db), QString());
        // AND by hand, as in the sqlite3 shell: tombstones set and cleared, rows deleted
        // (deleted or not), rows inserted deleted or not, a value rewritten
        for (const char *sql : {"UPDATE participation SET deleted = 1 WHERE rowid % 3 = 0",
                 "UPDATE participation SET deleted = 0 WHERE rowid % 6 = 0",
                 "UPDATE participation SET deleted = deleted",
                 "DELETE FROM participation WHERE rowid % 5 = 0",
                 "UPDATE sheet_history SET deleted = 1 WHERE rowid % 2 = 0",
                 "DELETE FROM sheet_history WHERE rowid % 4 < 2",
                 "INSERT INTO theme (id, owner, created_at, updated_at, deleted, slug, name) "
                 "SELECT id || '-copy', owner, created_at, updated_at, rowid % 2, slug || '-2', "
                 "name "
                 "FROM theme"}) {
            QSqlQuery query(db.sql());
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
        }
        // THEN every kept count equals the rows, also after a reopen
        QCOMPARE(liveCountMismatches(db), QString());
        fixture.reopen();
        QCOMPARE(liveCountMismatches(fixture.db()), QString());
    }

    void shouldCreateAFreshDatabaseAtTheLatestVersion()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("sub/folder/new.db")));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA application_id")).toLongLong(),
            qint64(Database::kApplicationId));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(),
            QStringLiteral("wal"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QVERIFY(Checker::check(*db.value()).ok);
    }

    void shouldKeepDataWhenReopened()
    {
        test::TestDatabase fixture;
        const QString digest = Checker::stateDigest(fixture.db());
        fixture.reopen();
        QCOMPARE(fixture.db().schemaVersion(), Migrations::latestVersion());
        QCOMPARE(Checker::stateDigest(fixture.db()), digest);
        QCOMPARE(scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM city")).toInt(), 15);
    }

    void shouldMigrateAVersionZeroFileForward()
    {
        // GIVEN an empty SQLite file (version 0, no application id)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.db"));
        rawExec(path, "PRAGMA user_version = 0;");
        // WHEN it is opened THEN every migration runs and the schema is the expected one
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY2(Checker::check(*db.value()).ok,
            qPrintable(Checker::check(*db.value()).problems.join(u'\n')));
    }

    void shouldMigrateAVersionOneFixtureForward()
    {
        // GIVEN a database written by the first release (schema 1), copied out of the tree
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        QVERIFY(QFile::copy(
            QStringLiteral(PACTESUR_SOURCE_DIR "/tests/data/migrations/v1/pactesur.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // WHEN this version opens it
        auto db = Database::open(path);
        QVERIFY(db.ok());
        // THEN it is at the latest version, in good order, its data and role intact
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY2(Checker::check(*db.value()).ok,
            qPrintable(Checker::check(*db.value()).problems.join(u'\n')));
        QCOMPARE(liveCountMismatches(*db.value()), QString()); // counted at migration
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT notes FROM city WHERE slug = 'riga'"))
                     .toString(),
            QStringLiteral("Written under schema 1"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT role FROM local_replica")).toString(),
            QStringLiteral("liaison"));
        QCOMPARE(scalar(*db.value(),
                     QStringLiteral(
                         "SELECT count(*) FROM sqlite_schema WHERE name = 'activity_end_idx'"))
                     .toInt(),
            1);
        // and opening it again migrates nothing more
        db = Database::open(dir.filePath(QStringLiteral("other.db")));
        QVERIFY(db.ok());
    }

    void shouldMigrateAVersionTwoFixtureForward()
    {
        // GIVEN a database of schema 2 where a sheet has review notes as one free text
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        QVERIFY(QFile::copy(
            QStringLiteral(PACTESUR_SOURCE_DIR "/tests/data/migrations/v2/pactesur.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // WHEN this version opens it
        auto db = Database::open(path);
        QVERIFY(db.ok());
        // THEN the notes became the sheet's general note and the workflow tables exist
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY2(Checker::check(*db.value()).ok,
            qPrintable(Checker::check(*db.value()).problems.join(u'\n')));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT review_notes FROM sheet")).toString(),
            QStringLiteral("{\"general\":\"Please add the figures for 2025.\"}"));
        QCOMPARE(
            scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sheet_history")).toInt(), 0);
        QCOMPARE(
            scalar(*db.value(), QStringLiteral("SELECT count(*) FROM editor_journal")).toInt(), 0);
    }

    void shouldGiveRecordsTheirCreationOwnerBackWhenMigratingFromVersionThree()
    {
        // GIVEN the coordinator's database of schema 3 (tests/data/migrations/v3, made by
        // make_fixture.sh): Riga created an activity and a contact; the coordinator's edits
        // rewrote their owners to "coordinator" and to Vilnius, as that release did
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        QVERIFY(QFile::copy(
            QStringLiteral(PACTESUR_SOURCE_DIR "/tests/data/migrations/v3/coordinator.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QString activity = QStringLiteral("eb5a6079-d88f-44d2-901e-7363fd67ea53");
        const QString contact = QStringLiteral("02b24fa8-6934-4b0b-a5f7-f0ad874e18bd");
        const QString riga = RecordStore::nameBasedId(
            Kinds::get(QStringLiteral("cities")), {QStringLiteral("riga")});
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            sqlite3_stmt *owner = nullptr;
            sqlite3_prepare_v2(raw, "SELECT owner FROM activity WHERE id = ?", -1, &owner, nullptr);
            sqlite3_bind_text(owner, 1, activity.toUtf8().constData(), -1, SQLITE_TRANSIENT);
            QCOMPARE(sqlite3_step(owner), SQLITE_ROW);
            QCOMPARE(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(owner, 0))),
                QStringLiteral("coordinator"));
            sqlite3_finalize(owner);
            sqlite3_close(raw);
        }
        // WHEN this version opens it
        auto db = Database::open(path);
        QVERIFY(db.ok());
        // THEN both records are Riga's again, from their creation dot and Riga's role, and
        // Riga's replica is known as a writer for Riga
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY2(Checker::check(*db.value()).ok,
            qPrintable(Checker::check(*db.value()).problems.join(u'\n')));
        QCOMPARE(scalar(*db.value(),
                     QStringLiteral("SELECT owner FROM activity WHERE id = '%1'").arg(activity))
                     .toString(),
            riga);
        QCOMPARE(scalar(*db.value(),
                     QStringLiteral("SELECT owner FROM contact WHERE id = '%1'").arg(contact))
                     .toString(),
            riga);
        // the seeded records keep theirs: cities own themselves, the rest is the coordinator's
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM city WHERE owner <> id"))
                     .toInt(),
            0);
        QCOMPARE(scalar(*db.value(),
                     QStringLiteral("SELECT count(*) FROM theme WHERE owner <> "
                                    "'coordinator'"))
                     .toInt(),
            0);
        const Principals writers = Writers::load(*db.value());
        const QString rigaReplica
            = scalar(*db.value(), QStringLiteral("SELECT replica FROM local_peer")).toString();
        QCOMPARE(writers.value(rigaReplica).city, riga);
        // and Riga's liaison may now edit its activity at the coordinator's, as everywhere
        Identity liaison {rigaReplica, QStringLiteral("liaison"), riga, {}, {}, {}};
        QCOMPARE(
            Authority::check(Kinds::get(QStringLiteral("activities")), riga,
                QStringLiteral("place"), QStringLiteral("Harbour"), {liaison.role, liaison.cityId}),
            Refusal::None);
    }

    void shouldRefuseADatabaseFromANewerVersion()
    {
        test::TestDatabase fixture;
        fixture.close();
        rawExec(fixture.path(), "PRAGMA user_version = 99;");
        auto db = Database::open(fixture.path());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Rejected);
        QVERIFY(db.error().message.contains(QStringLiteral("99")));
    }

    void shouldRefuseFilesThatAreNotOurs()
    {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
        rawExec(foreign, "CREATE TABLE t (x); PRAGMA application_id = 42;");
        auto db = Database::open(foreign);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("not a Pactesur database")));

        const QString text = dir.filePath(QStringLiteral("notes.db"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto notSqlite = Database::open(text);
        QVERIFY(!notSqlite.ok());
        QCOMPARE(notSqlite.error().code, Error::Rejected);
        QCOMPARE(file.size(), 4096); // untouched
    }

    void shouldRefuseASecondWriterWithAClearMessage()
    {
        test::TestDatabase fixture;
        auto second = Database::open(fixture.path());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Failure);
        QVERIFY(second.error().message.contains(QStringLiteral("already open")));
        // Readers need no lock.
        Database::Options reader;
        reader.takeLock = false;
        QVERIFY(Database::open(fixture.path(), reader).ok());
        // Once the first writer is gone the file opens again.
        fixture.close();
        QVERIFY(Database::open(fixture.path()).ok());
    }

    // What a killed owner leaves (an empty lock file if it died right after creating it,
    // or one naming a PID that is gone) never blocks the next start.
    void shouldOpenPastALockFileItsDeadOwnerLeft_data()
    {
        QTest::addColumn<QByteArray>("leftBehind");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("dead pid") << QByteArray("999999999\npactesur-cli\nhost\n");
        QTest::newRow("garbage") << QByteArray(300, '\xff');
    }

    void shouldOpenPastALockFileItsDeadOwnerLeft()
    {
        QFETCH(QByteArray, leftBehind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("left.db"));
        QVERIFY(Database::open(path).ok());
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(leftBehind);
        lock.close();
        {
            auto reopened = Database::open(path);
            QVERIFY2(
                reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
            // Held now: a second writer is refused although the file was there before.
            QVERIFY(!Database::open(path).ok());
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_database.moc"

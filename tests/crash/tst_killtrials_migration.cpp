// SPDX-License-Identifier: EUPL-1.2
// kill -9 at random moments of a migration from the oldest schema (issue 16): the subject
// opens a copy of the version 1 fixture, grown with the v1 schema until migrating it takes
// about a second, and is killed at a moment drawn uniformly from the time a whole migration
// takes. Each version is its own transaction, so a kill leaves version 1 unchanged, a whole
// later version, or the latest; never a mix. The next open migrates to the same content as
// a migration that was never killed, and is not stopped by the lock.
#include "killtrials.h"
#include "testdatabase.h"

#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pactesur;
using namespace pactesur::test::kill;

namespace {

// Rows in the v1 schema, cloned from the fixture's own or made up: enough that every later
// script has work (indexes to build, review notes to rewrite, ownership to repair).
const char *const kGrowth[] = {
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
    "INSERT INTO contact (id, owner, created_at, updated_at, vv, dots, name, \"function\", city, "
    "email, legal_basis) SELECT printf('contact-%06d', i), 'coordinator', '2023-09-01T00:00:00Z', "
    "'2023-09-01T00:00:00Z', '{}', '{}', 'Contact ' || i, 'Mediator', (SELECT min(id) FROM city), "
    "printf('c%d@example.org', i), 'consent' FROM n",
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
    "INSERT INTO sheet (id, owner, created_at, updated_at, vv, dots, title, city, language, "
    "summary, review_notes) SELECT printf('sheet-%06d', i), 'coordinator', "
    "'2023-09-01T00:00:00Z', '2023-09-01T00:00:00Z', '{}', '{}', 'Practice ' || i, "
    "(SELECT min(id) FROM city), 'en', 'How the city calmed night-time conflicts, case ' || i, "
    "'Say more about the budget of case ' || i FROM n",
};

// Activities are cloned from the fixture's, which are as the first version wrote them.
QString cloneActivities(const QSqlDatabase &sql, int copies)
{
    QStringList columns;
    QStringList values;
    const QSqlRecord record = sql.record(QStringLiteral("activity"));
    for (int i = 0; i < record.count(); ++i) {
        const QString name = QStringLiteral("\"%1\"").arg(record.fieldName(i));
        columns << name;
        values << (record.fieldName(i) == QLatin1String("id")
                ? QStringLiteral("a.id || printf('-%06d', n.i)")
                : QStringLiteral("a.") + name);
    }
    return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                          "WHERE i < %1) INSERT INTO activity (%2) SELECT %3 FROM activity a, n")
        .arg(copies)
        .arg(columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
}

bool grow(const QString &path)
{
    const QString name = QStringLiteral("grow");
    bool ok = true;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        sql.setDatabaseName(path);
        ok = sql.open();
        QStringList statements {QStringLiteral("BEGIN")};
        for (const char *statement : kGrowth)
            statements << QString::fromLatin1(statement);
        statements << cloneActivities(sql, 700) << QStringLiteral("COMMIT")
                   << QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery query(sql);
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        sql.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Every row of every table and the schema itself, read without migrating anything.
QByteArray rawDigest(const QString &path)
{
    const QString name = QStringLiteral("raw-digest");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        sql.setDatabaseName(path);
        sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (sql.open()) {
            QStringList tables {QStringLiteral("sqlite_master")};
            QSqlQuery list(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "ORDER BY name"),
                sql);
            while (list.next())
                tables << list.value(0).toString();
            for (const QString &table : std::as_const(tables)) {
                QSqlQuery rows(sql);
                rows.setForwardOnly(true);
                rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                hash.addData(table.toUtf8());
                while (rows.next()) {
                    for (int i = 0; i < rows.record().count(); ++i)
                        hash.addData(rows.value(i).toByteArray().append('\x1f'));
                    hash.addData("\x1e");
                }
            }
        }
        sql.close();
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

int versionOf(const QString &path)
{
    return rawValue(path, QStringLiteral("PRAGMA user_version")).toInt();
}

} // namespace

class TestKillTrialsMigration : public QObject
{
    Q_OBJECT

private slots:
    void shouldMigrateWholeVersionsWhenKilled()
    {
        // GIVEN the oldest fixture, grown with the first schema
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("v1.db"));
        QVERIFY(QFile::copy(
            QStringLiteral(PACTESUR_SOURCE_DIR "/tests/data/migrations/v1/pactesur.db"), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(grow(old));
        QCOMPARE(versionOf(old), 1);
        const QByteArray unchanged = rawDigest(old);

        // ...migrated whole: the content every interrupted migration must reach, and the
        // time a migration takes (the shortest of three: on a busy machine one may take far
        // longer than the migrations the kills then meet)
        const QString whole = dir.filePath(QStringLiteral("whole.db"));
        qint64 migrateMs = -1;
        for (int run = 0; run < 3; ++run) {
            QVERIFY(copyDatabase(old, whole));
            KilledProcess reference;
            QVERIFY(reference.start(QStringLiteral(PACTESUR_CRASH_SUBJECT),
                {QStringLiteral("migrate"), whole}, QStringLiteral("start")));
            QVERIFY(reference.process().waitForFinished(-1));
            reference.readLines();
            QVERIFY2(reference.operationMs() >= 0, "the whole migration failed");
            migrateMs = run == 0 ? reference.operationMs() : qMin(migrateMs, reference.operationMs());
        }
        QCOMPARE(versionOf(whole), Database::latestSchemaVersion());
        const QJsonObject migrated = check(whole);
        QVERIFY(migrated.value(QStringLiteral("ok")).toBool());
        const QString expected = migrated.value(QStringLiteral("state_digest")).toString();
        qInfo("migrating the grown v1 fixture takes %lld ms", migrateMs);

        // WHEN migrations are killed at random moments
        std::mt19937 random = makeRandom("migration");
        Tally tally {QStringLiteral("migration")};
        QMap<int, int> versionsFound;
        const QString work = dir.filePath(QStringLiteral("work.db"));
        for (int trial = 0; trial < trialsPerOperation(); ++trial) {
            const QByteArray where = QStringLiteral("trial %1").arg(trial).toUtf8();
            QVERIFY(copyDatabase(old, work));
            KilledProcess migration;
            QVERIFY2(migration.start(QStringLiteral(PACTESUR_CRASH_SUBJECT),
                         {QStringLiteral("migrate"), work}, QStringLiteral("start")),
                where.constData());
            migration.killAfter(uniformMs(random, migrateMs));
            ++tally.trials;
            tally.midway += migration.printed(QStringLiteral("done")) ? 0 : 1;

            // THEN the file is whole, at one version: the first one unchanged, or later
            QVERIFY2(rawQuickCheck(work), where.constData());
            const int version = versionOf(work);
            ++versionsFound[version];
            QVERIFY2(version >= 1 && version <= Database::latestSchemaVersion(), where.constData());
            const bool untouched = version == 1 && rawDigest(work) == unchanged;
            QVERIFY2(version > 1 || untouched,
                QByteArray(where + ": version 1 changed without its migration").constData());
            tally.before += untouched ? 1 : 0;

            // ...and the next start takes the lock the dead migration left, at once, and
            // ends where a migration that was never killed does
            const NextStart next = openAfterKill(work);
            tally.countNextStart(next);
            QVERIFY2(next.opened, qPrintable(QStringLiteral("%1: %2").arg(where, next.error)));
            QVERIFY2(next.privateFoldersAfterNextStart == 0, where.constData());
            const QJsonObject report = check(work);
            QVERIFY2(report.value(QStringLiteral("ok")).toBool(), where.constData());
            const bool same = report.value(QStringLiteral("state_digest")).toString() == expected;
            tally.partial += same ? 0 : 1;
            tally.after += same && version == Database::latestSchemaVersion() ? 1 : 0;
            QVERIFY2(same, QByteArray(where + ": a partial migration").constData());
            // A long run that is stopped early still says how far it got.
            if (qEnvironmentVariableIsSet("PACTESUR_KILL_PROGRESS"))
                tally.print();
        }
        tally.print();
        QStringList found;
        for (auto it = versionsFound.cbegin(); it != versionsFound.cend(); ++it)
            found << QStringLiteral("v%1: %2").arg(it.key()).arg(it.value());
        qInfo("migration: versions found after the kills: %s", qPrintable(found.join(", ")));
        QVERIFY2(tally.midway * 2 >= tally.trials, "too few kills landed inside a migration");
    }
};

QTEST_GUILESS_MAIN(TestKillTrialsMigration)
#include "tst_killtrials_migration.moc"

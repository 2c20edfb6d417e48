// SPDX-License-Identifier: EUPL-1.2
// kill -9 at random moments of a restore (issue 16): the subject restores a backup into
// the open database (Backups::restore: a backup of the current content first, then SQLite's
// online backup) and is killed at a moment drawn uniformly from the time a whole restore
// takes. Half the trials bring a large backup into a small database, half a small backup
// into a large one (whose own backup comes first and takes long). Afterwards the database
// holds the content before or the backup's, passes check, never goes back on its stamp
// counter, every backup beside it is whole, and the next start is not stopped by the lock.
#include "killtrials.h"
#include "testdatabase.h"

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pactesur;
using namespace pactesur::test::kill;

namespace {

qint64 counterOf(const QString &path)
{
    return rawValue(path, QStringLiteral("SELECT counter FROM local_replica")).toLongLong();
}

struct Direction
{
    QString from; // the database's content before the restore
    QString backup; // the backup brought back
    QString before;
    QString after;
    qint64 restoreMs = 0;
};

} // namespace

class TestKillTrialsRestore : public QObject
{
    Q_OBJECT

private slots:
    void shouldRestoreAllOrNothingWhenKilled()
    {
        // GIVEN one replica's database at two moments: small, and after much more data
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sources")));
        const QString small = dir.filePath(QStringLiteral("sources/small.db"));
        const QString large = dir.filePath(QStringLiteral("sources/large.db"));
        QCOMPARE(cli({QStringLiteral("--db"), small, QStringLiteral("init"),
                     QStringLiteral("--coordinator")}),
            0);
        QVERIFY(copyDatabase(small, large));
        QCOMPARE(cli({QStringLiteral("--db"), large, QStringLiteral("generate"),
                     QStringLiteral("--scale"), dataScale()}),
            0);
        const QString replica
            = rawValue(small, QStringLiteral("SELECT id FROM local_replica")).toString();
        QVERIFY(!replica.isEmpty());
        const QString work = dir.filePath(QStringLiteral("work.db"));
        const QString backups = dir.filePath(QStringLiteral("backups"));
        QList<Direction> directions {{small, large, digestOf(small), digestOf(large)},
            {large, small, digestOf(large), digestOf(small)}};
        QVERIFY(directions[0].before != directions[0].after);

        // ...and the time each whole restore takes: the shortest of three, as the time of
        // one on a busy machine may be far longer than the restores the kills then meet
        for (Direction &direction : directions) {
            for (int run = 0; run < 3; ++run) {
                // Backups are restored from their folder, which the app has made by then.
                QVERIFY(QDir().mkpath(backups));
                QVERIFY(copyDatabase(direction.from, work));
                KilledProcess whole;
                QVERIFY(whole.start(QStringLiteral(PACTESUR_CRASH_SUBJECT),
                    {QStringLiteral("restore"), work, direction.backup}, QStringLiteral("start")));
                QVERIFY(whole.process().waitForFinished(-1));
                whole.readLines();
                QVERIFY2(whole.operationMs() >= 0, "a whole restore failed");
                direction.restoreMs = run == 0 ? whole.operationMs()
                                               : qMin(direction.restoreMs, whole.operationMs());
                QCOMPARE(digestOf(work), direction.after);
                QVERIFY(QDir(backups).removeRecursively());
            }
            qInfo("restoring %s into %s takes %lld ms",
                qPrintable(QFileInfo(direction.backup).fileName()),
                qPrintable(QFileInfo(direction.from).fileName()), direction.restoreMs);
        }
        QVERIFY(QDir().mkpath(backups));

        // WHEN restores are killed at random moments
        std::mt19937 random = makeRandom("restore");
        Tally tally {QStringLiteral("restore")};
        int stagingLeft = 0;
        for (int trial = 0; trial < trialsPerOperation(); ++trial) {
            const QByteArray where = QStringLiteral("trial %1").arg(trial).toUtf8();
            const Direction &direction = directions.at(trial % 2);
            QVERIFY(copyDatabase(direction.from, work));
            const qint64 counterBefore = counterOf(work);
            KilledProcess restore;
            QVERIFY2(restore.start(QStringLiteral(PACTESUR_CRASH_SUBJECT),
                         {QStringLiteral("restore"), work, direction.backup},
                         QStringLiteral("start")),
                where.constData());
            restore.killAfter(uniformMs(random, direction.restoreMs));
            ++tally.trials;
            tally.midway += restore.printed(QStringLiteral("done")) ? 0 : 1;

            // THEN the database holds the content before or the backup's, never a mix
            const QJsonObject report = check(work);
            QVERIFY2(report.value(QStringLiteral("ok")).toBool(), where.constData());
            const QString digest = report.value(QStringLiteral("state_digest")).toString();
            tally.before += digest == direction.before ? 1 : 0;
            tally.after += digest == direction.after ? 1 : 0;
            tally.partial += digest != direction.before && digest != direction.after ? 1 : 0;
            QVERIFY2(digest == direction.before || digest == direction.after,
                QByteArray(where + ": a partial restore").constData());
            // ...whose next writes cannot reuse a stamp the peers may have seen
            QVERIFY2(counterOf(work) >= counterBefore,
                QByteArray(where + ": the stamp counter went back").constData());
            // ...and every backup beside it can be restored in turn
            const QFileInfoList kept = QDir(backups).entryInfoList(
                {QStringLiteral("work-*.db")}, QDir::Files);
            // (a VACUUM INTO cut short is an empty database once its journal is rolled
            // back: it passes quick_check, so the replica it holds is asked too)
            for (const QFileInfo &file : kept) {
                QVERIFY2(rawQuickCheck(file.filePath())
                        && rawValue(file.filePath(), QStringLiteral("PRAGMA application_id"))
                                .toInt()
                            == Database::kApplicationId
                        && rawValue(file.filePath(),
                               QStringLiteral("SELECT id FROM local_replica"))
                                .toString()
                            == replica,
                    qPrintable(QStringLiteral("%1: the backup %2 is not whole")
                                   .arg(where, file.fileName())));
            }
            const qsizetype stagingNow = QDir(backups)
                                             .entryList({QStringLiteral(".restoring-*.db")},
                                                 QDir::Files | QDir::Hidden)
                                             .size();
            stagingLeft = qMax(stagingLeft, int(stagingNow));

            // ...and the next start takes the lock the dead restore left, at once
            const NextStart next = openAfterKill(work);
            tally.countNextStart(next);
            QVERIFY2(next.opened, qPrintable(QStringLiteral("%1: %2").arg(where, next.error)));
            QVERIFY2(next.privateFoldersAfterNextStart == 0, where.constData());
            // A long run that is stopped early still says how far it got.
            if (qEnvironmentVariableIsSet("PACTESUR_KILL_PROGRESS"))
                tally.print();
            // A killed restore may leave its staged copy; the next restore clears it, so
            // they never pile up. The backups go: a hundred large ones would fill the disk.
            QVERIFY2(stagingNow <= 1, QByteArray(where + ": staged copies pile up").constData());
            for (const QFileInfo &file : kept)
                QVERIFY(QFile::remove(file.filePath()));
        }
        tally.print();
        qInfo("restore: at most %d staged copy left behind by a killed restore", stagingLeft);
        QVERIFY2(tally.midway * 2 >= tally.trials, "too few kills landed inside a restore");
    }
};

QTEST_GUILESS_MAIN(TestKillTrialsRestore)
#include "tst_killtrials_restore.moc"

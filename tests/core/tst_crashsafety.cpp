// SPDX-License-Identifier: EUPL-1.2
// The CLI is killed (SIGKILL) at random moments during 50 imports of a large package;
// afterwards the database passes check and holds either all of the package or none of it.
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

#include <signal.h>

using namespace pactesur;
using test::runCli;

namespace {
QJsonObject check(const QString &db)
{
    return QJsonDocument::fromJson(
        runCli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")}).out)
        .object();
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void shouldApplyAllOrNothingWhenKilled()
    {
        QTemporaryDir dir;
        const QString sender = dir.filePath(QStringLiteral("sender.db"));
        const QString base = dir.filePath(QStringLiteral("base.db"));
        const QString package = dir.filePath(QStringLiteral("large.pactesur"));
        QCOMPARE(runCli({QStringLiteral("--db"), sender, QStringLiteral("init"),
                            QStringLiteral("--coordinator")})
                     .exitCode,
            0);
        QCOMPARE(runCli({QStringLiteral("--db"), sender, QStringLiteral("generate"),
                            QStringLiteral("--scale"), QStringLiteral("small")})
                     .exitCode,
            0);
        QCOMPARE(runCli({QStringLiteral("--db"), base, QStringLiteral("init"),
                            QStringLiteral("--city"), QStringLiteral("riga")})
                     .exitCode,
            0);
        QVERIFY(test::enrolWithCli(sender, {base}));
        QCOMPARE(runCli({QStringLiteral("--db"), sender, QStringLiteral("export"),
                            QStringLiteral("--out"), package, QStringLiteral("--full")})
                     .exitCode,
            0);
        const QString before = check(base).value(QStringLiteral("state_digest")).toString();

        // One complete import gives the "all" state and the time an import takes.
        const QString complete = dir.filePath(QStringLiteral("complete.db"));
        QVERIFY(QFile::copy(base, complete));
        // A copy of the database is the same replica: its keys go with it.
        QVERIFY(QFile::copy(base + QStringLiteral(".keys"), complete + QStringLiteral(".keys")));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(
            runCli({QStringLiteral("--db"), complete, QStringLiteral("import"), package}).exitCode,
            0);
        const qint64 importMs = timer.elapsed();
        const QString after = check(complete).value(QStringLiteral("state_digest")).toString();
        QVERIFY(after != before);

        std::mt19937 random(20261126);
        int killedMidway = 0;
        for (int round = 0; round < 50; ++round) {
            const QString work = dir.filePath(QStringLiteral("work.db"));
            QFile::remove(work);
            QFile::remove(work + QStringLiteral("-wal"));
            QFile::remove(work + QStringLiteral("-shm"));
            QVERIFY(QFile::copy(base, work));
            QFile::remove(work + QStringLiteral(".keys"));
            QVERIFY(QFile::copy(base + QStringLiteral(".keys"), work + QStringLiteral(".keys")));
            QProcess process;
            process.start(QStringLiteral(PACTESUR_CLI_PATH),
                {QStringLiteral("--db"), work, QStringLiteral("import"), package});
            QVERIFY(process.waitForStarted());
            QTest::qSleep(std::uniform_int_distribution<int>(0, int(importMs * 0.9))(random));
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished();
            killedMidway += process.exitStatus() == QProcess::CrashExit ? 1 : 0;

            const QJsonObject report = check(work);
            QVERIFY2(report.value(QStringLiteral("ok")).toBool(),
                qPrintable(QStringLiteral("round %1").arg(round)));
            const QString digest = report.value(QStringLiteral("state_digest")).toString();
            QVERIFY2(digest == before || digest == after,
                qPrintable(QStringLiteral("round %1: a partial import").arg(round)));
        }
        qInfo("%d of 50 imports were killed before they finished", killedMidway);
        QVERIFY(killedMidway >= 25);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

// SPDX-License-Identifier: EUPL-1.2
// The mailbox through the real pactesur-cli (issue 15): mailbox set|show, sync --json and
// its exit codes, a package from the mailbox imported again by hand, and rounds killed
// with SIGKILL at random moments that still converge with nothing half-written.
#include "mailbox/mailboxlayout.h"
#include "testdatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pactesur;
using namespace pactesur::test;

namespace {

QJsonObject json(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

QString digestOf(const QString &db)
{
    return json(runCli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")}))
        .value(QStringLiteral("state_digest"))
        .toString();
}

CliResult sync(const QString &db)
{
    return runCli({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--json")});
}

CliResult addActivity(const QString &db, const QString &city, const QString &title)
{
    return runCli({QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("activities"),
               QStringLiteral("--set"), QStringLiteral("kind=workshop"), QStringLiteral("--set"),
               QStringLiteral("title=") + title, QStringLiteral("--set"),
               QStringLiteral("start=2027-04-01"), QStringLiteral("--set"),
               QStringLiteral("host_city=") + city});
}

// What a failed command said, for the failure message.
QByteArray said(const CliResult &result)
{
    return "exit " + QByteArray::number(result.exitCode) + ": " + result.err + result.out;
}

QStringList packagesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.pactesur")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestMailboxCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A coordinator and cities, enrolled, all with the mailbox `box` (a folder).
    QStringList network(const QString &prefix, const QStringList &cities, const QString &box)
    {
        QStringList dbs = {path(prefix + QStringLiteral("-coordinator.db"))};
        if (runCli({QStringLiteral("--db"), dbs.first(), QStringLiteral("init"), QStringLiteral("--coordinator")}).exitCode != 0)
            return {};
        for (const QString &city : cities) {
            dbs << path(prefix + QLatin1Char('-') + city + QStringLiteral(".db"));
            if (runCli({QStringLiteral("--db"), dbs.last(), QStringLiteral("init"), QStringLiteral("--city"), city}).exitCode != 0)
                return {};
        }
        if (!enrolWithCli(dbs.first(), dbs.mid(1)))
            return {};
        QDir().mkpath(box);
        for (const QString &db : dbs) {
            if (runCli({QStringLiteral("--db"), db, QStringLiteral("mailbox"), QStringLiteral("set"),
                    QUrl::fromLocalFile(box).toString()})
                    .exitCode
                != 0)
                return {};
        }
        return dbs;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void setShowAndSyncReportAsDocumented()
    {
        const QString db = path(QStringLiteral("alone.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--coordinator")}).exitCode, 0);
        // No mailbox yet: a usage error that says what to do.
        CliResult result = sync(db);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("mailbox set"), result.err.constData());
        result = runCli({QStringLiteral("--db"), db, QStringLiteral("mailbox"), QStringLiteral("set"),
            QStringLiteral("http://cloud.example.eu/dav/")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("https://"), result.err.constData());
        result = runCli({QStringLiteral("--db"), db, QStringLiteral("mailbox"), QStringLiteral("set"),
            QStringLiteral("https://cloud.example.eu/remote.php/dav/files/nice/pactesur/"),
            QStringLiteral("--user"), QStringLiteral("nice")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject shown = json(runCli({QStringLiteral("--db"), db, QStringLiteral("mailbox"),
            QStringLiteral("show"), QStringLiteral("--json")}));
        QCOMPARE(shown.value(QStringLiteral("url")).toString(),
            QStringLiteral("https://cloud.example.eu/remote.php/dav/files/nice/pactesur/"));
        QCOMPARE(shown.value(QStringLiteral("user")).toString(), QStringLiteral("nice"));

        // A folder that is not there: the mailbox cannot be reached, exit 1.
        result = runCli({QStringLiteral("--db"), db, QStringLiteral("mailbox"), QStringLiteral("set"),
            QStringLiteral("file:///nonexistent/pactesur-box")});
        QCOMPARE(result.exitCode, 0);
        result = sync(db);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("/nonexistent/pactesur-box"), result.err.constData());

        // A round with nothing to do finishes: exit 0 and the documented keys.
        const QString box = path(QStringLiteral("alone-box"));
        QVERIFY(QDir().mkpath(box));
        runCli({QStringLiteral("--db"), db, QStringLiteral("mailbox"), QStringLiteral("set"), QUrl::fromLocalFile(box).toString()});
        result = sync(db);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = json(result);
        for (const char *key : {"sent", "received", "imported", "conflicts", "rejected", "errors"})
            QVERIFY2(report.contains(QLatin1String(key)), key);
    }

    // Refused packages: exit 3. A package from the mailbox imported again by hand: nothing.
    void refusedExitsThreeAndManualReimportChangesNothing()
    {
        const QString box = path(QStringLiteral("box-refused"));
        const QStringList dbs = network(QStringLiteral("refused"), {QStringLiteral("vilnius")}, box);
        QCOMPARE(dbs.size(), 2);
        {
            const CliResult added = addActivity(dbs.at(1), QStringLiteral("vilnius"), QStringLiteral("Harbour walk"));
            QVERIFY2(added.exitCode == 0, said(added).constData());
        }
        QCOMPARE(sync(dbs.at(1)).exitCode, 0);
        const QStringList published = packagesIn(box);
        QCOMPARE(published.size(), 1);
        const QString copy = path(QStringLiteral("by-hand.pactesur"));
        QVERIFY(QFile::copy(published.first(), copy));
        CliResult result = sync(dbs.at(0));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(json(result).value(QStringLiteral("imported")).toInt(), 1);
        const QString digest = digestOf(dbs.at(0));
        result = runCli({QStringLiteral("--db"), dbs.at(0), QStringLiteral("import"), copy, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(json(result).value(QStringLiteral("new")).toInt(), 0);
        QCOMPARE(json(result).value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(digestOf(dbs.at(0)), digest);

        // The city's next package, cut in half under its own name.
        {
            const CliResult added = addActivity(dbs.at(1), QStringLiteral("vilnius"), QStringLiteral("Night market"));
            QVERIFY2(added.exitCode == 0, said(added).constData());
        }
        const QStringList before = packagesIn(box);
        QCOMPARE(sync(dbs.at(1)).exitCode, 0);
        QStringList now = packagesIn(box);
        for (const QString &file : before)
            now.removeAll(file);
        QCOMPARE(now.size(), 1);
        QFile file(now.first());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        result = sync(dbs.at(0));
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(json(result).value(QStringLiteral("rejected")).toInt(), 1);
        QVERIFY(!json(result).value(QStringLiteral("refusals")).toArray().isEmpty());
    }

    // Acceptance 2, the app's half: rounds killed by SIGKILL at random moments, then
    // ordinary rounds: every replica converges and no package under its final name is
    // half-written.
    void roundsKilledAnywhereStillConverge()
    {
        const QString box = path(QStringLiteral("box-killed"));
        const QStringList dbs = network(QStringLiteral("killed"),
            {QStringLiteral("vilnius"), QStringLiteral("riga")}, box);
        QCOMPARE(dbs.size(), 3);
        const QStringList slugs = {QStringLiteral("nice"), QStringLiteral("vilnius"), QStringLiteral("riga")};
        QRandomGenerator random(23);
        int killed = 0;
        for (int n = 0; n < 18; ++n) {
            const int r = random.bounded(3);
            {
                const CliResult added = addActivity(dbs.at(r), slugs.at(r), QStringLiteral("Patrol %1").arg(n));
                QVERIFY2(added.exitCode == 0, said(added).constData());
            }
            QProcess process;
            process.start(QStringLiteral(PACTESUR_CLI_PATH), {QStringLiteral("--db"), dbs.at(r), QStringLiteral("sync")});
            QVERIFY(process.waitForStarted());
            QTest::qWait(10 + random.bounded(120));
            if (process.state() == QProcess::Running) {
                process.kill();
                ++killed;
            }
            process.waitForFinished();
            // Whatever was cut, nothing under a final name is partial.
            for (const QString &file : packagesIn(box)) {
                const std::optional<mailbox::PackageName> name = mailbox::parsePackagePath(
                    QDir(box).relativeFilePath(file));
                QVERIFY2(name, qPrintable(file));
                QCOMPARE(mailbox::hashOfFile(file), name->hash);
            }
        }
        qInfo("%d of 18 rounds killed", killed);
        for (int pass = 0; pass < 4; ++pass) {
            for (const QString &db : dbs) {
                const CliResult result = sync(db);
                QVERIFY2(result.exitCode == 0, said(result).constData());
            }
        }
        const QString digest = digestOf(dbs.at(0));
        QVERIFY(!digest.isEmpty());
        QCOMPARE(digestOf(dbs.at(1)), digest);
        QCOMPARE(digestOf(dbs.at(2)), digest);
        for (int n = 0; n < 18; ++n) {
            const CliResult found = runCli({QStringLiteral("--db"), dbs.at(2), QStringLiteral("search"),
                QStringLiteral("Patrol %1").arg(n)});
            QVERIFY2(found.out.contains(QStringLiteral("Patrol %1").arg(n).toUtf8()), qPrintable(QString::number(n)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMailboxCli)
#include "tst_mailboxcli.moc"

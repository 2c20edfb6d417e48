// SPDX-License-Identifier: EUPL-1.2
// The mailbox against a real WebDAV server (issue 15, acceptance 1 to 4): Apache mod_dav
// started by the test on 127.0.0.1, behind a fault proxy that answers 423 and 507, cuts
// downloads, slows uploads and drops files from listings.
#include "davserver.h"
#include "faultproxy.h"
#include "mailbox/mailboxlayout.h"
#include "mailbox/webdavtransport.h"
#include "mailboxnetwork.h"
#include "testdatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

using namespace pactesur;
using namespace pactesur::test;

namespace {

QStringList filesUnder(const QString &folder, const QStringList &patterns = {})
{
    QStringList files;
    QDirIterator it(folder, patterns, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QJsonObject rule(const char *action, const char *method, const QString &path = {})
{
    QJsonObject object {{QStringLiteral("action"), QLatin1String(action)},
        {QStringLiteral("method"), QLatin1String(method)}};
    if (!path.isEmpty())
        object.insert(QStringLiteral("path"), path);
    return object;
}

} // namespace

class TestMailboxDav : public QObject
{
    Q_OBJECT

private:
    DavServer m_server;
    FaultProxy m_proxy;
    int m_boxes = 0;
    QString m_box; // the current test's mailbox folder under the server's root

    // A fresh mailbox folder on the server, reached through the proxy.
    MailboxNetwork::TransportFactory freshMailbox()
    {
        m_box = QStringLiteral("box%1/").arg(++m_boxes);
        WebDavTransport root(QUrl(m_server.url()), m_server.user(), m_server.password());
        if (!root.makeFolder(m_box).ok())
            qFatal("cannot make the mailbox folder");
        const QUrl url(m_proxy.url() + m_box);
        const QString user = m_server.user();
        const QString password = m_server.password();
        return [url, user, password] {
            return std::unique_ptr<Transport>(new WebDavTransport(url, user, password));
        };
    }
    QString boxOnDisk() const { return m_server.folder() + QLatin1Char('/') + m_box; }
    static SyncReport synced(MailboxNetwork &network, int r)
    {
        const Result<SyncReport> report = network.sync(r);
        if (!report)
            qFatal("r%d: %s", r, qPrintable(report.error().message));
        return report.value();
    }
    // Each package under its final name is whole: its content matches its name.
    QString partialPackage() const
    {
        for (const QString &file : filesUnder(boxOnDisk() + mailbox::kOutbox)) {
            const std::optional<mailbox::PackageName> name
                = mailbox::parsePackagePath(QDir(boxOnDisk()).relativeFilePath(file));
            if (!name || mailbox::hashOfFile(file) != name->hash)
                return file;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/sbin/apache2")))
            QSKIP("Apache 2 is not installed (tools/dev installs it)");
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_proxy.start(m_server.url(), &error), qPrintable(error));
        // The proxy's faults come and go in milliseconds.
        qputenv("PACTESUR_MAILBOX_BACKOFF_MS", "40");
    }

    void init() { m_proxy.setRules({}); }

    // Acceptance 1: a coordinator and 3 cities, random edits (concurrent ones included),
    // 20 rounds in random order; all agree, and one more round is one listing each.
    void randomRoundsConverge()
    {
        QTemporaryDir folder;
        MailboxNetwork network(folder.path(),
            {QStringLiteral("vilnius"), QStringLiteral("riga"), QStringLiteral("liege")}, freshMailbox());
        QRandomGenerator random(101);
        QStringList trace;
        for (int round = 0; round < 20; ++round) {
            for (int edits = random.bounded(4); edits > 0; --edits) {
                trace << (random.bounded(4) == 0 ? network.concurrentEdit(random)
                                                 : network.randomEdit(random.bounded(network.size()), random));
            }
            const SyncReport report = synced(network, random.bounded(network.size()));
            QVERIFY2(report.finished(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        }
        const QString settled = network.settle();
        QVERIFY2(settled.isEmpty(), qPrintable(settled + QLatin1Char('\n') + trace.join(QLatin1Char('\n'))));
        QVERIFY2(network.divergence().isEmpty(), qPrintable(network.divergence() + QLatin1Char('\n') + trace.join(QLatin1Char('\n'))));
        QVERIFY2(network.openConflicts() > 0, "the concurrent edits left no conflict");
        for (int pass = 0; pass < 2; ++pass) {
            for (int r = 0; r < network.size(); ++r)
                QVERIFY(synced(network, r).finished());
        }
        QCOMPARE(filesUnder(boxOnDisk() + mailbox::kOutbox), QStringList());
        m_proxy.clearLog();
        for (int r = 0; r < network.size(); ++r) {
            const SyncReport quiet = synced(network, r);
            QCOMPARE(quiet.sent + quiet.received, 0);
        }
        const QStringList requests = m_proxy.requests();
        QCOMPARE(requests.size(), network.size());
        for (const QString &request : requests)
            QVERIFY2(request.startsWith(QLatin1String("PROPFIND")), qPrintable(requests.join(QLatin1Char('\n'))));
    }

    // Acceptance 2: Apache killed by SIGKILL in the middle of an upload: nothing appears
    // under its final name half-written; once Apache is back the upload is redone and
    // everyone converges.
    void serverKilledDuringUpload()
    {
        QTemporaryDir folder;
        MailboxNetwork network(folder.path(), {QStringLiteral("vilnius")}, freshMailbox());
        QRandomGenerator random(103);
        QVERIFY(network.settle().isEmpty());
        for (int n = 0; n < 5; ++n)
            network.randomEdit(1, random);
        QJsonObject slow = rule("slow", "PUT");
        slow.insert(QStringLiteral("bytes_per_second"), 40000);
        m_proxy.setRules({slow});
        const QString temporary = boxOnDisk() + mailbox::kTemporary;
        std::atomic_bool stop = false;
        std::atomic_bool killed = false;
        const pid_t group = pid_t(m_server.processGroup());
        QVERIFY(group > 0);
        std::thread watcher([&] {
            for (int waited = 0; waited < 10000 && !stop; waited += 5) {
                if (!QDir(temporary).entryList(QDir::Files | QDir::Hidden).isEmpty()) {
                    ::kill(-group, SIGKILL);
                    killed = true;
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        const SyncReport cut = synced(network, 1);
        stop = true;
        watcher.join();
        m_server.kill9(); // reaps what the watcher killed
        QVERIFY2(killed, "the upload was never seen in progress");
        QVERIFY(!cut.finished());
        QCOMPARE(cut.sent, 0);
        QVERIFY2(cut.errors.join(QLatin1Char(' ')).contains(QLatin1String("cannot be reached"))
                || cut.errors.join(QLatin1Char(' ')).contains(QLatin1String("(502)")),
            qPrintable(cut.errors.join(QLatin1Char(' '))));
        QVERIFY2(partialPackage().isEmpty(), qPrintable(partialPackage()));
        QCOMPARE(filesUnder(boxOnDisk() + mailbox::kOutbox, {QStringLiteral("*.pactesur")}), QStringList());

        m_proxy.setRules({});
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        const SyncReport redone = synced(network, 1);
        QVERIFY2(redone.finished(), qPrintable(redone.errors.join(QLatin1Char(' '))));
        QCOMPARE(redone.sent, 1);
        QVERIFY(network.settle().isEmpty());
        QVERIFY(network.divergence().isEmpty());
        QVERIFY(partialPackage().isEmpty());
    }

    // Acceptance 3: listings that drop files, 423, 507 and cut downloads: nothing deleted,
    // no sequence backwards, errors in plain words, and the next round finishes the work.
    void faultsLoseNothing()
    {
        QTemporaryDir folder;
        MailboxNetwork network(
            folder.path(), {QStringLiteral("vilnius"), QStringLiteral("riga")}, freshMailbox());
        QRandomGenerator random(107);
        QVERIFY(network.settle().isEmpty());
        for (int r = 1; r <= 2; ++r) {
            network.randomEdit(r, random);
            QCOMPARE(synced(network, r).sent, 1);
        }
        const QString vilnius = network.replica(1).replicaId();
        const QStringList published = filesUnder(boxOnDisk() + mailbox::kOutbox);
        QCOMPARE(published.size(), 2);

        // Vilnius's package missing from the listing: Riga's comes in, nothing is removed.
        QJsonObject drop = rule("drop", "PROPFIND");
        drop.insert(QStringLiteral("name"), vilnius);
        m_proxy.setRules({drop});
        SyncReport report = synced(network, 0);
        QVERIFY(report.finished());
        QCOMPARE(report.imported, 1);
        for (const QString &file : published)
            QVERIFY2(QFile::exists(file), qPrintable(file));
        for (int r = 1; r <= 2; ++r) {
            const SyncReport city = synced(network, r);
            QVERIFY(city.finished());
        }
        for (const QString &file : published) {
            if (file.contains(vilnius))
                QVERIFY2(QFile::exists(file), "a package removed before its recipient had it");
        }

        // 423 on every upload: told in plain words; the package waits, its name unchanged.
        network.randomEdit(0, random);
        QJsonObject locked = rule("status", "PUT");
        locked.insert(QStringLiteral("status"), 423);
        m_proxy.setRules({locked});
        const MailboxState before = MailboxState::load(network.replica(0).db());
        report = synced(network, 0);
        QVERIFY(!report.finished());
        QVERIFY2(report.errors.join(QLatin1Char(' ')).contains(QLatin1String("locked")), qPrintable(report.errors.join(QLatin1Char(' '))));
        MailboxState after = MailboxState::load(network.replica(0).db());
        QVERIFY(after.nextSequence >= before.nextSequence);
        QCOMPARE(after.outgoing.size(), before.outgoing.size() + 1);
        const QString waiting = after.outgoing.last().name;

        // 507: the quota, said as such.
        QJsonObject full = rule("status", "PUT");
        full.insert(QStringLiteral("status"), 507);
        m_proxy.setRules({full});
        report = synced(network, 0);
        QVERIFY2(report.errors.join(QLatin1Char(' ')).contains(QLatin1String("quota")), qPrintable(report.errors.join(QLatin1Char(' '))));
        after = MailboxState::load(network.replica(0).db());
        QCOMPARE(after.outgoing.last().name, waiting);

        // The upload goes through; then every download is cut short.
        m_proxy.setRules({});
        report = synced(network, 0);
        QVERIFY2(report.finished(), qPrintable(report.errors.join(QLatin1Char(' '))));
        QVERIFY(report.sent >= 1);
        QJsonObject cut = rule("cut", "GET", QStringLiteral("\\.pactesur$"));
        cut.insert(QStringLiteral("after"), 200);
        m_proxy.setRules({cut});
        const QHash<QString, qint64> importedBefore = MailboxState::load(network.replica(1).db()).imported;
        report = synced(network, 1);
        QVERIFY(!report.finished());
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.rejected, 0); // a cut download is the network's fault, not the file's
        const QHash<QString, qint64> importedAfter = MailboxState::load(network.replica(1).db()).imported;
        for (auto it = importedBefore.begin(); it != importedBefore.end(); ++it)
            QVERIFY(importedAfter.value(it.key()) >= it.value());

        m_proxy.setRules({});
        QVERIFY(network.settle().isEmpty());
        QVERIFY2(network.divergence().isEmpty(), qPrintable(network.divergence()));
        QVERIFY(partialPackage().isEmpty());
    }

    // Acceptance 4 on the server: a truncated file and one re-signed by another replica,
    // under valid names in the coordinator's outbox, are refused and reported; the
    // coordinator's later packages arrive once the real file is back.
    void hostileFilesAreRefused()
    {
        QTemporaryDir folder;
        MailboxNetwork network(
            folder.path(), {QStringLiteral("vilnius"), QStringLiteral("riga")}, freshMailbox());
        QRandomGenerator random(109);
        QVERIFY(network.settle().isEmpty());
        network.randomEdit(0, random);
        QCOMPARE(synced(network, 0).sent, 1);
        network.randomEdit(0, random);
        QCOMPARE(synced(network, 0).sent, 1);
        network.randomEdit(2, random);
        QCOMPARE(synced(network, 2).sent, 1);
        const QString outbox = boxOnDisk() + mailbox::outboxOf(network.replica(0).replicaId());
        const QStringList real = filesUnder(outbox);
        QCOMPARE(real.size(), 2);
        const QString held = folder.filePath(QStringLiteral("held"));
        QVERIFY(QFile::copy(real.first(), held));
        QFile first(real.first());
        QVERIFY(first.open(QIODevice::ReadWrite));
        QVERIFY(first.resize(first.size() - 100));
        first.close();
        const QString rigas = filesUnder(boxOnDisk() + mailbox::outboxOf(network.replica(2).replicaId())).first();
        const qint64 sequence
            = mailbox::parsePackagePath(QDir(boxOnDisk()).relativeFilePath(real.first()))->sequence;
        QVERIFY(QFile::copy(rigas, outbox + mailbox::packageFileName(sequence, mailbox::hashOfFile(rigas))));
        m_server.fixOwnership();

        SyncReport report = synced(network, 1);
        QCOMPARE(report.rejected, 2);
        QCOMPARE(report.imported, 0);
        QVERIFY(!report.waiting.isEmpty());
        QVERIFY2(report.refusals.join(QLatin1Char(' ')).contains(QLatin1String("the coordinator")), qPrintable(report.refusals.join(QLatin1Char(' '))));

        QVERIFY(QFile::remove(real.first()));
        QVERIFY(QFile::copy(held, real.first()));
        m_server.fixOwnership();
        report = synced(network, 1);
        QCOMPARE(report.imported, 2);
        QVERIFY(network.settle().isEmpty());
        QVERIFY(network.divergence().isEmpty());
    }

    // Acceptance 2, the app's half on the server: pactesur-cli rounds killed by SIGKILL at
    // random moments; nothing half-written under a final name, and ordinary rounds converge.
    void appKilledDuringRounds()
    {
        QTemporaryDir folder;
        freshMailbox();
        const QStringList slugs = {QStringLiteral("nice"), QStringLiteral("vilnius"), QStringLiteral("riga")};
        QStringList dbs;
        for (const QString &slug : slugs) {
            dbs << folder.filePath(slug + QStringLiteral(".db"));
            const QStringList role = slug == QLatin1String("nice")
                ? QStringList {QStringLiteral("--coordinator")}
                : QStringList {QStringLiteral("--city"), slug};
            QCOMPARE(runCli(QStringList {QStringLiteral("--db"), dbs.last(), QStringLiteral("init")} + role).exitCode, 0);
        }
        QVERIFY(enrolWithCli(dbs.first(), dbs.mid(1)));
        for (const QString &db : dbs) {
            QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("mailbox"), QStringLiteral("set"),
                         m_proxy.url() + m_box, QStringLiteral("--user"), m_server.user()})
                         .exitCode,
                0);
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PACTESUR_MAILBOX_PASSWORD"), m_server.password());
        environment.insert(QStringLiteral("PACTESUR_MAILBOX_BACKOFF_MS"), QStringLiteral("40"));
        // Slow uploads widen the window a kill lands in.
        QJsonObject slow = rule("slow", "PUT");
        slow.insert(QStringLiteral("bytes_per_second"), 400000);
        m_proxy.setRules({slow});
        QRandomGenerator random(113);
        int killed = 0;
        for (int n = 0; n < 15; ++n) {
            const int r = random.bounded(3);
            QCOMPARE(runCli({QStringLiteral("--db"), dbs.at(r), QStringLiteral("add"), QStringLiteral("activities"),
                         QStringLiteral("--set"), QStringLiteral("kind=workshop"), QStringLiteral("--set"),
                         QStringLiteral("title=Patrol %1").arg(n), QStringLiteral("--set"),
                         QStringLiteral("start=2027-05-01"), QStringLiteral("--set"),
                         QStringLiteral("host_city=") + slugs.at(r)})
                         .exitCode,
                0);
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(PACTESUR_CLI_PATH), {QStringLiteral("--db"), dbs.at(r), QStringLiteral("sync")});
            QVERIFY(process.waitForStarted());
            QTest::qWait(20 + random.bounded(1500));
            if (process.state() == QProcess::Running) {
                process.kill();
                ++killed;
            }
            process.waitForFinished();
            QVERIFY2(partialPackage().isEmpty(), qPrintable(partialPackage()));
        }
        qInfo("%d of 15 rounds killed", killed);
        QVERIFY(killed > 0);
        m_proxy.setRules({});
        QString digest;
        for (int pass = 0; pass < 4; ++pass) {
            for (const QString &db : dbs) {
                const CliResult result = runCli({QStringLiteral("--db"), db, QStringLiteral("sync")}, environment);
                QVERIFY2(result.exitCode == 0, result.err.constData());
            }
        }
        for (const QString &db : dbs) {
            const QString state = QString::fromUtf8(runCli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")}).out);
            const QString ours = QJsonDocument::fromJson(state.toUtf8()).object().value(QStringLiteral("state_digest")).toString();
            QVERIFY(!ours.isEmpty());
            if (digest.isEmpty())
                digest = ours;
            QCOMPARE(ours, digest);
        }
        const CliResult found = runCli({QStringLiteral("--db"), dbs.at(1), QStringLiteral("list"), QStringLiteral("activities")});
        for (int n = 0; n < 15; ++n)
            QVERIFY2(found.out.contains(QStringLiteral("Patrol %1").arg(n).toUtf8()), qPrintable(QString::number(n)));
    }

    // The password: from PACTESUR_MAILBOX_PASSWORD or --password-file; a wrong one is told.
    void passwordThroughTheCommandLine()
    {
        QTemporaryDir folder;
        freshMailbox();
        const QString db = folder.filePath(QStringLiteral("nice.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--coordinator")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("mailbox"), QStringLiteral("set"),
                     m_server.url() + m_box, QStringLiteral("--user"), m_server.user()})
                     .exitCode,
            0);
        QProcessEnvironment wrong;
        wrong.insert(QStringLiteral("PACTESUR_MAILBOX_PASSWORD"), QStringLiteral("not-it"));
        CliResult result = runCli({QStringLiteral("--db"), db, QStringLiteral("sync")}, wrong);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("password"), result.err.constData());
        QProcessEnvironment right;
        right.insert(QStringLiteral("PACTESUR_MAILBOX_PASSWORD"), m_server.password());
        result = runCli({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--json")}, right);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString file = folder.filePath(QStringLiteral("password"));
        QFile secret(file);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(m_server.password().toUtf8() + '\n');
        secret.close();
        result = runCli({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--password-file"), file});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        // Never kept: not in the database.
        QFile database(db);
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains(m_server.password().toUtf8()));
    }

    void cleanupTestCase()
    {
        m_proxy.stop();
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestMailboxDav)
#include "tst_mailboxdav.moc"

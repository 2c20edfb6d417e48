// SPDX-License-Identifier: EUPL-1.2
// The mailbox in a plain folder (issue 15, acceptance 6 and the rules of DESIGN.md 6.4):
// random rounds converge and then go quiet, a gap stops a sender until it fills, hostile
// files under valid names are refused and reported, a listing that lost files deletes
// nothing, a replica enrolled later catches up, and a round killed anywhere loses nothing.
#include "exchangeharness.h"
#include "mailbox/foldertransport.h"
#include "mailbox/mailboxlayout.h"
#include "mailbox/mailboxstate.h"
#include "mailboxnetwork.h"
#include "model/kinds.h"
#include "testdatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pactesur;
using namespace pactesur::test;

namespace {

QStringList packagesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(
        folder, {QStringLiteral("*.pactesur")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestMailbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString box() const { return m_dir.filePath(QStringLiteral("box")); }
    MailboxNetwork::TransportFactory folder()
    {
        const QString path = box();
        return [path] { return std::unique_ptr<Transport>(new FolderTransport(path)); };
    }
    void freshBox()
    {
        QDir(box()).removeRecursively();
        QVERIFY(QDir().mkpath(box()));
    }
    static SyncReport synced(MailboxNetwork &network, int r)
    {
        const Result<SyncReport> report = network.sync(r);
        if (!report)
            qFatal("r%d: %s", r, qPrintable(report.error().message));
        return report.value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Acceptance 1 and 6: a coordinator and three cities, random edits (concurrent ones
    // included) and rounds in random order; then all agree and one more round moves nothing.
    void randomRoundsConverge_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void randomRoundsConverge()
    {
        QFETCH(quint32, seed);
        freshBox();
        QTemporaryDir folder;
        MailboxNetwork network(folder.path(),
            {QStringLiteral("vilnius"), QStringLiteral("riga"), QStringLiteral("liege")},
            this->folder());
        QRandomGenerator random(seed);
        QStringList trace;
        for (int round = 0; round < 20; ++round) {
            for (int edits = random.bounded(4); edits > 0; --edits) {
                trace << (random.bounded(4) == 0
                        ? network.concurrentEdit(random)
                        : network.randomEdit(random.bounded(network.size()), random));
            }
            const int r = random.bounded(network.size());
            const SyncReport report = synced(network, r);
            QVERIFY2(report.finished(), qPrintable(report.errors.join(QLatin1Char('\n'))));
            QCOMPARE(report.rejected, 0);
            trace << QStringLiteral("r%1 syncs: sent %2, received %3")
                         .arg(r)
                         .arg(report.sent)
                         .arg(report.received);
        }
        const QString settled = network.settle();
        QVERIFY2(settled.isEmpty(),
            qPrintable(settled + QLatin1Char('\n') + trace.join(QLatin1Char('\n'))));
        const QString differs = network.divergence();
        QVERIFY2(differs.isEmpty(),
            qPrintable(differs + QLatin1Char('\n') + trace.join(QLatin1Char('\n'))));
        for (int r = 0; r < network.size(); ++r) {
            const SyncReport quiet = synced(network, r);
            QCOMPARE(quiet.sent, 0);
            QCOMPARE(quiet.received, 0);
        }
        // Every package was imported by all its recipients and removed by its sender.
        for (int r = 0; r < network.size(); ++r)
            synced(network, r);
        QCOMPARE(packagesIn(box()), QStringList());
    }

    // The convergence is not of empty states: concurrent edits leave the same conflicts.
    void concurrentEditsLeaveTheSameConflicts()
    {
        freshBox();
        QTemporaryDir folder;
        MailboxNetwork network(folder.path(), {QStringLiteral("vilnius")}, this->folder());
        QRandomGenerator random(7);
        network.randomEdit(1, random);
        QVERIFY(network.settle().isEmpty());
        const QString did = network.concurrentEdit(random);
        QVERIFY2(did.contains(QLatin1String("both edit")), qPrintable(did));
        QVERIFY(network.settle().isEmpty());
        QCOMPARE(network.openConflicts(), 1);
        QVERIFY2(network.divergence().isEmpty(), qPrintable(network.divergence()));
    }

    // A missing package stops its sender's later ones until it is there again.
    void gapStopsTheSenderUntilItFills()
    {
        freshBox();
        QTemporaryDir folder;
        MailboxNetwork network(folder.path(), {QStringLiteral("vilnius")}, this->folder());
        QRandomGenerator random(11);
        QVERIFY(network.settle().isEmpty());
        for (int n = 0; n < 3; ++n) {
            network.randomEdit(1, random);
            QCOMPARE(synced(network, 1).sent, 1);
        }
        const QString outbox
            = box() + QLatin1Char('/') + mailbox::outboxOf(network.replica(1).replicaId());
        const QStringList published = packagesIn(outbox);
        QCOMPARE(published.size(), 3);
        const QString second = published.at(1);
        QVERIFY(QFile::rename(second, m_dir.filePath(QStringLiteral("held"))));
        SyncReport report = synced(network, 0);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.waiting.size(), 1);
        QVERIFY2(report.waiting.first().contains(QLatin1String("2")),
            qPrintable(report.waiting.first()));
        QVERIFY(report.finished());
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("held")), second));
        report = synced(network, 0);
        QCOMPARE(report.imported, 2);
        QVERIFY(report.waiting.isEmpty());
        QVERIFY(network.settle().isEmpty());
        QVERIFY(network.divergence().isEmpty());
    }

    // Acceptance 4 with a folder: a truncated file and a file signed by another replica,
    // each under a valid name in a city's outbox, are refused and reported once; names
    // outside the pattern are ignored; the real file then arrives with the later ones.
    void hostileFilesUnderValidNamesAreRefused()
    {
        freshBox();
        QTemporaryDir folder;
        MailboxNetwork network(
            folder.path(), {QStringLiteral("vilnius"), QStringLiteral("riga")}, this->folder());
        QRandomGenerator random(13);
        QVERIFY(network.settle().isEmpty());
        network.randomEdit(1, random);
        network.randomEdit(2, random);
        QCOMPARE(synced(network, 1).sent, 1);
        QCOMPARE(synced(network, 2).sent, 1);
        network.randomEdit(1, random);
        QCOMPARE(synced(network, 1).sent, 1);
        const QString vilnius
            = box() + QLatin1Char('/') + mailbox::outboxOf(network.replica(1).replicaId());
        const QString riga
            = box() + QLatin1Char('/') + mailbox::outboxOf(network.replica(2).replicaId());
        const QStringList real = packagesIn(vilnius);
        QCOMPARE(real.size(), 2);
        const QString held = m_dir.filePath(QStringLiteral("real-1"));
        QVERIFY(QFile::rename(real.first(), held));

        // In its place: the first half of it under its own name, the same half under a name
        // whose hash matches those bytes, and Riga's genuine package renamed as Vilnius's
        // first.
        QFile whole(held);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QString cut = m_dir.filePath(QStringLiteral("cut"));
        QFile half(cut);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(whole.read(whole.size() / 2));
        half.close();
        QVERIFY(QFile::copy(cut, vilnius + mailbox::packageFileName(1, mailbox::hashOfFile(cut))));
        QVERIFY(QFile::copy(cut, real.first()));
        const QString rigas = packagesIn(riga).first();
        QVERIFY(
            QFile::copy(rigas, vilnius + mailbox::packageFileName(1, mailbox::hashOfFile(rigas))));
        for (const QString &junk :
            {QStringLiteral("1-0123456789abcdef.sync-conflict-20261206.pactesur"),
                QStringLiteral("desktop.ini"),
                QStringLiteral("2-0123456789abcdef.pactesur.part")}) {
            QFile file(vilnius + junk);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a package");
        }

        SyncReport report = synced(network, 0);
        QCOMPARE(report.rejected, 3);
        QCOMPARE(report.refusals.size(), 3);
        const QString refusals = report.refusals.join(QLatin1Char('\n'));
        QVERIFY2(refusals.contains(QLatin1String("does not match its name")), qPrintable(refusals));
        QVERIFY2(refusals.contains(QLatin1String("damaged")), qPrintable(refusals));
        QVERIFY2(refusals.contains(QLatin1String("not published by")), qPrintable(refusals));
        QCOMPARE(report.imported, 1); // Riga's, from Riga's outbox
        QVERIFY(!report.waiting.isEmpty());
        // Refused once, not downloaded again.
        report = synced(network, 0);
        QCOMPARE(report.received, 0);
        QCOMPARE(report.rejected, 0);

        QVERIFY(QFile::remove(real.first()));
        QVERIFY(QFile::rename(held, real.first()));
        report = synced(network, 0);
        QCOMPARE(report.imported, 2);
        QVERIFY(network.settle().isEmpty());
        QVERIFY(network.divergence().isEmpty());
        // The command line tells refused packages by exit code 3: checked in tst_mailboxcli.
    }

    // A file missing from a listing never means anything was deleted: a sender whose
    // outbox lost its files puts them back, and nobody loses a record.
    void filesMissingFromTheMailboxDeleteNothing()
    {
        freshBox();
        QTemporaryDir folder;
        MailboxNetwork network(folder.path(), {QStringLiteral("vilnius")}, this->folder());
        QRandomGenerator random(17);
        QVERIFY(network.settle().isEmpty());
        network.randomEdit(0, random);
        network.randomEdit(0, random);
        QCOMPARE(synced(network, 0).sent, 1);
        const QString outbox
            = box() + QLatin1Char('/') + mailbox::outboxOf(network.replica(0).replicaId());
        QVERIFY(QDir(outbox).removeRecursively());
        const int activities
            = network.replica(0).store().list(Kinds::get(QStringLiteral("activities"))).size();
        SyncReport report = synced(network, 0);
        QCOMPARE(report.sent, 1); // put back
        QCOMPARE(network.replica(0).store().list(Kinds::get(QStringLiteral("activities"))).size(),
            activities);
        QVERIFY(network.settle().isEmpty());
        QVERIFY(network.divergence().isEmpty());
    }

    // A round killed while it removed a delivered package, after both copies went but
    // before it saved that, as earlier versions saved last: the next round forgets the
    // package instead of failing to upload it again, round after round (CI, kill trials).
    void removalCutShortAfterBothCopiesWentIsFinished()
    {
        freshBox();
        QTemporaryDir folder;
        MailboxNetwork network(folder.path(), {QStringLiteral("vilnius")}, this->folder());
        QRandomGenerator random(29);
        QVERIFY(network.settle().isEmpty());
        network.randomEdit(0, random);
        QCOMPARE(synced(network, 0).sent, 1);
        synced(network, 1); // imports it and says so in its ack
        Database &coordinator = network.replica(0).db();
        MailboxState state = MailboxState::load(coordinator);
        QCOMPARE(state.outgoing.size(), 1);
        const OutgoingPackage package = state.outgoing.first();
        QVERIFY(package.uploaded);
        // GIVEN the state of such a round: the ack read, both copies gone, the package listed
        state.acks[network.replica(1).replicaId()][network.replica(0).replicaId()]
            = package.sequence;
        QVERIFY(state.save(coordinator).ok());
        QVERIFY(QFile::remove(box() + QLatin1Char('/')
            + mailbox::outboxOf(network.replica(0).replicaId()) + package.name));
        QVERIFY(
            QFile::remove(MailboxSync::spoolFolder(coordinator) + QLatin1Char('/') + package.name));
        // WHEN the coordinator syncs again
        const SyncReport report = synced(network, 0);
        // THEN the round finishes, the package forgotten, and the network still converges
        QVERIFY2(report.finished(), qPrintable(report.errors.join(QLatin1Char(' '))));
        QVERIFY(MailboxState::load(coordinator).outgoing.isEmpty());
        network.randomEdit(1, random);
        QVERIFY(network.settle().isEmpty());
        QVERIFY(network.divergence().isEmpty());
    }

    // A city enrolled after the coordinator's first publications gets a full package.
    void replicaEnrolledLaterCatchesUp()
    {
        freshBox();
        QTemporaryDir folder;
        MailboxNetwork network(folder.path(), {QStringLiteral("vilnius")}, this->folder());
        QRandomGenerator random(19);
        for (int n = 0; n < 3; ++n) {
            network.randomEdit(0, random);
            network.randomEdit(1, random);
            QVERIFY(network.settle().isEmpty());
        }
        TestReplica late(QStringLiteral("riga"), QStringLiteral("riga"), folder.path());
        late.enrolWith(network.replica(0));
        FolderTransport transport(box());
        QVERIFY(MailboxSync::round(network.replica(0).db(), transport, {}).ok());
        for (int n = 0; n < 2; ++n) {
            const Result<SyncReport> report = MailboxSync::round(late.db(), transport, {});
            QVERIFY(report.ok());
            QVERIFY2(report->finished(), qPrintable(report->errors.join(QLatin1Char(' '))));
        }
        QCOMPARE(late.digest(), network.replica(0).digest());
    }

    void addressesAreChecked()
    {
        QVERIFY(MailboxSync::checkAddress(
            QStringLiteral("https://cloud.example.eu/remote.php/dav/files/liaison/pactesur/"))
                    .ok());
        QVERIFY(MailboxSync::checkAddress(QStringLiteral("file:///srv/share/pactesur")).ok());
        QVERIFY(MailboxSync::checkAddress(QStringLiteral("http://127.0.0.1:8080/dav/")).ok());
        const Status clear
            = MailboxSync::checkAddress(QStringLiteral("http://cloud.example.eu/dav/"));
        QVERIFY(!clear.ok());
        QVERIFY(clear.error().message.contains(QLatin1String("https://")));
        QVERIFY(!MailboxSync::checkAddress(QStringLiteral("cloud.example.eu")).ok());
        QVERIFY(!MailboxSync::checkAddress(QStringLiteral("ftp://cloud.example.eu/")).ok());
    }
};

QTEST_GUILESS_MAIN(TestMailbox)
#include "tst_mailbox.moc"

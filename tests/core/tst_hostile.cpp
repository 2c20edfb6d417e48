// SPDX-License-Identifier: EUPL-1.2
// Every file of the hostile corpus (tests/data/hostile, made by make_corpus.py) is rejected
// by the real CLI with exit code 3 and one sentence, within 1 s and 100 MB, and the local
// database is left exactly as it was.
#include "store/replica.h"
#include "testdatabase.h"
#include "trust/keyring.h"
#include "trust/roster.h"
#include "trust/sealedpackage.h"

#include <sqlite3.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace pactesur;

namespace {

struct Measured
{
    int exitCode = -1;
    double seconds = 0;
    long peakKilobytes = 0;
};

// posix_spawn + wait4: the child's own peak memory, which QProcess does not report.
Measured runMeasured(const QStringList &arguments, const QString &errorFile)
{
    QList<QByteArray> storage = {QByteArrayLiteral(PACTESUR_CLI_PATH)};
    for (const QString &argument : arguments)
        storage << argument.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(
        &actions, 2, errorFile.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Measured measured;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage {};
        wait4(pid, &status, 0, &usage);
        measured.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        measured.peakKilobytes = usage.ru_maxrss;
    }
    measured.seconds = timer.elapsed() / 1000.0;
    posix_spawn_file_actions_destroy(&actions);
    return measured;
}

QString digest(const QString &db)
{
    const test::CliResult result = test::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(result.out)
        .object()
        .value(QStringLiteral("state_digest"))
        .toString();
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_vilnius;

    // The corpus holds SQLite packages as a Vilnius liaison wrote them, then spoiled. Each is
    // signed and sealed here with the keys of an enrolled Vilnius replica of the same id, so
    // that the signature holds and what is tested is what lies inside (issue 14).
    QString sealed(const QString &corpusFile)
    {
        auto vilnius = Database::open(m_vilnius);
        if (!vilnius)
            return {};
        auto keyring = Keyring::open(*vilnius.value());
        std::optional<RosterEntry> coordinator;
        for (const RosterEntry &entry : Roster::list(*vilnius.value())) {
            if (entry.role == QLatin1String("coordinator"))
                coordinator = entry;
        }
        const QString target
            = m_dir.filePath(QFileInfo(corpusFile).fileName() + QStringLiteral(".sealed"));
        if (!keyring || !coordinator
            || !SealedPackage::seal(*keyring.value(), Replica::load(*vilnius.value()).replicaId, 1,
                0, {{coordinator->replica, coordinator->keys.box}}, corpusFile, target))
            return {};
        return target;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("coordinator.db"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("init"),
                                  QStringLiteral("--coordinator")})
                     .exitCode,
            0);
        // The replica that wrote the corpus (make_corpus.py), enrolled at the coordinator.
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open_v2(PACTESUR_SOURCE_DIR "/tests/data/hostile/foreign-owner.pactesur",
                     &handle, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
        sqlite3_stmt *query = nullptr;
        sqlite3_prepare_v2(
            handle, "SELECT value FROM manifest WHERE key = 'sender_replica'", -1, &query, nullptr);
        QCOMPARE(sqlite3_step(query), SQLITE_ROW);
        const QString writer
            = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(query, 0)));
        sqlite3_finalize(query);
        sqlite3_close(handle);
        m_vilnius = m_dir.filePath(QStringLiteral("vilnius.db"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), m_vilnius, QStringLiteral("init"),
                                  QStringLiteral("--city"), QStringLiteral("vilnius"),
                                  QStringLiteral("--replica-id"), writer})
                     .exitCode,
            0);
        QVERIFY(test::enrolWithCli(m_db, {m_vilnius}));
    }

    void shouldRejectEveryHostilePackage_data()
    {
        QTest::addColumn<QString>("corpusFile");
        QTest::addColumn<QString>("reason");
        // Each file must fail for the reason it was made for: when the package format
        // changes, an old corpus would otherwise fail at the schema check alone, and the
        // row checks would go untested.
        const QHash<QString, QString> reasons = {
            {QStringLiteral("bad-date"), QStringLiteral("expected a date")},
            {QStringLiteral("bad-timestamp"), QStringLiteral("its date is not valid")},
            {QStringLiteral("bad-uuid"), QStringLiteral("its id is not valid")},
            {QStringLiteral("bit-flips"), QStringLiteral("record")},
            {QStringLiteral("blob-in-text-column"), QStringLiteral("history cannot be read")},
            {QStringLiteral("foreign-owner"), QStringLiteral("only change records of their own")},
            {QStringLiteral("manifest-missing-sender"), QStringLiteral("manifest")},
            {QStringLiteral("newer-format"), QStringLiteral("newer version")},
            {QStringLiteral("oversized-field"), QStringLiteral("too long")},
            {QStringLiteral("unknown-field"), QStringLiteral("password")},
            {QStringLiteral("unknown-writer"),
                QStringLiteral("replica this database does not know")},
            {QStringLiteral("writer-contradiction"), QStringLiteral("manifest")},
            {QStringLiteral("value-without-history"), QStringLiteral("history of")},
            {QStringLiteral("wrong-type"), QStringLiteral("wrong type")},
        };
        const QDir corpus(QStringLiteral(PACTESUR_SOURCE_DIR "/tests/data/hostile"));
        const QStringList files
            = corpus.entryList({QStringLiteral("*.pactesur")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 18);
        for (const QString &file : files) {
            QTest::newRow(qPrintable(file))
                << corpus.filePath(file) << reasons.value(QFileInfo(file).completeBaseName());
        }
    }

    void shouldRejectEveryHostilePackage()
    {
        QFETCH(QString, corpusFile);
        QFETCH(QString, reason);
        const QString package = sealed(corpusFile);
        QVERIFY(!package.isEmpty());
        const QString before = digest(m_db);
        const QString errors = m_dir.filePath(QStringLiteral("stderr.txt"));
        const Measured measured = runMeasured(
            {QStringLiteral("--db"), m_db, QStringLiteral("import"), package}, errors);
        QFile file(errors);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString message = QString::fromUtf8(file.readAll()).trimmed();
        QCOMPARE(measured.exitCode, 3);
        QVERIFY2(message.startsWith(QStringLiteral("pactesur-cli: ")) && !message.contains(u'\n')
                && message.size() > 30,
            qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(measured.seconds < 1.0, qPrintable(QString::number(measured.seconds)));
        QVERIFY2(measured.peakKilobytes < 100 * 1024,
            qPrintable(QString::number(measured.peakKilobytes)));
        QCOMPARE(digest(m_db), before);
        // No sidecar file was made next to the hostile package.
        QVERIFY(!QFile::exists(package + QStringLiteral("-wal"))
            && !QFile::exists(package + QStringLiteral("-journal")));
    }

    void shouldNameBothVersionsForANewerFormat()
    {
        const QString errors = m_dir.filePath(QStringLiteral("stderr.txt"));
        runMeasured({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                        sealed(QStringLiteral(
                            PACTESUR_SOURCE_DIR "/tests/data/hostile/newer-format.pactesur"))},
            errors);
        QFile file(errors);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray message = file.readAll();
        QVERIFY2(message.contains("format 4") && message.contains("format 3"), message.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
